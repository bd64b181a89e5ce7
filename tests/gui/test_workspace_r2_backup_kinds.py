"""备份与恢复: 立即备份 takes a backup that is kept (the automatic ones rotate around it),
and the list says which backups are automatic and which the clerk took."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive

START = dt.datetime(2030, 5, 6, 8, 0, 0)


def test_back_up_now_is_kept_and_listed_as_the_clerks(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_archive(path)
    archive = win.session.archive
    now = [START]
    archive.clock = lambda: now[0]
    archive.keep_backups = 2
    dialog = BackupDialog(win)
    qtbot.addWidget(dialog)
    dialog.backup_now()
    [kept] = list(archive.backups_dir.glob("*manual*"))
    for hour in range(1, 5):
        now[0] = START + dt.timedelta(hours=hour)
        archive.backup_now()  # as the hourly automatic backups are taken
    dialog.refresh()
    assert kept.exists()
    kinds = [dialog.ui.backupList.topLevelItem(i).text(4) for i in range(dialog.ui.backupList.topLevelItemCount())]
    assert kinds[-1] == dialog._kind_name("manual") and kinds.count(dialog._kind_name("rotating")) == 2
    assert dialog._kind_name("manual") != dialog._kind_name("rotating")
    win.close()
