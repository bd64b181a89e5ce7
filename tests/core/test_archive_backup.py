"""Rotating backups: taken once a day on opening, the newest few kept, each a valid archive,
and never in the clerk's way when they fail."""
from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveError
from bulletin_desktop.core.archive.backup import rotating_backups

from test_archive_support import plain_issue, rich_issue


def _rotating(archive: Archive):
    return rotating_backups(archive.backups_dir, archive.path.stem)


def test_backups_rotate_keeping_the_newest(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, keep_backups=3, auto_backup=False) as archive:
        taken = []
        for number in range(1, 7):
            archive.add_issue(rich_issue(number=number))
            taken.append(archive.backup_now())
        assert archive.backups_dir == tmp_path / "archive-backups"
        assert _rotating(archive) == taken[-3:]
        assert sorted(archive.backups_dir.iterdir()) == taken[-3:]  # no partial files left behind
    with Archive.open(taken[-1], readonly=True) as copy:
        assert copy.integrity_check() == "ok"
        assert [s.number for s in copy.list_issues()] == [6, 5, 4, 3, 2, 1]
        assert copy.load_issue(copy.find_issues(6)[0].id) == rich_issue(number=6)
        assert len(copy.search("县")) == 6 and len(copy.search("回头看")) == 6
    with Archive.open(taken[-2], auto_backup=False) as copy:  # and can be opened to work on
        assert len(copy.list_issues()) == 5
        copy.add_issue(rich_issue(number=99))


class Clock:
    """Time the archive sees; tests move it forward by hand."""

    def __init__(self, start: dt.datetime | None = None):
        self.now = start or dt.datetime.now()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


def _settled(archive: Archive) -> list:
    """The rotating backups once the background worker has written what was asked of it."""
    assert archive.auto_backups is not None
    archive.auto_backups.wait()
    return _rotating(archive)


def test_automatic_backup_once_a_day_on_opening(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path) as archive:  # brand new and empty: nothing to keep
        assert _settled(archive) == []
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
    with Archive.open(path) as archive:
        [first] = _settled(archive)
    with Archive.open(path) as archive:  # less than a day later: no new one
        assert _settled(archive) == [first]
    day_old = time.time() - dt.timedelta(hours=25).total_seconds()
    os.utime(first, (day_old, day_old))
    with Archive.open(path) as archive:
        assert len(_settled(archive)) == 2
    with Archive.open(path, auto_backup=False) as archive:
        assert len(_rotating(archive)) == 2


def _reopened_with_clock(path, issues: int = 1) -> tuple[Archive, Clock, Path]:
    """An archive of ``issues`` issues, opened again with a clock the test moves; and the
    backup taken on that opening."""
    clock = Clock()
    with Archive.open(path, auto_backup=False) as archive:
        for number in range(1, issues + 1):
            archive.add_issue(rich_issue(number=number))
    archive = Archive.open(path, clock=clock)
    [opening] = _settled(archive)
    return archive, clock, opening


def test_hourly_backup_only_after_a_change_and_on_closing_when_changed(tmp_path):
    path = tmp_path / "archive.sqlite"
    archive, clock, opening = _reopened_with_clock(path)
    archive.add_issue(rich_issue(number=2))  # minutes after the last one: no new backup
    assert _settled(archive) == [opening]
    clock.advance(hours=2)  # time passes, nothing changes: still none
    assert _settled(archive) == [opening]
    archive.add_issue(rich_issue(number=3))  # the first change after an hour
    assert len(_settled(archive)) == 2
    with Archive.open(_settled(archive)[-1], readonly=True) as copy:
        assert [s.number for s in copy.list_issues()] == [3, 2, 1]
    clock.advance(minutes=30)
    archive.add_issue(rich_issue(number=4))  # within the hour: waits for closing
    assert len(_settled(archive)) == 2
    archive.close()
    assert archive.auto_backups is not None
    archive.auto_backups.wait()
    backups = _rotating(archive)
    assert len(backups) == 3
    with Archive.open(backups[-1], readonly=True) as copy:
        assert len(copy.list_issues()) == 4
    with Archive.open(path, clock=clock) as archive:  # opened and closed without a change: nothing
        assert len(_settled(archive)) == 3
    assert len(_rotating(archive)) == 3


def test_a_failing_backup_never_stops_the_clerk(tmp_path, caplog):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
    (tmp_path / "archive-backups").write_text("挡路的文件", encoding="utf-8")  # the folder cannot be made
    with caplog.at_level(logging.WARNING):
        with Archive.open(path) as archive:
            _settled(archive)
            assert "automatic backup" in caplog.text
            archive.save_issue(plain_issue(2, dt.date(2023, 1, 1), ["照常工作。"]))
            with pytest.raises(ArchiveError) as failed:
                archive.backup_now()
            assert "备份档案库失败" in failed.value.message and "档案库本身未受影响" in failed.value.message
            assert len(archive.list_issues()) == 2


def test_pre_migration_copies_are_not_rotated_away(tmp_path):
    path = tmp_path / "archive.sqlite"
    folder = tmp_path / "archive-backups"
    folder.mkdir()
    kept = folder / "archive-before-v2-20200101-000000-000000.sqlite"
    kept.write_bytes(b"")
    with Archive.open(path, keep_backups=1, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
        archive.backup_now()
        last = archive.backup_now()
        assert _rotating(archive) == [last]
    assert kept.exists()


def _slow_copy(db_path):
    """A copy that would take minutes (a slow USB folder): SQLite's progress handler holds
    each hundred steps of the copy back a little."""
    from bulletin_desktop.core.archive.auto_backup import _open_for_copy

    conn = _open_for_copy(db_path)
    hold = threading.Event()
    conn.set_progress_handler(lambda: hold.wait(0.02) and 0, 100)
    return conn


def _whole(path) -> int:
    """The number of issues in a backup that opens as a complete archive."""
    with Archive.open(path, readonly=True, auto_backup=False) as copy:
        return len(copy.list_issues())


def test_closing_waits_for_the_backup_being_written(tmp_path):
    archive, _clock, opening = _reopened_with_clock(tmp_path / "archive.sqlite")
    archive.add_issue(rich_issue(number=2))  # within the hour: the backup is taken on closing
    archive.close()  # no wait() here: closing itself waited for the copy
    backups = _rotating(archive)
    assert len(backups) == 2 and backups[0] == opening and _whole(backups[-1]) == 2
    assert list(archive.backups_dir.glob("*.part")) == []


def test_a_backup_too_slow_for_closing_is_stopped_leaving_no_partial_file(tmp_path, caplog):
    path = tmp_path / "archive.sqlite"
    archive, _clock, opening = _reopened_with_clock(path, issues=5)
    auto = archive.auto_backups
    assert auto is not None
    auto.opener = _slow_copy
    auto.close_wait = 0.3
    archive.add_issue(rich_issue(number=6))
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        archive.close()
    assert time.monotonic() - started < 3  # the copy alone would take far longer
    assert not auto.busy()
    assert "stopped on closing" in caplog.text
    assert _rotating(archive) == [opening] and _whole(opening) == 5  # the earlier backup stands, whole
    assert [p.name for p in archive.backups_dir.iterdir()] == [opening.name]  # nothing half-written
    with Archive.open(path, auto_backup=False) as archive:  # the archive itself has everything
        assert len(archive.list_issues()) == 6


def test_a_temporary_left_by_a_killed_copy_is_removed_on_opening(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
    folder = tmp_path / "archive-backups"
    folder.mkdir()
    left = folder / "archive-20260101-120000-000000.sqlite.part"
    fresh = folder / "archive-20260101-130000-000000.sqlite.part"  # another program may be writing it now
    other = folder / "notes.part"
    for part in (left, fresh, other):
        part.write_bytes(b"SQLite format 3\x00 cut short")
    hour_ago = time.time() - 3600
    os.utime(left, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    with Archive.open(path) as archive:
        _settled(archive)
    assert not left.exists() and fresh.exists() and other.exists()


def test_a_backup_names_its_newest_issue_as_the_masthead_prints_the_number(tmp_path, sample_issue):
    from bulletin_desktop.core.archive import file_ops
    from bulletin_desktop.core.model import YearNumber

    sample_issue.year_number = YearNumber(11, 2022)
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        archive.backup_to(tmp_path / "copy.sqlite")
    assert file_ops.describe_backup(tmp_path / "copy.sqlite").newest == \
        "《漯河安全生产简报》2022年第11期（总第52期）（2022年11月21日）"
    # a backup from before the year number was kept names it plainly
    old = sqlite3.connect(tmp_path / "old.sqlite")
    old.executescript("CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT);"
                      "CREATE TABLE issues (id INTEGER PRIMARY KEY, series_id INTEGER, number INTEGER, date TEXT);"
                      "INSERT INTO series VALUES (1, '漯河安全生产简报');"
                      "INSERT INTO issues VALUES (1, 1, 51, '2022-11-14');")
    old.close()
    described = file_ops.describe_backup(tmp_path / "old.sqlite")
    assert (described.issues, described.newest) == (1, "《漯河安全生产简报》第51期（2022年11月14日）")


@pytest.mark.parametrize("where, reason", [("cannot be made", "不存在"), ("under a file", "不是文件夹")])
def test_a_copy_that_cannot_be_written_says_why_in_chinese(tmp_path, where, reason):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    target = {"cannot be made": Path("/proc/no-such-folder/copy.sqlite"),
              "under a file": blocker / "copy.sqlite"}[where]
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(plain_issue(1, dt.date(2025, 3, 3), ["一条"]))
        with pytest.raises(ArchiveError) as raised:
            archive.backup_to(target)
    assert reason in raised.value.message and "Errno" not in raised.value.message
    assert not target.exists()


def test_a_closed_archive_is_whole_in_its_main_file(tmp_path):
    """The write-ahead log is folded in on closing, though the opening backup's connection
    outlived the archive's: the file alone (copied to a USB stick) holds every issue."""
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:  # with its automatic backups
        archive.add_issue(plain_issue(7, dt.date(2024, 3, 1), ["3月1日，**西平县**开展检查。"]))
    log = path.with_name(path.name + "-wal")
    assert not log.exists() or log.stat().st_size == 0
    alone = tmp_path / "copy" / "a.sqlite"
    alone.parent.mkdir()
    alone.write_bytes(path.read_bytes())
    with Archive.open(alone, readonly=True) as copy:
        assert [s.number for s in copy.list_issues()] == [7]


def test_a_copy_whose_changes_wait_in_its_log_is_checked_and_restored_whole(tmp_path):
    """An archive left by a killed program: its newest changes are only in its -wal file.
    Checking it counts them, and restoring from it brings them."""
    import subprocess
    import sys

    from bulletin_desktop.core.archive import file_ops

    left = tmp_path / "left.sqlite"
    script = ("import os, sys; sys.path[:0] = sys.argv[2:]\n"
              "from bulletin_desktop.core.archive import Archive\nfrom test_archive_support import plain_issue\n"
              "archive = Archive.open(sys.argv[1], auto_backup=False)\n"
              "import datetime as dt\n"
              "[archive.add_issue(plain_issue(n, dt.date(2024, 3, n), ['3月1日，检查。'])) for n in (3, 4)]\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", script, str(left), str(Path(__file__).parent.parent.parent),
                    str(Path(__file__).parent)], check=True)
    assert left.with_name(left.name + "-wal").stat().st_size > 0  # the changes wait in the log
    assert file_ops.check_file(left).message == "档案库完好：2 期，2 条。"
    target = tmp_path / "a.sqlite"
    with Archive.open(target, auto_backup=False) as archive:
        archive.add_issue(plain_issue(1, dt.date(2024, 1, 1), ["1月1日，检查。"]))
    file_ops.replace_with(target, left)
    with Archive.open(target, readonly=True) as archive:
        assert sorted(s.number for s in archive.list_issues()) == [3, 4]
