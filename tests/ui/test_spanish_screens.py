"""The app started in Spanish shows no English UI string: the first-run wizard, the unlock
screen and every main page are walked and each text on screen is compared with the
catalogue's English sources."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget

from disclosure_helper.ui import i18n
from disclosure_helper.ui.app import create_main_window
from disclosure_helper.ui.navigation import PAGES
from tests.conftest import PASSPHRASE

CATALOGUE = Path(__file__).parents[2] / "resources" / "translations" / "disclosure_helper_es.ts"


def _english_sources() -> set[str]:
    """English sources whose Spanish differs (numerus entries and "%1" templates aside:
    what they show on screen is filled in, so it never equals the source)."""
    sources = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes" or "%" in source or translation is None:
            continue
        if translation.text and translation.text != source:
            sources.add(source)
    return sources


def _shown(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        texts.add(widget.accessibleName())
        texts.add(widget.toolTip())
    return {t for t in texts if t}


@pytest.fixture
def spanish(qapp):
    i18n.install_language(qapp, "es", locale=QLocale("es_MX"))
    yield
    i18n.install_language(qapp, "en", locale=QLocale("en_US"))


def _english_on(root: QWidget, english: set[str]) -> set[str]:
    return _shown(root) & english


@pytest.mark.skipif(not CATALOGUE.is_file(), reason="no Spanish catalogue")
def test_no_english_on_the_wizard_the_unlock_screen_or_any_page(qtbot, ctx, spanish):
    english = _english_sources()
    assert QCoreApplication.translate("Navigation", "Home") == "Inicio"

    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    found = {"first run": _english_on(window, english)}
    window.close()

    from disclosure_helper.vault import Vault
    from tests.conftest import FAST_KDF

    Vault.create(ctx.data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=ctx.keystore).close()
    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.current_screen == "unlock"
    found["unlock"] = _english_on(window, english)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    for spec in PAGES:
        page = window.shell.show_page(spec.key)
        assert page is not None
        qtbot.waitUntil(page.isVisible)
        found[spec.key] = _english_on(window, english)
    still_english = {where: sorted(texts) for where, texts in found.items() if texts}
    assert not still_english, still_english
