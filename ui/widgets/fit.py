"""Dialogs that stay big enough for their wrapped text.

Qt sizes a window from its layout's one-line guesses, so a dialog with wrapped labels
can open too short and cut its last lines off, more so at large text or in a longer
translation. `fit_to_text(dialog, min_chars)` keeps the dialog at least `min_chars`
average characters wide (wider when a control needs it) and as tall as its text needs
at the width it has, up to the screen's size. Past that, a `DialogScroll` lets the
dialog's text scroll while its buttons stay in view:

    layout = QVBoxLayout(self)
    body = DialogScroll()
    layout.addWidget(body, 1)
    body.column.addWidget(label(...))
    layout.addLayout(buttons)
    fit_to_text(self, 60)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from disclosure_helper.ui.widgets.keys import FocusScrollArea

# Width and height a window manager's frame and title bar usually take.
FRAME_ALLOWANCE = (8, 40)
_WATCHED = (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Resize,
            QEvent.Type.FontChange, QEvent.Type.StyleChange)


class _Body(QWidget):
    """A scrolling body that asks for no more height than its wrapped text needs at the
    width it has. (A plain widget's minimum height is its text wrapped at its narrowest,
    which made dialogs scroll a few lines when everything fitted.)"""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > hint.width():
            return QSize(hint.width(),
                         min(hint.height(), layout.totalHeightForWidth(self.width())))
        return hint


class DialogScroll(FocusScrollArea):
    """A dialog's text and fields: as tall as they need, scrolling only on a short screen."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 14) -> None:
        super().__init__(parent)
        self.setObjectName("dialogScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = _Body()
        body.setObjectName("dialogBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(spacing)
        self.setWidget(body)

    def _content(self) -> QWidget:
        """The widget that holds the column; set once, in the constructor."""
        body = self.widget()
        assert body is not None
        return body

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._content().heightForWidth(width) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self._content().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Narrow controls set the width; any height will do, the rest scrolls.
        bar = self.verticalScrollBar().sizeHint().width()
        width = self._content().minimumSizeHint().width() + bar
        return QSize(width, self.fontMetrics().height() * 4)


class HeaderScroll(DialogScroll):
    """The top of a page that has a list below it: as tall as its content while there is
    room, and scrolling at large text so the list keeps at least `list_share` of the page.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 10,
                 list_share: float = 0.35) -> None:
        super().__init__(parent, spacing)
        self.setObjectName("headerScroll")
        self.list_share = list_share
        self._content().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            # Drafts, banners and filters come and go; the page re-divides its height.
            self.updateGeometry()
        elif watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        parent = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and parent is not None:
            parent.installEventFilter(self)
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # The wrapped text's height depends on the width just given.
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        # A plain size hint, so the page's layout may give it less and let it scroll.
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max(self.width(), self._content().minimumSizeHint().width())
        tall = self._content().heightForWidth(width)
        page = self.parentWidget()
        if page is not None and page.height() > 0:
            tall = min(tall, round(page.height() * (1 - self.list_share)))
        return QSize(width, tall)


class _TextFitter(QObject):
    def __init__(self, window: QWidget, min_chars: int) -> None:
        super().__init__(window)
        self._window = window
        self._min_chars = min_chars
        self._pending = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() in _WATCHED and not self._pending:
            self._pending = True
            # After the layout has run, so sizes are those of the text now shown.
            QTimer.singleShot(0, self, self.fit)
        return False

    def _screen_room(self) -> QSize:
        screen = self._window.screen()
        if screen is None:
            return QSize(16_777_215, 16_777_215)
        # Leave room for the window's title bar and frame, so its buttons stay on screen
        # (before it is shown, assume a usual title bar).
        window = self._window
        frame_w = max(window.frameGeometry().width() - window.width(), FRAME_ALLOWANCE[0])
        frame_h = max(window.frameGeometry().height() - window.height(), FRAME_ALLOWANCE[1])
        room = screen.availableGeometry().size()
        return QSize(room.width() - frame_w, room.height() - frame_h)

    def fit(self) -> None:
        self._pending = False
        window = self._window
        layout = window.layout()
        if layout is None:
            return
        room = self._screen_room()
        wide = max(window.fontMetrics().averageCharWidth() * self._min_chars,
                   layout.totalMinimumSize().width())
        wide = min(wide, room.width())
        if window.minimumWidth() != wide:
            window.setMinimumWidth(wide)
        width = max(window.width(), wide)
        tall = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        tall = max(tall, layout.totalMinimumSize().height())
        tall = min(tall, room.height())
        if window.minimumHeight() != tall:
            window.setMinimumHeight(tall)
        if window.width() < width or window.height() < tall:
            window.resize(width, max(window.height(), tall))


def fit_to_text(window: QWidget, min_chars: int) -> None:
    """Keep `window` wide and tall enough for its wrapped text (see the module docstring)."""
    fitter = _TextFitter(window, min_chars)
    fitter.fit()
