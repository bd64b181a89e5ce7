"""A write that changes nothing (the autosave of an issue as stored, finalizing a final issue
again) is no change for the automatic backups: it neither takes the hourly backup nor
makes closing take one, and the hour stays free for the next real change."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.backup import rotating_backups

from test_archive_support import rich_issue


def _settled(archive: Archive) -> list:
    assert archive.auto_backups is not None
    archive.auto_backups.wait()
    return rotating_backups(archive.backups_dir, archive.path.stem)


def test_writes_that_change_nothing_take_no_backup(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        final = archive.add_issue(rich_issue(number=1))
        draft = archive.add_issue(rich_issue(number=2))
        archive.set_final(final, True)
    now = [dt.datetime.now()]
    archive = Archive.open(path, clock=lambda: now[0])
    [opening] = _settled(archive)
    now[0] += dt.timedelta(hours=2)
    archive.save_issue(archive.load_issue(draft))  # as stored
    archive.set_final(final, True)  # already final
    assert _settled(archive) == [opening]
    issue = archive.load_issue(draft)
    issue.office = "漯河市应急管理局"
    archive.save_issue(issue)  # the first real change after the hour: its backup
    taken = _settled(archive)
    assert len(taken) == 2
    with Archive.open(taken[-1], readonly=True) as copy:
        assert copy.load_issue(draft).office == "漯河市应急管理局"
    archive.save_issue(archive.load_issue(draft))  # as stored: nothing for closing to keep
    archive.close()
    assert _settled(archive) == taken
