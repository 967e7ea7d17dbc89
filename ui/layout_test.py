"""Layout test mode (after Vorta's): every translated string comes back longer.

Translations are often a third longer than English. Start the app with
`DISCLOSURE_HELPER_LAYOUT_TEST=1` (or call `enable_layout_test(app)` in a test) and
every `tr()` string is stretched, so clipped or crowded text shows up before a
translator finds it. `clipped_widgets(window)` lists what no longer fits:

    assert clipped_widgets(window) == []
"""

from __future__ import annotations

import os
from math import ceil

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

ENV_VAR = "DISCLOSURE_HELPER_LAYOUT_TEST"
STRETCH = 0.4  # how much longer every string gets


# A wide letter the bundled font has (a fallback font would make widths machine-dependent).
PAD_LETTER = "æ"
WORD = 7  # letters in each made-up word: translations grow by words, not one endless word


def _padding(extra: int) -> str:
    """About `extra` characters of made-up words, each a space and up to WORD letters."""
    words = []
    while extra > 1:
        letters = min(WORD, extra - 1)
        words.append(" " + PAD_LETTER * letters)
        extra -= letters + 1
    return "".join(words)


def lengthen(text: str, stretch: float = STRETCH) -> str:
    """`text` with extra words at the end of each line, keeping mnemonics and placeholders."""
    if not text:
        return text
    lines = text.split("\n")
    out = []
    for line in lines:
        extra = max(2, round(len(line) * stretch)) if line.strip() else 0
        out.append(line + _padding(extra))
    return "\n".join(out)


def _stretched(text: str, n: int = -1) -> str:
    if n >= 0:
        text = text.replace("%n", str(n))
    return lengthen(text) if text else text


def _tr(self: QObject, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _stretched(source_text, n)


def _translate(
    context: str, source_text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    return _stretched(source_text, n)


# Why not a QTranslator subclass: with PySide6 6.12 any Python override of
# QTranslator.translate() drops a reference to None on every call (Qt passes a null
# disambiguation), which crashes the interpreter after a few thousand strings. The
# layout test needs no real translations, so it replaces the two Python entry points
# our code calls (`self.tr()` and `QCoreApplication.translate()`) instead.
_originals: tuple | None = None


def enable_layout_test(app: QCoreApplication | None = None) -> None:
    """Make every tr() string longer; strings created after this are stretched."""
    global _originals
    if _originals is None:
        # The raw descriptors, not `QObject.tr`: read through the class, tr comes back bound
        # to QObject, and once put back every tr() would look in the "QObject" context.
        _originals = (QObject.__dict__["tr"], QCoreApplication.__dict__["translate"])
        # Replacing the methods is the point here (see above), so the checker's
        # method-assign warning is expected on these lines and on the two that undo them.
        QObject.tr = _tr  # type: ignore[method-assign]
        QCoreApplication.translate = staticmethod(_translate)  # type: ignore[method-assign]


def disable_layout_test(app: QCoreApplication | None = None) -> None:
    global _originals
    if _originals is not None:
        QObject.tr = _originals[0]  # type: ignore[method-assign]
        QCoreApplication.translate = _originals[1]  # type: ignore[method-assign]
        _originals = None


def layout_test_enabled() -> bool:
    return _originals is not None


def layout_test_requested() -> bool:
    # ui.app reads the same variable without importing this module (it starts faster).
    return os.environ.get(ENV_VAR, "").strip() not in ("", "0", "false", "no")


# -- finding clipped text -----------------------------------------------------------

# A pixel or two of rounding between a size hint and the layout's answer is not clipping.
TOLERANCE = 3
# Set this dynamic property on a scroll area whose content really is wider than a page
# (a wide table, say); every other scroll area should wrap instead of scrolling sideways.
SIDEWAYS_OK = "scrollsSideways"
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly

# Parts Qt builds inside other controls draw their own text (a combo's popup, a spin
# box's editor, an item view's cells); the outer control is what gets checked.
_INSIDE_CONTROLS = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)


def _is_qt_part(widget: QWidget, root: QWidget) -> bool:
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _INSIDE_CONTROLS):
            return True
        parent = parent.parentWidget()
    return False


def _path(widget: QWidget, root: QWidget) -> str:
    names = []
    node = widget.parentWidget()
    while node is not None:
        name = node.objectName()
        if name and not name.startswith("qt_"):
            names.append(name)
        if node is root:
            break
        node = node.parentWidget()
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    shown = f" {text[:50]!r}" if text else ""
    own = f"#{widget.objectName()}" if widget.objectName() else ""
    return f"{type(widget).__name__}{own}{shown} in {'/'.join(reversed(names)) or 'root'}"


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def label_text_width(label: QLabel) -> int:
    """How wide a label's text is on one line, in its own font."""
    text = label.text()
    if _is_rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return ceil(doc.idealWidth())
    if label.buddy() is not None:
        # "&Name" shows as "Name" with a mnemonic underline once a label has a buddy.
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = label.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if not label.wordWrap():
        needed = label_text_width(label)
        if needed > room + TOLERANCE:
            return f"text needs {needed} px, has {room}"
        return None
    # A wrapped label can still be cut off at the bottom when its layout gives it too
    # little height for the lines it wraps into.
    if label.hasHeightForWidth():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return f"wrapped text needs {needed} px tall, has {label.height()}"
    return None


def _button_problem(widget: QAbstractButton) -> str | None:
    if not widget.text():
        return None
    if widget.hasHeightForWidth():
        # A button that wraps its text onto more lines: it needs its narrowest width and
        # the height its lines take at the width it has.
        needed = widget.minimumSizeHint().width()
        if needed > widget.width() + TOLERANCE:
            return f"needs {needed} px wide, has {widget.width()}"
        tall = widget.heightForWidth(widget.width())
        if tall > widget.height() + TOLERANCE:
            return f"wrapped text needs {tall} px tall, has {widget.height()}"
        return None
    needed = widget.sizeHint().width()
    if needed > widget.width() + TOLERANCE:
        return f"needs {needed} px wide, has {widget.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    needed = combo.minimumSizeHint().width()
    if needed > combo.width() + TOLERANCE:
        return f"needs {needed} px wide, has {combo.width()}"
    return None


def _scroll_problem(area: QAbstractScrollArea) -> str | None:
    if area.property(SIDEWAYS_OK):
        return None
    if area.horizontalScrollBar().isVisible():
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is None:
            return "scrolls sideways"
        part = _widest_part(inner)
        return (f"scrolls sideways: content needs {_min_width(inner)} px in a "
                f"{area.viewport().width()} px view; widest part {_path(part, area)} "
                f"needs {_min_width(part)} px")
    inner = area.widget() if isinstance(area, QScrollArea) else None
    if inner is not None:
        if inner.width() > area.viewport().width() + TOLERANCE:
            return (f"content is {inner.width()} px wide in a "
                    f"{area.viewport().width()} px view")
    return None


def _min_width(widget: QWidget) -> int:
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


def _widest_part(root: QWidget) -> QWidget:
    """The innermost visible widget whose own minimum width sets how narrow `root` can be."""
    node = root
    while True:
        children = [c for c in node.findChildren(QWidget, options=DIRECT) if c.isVisible()]
        if not children:
            return node
        widest = max(children, key=_min_width)
        # Children side by side add up; stop where no single child explains the width.
        if _min_width(widest) < _min_width(node) * 0.6:
            return node
        node = widest


def visible_widgets(root: QWidget) -> list[QWidget]:
    """`root` and every widget under it that is shown, parents before children.

    Hidden branches (other pages of a stack, closed panels) are skipped whole, which
    makes this much quicker than looking at every widget the window has built.
    """
    found = [root]
    index = 0
    while index < len(found):
        node = found[index]
        index += 1
        found.extend(child for child in node.findChildren(QWidget, options=DIRECT)
                     if child.isVisible())
    return found


def _geometry_signature(root: QWidget) -> tuple:
    return tuple(w.geometry().getRect() for w in visible_widgets(root))


def settle(root: QWidget, rounds: int = 60) -> bool:
    """Run the event loop until no visible widget under `root` moves or resizes any more.

    Layouts settle in several passes (a label learns its width, then its height, then its
    parent grows), so a fixed short wait judges a half-laid-out screen on a busy machine.
    This waits on the layout itself, not on time. False if it never settled.
    """
    before = None
    for _ in range(rounds):
        # Views a screen replaced go now, as they would under a running event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()
        now = _geometry_signature(root)
        if now == before:
            return True
        before = now
    return False


def clipped_widgets(root: QWidget, width: int | None = None) -> list[str]:
    """A readable description of every visible widget under `root` whose text does not fit.

    Checks labels that do not wrap (and wrapped ones cut off at the bottom), buttons
    narrower than their text, combo boxes narrower than their widest choice, and scroll
    areas that need sideways scrolling. With `width`, also reports when `root` needs to
    be wider than that (a window that grows past the screen hides its clipping). Call it
    with the window shown and laid out.
    """
    found: list[str] = []
    if width is not None:
        needed = max(root.width(), _min_width(root))
        if needed > width + TOLERANCE:
            part = _widest_part(root)
            found.append(f"{_path(root, root)}: needs {needed} px wide, wanted {width}; "
                         f"widest part {_path(part, root)} needs {_min_width(part)} px")
    for widget in visible_widgets(root):
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if widget is not root and _is_qt_part(widget, root):
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QAbstractScrollArea):
            problem = _scroll_problem(widget)
        if problem:
            found.append(f"{_path(widget, root)}: {problem}")
    return found
