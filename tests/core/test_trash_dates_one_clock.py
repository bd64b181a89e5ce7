"""Every trash record is dated by the archive's clock: an issue deleted, the sections and
entries a save removed, the version an import replaced. Purging after the retention period
then treats them alike, whatever the clock says (here the test's, months away from today)."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive

from test_archive_backup import Clock
from test_archive_support import rich_issue

LONG_AGO = dt.datetime(2019, 3, 4, 10, 30)


def _open(path, clock, **options) -> Archive:
    return Archive.open(path, auto_backup=False, backup_on_close=False, clock=clock, **options)


def _trash_one_of_each(archive: Archive) -> set[str]:
    """An issue deleted, a section and an entry removed by a save, a version replaced by an
    import: the kinds of trash record the archive makes, with the labels it gave them."""
    kept = archive.add_issue(rich_issue(number=7))
    edited = archive.load_issue(kept)
    edited.sections[0].entries.pop(0)
    edited.sections.pop(2)
    archive.save_issue(edited)
    changed = archive.load_issue(kept)
    changed.sections[0].title = "改过的栏目名"
    archive.save_issue(changed)
    archive.add_issue(rich_issue(number=7), replace=True)
    archive.delete_issue(archive.add_issue(rich_issue(number=8)))
    return {item.kind for item in archive.trash_items()}


def test_each_trash_record_is_dated_by_the_archive_clock(tmp_path):
    clock = Clock(LONG_AGO)
    with _open(tmp_path / "a.sqlite", clock, purge_trash=False) as archive:
        kinds = _trash_one_of_each(archive)
        items = archive.trash_items()
    assert kinds == {"issue", "section", "entry"} and len(items) == 4
    assert {item.deleted_at for item in items} == {"2019-03-04 10:30:00"}


def test_the_retention_purge_removes_them_together(tmp_path):
    path = tmp_path / "a.sqlite"
    clock = Clock(LONG_AGO)
    with _open(path, clock, purge_trash=False) as archive:
        _trash_one_of_each(archive)
    clock.advance(days=29)
    with _open(path, clock, trash_days=30) as archive:
        assert len(archive.trash_items()) == 4  # none is older than the retention yet
    clock.advance(days=2)
    with _open(path, clock, trash_days=30) as archive:
        assert archive.trash_items() == []  # all of them at once: none was dated by the wall clock


def test_a_part_removed_later_is_kept_past_an_older_deletion(tmp_path):
    path = tmp_path / "a.sqlite"
    clock = Clock(LONG_AGO)
    with _open(path, clock, purge_trash=False) as archive:
        archive.delete_issue(archive.add_issue(rich_issue(number=1)))
        kept = archive.add_issue(rich_issue(number=2))
        clock.advance(days=20)
        edited = archive.load_issue(kept)
        edited.sections[1].entries.pop(0)
        archive.save_issue(edited)
    clock.advance(days=15)  # the issue 35 days in the trash, the entry 15
    with _open(path, clock, trash_days=30) as archive:
        assert [item.kind for item in archive.trash_items()] == ["entry"]
