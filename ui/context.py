"""What every window and page shares: the vault, device preferences and app-wide signals."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from disclosure_helper.changes import Changes
from disclosure_helper.errors import VaultLocked
from disclosure_helper.preferences import Preferences
from disclosure_helper.ui.ops import Op, tasks

if TYPE_CHECKING:  # the vault's code loads after the first screen (ui/startup.py)
    from PySide6.QtCore import QMimeData

    from disclosure_helper.kdf import KdfParams
    from disclosure_helper.keystore import KeyStore
    from disclosure_helper.vault import Vault

# A copied secret (the recovery code) leaves the clipboard after this long.
SECRET_CLEAR_MS = 30_000


def secret_mime_data(text: str) -> QMimeData:
    """Text marked so clipboard managers do not keep it in their history.

    KDE's Klipper (and managers following it) honour x-kde-passwordManagerHint; macOS
    clipboard tools the nspasteboard.org concealed type; Windows' clipboard history and
    cloud clipboard their three documented formats.
    """
    from PySide6.QtCore import QMimeData  # Qt classes the first screen needs not wait

    data = QMimeData()
    data.setText(text)
    if sys.platform == "darwin":
        data.setData("application/x-nspasteboard-concealed-type", text.encode("utf-8"))
    elif sys.platform == "win32":
        for name, value in (("ExcludeClipboardContentFromMonitorProcessing", b"\x01"),
                            ("CanIncludeInClipboardHistory", b"\0\0\0\0"),
                            ("CanUploadToCloudClipboard", b"\0\0\0\0")):
            data.setData(f'application/x-qt-windows-mime;value="{name}"', value)
    else:
        data.setData("x-kde-passwordManagerHint", b"secret")
    return data


def _install_wheel_guard() -> None:
    from disclosure_helper.ui.widgets.wheel import install_wheel_guard

    install_wheel_guard()


def _sha256(data: bytes):
    import hashlib  # OpenSSL's library loads with the first copy, not at start-up

    return hashlib.sha256(data)


def _kdf_label(params: KdfParams) -> str:
    return f"{params.time_cost}:{params.memory_kib}:{params.parallelism}"


class AppContext(QObject):
    """One per running app. Pages reach the vault as `ctx.vault` (unlocked while shown).

    Signals:
      unlocked            after the vault opens; pages reload.
      about_to_lock       just before locking; pages save unsaved text synchronously.
      locked              after locking; the shell shows the neutral unlock screen.
      appearance_changed  theme or text size changed; the shell restyles.
      navigate_requested(key, kwargs)   a page asks the shell to show another page.
      focus_view_requested(widget)      Together mode takes the whole window.
      focus_view_ended                  the shell restores the normal window.
      help_requested(topic)             "about" or "shortcuts": the window opens that sheet.
      keyring_checked(available)        whether this device has a safe credential store,
                                        found out off the GUI thread (see check_keyring).
      stronger_kdf_available(params)    this machine would protect the passphrase much
                                        more strongly than the vault does (see check_kdf);
      stronger_kdf_done                 ...and now it does.
      vault_changed(changes, initiator) after each write to the vault: `changes` (a
                                        `disclosure_helper.changes.Changes`) says which
                                        areas; `initiator` is the object that started the
                                        op that wrote, or None for a write made directly.
      setting_changed(key, old, new)    a declared option (ui/options.py) changed.
    """

    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()
    appearance_changed = Signal()
    navigate_requested = Signal(str, dict)
    focus_view_requested = Signal(object)
    focus_view_ended = Signal()
    help_requested = Signal(str)
    keyring_checked = Signal(bool)
    stronger_kdf_available = Signal(object)
    stronger_kdf_done = Signal()
    vault_changed = Signal(object, object)
    setting_changed = Signal(str, object, object)
    # A direct write made on another thread, carried to the GUI thread (queued).
    _changed_elsewhere = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        keystore: KeyStore | None = None,
        kdf: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Made on the GUI thread; a write on another (the worker) is announced through a
        # queued signal.
        self._gui_thread = threading.get_ident()
        self.data_dir = Path(data_dir)
        self.keystore = keystore
        # None means "calibrate on this machine" when a vault is created; tests pass small ones.
        self.kdf = kdf
        self.prefs = Preferences.load(self.data_dir)
        self.vault: Vault | None = None
        tasks().op_finished.connect(self._op_finished)
        self._changed_elsewhere.connect(self._announce_direct)
        # None until check_keyring() has found out; the answer holds for the session.
        self.keyring_available: bool | None = None
        self._keyring_op: Any = None
        # What this machine would choose, when the vault's passphrase slot is far below it.
        self.kdf_advice: KdfParams | None = None
        self._kdf_checked: str | None = None
        self._clipboard_digest: bytes | None = None
        self.secret_clear_ms = SECRET_CLEAR_MS
        self._secret_timer = QTimer(self)
        self._secret_timer.setSingleShot(True)
        self._secret_timer.timeout.connect(self._clear_secret)
        from disclosure_helper.ui import startup

        # Nothing can be copied before the first window is up; the clipboard's class is
        # one the first window need not wait for.
        startup.once_shown(self._watch_clipboard)
        # Every page scrolls past drop-downs and dates without changing them.
        startup.once_shown(_install_wheel_guard)

    def _watch_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._clipboard_changed)

    # -- vault ---------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None and self.vault.is_unlocked

    def require_vault(self) -> Vault:
        """The unlocked vault, or VaultLocked (for code that runs only while unlocked)."""
        vault = self.vault
        if vault is None or not vault.is_unlocked:
            raise VaultLocked()
        return vault

    def set_vault(self, vault: Vault) -> None:
        if self.vault is not None and self.vault is not vault:
            self.vault.on_change = None
        self.vault = vault
        vault.on_change = self._direct_change

    # -- what changed ----------------------------------------------------------

    def _direct_change(self, changes: Changes) -> None:
        """A write outside any op (on the thread that wrote, once committed)."""
        if threading.get_ident() == self._gui_thread:
            self._announce_direct(changes)
        else:
            self._changed_elsewhere.emit(changes)

    def _announce_direct(self, changes: Changes) -> None:
        self.vault_changed.emit(changes, None)

    def _op_finished(self, op: Op) -> None:
        if self.vault is None:
            return
        changes = op.changes_to(self.vault)
        if changes:
            self.vault_changed.emit(changes, op.parent())

    def announce_unlocked(self) -> None:
        self.unlocked.emit()

    def check_keyring(self) -> None:
        """Find out, in the background, whether this device can remember the vault.

        Loading the keyring library and asking the system for its credential store
        takes a noticeable moment, so it never runs on the GUI thread.
        """
        vault = self.vault
        if vault is None or self.keyring_available is not None or self._keyring_op is not None:
            return

        def done(available: bool) -> None:
            self._keyring_op = None
            self.keyring_available = bool(available)
            self.keyring_checked.emit(self.keyring_available)

        def failed(_exc: Exception) -> None:
            done(False)

        self._keyring_op = Op(self, vault.keyring_available, done, failed,
                              uses_vault=False).start()

    def lock_now(self) -> None:
        """Hide now / auto-lock: save what is typed, lock, clear our clipboard text."""
        if not self.is_unlocked:
            return
        # Background reads stop first, so saving what is typed never waits behind them.
        tasks().stop_vault_work()
        self.about_to_lock.emit()
        assert self.vault is not None
        tasks().stop_vault_work()
        self.vault.lock()
        self.clear_clipboard_if_ours()
        self.locked.emit()

    def shutdown(self) -> None:
        """On quit: save, lock and release the folder."""
        tasks().stop_vault_work()
        if self.is_unlocked:
            self.about_to_lock.emit()
        self.clear_clipboard_if_ours()
        tasks().stop_vault_work()
        if self.vault is not None:
            self.vault.close()

    # -- how strongly the passphrase is protected (KDF calibration) ----------------

    def check_kdf(self) -> None:
        """Find out, off the GUI thread, whether this machine would protect the passphrase
        much more strongly than the vault does now (say the vault was made on a slower
        computer, or at a busy moment). If so, `stronger_kdf_available` offers it; the
        person chooses whether and when (re-tuning needs their passphrase).

        Asked once per session; never where key parameters were given explicitly
        (tests and benchmarks), nor again for parameters the person said "not now" to.
        """
        vault = self.vault
        if self.kdf is not None or vault is None or not self.is_unlocked:
            return
        if self._kdf_checked == vault.vault_id:
            return
        self._kdf_checked = vault.vault_id
        stored = vault.passphrase_kdf
        from disclosure_helper.ui import options  # options need this module

        if options.KDF_OFFER_DECLINED.get(self) == _kdf_label(stored):
            return

        def done(suggested: KdfParams) -> None:
            if self.vault is vault and self.is_unlocked and stored.far_below(suggested):
                self.kdf_advice = suggested
                self.stronger_kdf_available.emit(suggested)

        from disclosure_helper.kdf import KdfParams

        Op(self, lambda: KdfParams.calibrated(parallelism=stored.parallelism), done,
           lambda _exc: None, uses_vault=False).start()

    def decline_kdf_offer(self) -> None:
        """"Not now": don't offer again while the passphrase keeps today's parameters."""
        from disclosure_helper.ui import options

        if self.is_unlocked:
            options.KDF_OFFER_DECLINED.set(
                self, _kdf_label(self.require_vault().passphrase_kdf))
        self.kdf_advice = None

    # -- clipboard -----------------------------------------------------------

    def copy_text(self, text: str, secret: bool = False) -> None:
        """Copy to the clipboard, remembering it so a lock can clear it again.

        A `secret` (the recovery code) is marked for clipboard managers not to keep, and
        cleared after `secret_clear_ms` if it is still there.
        """
        clipboard = QGuiApplication.clipboard()
        if secret:
            clipboard.setMimeData(secret_mime_data(text))
            self._secret_timer.start(self.secret_clear_ms)
        else:
            clipboard.setText(text)
        self._clipboard_digest = _sha256(text.encode("utf-8")).digest()

    def note_copied(self, text: str) -> None:
        """Record text a widget copied by itself (e.g. Ctrl+C in an editor)."""
        self._clipboard_digest = _sha256(text.encode("utf-8", "surrogatepass")).digest()

    def _clipboard_changed(self) -> None:
        """Remember text copied from any of our widgets (Ctrl+C in an entry, say).

        Where the platform says who owns the clipboard, that decides; elsewhere a
        change while our window is active can only have come from us.
        """
        from PySide6.QtCore import Qt  # see ui/startup.py: not needed for the first window

        clipboard = QGuiApplication.clipboard()
        ours = clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if ours and self.is_unlocked:
            self.note_copied(clipboard.text())

    def _clear_secret(self) -> None:
        """The copied secret's time is up: clear it if the clipboard still holds it."""
        if self._clipboard_digest is None:
            return
        clipboard = QGuiApplication.clipboard()
        current = clipboard.text().encode("utf-8", "surrogatepass")
        if _sha256(current).digest() == self._clipboard_digest:
            clipboard.clear()
            self._clipboard_digest = None

    def clear_clipboard_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we put there, and on X11 the
        PRIMARY selection (text selected in our window, pasted with the middle button)
        if our window still owns it."""
        self._secret_timer.stop()
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            from PySide6.QtGui import QClipboard

            clipboard.clear(QClipboard.Mode.Selection)
        if self._clipboard_digest is None:
            return
        current = clipboard.text().encode("utf-8", "surrogatepass")
        if _sha256(current).digest() == self._clipboard_digest:
            clipboard.clear()
        self._clipboard_digest = None

    # -- preferences and navigation -----------------------------------------

    def save_prefs(self) -> None:
        self.prefs.save(self.data_dir)
        self.appearance_changed.emit()

    def navigate(self, key: str, **kwargs: Any) -> None:
        self.navigate_requested.emit(key, kwargs)

    def show_focus_view(self, widget: QWidget) -> None:
        self.focus_view_requested.emit(widget)

    def end_focus_view(self) -> None:
        self.focus_view_ended.emit()

    def show_help(self, topic: str) -> None:
        """Ask the window for the About screen ("about") or the shortcuts sheet ("shortcuts")."""
        self.help_requested.emit(topic)
