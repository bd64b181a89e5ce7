"""备份与恢复: 删除备份… removes the chosen backup after asking; the last good one is asked
about in other words, and answering No keeps it."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog, PathRole


def _rows(dialog) -> list[str]:
    view = dialog.ui.backupList
    return [view.topLevelItem(i).data(0, PathRole) for i in range(view.topLevelItemCount())]


def test_a_kept_backup_is_deleted_after_asking(qtbot, window, monkeypatch):
    archive = window.session.archive
    kept = archive.backup_now(manual=True)
    other = archive.backup_now()
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    view = dialog.ui.backupList
    view.setCurrentItem(view.topLevelItem(_rows(dialog).index(str(kept))))
    assert dialog.ui.deleteButton.isEnabled()
    assert dialog.delete_selected()
    assert not kept.exists() and other.exists()
    assert str(kept) not in _rows(dialog) and dialog.selected() is not None
    assert "only good backup" not in asked[0]


def test_the_last_good_backup_is_asked_about_and_kept_on_no(qtbot, window, monkeypatch):
    archive = window.session.archive
    for old in archive.backups_dir.glob("*.sqlite"):
        old.unlink()
    only = archive.backup_now(manual=True)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.delete_selected()
    assert only.exists() and _rows(dialog) == [str(only)]
    warning = dialog.tr("The backup of {date} is the only good backup of this archive: if the archive is "
                        "ever damaged, there will be nothing to restore it from. Delete it all the same?")
    assert asked == [warning.format(date=dialog.ui.backupList.currentItem().text(0))]


def test_a_backup_deleted_meanwhile_is_said_gone_not_damaged(qtbot, window, monkeypatch):
    """Another window's 备份与恢复 (or the clerk by hand) removed it: restoring says it is gone
    and the list drops it, rather than calling it damaged."""
    archive = window.session.archive
    kept = archive.backup_now(manual=True)
    archive.backup_now()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    view = dialog.ui.backupList
    view.setCurrentItem(view.topLevelItem(_rows(dialog).index(str(kept))))
    kept.unlink()
    assert not dialog.restore_selected()
    assert "已经不在了" in said[0] and "损坏" not in said[0]
    assert str(kept) not in _rows(dialog)


def test_the_delete_key_in_the_list_asks_to_delete_the_chosen_backup(qtbot, window, monkeypatch):
    from PySide6.QtCore import Qt

    archive = window.session.archive
    kept = archive.backup_now(manual=True)
    archive.backup_now()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # a shortcut answers in the active window
    view = dialog.ui.backupList
    view.setCurrentItem(view.topLevelItem(_rows(dialog).index(str(kept))))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not kept.exists() and str(kept) not in _rows(dialog)
