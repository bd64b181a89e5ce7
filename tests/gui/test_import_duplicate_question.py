"""Importing a file of an issue the archive already has: the question names that issue,
says that replacing overwrites the archive's version (changes made there included) and that
this version goes to the trash, and Enter keeps what is there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.export.docx.writer import write_docx
from bulletin_desktop.gui.importing.review_dialog import ImportReviewDialog
from modal import when_modal


def test_the_duplicate_question_names_the_issue_and_what_replacing_costs(
        qtbot, window, archive_path, tmp_path, sample_issue):
    path = tmp_path / "第52期.docx"
    write_docx(sample_issue, path)
    when_modal(ImportReviewDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click())
    asked: list = []

    def answer(box: QMessageBox) -> None:
        asked.append((box.text(), box.informativeText(), box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter, as a hurried clerk

    when_modal(QMessageBox, answer)
    with Archive.open(archive_path, readonly=True) as archive:
        before = [(s.id, s.updated_at) for s in archive.list_issues()]
    with qtbot.waitSignal(window.importer().importFinished, timeout=20000):
        window.importer().import_paths([path])

    [(text, details, default)] = asked
    assert text == "档案库中已有《漯河安全生产简报》第52期（同一刊物、同一期号）。如何处理？"
    assert "替换：用文件的内容覆盖档案库中已有的" in details and "回收站" in details
    assert default == "跳过(&S)"
    with Archive.open(archive_path, readonly=True) as archive:  # Enter skipped: the archive's version stays
        assert [(s.id, s.updated_at) for s in archive.list_issues()] == before
