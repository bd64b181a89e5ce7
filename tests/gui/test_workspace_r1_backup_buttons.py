"""备份与恢复: a backup that cannot be read (its row says “无法读取”) can be neither opened
read-only nor restored; its buttons are off while it is chosen, on again for a good one."""
from __future__ import annotations

from pathlib import Path

from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog, PathRole


def test_an_unreadable_backup_offers_neither_look_nor_restore(qtbot, window):
    archive = window.session.archive
    good = archive.backup_now()
    broken = good.with_name("archive-20200101-080000-000000.sqlite")  # older: listed below the good one
    broken.write_bytes(b"not an archive at all, a file cut short on a stick" * 100)
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    rows = dialog.ui.backupList
    ui = dialog.ui
    rows.setCurrentItem(rows.topLevelItem(rows.topLevelItemCount() - 1))  # the oldest: the broken one
    assert dialog.selected() == broken and rows.currentItem().text(2) == dialog.tr("cannot be read")
    assert not ui.openCopyButton.isEnabled() and not ui.restoreButton.isEnabled()
    rows.setCurrentItem(rows.topLevelItem(0))
    assert dialog.selected() != broken
    assert ui.openCopyButton.isEnabled() and ui.restoreButton.isEnabled()


def test_enter_on_a_chosen_backup_takes_no_new_one(qtbot, window):
    """Enter in the list was “立即备份”, the first button: each press a new backup, rotating the
    oldest good one away. Now it is 关闭; a button the clerk tabbed to still takes Enter."""
    from PySide6.QtCore import Qt

    window.session.archive.backup_now()
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = [dialog.ui.backupList.topLevelItem(i).data(0, PathRole)
              for i in range(dialog.ui.backupList.topLevelItemCount())]
    dialog.ui.backupList.setFocus()
    qtbot.keyClick(dialog.ui.backupList, Qt.Key.Key_Return)
    assert sorted(p.name for p in window.session.archive.backups_dir.glob("*.sqlite")) == \
        sorted(Path(p).name for p in before)
    assert not dialog.isVisible() and dialog.ui.closeButton.isDefault()

    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.backupNowButton.setFocus()
    qtbot.keyClick(dialog.ui.backupNowButton, Qt.Key.Key_Return)
    assert dialog.ui.backupList.topLevelItemCount() == len(before) + 1
