"""The desktop app's windows and screens (installed as disclosure_helper.ui)."""

from disclosure_helper.ui.startup import answer_pyside_source_scan

answer_pyside_source_scan()
