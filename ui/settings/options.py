"""Every setting declared once (after Picard's options): its key, default and where it lives.

Vault options are personal and live encrypted in the vault (`vault.settings`); device
options are the look of the app, needed before unlock, in `preferences.json`.

    AUTO_LOCK_MINUTES.get(ctx) -> 5
    AUTO_LOCK_MINUTES.set(ctx, 10)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from disclosure_helper.preferences import LAUNCH_NAMES, TEXT_SCALES, THEMES
from disclosure_helper.support import COUNTRY_SETTING
from disclosure_helper.ui.context import AppContext
from disclosure_helper.ui.idle import DEFAULT_MINUTES


@dataclass(frozen=True)
class VaultOption:
    key: str
    default: Any

    def get(self, ctx: AppContext) -> Any:
        if not ctx.is_unlocked:
            return self.default
        return ctx.vault.settings.get(self.key, self.default)

    def set(self, ctx: AppContext, value: Any) -> None:
        ctx.vault.settings.set(self.key, value)


@dataclass(frozen=True)
class DeviceOption:
    key: str
    default: Any
    choices: tuple = ()

    def get(self, ctx: AppContext) -> Any:
        return getattr(ctx.prefs, self.key, self.default)

    def set(self, ctx: AppContext, value: Any) -> None:
        """Change and save; `ctx.save_prefs()` restyles the app."""
        setattr(ctx.prefs, self.key, value)
        ctx.save_prefs()


AUTO_LOCK_MINUTES = VaultOption("auto_lock_minutes", DEFAULT_MINUTES)
LOCK_ON_MINIMISE = VaultOption("lock_on_minimise", False)
LAST_BACKUP = VaultOption("last_backup", None)
# Where the person lives (a rights card id): picks the support line. None means "not chosen":
# the line then follows the country of their latest plan.
COUNTRY = VaultOption(COUNTRY_SETTING, None)
THEME = DeviceOption("theme", "system", THEMES)
TEXT_SCALE = DeviceOption("text_scale", 1.0, TEXT_SCALES)
LAUNCH_NAME = DeviceOption("launch_name", "", LAUNCH_NAMES)
# "" follows the computer; the choices are what ships (ui/i18n.shipped_languages), so they
# are found when the section is built rather than fixed here. Applied at the next start.
LANGUAGE = DeviceOption("language", "")

AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60, 0)  # 0 means never
