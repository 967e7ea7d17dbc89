"""Device preferences needed before unlock: look and language only.

This is the only plaintext the app keeps, so it holds nothing personal: no titles,
no recent items, no words the person wrote. It lives in the data folder (not in
the OS settings store) so a portable copy on a USB stick carries it along.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from disclosure_helper.errors import StorageError

FILE_NAME = "preferences.json"
THEMES = ("system", "light", "dark", "high_contrast")
TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
# The name the app shows on screen: "" for its own, or a plain one for a shared computer.
# Keys from a fixed list, never free text, so this file stays free of anything personal.
LAUNCH_NAMES = ("", "notes", "journal", "planner")


@dataclass
class Preferences:
    theme: str = "system"
    text_scale: float = 1.0
    # "" follows the computer's language when the app ships it (else English); otherwise a
    # language code the app ships ("en", "es"). Read once at start (ui/i18n.py).
    language: str = ""
    together_text_scale: float = 1.5
    launch_name: str = ""

    def normalised(self) -> Preferences:
        theme = self.theme if self.theme in THEMES else "system"
        scale = min(max(float(self.text_scale), 0.75), 2.5)
        together = min(max(float(self.together_text_scale), 1.0), 3.0)
        language = self.language if isinstance(self.language, str) and (
            self.language == "" or (self.language.isalpha() and len(self.language) <= 8)) else ""
        launch_name = self.launch_name if self.launch_name in LAUNCH_NAMES else ""
        return Preferences(theme, scale, language, together, launch_name)

    @classmethod
    def load(cls, data_dir: Path) -> Preferences:
        """Read the file; anything missing or odd falls back to the defaults."""
        try:
            raw = json.loads((Path(data_dir) / FILE_NAME).read_text(encoding="utf-8"))
            known = {f.name for f in fields(cls)}
            return cls(**{k: v for k, v in raw.items() if k in known}).normalised()
        except (OSError, ValueError, TypeError, AttributeError):
            return cls()

    def save(self, data_dir: Path) -> None:
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            raise StorageError() from None
        payload = json.dumps(asdict(self.normalised()), indent=2).encode("utf-8")
        from disclosure_helper.atomic import atomic_write  # only when saving, not at start

        atomic_write(data_dir / FILE_NAME, payload)
