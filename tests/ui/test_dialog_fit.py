"""Every dialog fits a 1366x768 laptop screen: whole at normal text, and at the largest
text its body scrolls while its buttons and its result message stay in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QScrollArea, QWidget

from disclosure_helper.ui.theme import apply_theme
from disclosure_helper.ui.widgets.fit import FRAME_ALLOWANCE
from tests.conftest import LAPTOP_SCREEN

LONG_RESULT = ("Saved as a file with a long name in a folder far away. Remember, this file is "
               "not encrypted: keep it somewhere safe and delete it when you are done. ") * 2


def _decisions_export(ctx, parent):
    from disclosure_helper.guide import load_guide
    from disclosure_helper.ui.decisions.export_dialog import ExportDialog

    dialog = ExportDialog(load_guide(), lambda sections: "", parent=parent)
    return dialog, lambda: dialog.message.show_message(LONG_RESULT, "info"), dialog.message


def _journal_export(ctx, parent):
    from disclosure_helper.ui.journal.export import ExportDialog

    dialog = ExportDialog(ctx, [], lambda: [], parent=parent)
    return dialog, lambda: dialog.banner.show_message(LONG_RESULT, "info"), dialog.banner


def _restore(ctx, parent):
    from disclosure_helper.ui.restore import RestoreDialog

    dialog = RestoreDialog(ctx, parent=parent)
    return dialog, lambda: dialog.show_error(LONG_RESULT), dialog.error


def _change_passphrase(ctx, parent):
    from disclosure_helper.ui.settings.passphrase import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(ctx, parent=parent)
    return dialog, None, None


def _recovery_code(ctx, parent):
    from disclosure_helper.ui.recovery import RecoveryCodeDialog

    dialog = RecoveryCodeDialog(ctx, "ABCD-EFGH-JKMN-PQRS-TWXY-2345-6789", parent=parent)
    return dialog, lambda: dialog.panel._say(LONG_RESULT), dialog.panel.status


def _plan_details(ctx, parent):
    from disclosure_helper.guide import load_guide
    from disclosure_helper.ui.decisions.plan_list import PlanDetailsDialog

    dialog = PlanDetailsDialog(load_guide(), lambda *a: None, parent=parent)
    return dialog, None, None


DIALOGS = {"decisions-export": _decisions_export, "journal-export": _journal_export,
           "restore": _restore, "change-passphrase": _change_passphrase,
           "recovery-code": _recovery_code, "plan-details": _plan_details}


@pytest.fixture(params=[1.0, 2.0], ids=["normal-text", "largest-text"])
def themed(request, qapp, unlocked_ctx):
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(),
             qapp.property("dh_theme"), qapp.property("dh_text_scale"))
    unlocked_ctx.prefs.text_scale = request.param
    apply_theme(qapp, unlocked_ctx.prefs)
    yield unlocked_ctx, request.param
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setProperty("dh_theme", saved[3])
    qapp.setProperty("dh_text_scale", saved[4])


def _settle(qtbot, dialog: QDialog) -> None:
    from disclosure_helper.ui.layout_test import settle

    QApplication.processEvents()
    settle(dialog)
    qtbot.wait(20)
    settle(dialog)


def _visible_in(dialog: QDialog, widget: QWidget) -> bool:
    """Whether `widget` is wholly on screen inside the dialog, not scrolled out of view."""
    top_left = widget.mapTo(dialog, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    if not dialog.rect().contains(rect):
        return False
    node = widget.parentWidget()
    while node is not None and node is not dialog:
        if isinstance(node, QScrollArea):
            view = node.viewport()
            seen = QRect(view.mapTo(dialog, QPoint(0, 0)), view.size())
            if not seen.contains(rect):
                return False
        node = node.parentWidget()
    return True


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_fits_a_laptop_screen(qtbot, themed, name):
    ctx, scale = themed
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(*LAPTOP_SCREEN)
    dialog, show_result, result = DIALOGS[name](ctx, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    room_w = LAPTOP_SCREEN[0] - FRAME_ALLOWANCE[0]
    room_h = LAPTOP_SCREEN[1] - FRAME_ALLOWANCE[1]
    assert dialog.width() <= room_w and dialog.height() <= room_h, (
        f"{name} is {dialog.width()}x{dialog.height()}, the screen has {room_w}x{room_h}")
    scrolls = [a for a in dialog.findChildren(QScrollArea) if a.verticalScrollBar().maximum()]
    if scale == 1.0:
        assert scrolls == [], f"{name} needs scrolling at normal text"
    buttons = [b for b in dialog.findChildren(QAbstractButton)
               if b.isVisible() and b.parentWidget() is not None
               and not any(isinstance(p, QScrollArea) for p in _ancestors(b, dialog))]
    assert buttons, f"{name} has no buttons outside its scrolling body"
    for widget in buttons:
        assert _visible_in(dialog, widget), f"{name}: {widget.text()!r} is off screen"
    if show_result is not None:
        show_result()
        _settle(qtbot, dialog)
        assert dialog.height() <= room_h
        assert _visible_in(dialog, result), f"{name}: its result is out of view"
        for widget in buttons:
            assert _visible_in(dialog, widget), f"{name}: {widget.text()!r} is off screen"
    dialog.done(0)


def _ancestors(widget: QWidget, stop: QWidget):
    node = widget.parentWidget()
    while node is not None and node is not stop:
        yield node
        node = node.parentWidget()
