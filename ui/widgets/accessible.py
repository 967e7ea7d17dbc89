"""What a screen reader gets from the app, beyond what Qt gives it by itself.

    from disclosure_helper.ui.widgets.accessible import SecretLineEdit, announce

- `SecretLineEdit`: a line edit for a passphrase or recovery code. Qt's own line edit
  sends every typed character to assistive technology in its text-changed events, even
  in password mode (a screen reader then speaks the passphrase). This one reports itself
  as password text with no text at all: a screen reader hears its label and "hidden",
  with how many characters it holds, never the characters.
- Page and section titles (labels with the "title" or "heading" role, and labels made
  with `label(..., heading=True)` such as a card's title) are exposed as headings, so
  a screen reader can jump between them.
- `announce(widget, text)`: a screen reader speaks `text` without focus moving (an
  error, "Saved", how many entries a search found). A `LiveLabel` (made with
  `label(..., live=True)`) announces its own new text once it has settled, so a status
  line that says "Searching…" and then "12 entries hold these words" speaks only the
  second.

`install_accessibility()` (called once by the app at start-up) puts the first two in
place; they need no other code.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QLineEdit, QWidget

HEADING_ROLES = ("title", "heading")


class SecretLineEdit(QLineEdit):
    """A line edit whose characters never reach assistive technology (see module docstring).

    Starts in password mode; a Show button may switch the echo mode, which changes only
    what is drawn on screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setDragEnabled(False)
        self.textChanged.connect(self._update_description)
        self._update_description("")

    def hidden_description(self) -> str:
        count = len(self.text())
        if count == 0:
            return self.tr("Hidden. Empty.")
        if count == 1:
            return self.tr("Hidden. 1 character typed.")
        return self.tr("Hidden. %1 characters typed.").replace("%1", str(count))

    def _update_description(self, _text: str) -> None:
        self.setAccessibleDescription(self.hidden_description())


class _SecretAccessible(QAccessibleWidget):
    """Password text with a name and a description, and no text interface: Qt then has
    nothing to put in a text event, and a screen reader nothing to read back."""

    def __init__(self, widget: SecretLineEdit) -> None:
        super().__init__(widget, QAccessible.Role.EditableText)

    def state(self):  # noqa: ANN201 - Qt's type
        state = super().state()
        edit = self.widget()
        state.editable = True
        state.passwordEdit = True
        state.focusable = True
        state.readOnly = bool(edit.isReadOnly())
        return state

    def text(self, kind: QAccessible.Text) -> str:
        edit = self.widget()
        if kind == QAccessible.Text.Value and isinstance(edit, SecretLineEdit):
            return edit.hidden_description()
        return super().text(kind)


class _HeadingAccessible(QAccessibleWidget):
    """A title label read as a heading, its text as its name."""

    def __init__(self, widget: QLabel) -> None:
        super().__init__(widget, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, QLabel):
            return label.accessibleName() or plain_text(label.text())
        return super().text(kind)


def plain_text(text: str) -> str:
    """Label or button text as it is read: without '&' mnemonic markers."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_heading(widget: QWidget) -> bool:
    if not isinstance(widget, QLabel) or widget.buddy() is not None:
        return False
    return widget.property("role") in HEADING_ROLES or bool(widget.property("heading"))


# Interfaces made by the factory; Qt owns them, this keeps the Python side alive as long.
_made: dict[int, QAccessibleInterface] = {}


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name == "SecretLineEdit" and isinstance(obj, SecretLineEdit):
        made: QAccessibleInterface = _SecretAccessible(obj)
    elif class_name == "QLabel" and isinstance(obj, QLabel) and is_heading(obj):
        made = _HeadingAccessible(obj)
    else:
        return None
    key = id(obj)
    _made[key] = made
    obj.destroyed.connect(lambda *_a, key=key: _made.pop(key, None))
    return made


_installed = False


def install_accessibility() -> None:
    """Put the secret fields and headings in place (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader speak `text` now, focus staying where it is."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def refresh_accessible(widget: QWidget) -> None:
    """Forget `widget`'s accessible interface, so the next look at it makes a new one
    (for a label that became, or stopped being, a heading)."""
    if not QAccessible.isActive():
        return  # nothing has been made yet that could be out of date
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None:
        _made.pop(id(widget), None)
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))


class LiveLabel(QLabel):
    """A label whose new text is announced once it stops changing (see module docstring)."""

    SETTLE_MS = 350

    def __init__(self, parent: QWidget | None = None, assertive: bool = False) -> None:
        super().__init__(parent)
        self.assertive = assertive
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SETTLE_MS)
        self._timer.timeout.connect(self._announce)
        self._said = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        if text and text != self._said:
            self._timer.start()
        elif not text:
            self._said = ""

    def clear(self) -> None:
        super().clear()
        self._said = ""

    def _announce(self) -> None:
        text = self.text()
        if text and self.isVisible():
            self._said = text
            announce(self, plain_text(text), self.assertive)
