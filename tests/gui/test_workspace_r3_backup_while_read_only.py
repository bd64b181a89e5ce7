"""A window that has the archive read-only (another window writes to it) can still back it up
now — a backup only reads, as ``archive backup`` does meanwhile; a window looking at a backup
read-only cannot (a backup has no backups of its own)."""
from __future__ import annotations

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog


def test_back_up_now_while_another_program_writes(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    writer = Archive.open(path, auto_backup=False)  # the other window
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win._ask_readonly = lambda _exc: True  # the clerk answers 只读打开
        assert win.open_archive(path) and win.session.readonly
        dialog = BackupDialog(win)
        qtbot.addWidget(dialog)
        assert dialog.ui.backupNowButton.isEnabled()
        dialog.backup_now()
        [kept] = list(win.session.archive.backups_dir.glob("*manual*"))
        with Archive.open(kept, readonly=True) as copy:
            assert len(copy.list_issues()) == 1

        shown = dialog.open_copy()  # the backup just taken, looked at read-only
        assert shown is not None  # (deleted on closing: not handed to qtbot)
        of_copy = BackupDialog(shown)
        assert not of_copy.ui.backupNowButton.isEnabled()
        of_copy.close()
        shown.close()
        win.close()
    finally:
        writer.close()
