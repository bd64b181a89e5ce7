"""A backup the clerk asks for (立即备份, ``archive backup``) is kept: the automatic backups
that follow rotate among themselves and never remove it; it is listed as the clerk's."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, file_ops
from bulletin_desktop.core.archive.backup import rotating_backups

START = dt.datetime(2030, 5, 6, 8, 0, 0)


def test_automatic_backups_rotate_around_a_manual_one(tmp_path, sample_issue):
    now = [START]
    with Archive.open(tmp_path / "a.sqlite", keep_backups=2, auto_backup=False, clock=lambda: now[0]) as archive:
        archive.add_issue(sample_issue)
        kept = archive.backup_now(manual=True)
        for hour in range(1, 6):  # a day's work of hourly backups
            now[0] = START + dt.timedelta(hours=hour)
            archive.backup_now()
        assert kept.exists()
        assert len(rotating_backups(archive.backups_dir, archive.path.stem)) == 2
        listed = file_ops.list_backups(archive.path)
    assert [b.kind for b in listed] == ["rotating", "rotating", "manual"]
    assert listed[-1].path == kept and listed[-1].taken == START and listed[-1].issues == 1


def test_archive_backup_on_the_command_line_is_kept(tmp_path, sample_issue, capsys):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    assert main(["archive", "backup", "--db", str(db)]) == 0
    [taken] = [line.split("：", 1)[1] for line in capsys.readouterr().out.splitlines() if line.startswith("已备份到")]
    with Archive.open(db, keep_backups=1, auto_backup=False) as archive:
        for _ in range(3):
            archive.backup_now()
    assert (tmp_path / "a-backups" / taken.rsplit("/", 1)[-1]).exists()
    assert main(["archive", "backups", "--db", str(db), "--json"]) == 0
    assert "manual" in capsys.readouterr().out


def test_archive_backups_says_which_backups_are_kept(tmp_path, sample_issue, capsys):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        archive.backup_now()
        archive.backup_now(manual=True)
    capsys.readouterr()
    assert main(["archive", "backups", "--db", str(db)]) == 0
    kinds = sorted(line.rsplit("\t", 1)[1] for line in capsys.readouterr().out.splitlines())
    assert kinds == ["手动（保留）", "自动"]


def test_a_manual_backups_temporary_left_by_a_killed_copy_is_removed_on_opening(tmp_path, sample_issue):
    import os
    import time

    path = tmp_path / "a.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    folder = tmp_path / "a-backups"
    folder.mkdir()
    left = folder / "a-manual-20260101-120000-000000.sqlite.part"
    left.write_bytes(b"SQLite format 3\x00 cut short")
    hour_ago = time.time() - 3600
    os.utime(left, (hour_ago, hour_ago))
    with Archive.open(path) as archive:
        archive.auto_backups.wait()
    assert not left.exists()


def test_archive_backup_works_while_the_window_has_the_archive_open(tmp_path, sample_issue, capsys):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as window_archive:  # holds the write lock, as the window does
        window_archive.add_issue(sample_issue)
        capsys.readouterr()
        assert main(["archive", "backup", "--db", str(db)]) == 0
        assert "已备份到" in capsys.readouterr().out
    [kept] = file_ops.list_backups(db)
    assert kept.kind == "manual" and kept.issues == 1


def test_archive_backup_of_a_missing_archive_makes_none(tmp_path, capsys):
    assert main(["archive", "backup", "--db", str(tmp_path / "none.sqlite")]) == 1
    assert "不存在" in capsys.readouterr().err and list(tmp_path.iterdir()) == []
