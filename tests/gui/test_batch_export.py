"""Exporting several issues from the window: chosen in the issue list, one Word file each
into a folder; a year compiled into one Word file; cancelling half-way."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.export.file_names import compilation_file_name, default_file_name

from test_translations import untranslated, visible_texts

SERIES = "漯河安全生产简报"


@pytest.fixture
def archive_path(tmp_path, sample_text):
    """Twelve issues of 2022 and one of 2021."""
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for number in range(40, 53):
            issue = read_text(sample_text)
            issue.number = number
            issue.date = dt.date(2021, 12, 27) if number == 40 else dt.date(2022, 1, 3) + dt.timedelta(weeks=number - 41)
            archive.add_issue(issue)
    return path


def click_rows(qtbot, window, rows: list[int]) -> None:
    window.ui.issueListDock.raise_()  # its tab in front, as the clerk clicks it
    view = window.ui.issueList.ui.issueView
    qtbot.waitUntil(view.isVisible)
    for n, row in enumerate(rows):
        rect = view.visualRect(view.model().index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def answer_existing(window, button_text: str, seen: dict | None = None) -> None:
    """Press ``button_text`` on the question about files already there, when it comes."""
    from PySide6.QtWidgets import QMessageBox

    box = next((b for b in window.findChildren(QMessageBox, "existingFilesBox") if b.isVisible()), None)
    if box is None:
        QTimer.singleShot(10, lambda: answer_existing(window, button_text, seen))
        return
    if seen is not None:
        seen.update(text=box.text(), names=box.informativeText(), buttons=[b.text() for b in box.buttons()])
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_chosen_issues_each_into_a_folder(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "导出"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    click_rows(qtbot, window, [0, 2, 3])  # newest first: 52, 50, 49
    assert len(window.ui.issueList.selected_ids()) == 3
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_selected.trigger()
    written, message = finished.args
    expected = [default_file_name(window.session.archive.load_issue(i), ".docx")
                for i in window.ui.issueList.selected_ids()]
    assert [p.name for p in written] == expected and sorted(p.name for p in folder.iterdir()) == sorted(expected)
    assert all("第52期" in n or "第50期" in n or "第49期" in n for n in expected)
    assert "3" in message and window.statusBar().currentMessage() == message


def test_a_year_compiled_with_its_contents(qtbot, window, tmp_path, monkeypatch):
    asked = {}

    def choose_year(parent, title, label, items, current, editable):
        asked.update(items=items, current=current)
        return "2022", True

    target = tmp_path / compilation_file_name(SERIES, 2022)
    monkeypatch.setattr(QInputDialog, "getItem", choose_year)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filt: (str(target), filt))
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_year.trigger()
    assert asked["items"] == ["2022", "2021"] and asked["current"] == 0  # the open issue's year first
    assert finished.args[0] == [target]
    with zipfile.ZipFile(target) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert document.count("PAGEREF") == 12 and "2022年度汇编" in document


def test_cancel_half_way_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / compilation_file_name(SERIES, 2022)
    target.write_bytes(b"last year's compilation, kept")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("2022", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filt: (str(target), filt))
    controller = window.batch_export()
    seen: list[int] = []
    texts: set = set()

    def cancel_when_half_way() -> None:
        progress = controller.progress
        if progress is not None:
            seen.append(progress.value())
            texts.update(visible_texts(progress))
            if progress.value() >= 3:
                progress.cancel()
                return
        QTimer.singleShot(0, cancel_when_half_way)

    QTimer.singleShot(0, cancel_when_half_way)
    with qtbot.waitSignal(controller.finished) as finished:
        window.action_set.export_year.trigger()
    written, message = finished.args
    assert written == [] and "取消" in message
    assert 3 <= max(seen) < 12
    assert ("QLabel:", "正在汇编 2022 年的 12 期…") in texts and not [t for t in texts if untranslated(t[1])]
    assert target.read_bytes() == b"last year's compilation, kept"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def exports_of(archive_path, issue_id: int) -> list[dict]:
    """The export records as ``show --json`` prints them, read through a connection of
    their own (the window holds the archive open)."""
    with Archive.open(archive_path, readonly=True, auto_backup=False) as archive:
        return archive.issue_history(issue_id)["exports"]


def test_each_file_of_a_batch_is_recorded_and_the_drafts_asked_about_once(qtbot, window, tmp_path, monkeypatch,
                                                                         archive_path):
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "导出"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    archive = window.session.archive
    click_rows(qtbot, window, [0, 2, 3])  # 52, 50, 49
    ids = window.ui.issueList.selected_ids()
    archive.set_final(ids[1], True)  # 50 is final already: not asked about again
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_selected.trigger()
    written = finished.args[0]
    for issue_id, path in zip(ids, written):
        records = exports_of(archive_path, issue_id)
        assert [(r["file"], r["format"]) for r in records] == [(str(path.absolute()), "docx")]
        assert records[0]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert records[0]["settings"]["red_rule_pt"] == window.session.load_for_export([issue_id])[0][1].red_rule_pt

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "askFinalBox") is not None)
    box = window.findChild(QMessageBox, "askFinalBox")
    assert "2 期" in box.text() and "第一次导出" in box.text() and "定稿" in box.windowTitle()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    status = {s.id: s.status for s in archive.list_issues()}
    assert [status[i] for i in ids] == ["final", "final", "final"]
    assert window.document.issue.id == ids[0] and window.document.readonly  # the open issue, shown read-only
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "askFinalBox") is None)

    click_rows(qtbot, window, [0, 2, 3])
    assert window.ui.issueList.selected_ids() == ids
    QTimer.singleShot(0, lambda: answer_existing(window, "替换"))  # the files of the first export are there
    with qtbot.waitSignal(window.batch_export().finished):  # exported again: recorded, not asked
        window.action_set.export_selected.trigger()
    qtbot.wait(50)
    assert window.findChild(QMessageBox, "askFinalBox") is None
    assert [len(exports_of(archive_path, i)) for i in ids] == [2, 2, 2]


def test_a_year_compilation_is_recorded_for_each_issue_it_holds(qtbot, window, tmp_path, monkeypatch, archive_path):
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / compilation_file_name(SERIES, 2022)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("2022", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filt: (str(target), filt))
    with qtbot.waitSignal(window.batch_export().finished):
        window.action_set.export_year.trigger()
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    summaries = window.session.archive.list_issues()
    for summary in summaries:
        records = exports_of(archive_path, summary.id)
        if summary.date.year == 2022:
            assert [(r["file"], r["sha256"]) for r in records] == [(str(target.absolute()), digest)]
            assert records[0]["settings"]["compilation"] == f"{SERIES} 2022年度汇编"
        else:
            assert records == []
    qtbot.wait(50)
    assert window.findChild(QMessageBox, "askFinalBox") is None  # a compilation gathers what was printed
