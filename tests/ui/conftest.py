"""UI fixtures: an app context on a temporary data folder with fast keys and no real keyring."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from disclosure_helper.keystore import MemoryKeyStore
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ctx(qapp, data_dir: Path):
    """An AppContext on an empty data folder (first run), closed after the test."""
    from disclosure_helper.ui.context import AppContext

    context = AppContext(data_dir, keystore=MemoryKeyStore(), kdf=FAST_KDF)
    yield context
    context.shutdown()


@pytest.fixture
def existing_vault(ctx) -> Path:
    """A vault made in ctx's data folder and closed again, so the app finds it locked."""
    vault = Vault.create(ctx.data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=ctx.keystore)
    vault.close()
    return ctx.data_dir


@pytest.fixture
def unlocked_ctx(ctx):
    """ctx with a freshly created, unlocked vault."""
    vault = Vault.create(ctx.data_dir, PASSPHRASE, kdf=FAST_KDF, keystore=ctx.keystore)
    ctx.set_vault(vault)
    ctx.announce_unlocked()
    return ctx


@pytest.fixture
def main_window(qtbot, ctx, existing_vault):
    """The main window, started on an existing vault and unlocked with the passphrase."""
    from disclosure_helper.ui.app import create_main_window

    window = create_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.current_screen == "unlock"
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.current_screen == "app", timeout=10_000)
    return window


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp):
    """The app's English catalogue, as at every start: it holds the singular forms of
    plural messages ("1 entry", not "1 entries")."""
    from PySide6.QtCore import QLocale

    from disclosure_helper.ui import i18n

    # US English dates and numbers whatever the machine's locale, so tests agree everywhere.
    i18n.install_language(qapp, "en", locale=QLocale("en_US"))


@pytest.fixture(autouse=True)
def _delete_what_tests_dropped(qapp):
    """Run the deletions widgets asked for with deleteLater() once a test is done.

    Tests drive Qt with processEvents(), never exec(), and deferred deletions only run
    when they are flushed: without this every window and view a test closed stayed alive,
    and restyling the app later walked tens of thousands of dead widgets (gigabytes).
    """
    from PySide6.QtWidgets import QApplication

    before = len(QApplication.allWidgets())
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _check_widgets_are_let_go(before)


# Widgets a test may leave alive once its deletions have run. Normally none or a few (a
# cached popup, a module-scoped window); hundreds mean closed windows and views are being
# kept again, the leak that once grew a full run to 19 GB: without the flush above one
# main window test leaves about 180. Counted per test, so small caches do not add up.
MAX_WIDGETS_LEFT = 60


def _check_widgets_are_let_go(before: int) -> None:
    from PySide6.QtWidgets import QApplication

    alive = len(QApplication.allWidgets())
    if os.environ.get("DH_REPORT_WIDGETS"):
        print(f"[widgets alive: {alive}]")
    assert alive - before <= MAX_WIDGETS_LEFT, (
        f"{alive - before} more widgets are alive after this test than before it: "
        "something keeps windows or dialogs (a reference held, a deleteLater never "
        "flushed), and each keeps its whole tree in memory for the rest of the run.")


@pytest.fixture
def restore_theme(qapp):
    """Put back the app's look (stylesheet, font, palette, theme and text size) that a
    test changes with apply_theme."""
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(),
             qapp.property("dh_theme"), qapp.property("dh_text_scale"))
    yield
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setProperty("dh_theme", saved[3])
    qapp.setProperty("dh_text_scale", saved[4])
