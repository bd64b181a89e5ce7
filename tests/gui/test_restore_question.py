"""Restoring a backup asks with what the backup holds against the current archive, what will
not be in the restored archive, and where the current file is kept."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def test_the_question_says_what_restoring_loses_and_where_the_file_goes(qtbot, window, sample_issue, monkeypatch):
    import copy

    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog

    archive = window.session.archive
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.MouseButton.LeftButton)  # holds 第52期 alone
    for number in (53, 54, 55):
        later = copy.deepcopy(sample_issue)
        later.id, later.number, later.date = None, number, dt.date(2026, 12, number - 52)
        archive.add_issue(later)
    dialog.refresh()
    dialog.ui.backupList.setCurrentItem(dialog.ui.backupList.topLevelItem(0))
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    [text] = asked
    assert "这份备份有 1 期，最新一期是《漯河安全生产简报》第52期" in text
    assert "现在的档案库有 4 期，最新一期是《漯河安全生产简报》第55期（2026年12月3日）" in text
    assert "备份以后新建的 3 期" in text
    assert "archive-replaced-日期时间.sqlite" in text and str(archive.path.parent) in text
    assert len(archive.list_issues()) == 4  # not restored: the clerk said no
