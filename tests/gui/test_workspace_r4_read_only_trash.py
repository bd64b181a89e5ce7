"""A window that has the archive read-only (another program writes to it) can still look in the
trash; restoring and emptying are off there, and the dialog says why, as the backup dialog's
restore button does."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog
from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog


@pytest.fixture
def read_only_window(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        issue_id = archive.add_issue(sample_issue)
        archive.add_issue(archive.next_issue())
        archive.delete_issue(issue_id)
        archive.backup_now(manual=True)
    writer = Archive.open(path, auto_backup=False)  # the other program
    win = MainWindow()
    qtbot.addWidget(win)
    win._ask_readonly = lambda _exc: True  # the clerk answers 只读打开
    assert win.open_archive(path) and win.session.readonly
    yield win
    win.close()
    writer.close()


def test_the_trash_is_looked_at_not_changed(read_only_window, qtbot):
    win = read_only_window
    assert win.archive_tools.trash.isEnabled()
    dialog = TrashDialog(win)
    qtbot.addWidget(dialog)
    assert dialog.ui.itemList.topLevelItemCount() == 1  # the deleted issue is listed
    assert not dialog.ui.restoreButton.isEnabled() and not dialog.ui.emptyButton.isEnabled()
    assert dialog.ui.restoreButton.toolTip() and dialog.ui.emptyButton.toolTip()
    assert dialog.ui.restoreButton.toolTip() in dialog.ui.explanation.text()
    assert not dialog.restore_selected() and not dialog.empty()  # a double-click does nothing either
    with Archive.open(win.session.archive.path, readonly=True) as archive:
        assert len(archive.trash_items()) == 1


def test_the_backups_restore_button_says_why_it_is_off(read_only_window, qtbot):
    dialog = BackupDialog(read_only_window)
    qtbot.addWidget(dialog)
    assert dialog.ui.backupList.topLevelItemCount() >= 1
    assert not dialog.ui.restoreButton.isEnabled() and dialog.ui.restoreButton.toolTip()


def test_a_long_item_is_read_whole_in_its_tooltip(window, qtbot):
    """An entry in the trash is named by its first words, cut at the column's edge: the row's
    tooltip holds the whole name, so the clerk can tell two entries of one issue apart."""
    issue = window.document.issue
    entry = issue.sections[0].entries[0]
    window.editing.delete_entry(entry.uid)
    window.session.flush()
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    row = dialog.ui.itemList.topLevelItem(0)
    assert row.toolTip(2) == row.text(2) and entry.text[:10] in row.toolTip(2)
