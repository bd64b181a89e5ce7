"""``archive restore`` onto an archive file that is gone (deleted by mistake, lost with a
disk) makes it again from the backup, instead of refusing because the file is missing; a
log of the missing file still beside it is refused, as SQLite would read it into the
restored archive."""
from __future__ import annotations

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive


def _backup_of(db, sample_issue):
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        return archive.backup_now(manual=True)


def test_a_lost_archive_file_is_made_again_from_its_backup(tmp_path, sample_issue, capsys):
    db = tmp_path / "archive.sqlite"
    taken = _backup_of(db, sample_issue)
    db.unlink()
    capsys.readouterr()
    assert main(["archive", "restore", "--db", str(db), str(taken)]) == 0
    assert "原来不存在" in capsys.readouterr().out
    with Archive.open(db, readonly=True) as archive:
        assert [s.number for s in archive.list_issues()] == [sample_issue.number]
    assert taken.exists() and not list(tmp_path.glob("archive-replaced-*"))


def test_a_log_left_beside_the_lost_file_is_not_read_into_the_restored_one(tmp_path, sample_issue, capsys):
    db = tmp_path / "archive.sqlite"
    taken = _backup_of(db, sample_issue)
    db.unlink()
    log = tmp_path / "archive.sqlite-wal"
    log.write_bytes(b"a log of another file")
    assert main(["archive", "restore", "--db", str(db), str(taken)]) == 1
    assert "archive.sqlite-wal" in capsys.readouterr().err
    assert not db.exists() and log.read_bytes() == b"a log of another file"


def test_checking_a_lost_archive_points_at_its_newest_backup(tmp_path, sample_issue, capsys):
    db = tmp_path / "archive.sqlite"
    taken = _backup_of(db, sample_issue)
    db.unlink()
    capsys.readouterr()
    assert main(["archive", "check", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "档案库文件不存在" in err and str(taken) in err and "archive restore" in err
