"""The base every feature page in the main window builds on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from disclosure_helper.errors import VaultLocked

if TYPE_CHECKING:
    from disclosure_helper.ui.context import AppContext
    from disclosure_helper.vault import Vault


class Page(QWidget):
    """A page shown in the main window's stack.

    The shell calls `on_unlocked()` after every unlock (reload from `ctx.vault`),
    `on_about_to_lock()` just before it locks (save anything typed but not yet
    saved: it must never be lost), and `open_with(**kwargs)` when another page
    navigates here with arguments (e.g. a plan id).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @property
    def vault(self) -> Vault:
        """The unlocked vault. VaultLocked when there is none (the page is not on screen
        then: the shell shows the unlock screen), so a type checker and the reader both
        know every use below has a vault."""
        vault = self.ctx.vault
        if vault is None or not vault.is_unlocked:
            raise VaultLocked()
        return vault

    def on_unlocked(self) -> None:
        """Reload what the page shows from the vault."""

    def on_about_to_lock(self) -> None:
        """Flush unsaved text into the vault; forget anything shown on screen."""

    def open_with(self, **kwargs: Any) -> None:
        """Show a specific item, e.g. `open_with(plan_id=3)`."""
