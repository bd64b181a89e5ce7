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
