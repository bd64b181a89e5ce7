"""Renaming the bulletin in the window (its name typed in a draft's masthead): the question
asked before says that its final issues keep the name they were finalized with, and they do."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.text_input import type_text


@pytest.fixture
def archive_path(archive_path):
    with Archive.open(archive_path, auto_backup=False) as archive:
        [final] = archive.list_issues()
        archive.set_final(final.id, True)
        archive.save_issue(archive.next_issue())
    return archive_path


def answer_rename(window, button: str, seen: list[str]) -> None:
    """Press ``button`` on the rename question when it comes."""
    box = next((b for b in window.findChildren(QMessageBox, "renameSeriesBox") if b.isVisible()), None)
    if box is None:
        QTimer.singleShot(10, lambda: answer_rename(window, button, seen))
        return
    seen.append(box.text())
    next(b for b in box.buttons() if b.text() == button).click()


def rename_in_masthead(qtbot, window, name: str, button: str) -> list[str]:
    edit = window.ui.mastheadPanel.ui.seriesEdit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, name)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_rename(window, button, seen))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return seen


def test_renaming_in_the_masthead_asks_saying_that_final_issues_keep_their_name(qtbot, window):
    old_name = window.document.issue.series
    assert window.document.issue.status == "draft"
    seen = rename_in_masthead(qtbot, window, "新刊名", "改名")
    assert seen == [f"刊物「{old_name}」共有 2 期；改为「新刊名」后，这些期都印新名称（已定稿的 1 期仍印定稿时的名称）。"]
    qtbot.waitUntil(lambda: {s.series for s in window.session.summaries()} == {"新刊名"}, timeout=1500)
    [final] = [s for s in window.session.summaries() if s.status == "final"]
    window.session.open_issue(final.id)
    assert window.document.issue.series == old_name
    assert window.ui.mastheadPanel.ui.seriesEdit.text() == old_name
