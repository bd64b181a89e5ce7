"""An archive file that is gone while its backups are there is lost, not new: no command makes
an empty archive in its place (the default archive is not seeded with the sample again), each
names the newest good backup and ``archive restore``; ``archive backups`` lists them. The empty
log files a read-only look leaves beside an archive hold nothing and do not block the restore."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, ArchiveError, file_ops
from bulletin_desktop.core.paths import ensure_default_archive


@pytest.fixture
def lost(tmp_path, sample_issue):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        taken = archive.backup_now(manual=True)
    db.unlink()
    return db, taken


@pytest.mark.parametrize("argv", [["list"], ["new"], ["search", "安全"], ["import", "{sample}"],
                                  ["series", "add", "另一个刊物"]])
def test_no_command_makes_an_empty_archive_in_a_lost_ones_place(lost, argv, capsys, tmp_path, sample_text):
    db, taken = lost
    sample = tmp_path / "52.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main([*(a.format(sample=sample) for a in argv), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "档案库文件不存在" in err and taken.name in err and "archive restore" in err
    assert not db.exists()


def test_the_lost_archives_backups_are_listed(lost, capsys):
    db, taken = lost
    assert main(["archive", "backups", "--db", str(db)]) == 0
    assert taken.name in capsys.readouterr().out
    assert main(["archive", "backups", "--db", str(db.with_name("typo.sqlite"))]) == 1
    assert "也没有找到它的备份" in capsys.readouterr().err


def test_the_default_archive_is_not_seeded_again_over_its_backups(lost):
    db, _taken = lost
    assert ensure_default_archive(db) == db and not db.exists()


def test_empty_logs_left_by_a_read_only_look_do_not_block_the_restore(lost):
    db, taken = lost
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).write_bytes(b"" if side == "-wal" else b"\0" * 32768)
    file_ops.restore_missing(db, taken)
    with Archive.open(db, readonly=True) as archive:
        assert len(archive.list_issues()) == 1


def test_a_log_with_changes_in_it_still_blocks_the_restore(lost):
    db, taken = lost
    db.with_name(db.name + "-wal").write_bytes(b"changes of the lost file")
    with pytest.raises(ArchiveError, match="工作文件"):
        file_ops.restore_missing(db, taken)
    assert not db.exists()
