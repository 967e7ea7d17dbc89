"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 lost a reference to None on every call to a Qt method that returns
nothing; on Python 3.11 that crashes the app once enough calls have been made, so a
long session would end in an abort. pyproject.toml keeps that release out, and this
test catches a binding with the same fault before anyone else meets it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

CALLS = 2000


def test_void_methods_keep_none_alive(qapp):
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.resize(120, 80)
        widget.setToolTip("tip")
        widget.property("not-set")
    # A few references may come and go elsewhere; a leak would be thousands.
    assert sys.getrefcount(None) >= before - 50


def test_translations_keep_none_alive(qapp):
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        QCoreApplication.translate("Context", "Text")
    assert sys.getrefcount(None) >= before - 50
