"""``trash empty --older-than``: the window's setting of how many days the trash keeps things,
on the command line. What was deleted longer ago goes; what was deleted since stays."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive

from test_cli import imported_sample, run_in as run


def test_only_what_was_deleted_longer_ago_goes(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert run(db, capsys, "new", "--json")[0] == 0
    long_ago = dt.datetime.now() - dt.timedelta(days=45)
    with Archive.open(db, clock=lambda: long_ago, auto_backup=False, backup_on_close=False, purge_trash=False) as archive:
        newest = max(archive.list_issues(), key=lambda summary: summary.number)
        archive.delete_issue(newest.id)  # in the trash, dated 45 days back
    assert run(db, capsys, "entry", "delete", "52", "1", "1")[0] == 0  # deleted today
    assert len(run(db, capsys, "trash", "list")[1].splitlines()) == 2

    code, out, _err = run(db, capsys, "trash", "empty", "--older-than", "60")
    assert code == 0 and "0 项，还有 2 项" in out
    code, out, _err = run(db, capsys, "trash", "empty", "--older-than", "30")
    assert code == 0 and "1 项，还有 1 项" in out
    kept = run(db, capsys, "trash", "list")[1].splitlines()
    assert len(kept) == 1 and dt.date.today().isoformat() in kept[0]


def test_the_days_are_checked_in_chinese(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    capsys.readouterr()
    code, out, err = run(db, capsys, "trash", "empty", "--older-than", "0")
    assert code == 2 and "天数 0 不在 1 到 36500 之间" in err and out == ""
