"""Files to import, past issues or submissions, are offered from the folder the last ones were
picked in (the week's folder of mail attachments), not the home folder each time."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from bulletin_desktop.export.docx.writer import write_docx
from bulletin_desktop.gui.importing.review_dialog import ImportReviewDialog
from bulletin_desktop.gui.settings import AppSettings

from modal import when_modal


def test_submissions_are_offered_from_where_the_last_came(qtbot, window, tmp_path, monkeypatch):
    week = tmp_path / "来稿" / "第48周"
    week.mkdir(parents=True)
    piece = week / "西城区来稿.txt"
    piece.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    offered: list[str] = []

    def pick(_parent, _title, start, _filter):
        offered.append(start)
        return [str(piece)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    inbox = window.inbox_dock.open()
    inbox.choose_files()
    inbox.choose_files()  # the same file again: said to be in the inbox already, offered from its folder
    assert offered[0] == str(Path.home())
    assert offered[1] == str(week)


def test_past_issues_are_offered_from_where_the_last_were(qtbot, window, tmp_path, sample_issue):
    """Kept between runs: the folder of the last run's import is where the next run's starts."""
    last_run = tmp_path / "上次"
    last_run.mkdir()
    AppSettings().set_import_dir(last_run)
    folder = tmp_path / "往期"
    folder.mkdir()
    word = folder / "第60期.docx"
    sample_issue.number = 60
    write_docx(sample_issue, word)
    seen: list[str] = []

    def pick(dialog: QFileDialog) -> None:
        seen.append(Path(dialog.directory().absolutePath()).as_posix())
        dialog.selectFile(str(word))
        dialog.accept()

    when_modal(QFileDialog, pick)
    when_modal(ImportReviewDialog, lambda d: d.reject())
    window.importer().choose_files()
    qtbot.waitUntil(lambda: window.importer().review_dialog is None and not window.importer().busy)
    assert seen == [last_run.as_posix()]
    assert AppSettings().import_dir() == folder
