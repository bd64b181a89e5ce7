"""Backups the clerk took (kept forever) and those kept before an upgrade are removed only by
the clerk: ``archive backups --delete``. Never the last good one unless asked again
(``--force``), never a file outside the backups folder, and never half of a list."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, ArchiveError, file_ops

START = dt.datetime(2031, 3, 2, 9, 0, 0)


@pytest.fixture
def archive_with_backups(tmp_path, sample_issue):
    now = [START]
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False, clock=lambda: now[0]) as archive:
        archive.add_issue(sample_issue)
        taken = [archive.backup_now(manual=True)]
        now[0] += dt.timedelta(hours=1)
        taken.append(archive.backup_now())
    return db, taken


def test_a_manual_backup_is_deleted_by_its_listed_name(archive_with_backups, capsys):
    db, (manual, rotating) = archive_with_backups
    assert main(["archive", "backups", "--db", str(db), "--delete", manual.name]) == 0
    captured = capsys.readouterr()
    assert not manual.exists() and rotating.exists()
    assert manual.name in captured.out and "还有 1 份完好的备份" in captured.err


def test_the_last_good_backup_is_kept_unless_forced(archive_with_backups, capsys):
    db, (manual, rotating) = archive_with_backups
    assert main(["archive", "backups", "--db", str(db), "--delete", manual.name, str(rotating)]) == 1
    assert "--force" in capsys.readouterr().err
    assert manual.exists() and rotating.exists()  # neither of the two: not half of the list
    assert main(["archive", "backups", "--db", str(db), "--delete", manual.name, str(rotating), "--force"]) == 0
    assert not manual.exists() and not rotating.exists()
    assert "没有完好的备份" in capsys.readouterr().err


def test_an_unreadable_backup_is_not_counted_as_a_good_one(archive_with_backups):
    db, (manual, rotating) = archive_with_backups
    broken = manual.with_name("a-20300101-080000-000000.sqlite")
    broken.write_bytes(b"cut short on a stick" * 50)
    with pytest.raises(file_ops.LastGoodBackupError):
        file_ops.delete_backups(db, [manual.name, rotating.name])
    assert file_ops.delete_backups(db, [broken.name]) == [broken]


def test_nothing_outside_the_backups_folder_is_deleted(archive_with_backups, capsys):
    db, (manual, _rotating) = archive_with_backups
    stray = db.with_name("notes.sqlite")
    stray.write_bytes(b"x")
    for name in (str(db), str(stray), "../a.sqlite", "none-such.sqlite"):
        with pytest.raises(ArchiveError):
            file_ops.delete_backups(db, [manual.name, name])
    assert db.exists() and stray.exists() and manual.exists()
    assert main(["archive", "backups", "--db", str(db), "--delete", str(db)]) == 1
    assert "不是这个档案库的备份" in capsys.readouterr().err


def test_force_alone_is_refused(archive_with_backups, capsys):
    db, _taken = archive_with_backups
    assert main(["archive", "backups", "--db", str(db), "--force"]) == 1
    assert "--delete" in capsys.readouterr().err


def test_backups_of_a_lost_archive_can_be_deleted(archive_with_backups):
    db, (manual, rotating) = archive_with_backups
    db.unlink()
    assert main(["archive", "backups", "--db", str(db), "--delete", manual.name]) == 0
    assert not manual.exists() and rotating.exists() and not db.exists()
