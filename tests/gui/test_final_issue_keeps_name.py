"""Renaming the bulletin in the window (its name typed in a draft's masthead): the window
says that its final issues keep the name they were finalized with, and they do."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.text_input import type_text


@pytest.fixture
def archive_path(archive_path):
    with Archive.open(archive_path, auto_backup=False) as archive:
        [final] = archive.list_issues()
        archive.set_final(final.id, True)
        archive.save_issue(archive.next_issue())
    return archive_path


def test_renaming_in_the_masthead_tells_that_final_issues_keep_their_name(qtbot, window):
    old_name = window.document.issue.series
    assert window.document.issue.status == "draft"
    edit = window.ui.mastheadPanel.ui.seriesEdit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "新刊名")
    qtbot.waitUntil(lambda: "1" in window.statusBar().currentMessage(), timeout=3000)
    assert window.statusBar().currentMessage() == (
        "刊物已改名。本刊已定稿的 1 期保留定稿时的名称；撤销定稿后改用新名称。")
    [final] = [s for s in window.session.summaries() if s.status == "final"]
    assert final.series == "新刊名"  # listed under its bulletin
    window.session.open_issue(final.id)
    assert window.document.issue.series == old_name
    assert window.ui.mastheadPanel.ui.seriesEdit.text() == old_name
