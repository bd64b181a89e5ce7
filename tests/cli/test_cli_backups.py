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
