"""Backups are named by the archive's clock, like every date it stores: the clerk's and the
automatic rotating ones, the copy kept before an upgrade and a copy written to a USB folder.
A clock that stands still never gives two backups one name."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.backup import rotating_backups

from older_archive import older_archive
from test_archive_support import rich_issue

SET_TIME = dt.datetime(2031, 7, 15, 8, 30, 5)


def _open(path, **options) -> Archive:
    return Archive.open(path, clock=lambda: SET_TIME, **options)


def test_backups_taken_now_are_named_by_the_clock_and_never_overwrite_each_other(tmp_path):
    with _open(tmp_path / "archive.sqlite", auto_backup=False, keep_backups=5) as archive:
        archive.add_issue(rich_issue(number=1))
        first = archive.backup_now()
        archive.add_issue(rich_issue(number=2))
        second = archive.backup_now()  # the same second by this clock
        rotating = rotating_backups(archive.backups_dir, archive.path.stem)
    assert first.name.startswith("archive-20310715-083005-") and second.name.startswith("archive-20310715-083005-")
    assert first != second and rotating == [first, second]  # still sorted oldest first
    with Archive.open(first, readonly=True) as copy:
        assert len(copy.list_issues()) == 1  # the first copy was not written over by the second
    with Archive.open(second, readonly=True) as copy:
        assert len(copy.list_issues()) == 2


def test_the_automatic_backup_on_opening_is_named_by_the_clock(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
    with _open(path) as archive:  # no backup yet: one is taken on opening
        assert archive.auto_backups is not None
        archive.auto_backups.wait()
        [taken] = rotating_backups(archive.backups_dir, archive.path.stem)
    assert taken.name.startswith("archive-20310715-083005-")


def test_the_copy_kept_before_an_upgrade_is_named_by_the_clock(tmp_path):
    path = tmp_path / "archive.sqlite"
    older_archive(path, rich_issue())
    with _open(path, auto_backup=False) as archive:
        [kept] = archive.backups_dir.glob("archive-before-v*.sqlite")
        assert archive.list_issues()[0].updated_at  # upgraded and readable
    assert "-20310715-083005-" in kept.name


def test_a_copy_into_a_folder_is_named_by_the_clock(tmp_path):
    from bulletin_desktop.core.archive.backup import copy_target

    stick = tmp_path / "stick"
    stick.mkdir()
    with _open(tmp_path / "archive.sqlite", auto_backup=False) as archive:
        archive.add_issue(rich_issue())
        target = copy_target(stick, archive.path, archive.clock())
        archive.backup_to(target)
    assert [p.name for p in stick.iterdir()] == ["archive-20310715-083005.sqlite"]
