"""Every setting declared once (after Picard's options): its key, default and where it lives.

Vault options are personal and live encrypted in the vault (`vault.settings`); device
options are the look of the app, needed before unlock, in `preferences.json`.

    AUTO_LOCK_MINUTES.get(ctx) -> 5
    AUTO_LOCK_MINUTES.set(ctx, 10)

Nothing else reads or writes these keys: every change goes through `set`, which emits
`ctx.setting_changed(key, old, new)` when the value really changed, so whatever
depends on a setting (the auto-lock timer, the look of the app) follows it at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from disclosure_helper.preferences import LAUNCH_NAMES, TEXT_SCALES, THEMES
from disclosure_helper.support import COUNTRY_SETTING
from disclosure_helper.together import LOCK_ON_EXIT_KEY
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.idle import DEFAULT_MINUTES


@dataclass(frozen=True)
class VaultOption:
    key: str
    default: Any

    def get(self, ctx: AppContext) -> Any:
        if not ctx.is_unlocked:
            return self.default
        return ctx.require_vault().settings.get(self.key, self.default)

    def set(self, ctx: AppContext, value: Any) -> None:
        """Store in the vault (VaultLocked when it is locked) and announce the change."""
        settings = ctx.require_vault().settings
        old = settings.get(self.key, self.default)
        settings.set(self.key, value)
        if old != value:
            ctx.setting_changed.emit(self.key, old, value)


@dataclass(frozen=True)
class DeviceOption:
    key: str
    default: Any
    choices: tuple = ()

    def get(self, ctx: AppContext) -> Any:
        """The value as the app applies it: out-of-range values read as their nearest."""
        return getattr(ctx.prefs.normalised(), self.key, self.default)

    def set(self, ctx: AppContext, value: Any) -> None:
        """Change and save; `ctx.save_prefs()` restyles the app."""
        set_device_options(ctx, {self: value})


def set_device_options(ctx: AppContext, values: Mapping[DeviceOption, Any]) -> None:
    """Change several device options with one save and one restyle."""
    old = {option: option.get(ctx) for option in values}
    for option, value in values.items():
        setattr(ctx.prefs, option.key, value)
    ctx.save_prefs()
    for option, value in values.items():
        if old[option] != value:
            ctx.setting_changed.emit(option.key, old[option], value)


AUTO_LOCK_MINUTES = VaultOption("auto_lock_minutes", DEFAULT_MINUTES)
LOCK_ON_MINIMISE = VaultOption("lock_on_minimise", False)
LAST_BACKUP = VaultOption("last_backup", None)
# Where the person lives (a rights card id): picks the support line. None means "not chosen":
# the line then follows the country of their latest plan.
COUNTRY = VaultOption(COUNTRY_SETTING, None)
# The passphrase parameters the person chose to keep ("not now" to a stronger setting).
KDF_OFFER_DECLINED = VaultOption("kdf_offer_declined", None)
# Lock when a Together session ends: on unless the person turned it off.
TOGETHER_LOCK_ON_EXIT = VaultOption(LOCK_ON_EXIT_KEY, True)
THEME = DeviceOption("theme", "system", THEMES)
TEXT_SCALE = DeviceOption("text_scale", 1.0, TEXT_SCALES)
LAUNCH_NAME = DeviceOption("launch_name", "", LAUNCH_NAMES)
# The text size of Together mode's focus view (read across a table), for this computer.
TOGETHER_TEXT_SCALE = DeviceOption("together_text_scale", 1.5)
# "" follows the computer; the choices are what ships (ui/i18n.shipped_languages), so they
# are found when the section is built rather than fixed here. Applied at the next start.
LANGUAGE = DeviceOption("language", "")

AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60, 0)  # 0 means never


def together_scale(ctx: AppContext) -> float:
    """The text size of a Together view: the size chosen for Together, never smaller than
    the person's own. Someone who needs large text needs it most when the screen is also
    read from across a table."""
    return max(float(TOGETHER_TEXT_SCALE.get(ctx)), float(TEXT_SCALE.get(ctx)))
