"""The bulletin's name typed in the masthead renames the bulletin, and so every issue of it,
once: when the clerk leaves the field or presses Enter, after a question when it has other
issues; never at each keystroke. Cancelled, the old name is back."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.text_input import type_text

from test_final_issue_keeps_name import rename_in_masthead


@pytest.fixture
def archive_path(archive_path):
    with Archive.open(archive_path, auto_backup=False) as archive:
        archive.save_issue(archive.next_issue())  # a second issue of the bulletin
    return archive_path


def stored_names(archive_path) -> set[str]:
    with Archive.open(archive_path, readonly=True, auto_backup=False) as archive:
        return {s.name for s in archive.list_series()}


def test_typing_renames_nothing_until_the_field_is_left_and_cancel_puts_the_name_back(qtbot, window, archive_path):
    old_name = window.document.issue.series
    edit = window.ui.mastheadPanel.ui.seriesEdit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "防汛简报")
    qtbot.wait(1200)  # longer than an autosave takes
    assert stored_names(archive_path) == {old_name} and window.document.issue.series == old_name

    seen = rename_in_masthead(qtbot, window, "防汛简报", "取消")
    assert seen == [f"刊物「{old_name}」共有 2 期；改为「防汛简报」后，这些期都印新名称。"]
    assert edit.text() == old_name and window.document.issue.series == old_name
    qtbot.wait(1200)
    assert stored_names(archive_path) == {old_name}

    seen = rename_in_masthead(qtbot, window, "防汛简报", "改名")
    assert len(seen) == 1
    qtbot.waitUntil(lambda: stored_names(archive_path) == {"防汛简报"}, timeout=1500)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field after Enter asks nothing more
    assert window.document.issue.series == "防汛简报"


def test_a_bulletin_with_one_issue_is_renamed_without_a_question(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "one.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_archive(path)
    window.show()
    edit = window.ui.mastheadPanel.ui.seriesEdit
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "新刊名")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored_names(path) == {"新刊名"}, timeout=1500)
