"""An automatic backup that fails (its folder on a full or read-only disk; here a file stands
where the folder should be) is said in the window, not only in the log: the status bar says it
each time, a box that does not stop the clerk says it once per archive opened."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QMessageBox

from bulletin_desktop.core.archive import Archive


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.objectName() == "backupFailed" and w.isVisible()]


def test_a_failed_automatic_backup_is_said_in_the_window(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.main_window import MainWindow

    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    (tmp_path / "archive-backups").write_text("not a folder")  # no backup can be written there
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_archive(db)  # the backup on opening is due: there is none yet
    qtbot.waitUntil(lambda: "自动备份档案库失败" in win.statusBar().currentMessage())
    qtbot.waitUntil(lambda: len(_boxes()) == 1)
    [box] = _boxes()
    assert not box.isModal() and "自动备份档案库失败" in box.text()
    box.close()
    auto = win.session.archive.auto_backups
    win.statusBar().clearMessage()
    later = auto.clock() + dt.timedelta(hours=2)
    auto.clock = lambda: later
    auto.note_change()  # the hourly try fails alike: said in the status bar, no second box
    auto.wait()
    qtbot.waitUntil(lambda: "自动备份档案库失败" in win.statusBar().currentMessage())
    assert _boxes() == []
    win.close()


def test_a_backup_that_failed_before_anyone_listened_is_reported_at_once(tmp_path, sample_issue):
    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    (tmp_path / "archive-backups").write_text("not a folder")
    with Archive.open(db) as archive:
        auto = archive.auto_backups
        assert auto is not None
        auto.wait()
        heard: list[str] = []
        auto.report_failures(heard.append)
        assert len(heard) == 1 and heard[0].startswith("自动备份档案库失败")
        (tmp_path / "archive-backups").unlink()
        later = auto.clock() + dt.timedelta(hours=2)
        auto.clock = lambda: later
        auto.note_change()
        auto.wait()
        assert auto.failure == "" and len(heard) == 1  # taken now: nothing more said
