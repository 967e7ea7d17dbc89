"""Uncaught errors are reported without the person's words, and a kind note is shown."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from disclosure_helper.ui import crash

SECRET = "my manager said something cruel SENTINEL-4471"


def _raise_with_personal_text():
    raise ValueError(f"could not parse {SECRET!r}")


def test_report_names_the_error_and_place_but_not_the_text():
    try:
        _raise_with_personal_text()
    except ValueError:
        exc_type, _exc, tb = sys.exc_info()
    report = crash.safe_report(exc_type, tb)
    assert "ValueError" in report and "_raise_with_personal_text" in report
    assert "SENTINEL" not in report and "cruel" not in report


def test_uncaught_error_logs_safely_and_shows_one_kind_note(qtbot, qapp, caplog, monkeypatch):
    saved_hook = sys.excepthook
    monkeypatch.setattr(crash, "_shown", False)
    try:
        crash.install()
        with caplog.at_level(logging.ERROR, logger="disclosure_helper"):
            try:
                _raise_with_personal_text()
            except ValueError:
                crash.handle(*sys.exc_info())
        assert "SENTINEL" not in caplog.text and "ValueError" in caplog.text

        def note_shown():
            boxes = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()]
            return bool(boxes) and "safe" in boxes[0].text()

        qtbot.waitUntil(note_shown, timeout=3000)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox):
                assert SECRET not in widget.text()
                widget.close()
    finally:
        sys.excepthook = saved_hook


def test_an_error_in_a_worker_thread_shows_the_note_from_the_gui_thread(qtbot, qapp,
                                                                       monkeypatch):
    import threading

    saved_hook, saved_thread_hook = sys.excepthook, threading.excepthook
    monkeypatch.setattr(crash, "_shown", False)
    shown_in: list[threading.Thread] = []
    real_show = crash._show_note

    def show_note() -> None:
        shown_in.append(threading.current_thread())
        real_show()

    monkeypatch.setattr(crash, "_show_note", show_note)
    try:
        crash.install()
        worker = threading.Thread(target=_raise_with_personal_text)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown_in), timeout=3000)
        assert shown_in == [threading.main_thread()]
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox):
                widget.close()
    finally:
        sys.excepthook, threading.excepthook = saved_hook, saved_thread_hook
