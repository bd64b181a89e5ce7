"""Closing the window while the inbox is at work: the background reading of submission
files is cancelled (its LibreOffice conversion ended) and waited for, nothing is stored,
and no dialog of the inbox outlives the window or reaches the closed archive."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from shiboken6 import isValid

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import list_rows

import stand_in_soffice
from modal import close_window_over, when_modal
from stand_in_soffice import converting, ended


@pytest.fixture
def slow_conversions(tmp_path, monkeypatch):
    return stand_in_soffice.slow_conversions(tmp_path, monkeypatch)


def stored_rows(path):
    with Archive.open(path, readonly=True, auto_backup=False) as archive:
        return [tuple(row) for row in list_rows(archive)]


def shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_closing_the_window_mid_reading_cancels_it_and_stores_nothing(qtbot, window, archive_path,
                                                                    slow_conversions):
    folder, pids = slow_conversions
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    before = stored_rows(archive_path)
    finished: list = []
    dock.importFinished.connect(finished.append)
    assert dock.import_files([folder]) == []  # three files LibreOffice converts: read in the background
    qtbot.waitUntil(lambda: len(converting(pids)) == 1, timeout=10000)
    assert dock.reader is not None and dock.reader.busy
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5  # not the minute the conversion would take
    assert not [t for t in threading.enumerate() if t.name == "inbox-read"]  # nothing outlives the window
    [pid] = converting(pids)  # b.rtf and c.rtf were never started
    assert ended(pid)
    qtbot.waitUntil(lambda: bool(finished))
    assert finished == [[]] and not dock.reader.busy
    assert shown_windows() == []  # no progress dialog, no message over a closed window
    assert stored_rows(archive_path) == before


def _registered(window, tmp_path) -> tuple:
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    text = tmp_path / "来稿.txt"
    text.write_text("西城区召开工贸企业安全生产工作会。\n会议要求各企业落实主体责任。", encoding="utf-8")
    [sid] = dock.import_files([text])
    assert dock.panel.select_id(sid)
    return dock, sid


def test_closing_the_window_closes_the_edit_dialog_unsaved(qtbot, window, archive_path, tmp_path):
    from bulletin_desktop.gui.inbox.edit_dialog import SubmissionDialog

    dock, sid = _registered(window, tmp_path)
    before = stored_rows(archive_path)
    qtbot.mouseClick(dock.panel.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = dock.findChild(SubmissionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ui.titleEdit.setText("改过的标题")
    window.close()
    assert not (isValid(dialog) and dialog.isVisible()) and shown_windows() == []
    assert stored_rows(archive_path) == before


def test_closing_the_window_while_asking_why_a_submission_is_declined(qtbot, window, archive_path, tmp_path):
    dock, sid = _registered(window, tmp_path)
    before = stored_rows(archive_path)
    left_open: list = []

    def close_window(question: QInputDialog) -> None:
        question.setTextValue("与上期重复")
        left_open.append(close_window_over(window, question, QInputDialog.accept))

    asked = when_modal(QInputDialog, close_window)
    qtbot.mouseClick(dock.panel.ui.declineButton, Qt.MouseButton.LeftButton)  # returns once the question is gone
    assert asked and left_open == [[]] and shown_windows() == []  # [[]]: the question went with the window
    assert stored_rows(archive_path) == before


def test_submissions_read_for_an_archive_closed_meanwhile_are_not_stored(qtbot, window, archive_path, tmp_path,
                                                                         sample_issue, monkeypatch):
    from bulletin_desktop.export.docx.writer import write_docx

    converted = tmp_path / "来稿.docx"
    write_docx(sample_issue, converted)
    folder, go = stand_in_soffice.gated_conversion(tmp_path, monkeypatch, converted)
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    before = stored_rows(archive_path)
    with qtbot.waitSignal(dock.importFinished, timeout=20000) as finished:
        assert dock.import_files([folder]) == []
        qtbot.waitUntil(lambda: dock.reader.progress is not None and dock.reader.progress.isVisible(), timeout=10000)
        window.session.close_archive()  # as finding the archive damaged meanwhile does, before its rescue
        go.touch()  # the reading now ends with a good file
    assert finished.args[0] == []
    assert shown_windows() == [window]  # no error about an archive the clerk did not choose
    assert stored_rows(archive_path) == before
