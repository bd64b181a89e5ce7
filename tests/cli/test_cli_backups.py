"""One-shot commands and the rotating backups: a script's burst of commands must not push
the older backups out, one per command."""
from __future__ import annotations

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import backup


def test_a_burst_of_commands_takes_one_backup_not_one_each(tmp_path, sample_text, capsys):
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "sample.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    backups_dir = backup.backups_dir_for(db)
    after_first_write = backup.rotating_backups(backups_dir, db.stem)
    for term in ("安全生产", "隐患排查", "应急演练", "督导检查", "专项整治"):
        assert main(["terms", "add", "--db", str(db), term]) == 0
    assert main(["export", "52", "--db", str(db), "-o", str(tmp_path / "52.docx")]) == 0
    capsys.readouterr()
    assert backup.rotating_backups(backups_dir, db.stem) == after_first_write


def test_a_failing_automatic_backup_is_one_chinese_line_and_the_details_go_to_the_log(tmp_path, sample_text, capsys):
    """The backups folder cannot be made (a file stands in its place): the command still
    succeeds, stderr says so once in Chinese, with no traceback, and the log file has the details."""
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "sample.txt"
    sample.write_text(sample_text, encoding="utf-8")
    backup.backups_dir_for(db).write_text("not a folder", encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    assert main(["list", "--db", str(db)]) == 0  # the backup thread's record is out by now
    err = capsys.readouterr().err
    assert err.count("注意：自动备份档案库失败（路径中的某一级是文件，不是文件夹），档案库本身未受影响。") == 1
    assert "Traceback" not in err and "automatic backup" not in err
    import logging

    from bulletin_desktop.app_log import _LogFile

    [log_file] = [h.path for h in logging.getLogger("bulletin_desktop").handlers if isinstance(h, _LogFile)]
    for handler in logging.getLogger("bulletin_desktop").handlers:
        handler.flush()
    assert "automatic backup of" in open(log_file, encoding="utf-8").read()


def test_a_command_keeps_the_backups_and_the_trash_the_windows_settings_keep(tmp_path, sample_text, capsys):
    """The number of backups and the trash's retention are the window's settings: a command,
    which cannot know them, removes no backup beyond those there are and purges nothing."""
    import datetime as dt
    import os
    import sqlite3

    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "sample.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    assert main(["delete", "--db", str(db), "52"]) == 0
    conn = sqlite3.connect(db)  # deleted a year ago, kept by a clerk who set 400 days
    conn.execute("UPDATE trash SET deleted_at = ?", ((dt.datetime.now() - dt.timedelta(days=365)).isoformat(" "),))
    conn.commit()
    conn.close()
    backups_dir = backup.backups_dir_for(db)
    [first] = backup.rotating_backups(backups_dir, db.stem)
    day_old = first.stat().st_mtime - 2 * 86400
    for n in range(14):  # a window set to keep 20 took these, the newest two days ago
        copy = backups_dir / f"{db.stem}-2024010{n // 10}-{n % 10:02d}0000-000000.sqlite"
        copy.write_bytes(first.read_bytes())
        os.utime(copy, (day_old, day_old))
    os.utime(first, (day_old, day_old))
    kept = backup.rotating_backups(backups_dir, db.stem)

    assert main(["terms", "add", "--db", str(db), "安全生产"]) == 0  # opens for writing: a backup is due
    assert main(["archive", "backup", "--db", str(db)]) == 0
    capsys.readouterr()
    now = backup.rotating_backups(backups_dir, db.stem)
    assert len(now) == len(kept) == 15 and now[-1] not in kept
    assert main(["trash", "list", "--db", str(db), "--json"]) == 0
    assert "第52期" in capsys.readouterr().out
