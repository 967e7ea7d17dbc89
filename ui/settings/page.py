"""Settings: privacy and locking, look and text size, passphrase, backups, the data folder.

Each section is a card with `load()` (options → widgets) and `save()` (widgets →
options); changes apply at once, so there is no Apply button to forget.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_helper.backup import read_header
from disclosure_helper.changes import SETTINGS, Changes
from disclosure_helper.errors import KeyringUnavailable, VaultError
from disclosure_helper.rights import regions
from disclosure_helper.ui import i18n, options
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.dialogs import (
    ask_save_path,
    backup_filter,
    default_backup_name,
    documents_dir,
)
from disclosure_helper.ui.ops import Op
from disclosure_helper.ui.page import Page
from disclosure_helper.ui.recovery import RecoveryCodeDialog
from disclosure_helper.ui.restore import RestoreDialog
from disclosure_helper.ui.settings.naming import HelpSection, NameSection
from disclosure_helper.ui.settings.passphrase import ChangePassphraseDialog, StrengthenDialog
from disclosure_helper.ui.widgets import (
    Card,
    FlowRow,
    MessageBanner,
    RememberOnDevice,
    ScrollScreen,
    WrapCheckBox,
    button,
    dates,
    field_label,
    label,
    run_with_progress,
)
from disclosure_helper.ui.widgets.about_content import AboutContentDialog, open_about_content
from disclosure_helper.ui.widgets.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
# Asked with a fixed context: these run outside the widget whose catalogue they belong
# to, and tr() on another object looks them up under that object's class name.
translate = QCoreApplication.translate


class SettingsSection(Card):
    """A card of related settings. Subclasses fill `load()` and `save()`."""

    changed = Signal()

    def __init__(self, page: SettingsPage, title: str, text: str = "") -> None:
        super().__init__(title, text, title_role="heading")
        self.page = page
        self.ctx = page.ctx
        self._loading = False

    def load(self) -> None:
        """Show the stored values."""

    def save(self) -> None:
        """Store what the widgets show."""

    def _on_widget_changed(self, *_args: Any) -> None:
        if self._loading or not self.ctx.is_unlocked:
            return
        try:
            self.save()
        except VaultError as exc:
            self.page.banner.show_message(exc.message, "error")
            return
        self.changed.emit()


def _form() -> QFormLayout:
    # Labels above their fields: a field then has the whole column, whatever the text
    # size or the language, and the eye reads one column down instead of zig-zagging.
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(12)
    return form


class PrivacySection(SettingsSection):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page, translate("SettingsPage", "Privacy and locking"))
        form = _form()
        self.auto_lock = QComboBox()
        self.auto_lock.setAccessibleName(self.tr("Lock automatically after"))
        for minutes in options.AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(self._minutes_text(minutes), minutes)
        form.addRow(field_label(self.tr("Lock automatically after"), self.auto_lock),
                    self.auto_lock)
        self.body.addLayout(form)
        self.lock_on_minimise = WrapCheckBox(self.tr("Lock when the window is minimised"))
        self.lock_on_minimise.setAccessibleName(self.tr("Lock when the window is minimised"))
        self.body.addWidget(self.lock_on_minimise)
        self.remember_block = RememberOnDevice()
        self.remember = self.remember_block.box
        self.body.addWidget(self.remember_block)
        self.auto_lock.currentIndexChanged.connect(self._on_widget_changed)
        self.lock_on_minimise.toggled.connect(self._on_widget_changed)
        self.remember.toggled.connect(self._remember_toggled)
        self.ctx.keyring_checked.connect(self.show_keyring)

    def _minutes_text(self, minutes: int) -> str:
        if minutes == 0:
            return self.tr("Never")
        if minutes == 1:
            return self.tr("1 minute without use")
        return self.tr("%1 minutes without use").replace("%1", str(minutes))

    def load(self) -> None:
        self._loading = True
        try:
            minutes = options.AUTO_LOCK_MINUTES.get(self.ctx)
            index = self.auto_lock.findData(minutes)
            if index < 0:
                self.auto_lock.addItem(self._minutes_text(int(minutes)), minutes)
                index = self.auto_lock.count() - 1
            self.auto_lock.setCurrentIndex(index)
            self.lock_on_minimise.setChecked(bool(options.LOCK_ON_MINIMISE.get(self.ctx)))
            vault = self.ctx.vault
            self.remember.setChecked(bool(vault is not None and vault.remember_on_device))
        finally:
            self._loading = False
        self.show_keyring(self.ctx.keyring_available)

    def show_keyring(self, available: bool | None) -> None:
        """Offer "remember" as far as this device's credential store allows (None: not
        known yet; the context finds out off the GUI thread and says when it knows)."""
        # A choice already made stays on, so the person can still turn it off.
        self.remember_block.show_available(available, keep_checked=True)
        if available is None:
            self.ctx.check_keyring()

    def save(self) -> None:
        options.AUTO_LOCK_MINUTES.set(self.ctx, self.auto_lock.currentData())
        options.LOCK_ON_MINIMISE.set(self.ctx, self.lock_on_minimise.isChecked())

    def _remember_toggled(self, checked: bool) -> None:
        if self._loading or not self.ctx.is_unlocked:
            return
        try:
            self.ctx.require_vault().set_remember_on_device(checked)
        except KeyringUnavailable as exc:
            self._loading = True
            self.remember_block.refuse()
            self._loading = False
            self.page.banner.show_message(exc.message, "warning")
        except VaultError as exc:
            self.page.banner.show_message(exc.message, "error")


# Marked so lupdate finds them; AppearanceSection translates them with self.tr().
TEXT_SIZE_NAMES = {
    0.9: QT_TRANSLATE_NOOP("AppearanceSection", "Smaller"),
    1.0: QT_TRANSLATE_NOOP("AppearanceSection", "Normal"),
    1.15: QT_TRANSLATE_NOOP("AppearanceSection", "A little larger"),
    1.3: QT_TRANSLATE_NOOP("AppearanceSection", "Larger"),
    1.5: QT_TRANSLATE_NOOP("AppearanceSection", "Large"),
    1.75: QT_TRANSLATE_NOOP("AppearanceSection", "Very large"),
    2.0: QT_TRANSLATE_NOOP("AppearanceSection", "Largest"),
}
CUSTOM_SIZE = QT_TRANSLATE_NOOP("AppearanceSection", "Custom")


class CountrySection(SettingsSection):
    """Where the person lives: chooses the "If today feels like too much" line."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page, translate("SettingsPage", "Where you live"), translate(
            "SettingsPage",
            "This chooses the support line shown on Home, in the journal and in Together "
            "mode. It stays inside your vault."))
        form = _form()
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country for the support line"))
        self.country.addItem(self.tr("Same as my latest plan"), None)
        for region_id, name in regions():
            self.country.addItem(name, region_id)
        country_label = label(self.tr("Country"), wrap=False)
        # The buddy is what a screen reader hears as the drop-down's label (AT-SPI
        # "labelled by"); on Linux the accessible name alone is not read for a combo box.
        country_label.setBuddy(self.country)
        form.addRow(country_label, self.country)
        self.body.addLayout(form)
        self.country.currentIndexChanged.connect(self._on_widget_changed)

    def load(self) -> None:
        self._loading = True
        try:
            self.country.setCurrentIndex(max(0, self.country.findData(
                options.COUNTRY.get(self.ctx))))
        finally:
            self._loading = False

    def save(self) -> None:
        options.COUNTRY.set(self.ctx, self.country.currentData())


class ContentSection(SettingsSection):
    """Where the words come from: opens About this content (IPDAS asks it to be easy to find)."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(
            page, translate("SettingsPage", "About the guidance and rights cards"),
            translate("SettingsPage",
                      "Who wrote the words in this app, how they were checked, and how they "
                      "are kept up to date."))
        row = FlowRow()
        self.about_button = button(self.tr("About this content…"), self.show_about)
        row.addWidget(self.about_button)
        self.body.addWidget(row)
        self.dialog: AboutContentDialog | None = None

    def show_about(self) -> None:
        self.dialog = open_about_content(self.page)


class AppearanceSection(SettingsSection):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page, translate("SettingsPage", "Look and text size"))
        form = _form()
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for scale in options.TEXT_SCALE.choices:
            name = self.tr(TEXT_SIZE_NAMES.get(scale, CUSTOM_SIZE))
            self.text_size.addItem(f"{name} ({round(scale * 100)}%)", scale)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        theme_names = {
            "system": self.tr("Follow my computer"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high_contrast": self.tr("High contrast"),
        }
        for key in options.THEME.choices:
            self.theme.addItem(theme_names.get(key, key), key)
        form.addRow(field_label(self.tr("Text size"), self.text_size), self.text_size)
        form.addRow(field_label(self.tr("Colours"), self.theme), self.theme)
        self.body.addLayout(form)
        self.body.addWidget(label(self.tr("These apply to this computer, and also to the "
                                          "unlock screen."), "hint"))
        self.text_size.currentIndexChanged.connect(self._on_widget_changed)
        self.theme.currentIndexChanged.connect(self._on_widget_changed)

    def load(self) -> None:
        self._loading = True
        try:
            scale = float(options.TEXT_SCALE.get(self.ctx))
            index = self.text_size.findData(scale)
            if index < 0:
                self.text_size.addItem(f"{round(scale * 100)}%", scale)
                index = self.text_size.count() - 1
            self.text_size.setCurrentIndex(index)
            self.theme.setCurrentIndex(max(0, self.theme.findData(options.THEME.get(self.ctx))))
        finally:
            self._loading = False

    def save(self) -> None:
        options.set_device_options(self.ctx, {
            options.TEXT_SCALE: float(self.text_size.currentData()),
            options.THEME: str(self.theme.currentData()),
        })


class LanguageSection(SettingsSection):
    """The app's language. It changes at the next start; the app offers to restart now."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page, translate("SettingsPage", "Language"))
        form = _form()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        computer = i18n.effective_language("")
        self.language.addItem(self.tr("Follow my computer (%1)").replace(
            "%1", i18n.language_name(computer)), "")
        for code in i18n.shipped_languages():
            self.language.addItem(i18n.language_name(code), code)
        form.addRow(field_label(self.tr("Language"), self.language), self.language)
        self.body.addLayout(form)
        self.body.addWidget(label(self.tr(
            "Guidance, rights cards and dates follow it too. Your own words stay as you "
            "wrote them."), "hint"))
        # Said here, beside the drop-down, rather than in the page's banner out of sight.
        self.pending = label("", "banner-info")
        self.pending.hide()
        self.body.addWidget(self.pending)
        self.language.currentIndexChanged.connect(self._on_widget_changed)

    def load(self) -> None:
        self._loading = True
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(
                options.LANGUAGE.get(self.ctx))))
        finally:
            self._loading = False

    def save(self) -> None:
        options.LANGUAGE.set(self.ctx, str(self.language.currentData()))
        chosen = i18n.effective_language(str(self.language.currentData()))
        if chosen == i18n.current_language():
            self.pending.hide()
            return
        name = i18n.language_name(chosen)
        if self.ask_restart(name):
            i18n.restart(self.window())
        else:
            self.pending.setText(self.tr(
                "Disclosure Helper will be in %1 the next time it starts.").replace("%1", name))
            self.pending.show()

    def ask_restart(self, name: str) -> bool:
        """Whether the person wants to restart now to see the app in `name`."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restart in %1?").replace(
            "%1", name), self.tr(
            "The app needs to close and open again to change its language. Everything you "
            "have written is saved first, and you unlock your vault again as usual."),
            QMessageBox.StandardButton.NoButton, self)
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.exec()
        return box.clickedButton() is restart


class KeysSection(SettingsSection):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page, translate("SettingsPage", "Passphrase and recovery code"), translate(
            "SettingsPage",
            "Change your passphrase whenever you like. A new recovery code replaces the old "
            "one, which then stops working."))
        row = FlowRow()
        self.change_button = button(self.tr("Change passphrase…"), page.change_passphrase)
        self.recovery_button = button(self.tr("New recovery code…"),
                                      page.new_recovery_code)
        row.addWidget(self.change_button)
        row.addWidget(self.recovery_button)
        self.body.addWidget(row)


class BackupSection(SettingsSection):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page, translate("SettingsPage", "Backups"), translate(
            "SettingsPage",
            "A backup is one encrypted file. It opens only with your passphrase or recovery "
            "code, so you can keep it on a USB stick or another drive."))
        self.last = label(role="subheading")
        self.body.addWidget(self.last)
        row = FlowRow()
        self.backup_button = button(self.tr("Back up now…"), page.back_up, role="primary")
        self.restore_button = button(self.tr("Restore from a backup…"), page.restore)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        self.body.addWidget(row)
        self.body.addSpacing(6)
        self.body.addWidget(label(self.tr("Where your vault is kept"), "subheading",
                                 heading=True))
        self.folder = label(selectable=True)
        self.body.addWidget(self.folder)
        self.show_folder = button(self.tr("Show the folder"), self._open_folder)
        self.body.addWidget(self.show_folder, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self) -> None:
        self.folder.setText(str(self.ctx.data_dir))
        last = options.LAST_BACKUP.get(self.ctx)
        if not last:
            self.last.setText(self.tr("No backup made yet."))
            return
        try:
            when = datetime.fromisoformat(last).astimezone()
            shown = dates.day_and_time(when)
        except (TypeError, ValueError):
            shown = str(last)
        self.last.setText(self.tr("Last backup: %1").replace("%1", shown))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))


class SettingsPage(Page):
    # Device options change only here, so the vault's settings are all it follows.
    shows = frozenset({SETTINGS})
    """The Settings section. `privacy_changed` tells the window to re-read lock settings."""

    privacy_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._op: Op | None = None
        self.opened_with_recovery_code = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        screen = ScrollScreen(max_chars=76)
        layout.addWidget(screen)
        screen.column.addWidget(label(self.tr("Settings"), "title"))
        self.banner = MessageBanner(closable=True)
        screen.column.addWidget(self.banner)
        self.privacy = PrivacySection(self)
        self.appearance = AppearanceSection(self)
        self.language = LanguageSection(self)
        self.keys = KeysSection(self)
        self.backups = BackupSection(self)
        self.naming = NameSection(ctx)
        self.country = CountrySection(self)
        self.content = ContentSection(self)
        self.help = HelpSection(ctx)
        self.sections: list[SettingsSection | NameSection | HelpSection] = [
            self.privacy, self.appearance, self.language, self.naming, self.keys,
            self.backups, self.country, self.content, self.help]
        for section in self.sections:
            screen.column.addWidget(section)
        self.privacy.changed.connect(self.privacy_changed)

    # -- page hooks --------------------------------------------------------------

    def load(self) -> None:
        for section in self.sections:
            section.load()

    def on_unlocked(self) -> None:
        self.banner.dismiss()
        self.load()

    def on_about_to_lock(self) -> None:
        self.banner.dismiss()
        self.opened_with_recovery_code = False

    def refresh(self, changes: Changes) -> None:
        self.load()

    def open_with(self, **kwargs: Any) -> None:
        if kwargs.get("action") == "backup":
            self.back_up()
        if kwargs.get("action") == "strengthen":
            self.strengthen_passphrase()
        if kwargs.get("reason") == "recovered":
            self.opened_with_recovery_code = True
            self.banner.show_message(
                self.tr("You opened the vault with your recovery code. If you have forgotten "
                        "your passphrase, you can choose a new one now."),
                "info",
                action=(self.tr("Change passphrase…"), self.change_passphrase),
            )

    # -- passphrase and recovery code -------------------------------------------

    def strengthen_passphrase(self) -> None:
        """Offered on Home when this machine can protect the passphrase more strongly."""
        if self.ctx.kdf_advice is None:
            return
        dialog = StrengthenDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.stronger_kdf_done.emit()
            self.banner.show_message(self.tr(
                "Done. Your passphrase is now protected more strongly; it opens the vault "
                "just as before."), "info")

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.ctx, require_current=not
                                        self.opened_with_recovery_code, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.opened_with_recovery_code = False
            self.banner.show_message(self.tr("Your passphrase has been changed. Use the new "
                                             "one from now on."), "info")

    def new_recovery_code(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Make a new recovery code?"),
            self.tr("Your current recovery code will stop working. The new one is shown only "
                    "once, so have a safe place ready for it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        vault = self.ctx.vault
        assert vault is not None  # Settings is shown only once a vault is open
        self._op = run_with_progress(
            self, self.tr("Making a new recovery code…"), vault.new_recovery_code,
            on_done=self._show_new_code, on_error=self._show_error,
        )

    def _show_new_code(self, code: str) -> None:
        dialog = RecoveryCodeDialog(self.ctx, code, parent=self)
        dialog.exec()

    # -- backup and restore ------------------------------------------------------

    def back_up(self) -> None:
        if not self.ctx.is_unlocked:
            return
        path = ask_save_path(self, self.tr("Save a backup"),
                             documents_dir() / default_backup_name(), backup_filter())
        if path is None:
            return
        vault = self.ctx.vault
        assert vault is not None  # checked unlocked above; locking keeps the vault object

        def work() -> int:
            size = vault.backup(path)
            read_header(Path(path), verify=True)  # read it back: a backup nobody checked is a hope
            return size

        self._op = run_with_progress(
            self, self.tr("Making your backup and checking it…"), work,
            on_done=lambda _size: self._backed_up(path), on_error=self._show_error,
        )

    def _backed_up(self, path: Path) -> None:
        self.backups.load()
        self.banner.show_message(
            self.tr("Backup saved and checked: %1").replace("%1", str(path)), "info")

    def restore(self) -> None:
        dialog = RestoreDialog(self.ctx, target=None, unlock_after=False, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
            return
        folder = dialog.restored.folder
        dialog.restored.close()
        self.banner.show_message(
            self.tr("The backup was restored into %1 and checked. Your current vault has not "
                    "been changed. To use the restored copy, start Disclosure Helper with "
                    "that folder: disclosure-helper --data-dir \"%1\"").replace("%1",
                                                                               str(folder)),
            "info",
        )

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, VaultError):
            self.banner.show_message(exc.message, "error")
        else:
            log.info("settings action failed: %s", type(exc).__name__)
            self.banner.show_message(self.tr("That did not work. Nothing has been changed."),
                                     "error")
