"""``archive restore`` says what the backup held against the archive it replaced: the issues
in each, the newest of each, and how many issues made since are not in the restored archive."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.textformat import read_text


def test_restore_names_what_the_backup_has_and_what_is_not_in_it(tmp_path, sample_text, capsys):
    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(read_text(sample_text))  # 第52期
    copy = tmp_path / "copy.sqlite"
    assert main(["archive", "--db", str(db), "backup", str(copy)]) == 0
    with Archive.open(db, auto_backup=False) as archive:
        for number in (53, 54, 55):
            issue = read_text(sample_text)
            issue.number, issue.date = number, dt.date(2026, 12, number - 52)
            archive.add_issue(issue)
    capsys.readouterr()
    assert main(["archive", "--db", str(db), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "这份备份有 1 期，最新一期是《漯河安全生产简报》第52期" in out
    assert "现在的档案库有 4 期，最新一期是《漯河安全生产简报》第55期（2026年12月3日）" in out
    assert "备份以后新建的 3 期不在这份备份中" in out and "-replaced-" in out
