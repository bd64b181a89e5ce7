"""Import in the window: the review dialog, bulk import with cancel, duplicates asked once,
the report saved as CSV, files dropped on the window; all through the real window."""
from __future__ import annotations

import csv
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import YearNumber
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.export.docx.writer import write_docx
from bulletin_desktop.gui.importing.report_dialog import ImportReportDialog, Outcome
from bulletin_desktop.gui.importing.review_dialog import ImportReviewDialog
from bulletin_desktop.gui.text_input import type_text

import stand_in_soffice
from modal import close_window_over, when_modal
from stand_in_soffice import converting, ended
from test_translations import untranslated, visible_texts


def archive_state(path: Path):
    with Archive.open(path, readonly=True, auto_backup=False) as archive:
        return [(s.id, s.series, s.number, s.updated_at) for s in archive.list_issues()], archive.integrity_check()


def word_issue(tmp_path: Path, sample_issue, number: int, name: str | None = None) -> Path:
    sample_issue.number = number
    path = tmp_path / (name or f"第{number}期.docx")
    write_docx(sample_issue, path)
    return path


def test_one_file_is_checked_corrected_and_stored(qtbot, window, archive_path, tmp_path, sample_issue):
    sample_issue.year_number, sample_issue.print_copies = YearNumber(6, 2026), 35
    path = word_issue(tmp_path, sample_issue, 60)

    def review(dialog: ImportReviewDialog) -> None:
        assert [t for t in visible_texts(dialog) if untranslated(t[1])] == []
        ui = dialog.ui
        html = ui.documentView.toHtml()
        assert "漯河安全生产简报" in html and "background-color:#ffe9a8" in html  # section headings marked
        top = [ui.issueTree.topLevelItem(i).text(0) for i in range(ui.issueTree.topLevelItemCount())]
        assert top[:3] == ["期号行：2026年第6期（总第60期）", "【安排部署】", "【督导检查】"]
        closing = ui.issueTree.topLevelItem(len(top) - 1)
        assert closing.child(closing.childCount() - 1).text(0) == "（共印35份）"
        assert (ui.seriesEdit.text(), ui.numberSpin.value()) == ("漯河安全生产简报", 60)
        ui.numberSpin.setFocus()
        ui.numberSpin.selectAll()
        type_text(ui.numberSpin, "61")
        assert ui.issueTree.topLevelItem(0).text(0) == "期号行：2026年第6期（总第61期）"
        ui.officeEdit.setFocus()
        ui.officeEdit.selectAll()
        type_text(ui.officeEdit, "漯河市应急管理局")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    shown = when_modal(ImportReviewDialog, review)
    with qtbot.waitSignal(window.importer().importFinished, timeout=10000) as finished:
        window.importer().import_paths([path])
    assert shown
    [result] = finished.args[0]
    assert result.outcome is Outcome.IMPORTED
    issue = window.document.issue
    assert (issue.number, issue.office) == (61, "漯河市应急管理局")  # opened at once
    assert (issue.year_number, issue.print_copies) == (YearNumber(6, 2026), 35)
    with Archive.open(archive_path, readonly=True) as archive:
        assert [s.number for s in archive.list_issues()] == [61, 52] or sorted(
            s.number for s in archive.list_issues()) == [52, 61]
        assert any(hit.number == 61 for hit in archive.search("莱尔达"))  # searchable at once
    qtbot.waitUntil(lambda: window.ui.issueList.ui.issueView.model().rowCount() == 2)


def test_cancelling_the_review_stores_nothing(qtbot, window, archive_path, tmp_path, sample_issue):
    before = archive_state(archive_path)
    when_modal(ImportReviewDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click())
    with qtbot.waitSignal(window.importer().importFinished, timeout=10000):
        window.importer().import_paths([word_issue(tmp_path, sample_issue, 70)])
    assert archive_state(archive_path) == before


def test_a_refused_file_is_explained(qtbot, window, archive_path, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    picture = tmp_path / "照片.docx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    before = archive_state(archive_path)
    with qtbot.waitSignal(window.importer().importFinished, timeout=10000) as finished:
        window.importer().import_paths([picture])  # read in the background
    assert [r.outcome for r in finished.args[0]] == [Outcome.REFUSED]
    assert shown and "照片.docx" in shown[0] and "PNG" in shown[0]
    assert archive_state(archive_path) == before


def test_bulk_import_cancelled_half_way_stores_nothing(qtbot, window, archive_path, tmp_path, sample_issue):
    folder = tmp_path / "往期"
    folder.mkdir()
    for number in range(100, 130):
        word_issue(folder, sample_issue, number)
    before = archive_state(archive_path)
    importer = window.importer()

    def cancel_when_half_way() -> None:
        progress = importer.progress
        if progress is not None and progress.value() >= 3:
            progress.cancel()
            return
        QTimer.singleShot(5, cancel_when_half_way)

    QTimer.singleShot(0, cancel_when_half_way)
    reports = when_modal(ImportReportDialog, lambda d: d.reject())
    with qtbot.waitSignal(importer.importFinished, timeout=60000) as finished:
        importer.import_paths([folder])
    assert reports and "取消" in reports[0].ui.summaryLabel.text()
    assert {r.outcome for r in finished.args[0]} == {Outcome.CANCELLED}
    assert archive_state(archive_path) == before


@pytest.mark.parametrize("choice, outcome, shown, numbers", [
    ("跳过", Outcome.SKIPPED, "已跳过（档案库中已有）", [52, 53]),
    ("替换", Outcome.REPLACED, "已替换档案库中的一期", [52, 53]),
    ("作为副本导入", Outcome.COPIED, "作为副本导入", [52, 53, 54]),
])
def test_bulk_import_with_duplicates_asked_once_and_the_report_saved(
        qtbot, window, archive_path, tmp_path, sample_issue, choice, outcome, shown, numbers):
    folder = tmp_path / "往期"
    folder.mkdir()
    word_issue(folder, sample_issue, 53, "b-第53期.docx")
    first = sample_issue.sections[0].entries[0]
    first.body = first.body + (Run("（导入的新版本）"),)
    word_issue(folder, sample_issue, 52, "a-第52期.docx")  # already in the archive, and open
    assert window.document.issue.number == 52
    (folder / "c-坏文件.docx").write_bytes(b"PK\x03\x04 broken")
    (folder / "说明.md").write_text("不是简报", encoding="utf-8")
    asked: list = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "").startswith(choice)).click()

    when_modal(QMessageBox, answer)
    csv_path = tmp_path / "报告.csv"
    def save_and_close(dialog: ImportReportDialog) -> None:
        assert [t for t in visible_texts(dialog) if untranslated(t[1])] == []
        dialog.save_csv(csv_path)
        dialog.reject()

    reports = when_modal(ImportReportDialog, save_and_close)
    with qtbot.waitSignal(window.importer().importFinished, timeout=60000) as finished:
        window.importer().import_paths([folder])
    assert len(asked) == 1 and "1" in asked[0]
    results = finished.args[0]
    assert [(r.path.name, r.outcome) for r in results] == [
        ("a-第52期.docx", outcome), ("b-第53期.docx", Outcome.IMPORTED), ("c-坏文件.docx", Outcome.REFUSED)]
    assert "坏文件.docx" in results[2].detail
    assert reports and reports[0].ui.resultTable.rowCount() == 3
    with Archive.open(archive_path, readonly=True) as archive:
        assert sorted(s.number for s in archive.list_issues()) == numbers
        assert archive.integrity_check() == "ok"
    open_text = window.document.issue.sections[0].entries[0].text
    assert open_text.endswith("（导入的新版本）") == (choice == "替换")  # a replaced open issue shows the new text
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["文件", "结果", "说明"] and [row[1] for row in rows[1:]] == [shown, "已导入", "未导入"]


def test_files_dropped_on_the_window_are_imported(qtbot, window, archive_path, tmp_path, sample_issue):
    path = word_issue(tmp_path, sample_issue, 80)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    shown = when_modal(ImportReviewDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click())
    drop = QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer().importFinished, timeout=10000):
        QApplication.sendEvent(window, drop)
    assert shown and window.document.issue.number == 80


@pytest.fixture
def slow_conversions(tmp_path, monkeypatch):
    return stand_in_soffice.slow_conversions(tmp_path, monkeypatch)


def test_the_window_keeps_running_during_a_slow_read_and_cancel_ends_it(qtbot, window, archive_path,
                                                                        slow_conversions):
    folder, pids = slow_conversions
    before = archive_state(archive_path)
    importer = window.importer()
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    reports = when_modal(ImportReportDialog, lambda d: d.reject())
    with qtbot.waitSignal(importer.importFinished, timeout=20000) as finished:
        importer.import_paths([folder])  # returns at once: the files are read in the background
        qtbot.waitUntil(lambda: len(converting(pids)) == 1, timeout=10000)
        progress = importer.progress
        assert progress is not None
        qtbot.waitUntil(progress.isVisible)
        assert "a.rtf" in progress.labelText()  # the file being read
        during = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= during + 5)  # the event loop runs while LibreOffice works
        assert importer.busy and converting(pids) and not ended(converting(pids)[0])
        cancelled_at = time.monotonic()
        progress.findChild(QPushButton).click()  # the dialog's Cancel button, as the clerk presses it
    assert time.monotonic() - cancelled_at < 5  # not the minute the conversion would take
    timer.stop()
    [pid] = converting(pids)  # b.rtf and c.rtf were never started
    assert ended(pid)
    assert {r.outcome for r in finished.args[0]} == {Outcome.CANCELLED}
    assert reports and "取消" in reports[0].ui.summaryLabel.text()
    assert archive_state(archive_path) == before
    assert not importer.busy


def test_one_slow_file_can_be_cancelled_before_the_review(qtbot, window, archive_path, slow_conversions):
    folder, pids = slow_conversions
    before = archive_state(archive_path)
    importer = window.importer()
    with qtbot.waitSignal(importer.importFinished, timeout=20000) as finished:
        importer.import_paths([folder / "b.rtf"])
        qtbot.waitUntil(lambda: importer.progress is not None and importer.progress.isVisible(), timeout=10000)
        assert "b.rtf" in importer.progress.labelText()
        importer.progress.findChild(QPushButton).click()
    assert finished.args[0] == []  # like cancelling the review: nothing to report
    assert importer.review_dialog is None and all(ended(pid) for pid in converting(pids))
    assert archive_state(archive_path) == before


def test_closing_the_window_mid_import_ends_the_reading_thread(qtbot, window, archive_path, slow_conversions):
    folder, pids = slow_conversions
    before = archive_state(archive_path)
    importer = window.importer()
    finished: list = []
    importer.importFinished.connect(finished.append)
    importer.import_paths([folder])
    qtbot.waitUntil(lambda: len(converting(pids)) == 1, timeout=10000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5
    assert not [t for t in threading.enumerate() if t.name == "import-read"]  # nothing outlives the window
    assert all(ended(pid) for pid in converting(pids))
    qtbot.waitUntil(lambda: bool(finished))
    assert {r.outcome for r in finished[0]} == {Outcome.CANCELLED}
    assert QApplication.activeModalWidget() is None  # no report over a closed window
    assert archive_state(archive_path) == before


def _answer(choice: str):
    def click(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text().replace("&", "").startswith(choice)).click()
    return click


def test_closing_the_window_during_the_duplicates_question_ends_the_import(qtbot, window, archive_path,
                                                                           tmp_path, sample_issue):
    folder = tmp_path / "往期"
    folder.mkdir()
    word_issue(folder, sample_issue, 52, "a-第52期.docx")  # already in the archive
    word_issue(folder, sample_issue, 53, "b-第53期.docx")
    before = archive_state(archive_path)
    importer = window.importer()
    orphaned: list = []
    asked = when_modal(QMessageBox, lambda box: orphaned.append(close_window_over(window, box, _answer("替换"))))
    with qtbot.waitSignal(importer.importFinished, timeout=60000) as finished:
        importer.import_paths([folder])
    assert asked and orphaned == [[]]  # the question went with the window, unanswered
    assert {r.outcome for r in finished.args[0]} == {Outcome.CANCELLED}  # not even the new No. 53 was stored
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []  # no report over a closed window
    assert archive_state(archive_path) == before


def test_closing_the_window_during_the_review_stores_nothing(qtbot, window, archive_path, tmp_path, sample_issue):
    before = archive_state(archive_path)
    importer = window.importer()
    orphaned: list = []

    def close_window(dialog: ImportReviewDialog) -> None:
        dialog.ui.numberSpin.setValue(90)  # a correction the clerk never confirmed
        orphaned.append(close_window_over(window, dialog, ImportReviewDialog.accept))

    shown = when_modal(ImportReviewDialog, close_window)
    with qtbot.waitSignal(importer.importFinished, timeout=10000) as finished:
        importer.import_paths([word_issue(tmp_path, sample_issue, 70)])
    assert shown and orphaned == [[]] and importer.review_dialog is None
    assert finished.args[0] == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert archive_state(archive_path) == before


def test_closing_the_window_when_a_reviewed_file_turns_out_a_duplicate(qtbot, window, archive_path, tmp_path,
                                                                       sample_issue):
    before = archive_state(archive_path)
    importer = window.importer()
    when_modal(ImportReviewDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click())
    orphaned: list = []
    asked = when_modal(QMessageBox, lambda box: orphaned.append(close_window_over(window, box, _answer("替换"))))
    with qtbot.waitSignal(importer.importFinished, timeout=10000) as finished:
        importer.import_paths([word_issue(tmp_path, sample_issue, 52)])
    assert asked and orphaned == [[]] and finished.args[0] == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert archive_state(archive_path) == before


def test_closing_the_window_over_the_report_closes_it(qtbot, window, archive_path, tmp_path, sample_issue):
    folder = tmp_path / "往期"
    folder.mkdir()
    word_issue(folder, sample_issue, 53)
    word_issue(folder, sample_issue, 54)
    orphaned: list = []
    reports = when_modal(ImportReportDialog,
                         lambda d: orphaned.append(close_window_over(window, d, ImportReportDialog.reject)))
    with qtbot.waitSignal(window.importer().importFinished, timeout=60000) as finished:
        window.importer().import_paths([folder])
    qtbot.waitUntil(lambda: bool(orphaned))
    assert reports and orphaned == [[]]  # the report went with the window
    assert [r.outcome for r in finished.args[0]] == [Outcome.IMPORTED, Outcome.IMPORTED]  # confirmed by choosing them


def test_closing_the_window_while_choosing_files_imports_nothing(qtbot, window, archive_path, tmp_path,
                                                                 sample_issue, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = word_issue(tmp_path, sample_issue, 71)
    before = archive_state(archive_path)
    shown: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))

    def pick(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    orphaned: list = []
    asked = when_modal(QFileDialog, lambda d: orphaned.append(close_window_over(window, d, pick)))
    window.importer().choose_files()  # returns once the file dialog is gone
    assert asked and orphaned == [[]] and shown == []  # no "cannot import" over a closed window either
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert archive_state(archive_path) == before


def test_closing_the_window_while_saving_the_report_closes_both_dialogs(qtbot, window, archive_path, tmp_path,
                                                                        sample_issue):
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "往期"
    folder.mkdir()
    word_issue(folder, sample_issue, 53)
    word_issue(folder, sample_issue, 54)
    orphaned: list = []
    asked = when_modal(QFileDialog, lambda d: orphaned.append(close_window_over(window, d, QFileDialog.reject)))
    reports = when_modal(ImportReportDialog, lambda d: d.ui.saveCsvButton.click())  # 另存为… over the report
    with qtbot.waitSignal(window.importer().importFinished, timeout=60000):
        window.importer().import_paths([folder])
    qtbot.waitUntil(lambda: bool(orphaned))
    assert reports and asked and orphaned == [[]]  # the file dialog went with the window
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert window.importer().report_dialog is None


def test_an_archive_closed_while_its_import_is_read_gets_nothing(qtbot, window, archive_path, tmp_path,
                                                                  sample_issue, monkeypatch):
    folder, go = stand_in_soffice.gated_conversion(tmp_path, monkeypatch, word_issue(tmp_path, sample_issue, 60))
    before = archive_state(archive_path)
    importer = window.importer()
    with qtbot.waitSignal(importer.importFinished, timeout=20000) as finished:
        importer.import_paths([folder])
        qtbot.waitUntil(lambda: importer.progress is not None and importer.progress.isVisible(), timeout=10000)
        window.session.close_archive()  # as finding the archive damaged meanwhile does, before its rescue
        go.touch()  # the reading now ends with a good file
    assert [r.outcome for r in finished.args[0]] == [Outcome.CANCELLED]
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]  # no report, no error
    assert archive_state(archive_path) == before


def test_files_whose_masthead_prints_no_name_are_named_once_and_read_again(qtbot, window, archive_path, tmp_path):
    """A masthead printed as a picture, in files named 7.docx and 8.txt: the window asks once
    for the bulletin's name (the archive's bulletins offered, any other may be typed), reads
    them again with it, and imports them; the question's text is in Chinese."""
    from docx import Document
    from PySide6.QtWidgets import QInputDialog

    folder = tmp_path / "无名称"
    folder.mkdir()
    document = Document()
    for line in ("第7期", "某某县应急管理局　　2024年3月5日", "【动态】", "3月1日，某县开会。"):
        document.add_paragraph(line)
    document.save(str(folder / "7.docx"))
    (folder / "8.txt").write_text("第8期\n某某县应急管理局　　2024年3月12日\n【动态】\n3月8日，某县开展检查。\n",
                                  encoding="utf-8")
    asked: list = []

    def answer(dialog: QInputDialog) -> None:
        asked.append((dialog.labelText(), dialog.comboBoxItems()))
        assert not untranslated(dialog.labelText())
        dialog.setTextValue("某某县安全生产简报")
        dialog.accept()

    when_modal(QInputDialog, answer)
    when_modal(ImportReportDialog, lambda dialog: dialog.reject())
    with qtbot.waitSignal(window.importer().importFinished, timeout=60000) as finished:
        window.importer().import_paths([folder])
    assert len(asked) == 1 and "2" in asked[0][0] and "漯河安全生产简报" in asked[0][1]
    assert [(r.path.name, r.outcome) for r in finished.args[0]] == [("7.docx", Outcome.IMPORTED),
                                                                    ("8.txt", Outcome.IMPORTED)]
    with Archive.open(archive_path, readonly=True) as archive:
        assert sorted((s.series, s.number) for s in archive.list_issues() if s.number != 52) == [
            ("某某县安全生产简报", 7), ("某某县安全生产简报", 8)]


def test_declining_to_name_them_refuses_those_files_only(qtbot, window, archive_path, tmp_path, sample_issue):
    from PySide6.QtWidgets import QInputDialog

    folder = tmp_path / "混合"
    folder.mkdir()
    word_issue(folder, sample_issue, 53, "a-第53期.docx")
    (folder / "b.txt").write_text("第8期\n某某县应急管理局　　2024年3月12日\n【动态】\n3月8日，某县开展检查。\n",
                                  encoding="utf-8")
    when_modal(QInputDialog, lambda dialog: dialog.reject())
    when_modal(ImportReportDialog, lambda dialog: dialog.reject())
    with qtbot.waitSignal(window.importer().importFinished, timeout=60000) as finished:
        window.importer().import_paths([folder])
    assert [(r.path.name, r.outcome) for r in finished.args[0]] == [("a-第53期.docx", Outcome.IMPORTED),
                                                                    ("b.txt", Outcome.REFUSED)]
    assert "报头是图片时" in finished.args[0][1].detail


def test_a_bulletin_numbering_its_sections_is_shown_and_kept_as_it_prints(qtbot, window, archive_path, tmp_path):
    path = tmp_path / "生态环境工作简报第12期.txt"
    path.write_text("生态环境工作简报\n\n第12期\n\n许昌市生态环境局办公室    2025年5月20日\n\n一、工作动态\n\n"
                    "5月8日，市生态环境局召开大气污染防治攻坚推进会。\n\n二、督查通报\n\n"
                    "5月15日，市攻坚办对扬尘污染治理情况进行了暗访督查。\n", encoding="utf-8")
    when_modal(ImportReviewDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click())
    with qtbot.waitSignal(window.importer().importFinished, timeout=10000):
        window.importer().import_paths([path])
    issue = window.document.issue
    assert (issue.series, [s.title for s in issue.sections]) == ("生态环境工作简报", ["工作动态", "督查通报"])
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.series_layout(issue.series_id) == {"section_heading": "numbered"}
    preview = window.ui.preview
    preview.refresh_now()
    shown = preview.plain_text()
    assert "一、工作动态" in shown and "二、督查通报" in shown and "【" not in shown
