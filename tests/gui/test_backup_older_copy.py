"""The copy kept before an upgrade, looked at from 备份与恢复: an older format, shown through
an upgraded copy of it; the backup itself stays as it was."""
from __future__ import annotations

from older_archive import older_archive

from bulletin_desktop.core.archive import backup, schema
from bulletin_desktop.core.archive.upgrade import stored_version


def test_a_backup_in_an_older_format_is_shown_read_only_and_left_unchanged(qtbot, window, sample_issue):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog

    folder = backup.backups_dir_for(window.session.archive.path)
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"archive-before-v{schema.SCHEMA_VERSION}-20250101-080000.sqlite"
    older_archive(kept, sample_issue)
    before = kept.read_bytes()
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    rows = dialog.ui.backupList
    dialog.ui.backupList.setCurrentItem(next(rows.topLevelItem(i) for i in range(rows.topLevelItemCount())
                                            if rows.topLevelItem(i).text(2) == "1"))
    copy_window = dialog.open_copy()
    assert copy_window is not None
    assert copy_window.session.archive.readonly and copy_window.document.issue.number == 52
    shown = copy_window.session.archive.path
    assert shown != kept and stored_version(shown) == schema.SCHEMA_VERSION
    copy_window.close()
    assert kept.read_bytes() == before and stored_version(kept) == schema.SCHEMA_VERSION - 1
    qtbot.waitUntil(lambda: not shown.parent.exists())  # the upgraded copy goes with its window
