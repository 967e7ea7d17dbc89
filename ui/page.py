"""The base every feature page in the main window builds on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from disclosure_helper.changes import Changes

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from disclosure_helper.ui.context import AppContext
    from disclosure_helper.vault import Vault


class Page(QWidget):
    """A page shown in the main window's stack.

    The shell calls `on_unlocked()` after every unlock (reload from the vault),
    `on_about_to_lock()` just before it locks (save anything typed but not yet
    saved: it must never be lost), and `open_with(**kwargs)` when another page
    navigates here with arguments (e.g. a plan id).

    A page that shows vault data names its areas in `shows` (`disclosure_helper.changes`)
    and implements `refresh(changes)`. When another part of the app writes to one of
    those areas (`ctx.vault_changed`), a page out of sight remembers it and refreshes
    when it is next shown; a page on screen refreshes at once, unless it made the
    change itself (it already shows what it wrote).
    """

    shows: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # A page made while the vault is open has shown nothing yet: all it shows is new.
        self._missed = Changes(self.shows)
        if self.shows:
            ctx.vault_changed.connect(self._vault_changed)
            ctx.locked.connect(self.forget_missed)

    @property
    def vault(self) -> Vault:
        """The unlocked vault. VaultLocked when there is none (the page is not on screen
        then: the shell shows the unlock screen), so a type checker and the reader both
        know every use below has a vault."""
        return self.ctx.require_vault()

    def on_unlocked(self) -> None:
        """Reload what the page shows from the vault."""

    def on_about_to_lock(self) -> None:
        """Flush unsaved text into the vault; forget anything shown on screen."""

    def open_with(self, **kwargs: Any) -> None:
        """Show a specific item, e.g. `open_with(plan_id=3)`."""

    # -- catching up with changes made elsewhere ---------------------------------

    def refresh(self, changes: Changes) -> None:
        """Show what the vault holds now in the areas `changes` names (of `shows`)."""

    def made_by_me(self, initiator: object) -> bool:
        """Whether the object that started a write is this page or part of it. A direct
        write (None) made while this page is on screen is this page's own."""
        if initiator is None or initiator is self:
            return True
        return isinstance(initiator, QWidget) and self.isAncestorOf(initiator)

    def _vault_changed(self, changes: Changes, initiator: QObject | None) -> None:
        relevant = Changes(changes.areas & self.shows)
        if not relevant:
            return
        if not self.isVisible():
            self._missed = self._missed | relevant
        elif not self.made_by_me(initiator):
            # After the writer's own handler has finished, never in the middle of it.
            QTimer.singleShot(0, self, lambda: self._refresh_now(relevant))

    def _refresh_now(self, changes: Changes) -> None:
        if self.ctx.is_unlocked:
            self.refresh(changes)

    def forget_missed(self) -> None:
        """Nothing to catch up with: the shell calls this right after `on_unlocked()`
        (which reloads everything); a lock forgets everything shown."""
        self._missed = Changes()

    def catch_up(self) -> None:
        """Refresh what changed while the page was out of sight (from showEvent)."""
        missed, self._missed = self._missed, Changes()
        if missed and self.ctx.is_unlocked:
            self.refresh(missed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not event.spontaneous():
            self.catch_up()
