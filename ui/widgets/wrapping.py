"""Buttons, tick boxes and radio buttons whose text wraps onto more lines when space is short.

Qt draws these controls on one line, so at large text a long option ("Telling some
things to some people") or sentence starter makes the whole page wider than the window.
These keep Qt's own drawing (the stylesheet's colours, hover and focus states): when
their width changes they hand Qt the text already broken into lines that fit.

    box = WrapCheckBox("Things that happened in the past")
    starter = wrap_button("I would like this to stay between us.", insert)

They report a one-line `sizeHint()`, a narrow `minimumSizeHint()` and a `heightForWidth()`,
so a layout gives them one line when there is room and more lines when there is not.
`text()` and `setText()` from Python see the whole text; give each control an accessible
name (screen readers would otherwise read the broken lines). Meant for content text
without '&' mnemonics.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from disclosure_helper.ui.widgets.basics import set_up_button

# Never narrower than this many average characters of text (or the longest word).
MIN_TEXT_CHARS = 8
_RESIZING_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange)

if TYPE_CHECKING:
    # The mixin is only ever combined with a Qt button, so the checker may see its methods.
    _ButtonBase = QAbstractButton
else:
    _ButtonBase = object


class _WrapsText(_ButtonBase):
    """Shared by the three controls; `_contents` is how Qt sizes them around their text.

    Painting stays Qt's own (no paintEvent here): a resize re-breaks the lines. Sizes
    are asked for very often during layout, so the style is asked once per line count
    and the answers are kept until the font or style changes. (Calls into Qt that return
    nothing are kept out of these busy paths on purpose: see `_rewrap`.)
    """

    _contents: QStyle.ContentsType
    _whole_text = ""

    def _setup_wrapping(self, text: str) -> None:
        self._whole_text = text
        self._frames: dict[int, QSize] = {}  # by line count
        self._lines: dict[int, list[str]] = {}  # by control width
        policy = self.sizePolicy()
        if policy.horizontalPolicy() == QSizePolicy.Policy.Minimum:
            # Qt's default for push buttons never shrinks below one line of text.
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        # Allowed to grow in height: Qt clamps a fixed-height control to one line.
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- the whole text, as Python callers see it ---------------------------------------

    def text(self) -> str:
        return self._whole_text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole_text = text
        self._lines.clear()
        QAbstractButton.setText(self, text)
        self._rewrap(self.width())
        self.updateGeometry()

    # -- sizes ------------------------------------------------------------------------------

    def _forget_sizes(self) -> None:
        self._frames.clear()
        self._lines.clear()

    def event(self, event: QEvent) -> bool:
        # Here rather than in changeEvent: Qt's event() answers a bool, see `_rewrap`.
        if event.type() in _RESIZING_EVENTS:
            # A new text size or theme: padding, borders and text widths change.
            self._forget_sizes()
        return super().event(event)

    def _frame(self, line_count: int) -> QSize:
        """The control's size around `line_count` lines of a one-letter text."""
        size = self._frames.get(line_count)
        if size is None:
            # Filled in here rather than with initStyleOption(): see `_rewrap`. Sized as
            # when idle, so a thicker focus border never makes the layout jump.
            option = QStyleOptionButton()
            option.state = (QStyle.StateFlag.State_Enabled if self.isEnabled()
                            else QStyle.StateFlag.State_None)
            option.direction = self.layoutDirection()
            option.fontMetrics = self.fontMetrics()
            option.palette = self.palette()
            option.rect = self.rect()
            option.styleObject = self
            option.text = "\n".join(["X"] * line_count)
            text_size = self.fontMetrics().size(int(Qt.TextFlag.TextShowMnemonic), option.text)
            size = self.style().sizeFromContents(self._contents, option, text_size, self)
            # Everything but the text's own width: indicator, spacing, padding, borders.
            size = QSize(size.width() - text_size.width(), size.height())
            self._frames[line_count] = size
        return size

    def _one_line_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._whole_text)

    def _text_room(self, width: int) -> int:
        return width - self._frame(1).width()

    def wrapped_lines(self, width: int) -> list[str]:
        """The text broken into lines for a control `width` pixels wide."""
        lines = self._lines.get(width)
        if lines is None:
            if len(self._lines) > 16:
                self._lines.clear()
            lines = self._lines[width] = self._balanced(self._text_room(width))
        return lines

    def _balanced(self, room: int) -> list[str]:
        """As few lines as fit in `room`, made about even ("There is something I would /
        like you to know." rather than a lone last word)."""
        lines = self._break(room)
        if len(lines) < 2:
            return lines
        low, high = self._one_line_width() // len(lines), room
        while low < high:
            middle = (low + high) // 2
            if len(self._break(middle)) == len(lines):
                high = middle
            else:
                low = middle + 1
        return self._break(high)

    def _break(self, room: int) -> list[str]:
        text = self._whole_text
        if not text or self._one_line_width() <= room:
            return [text]
        room -= 2  # a little slack for rounding in the style
        metrics = self.fontMetrics()
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > room:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
        return lines or [text]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        frame = self._frame(1)
        return QSize(frame.width() + self._one_line_width(), frame.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        longest_word = max((metrics.horizontalAdvance(w) for w in self._whole_text.split()),
                           default=0)
        text_width = min(self._one_line_width(),
                         max(longest_word, metrics.averageCharWidth() * MIN_TEXT_CHARS))
        frame = self._frame(1)
        return QSize(frame.width() + text_width + 2, frame.height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._frame(len(self.wrapped_lines(width))).height()

    # -- lines ------------------------------------------------------------------------------

    def _rewrap(self, width: int) -> None:
        # Only when the lines change: PySide6 6.12 on Python 3.11 loses a reference to
        # None on every call into Qt that returns nothing, which adds up in layout passes.
        shown = "\n".join(self.wrapped_lines(width))
        if QAbstractButton.text(self) != shown:
            QAbstractButton.setText(self, shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # Qt's own resizeEvent does nothing for these controls, so it is not called.
        if event.size().width() != event.oldSize().width():
            self._rewrap(event.size().width())


class WrapPushButton(_WrapsText, QPushButton):
    _contents = QStyle.ContentsType.CT_PushButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping(text)


class WrapCheckBox(_WrapsText, QCheckBox):
    _contents = QStyle.ContentsType.CT_CheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping(text)


class WrapRadioButton(_WrapsText, QRadioButton):
    _contents = QStyle.ContentsType.CT_RadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping(text)


def wrap_button(
    text: str,
    on_click: Callable[[], object] | None = None,
    role: str | None = None,
    accessible_name: str | None = None,
    tooltip: str = "",
) -> WrapPushButton:
    """Like `widgets.button()`, for a button whose text may need two lines at large text."""
    widget = WrapPushButton(text)
    set_up_button(widget, text, on_click, role, accessible_name, tooltip)
    # Never wider than its text: a squeezed button takes more lines instead.
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)
    widget.setSizePolicy(policy)
    return widget


__all__ = ["WrapCheckBox", "WrapPushButton", "WrapRadioButton", "wrap_button"]
