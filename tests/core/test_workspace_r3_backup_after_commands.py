"""The window's opening takes a backup when the archive changed after the newest backup, not
only when that backup is a day old: commands take none on closing, so a year of bulletins
imported on the command line and then opened in the window had a backup of the first file
alone. Commands themselves do not (a script of a hundred would leave a hundred copies), and
an archive unchanged since its backup takes none."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.backup import rotating_backups

from test_archive_support import plain_issue

START = dt.datetime.now().replace(microsecond=0)  # the day-old rule reads the files' own times


def _backups(path):
    return rotating_backups(path.with_name(f"{path.stem}-backups"), path.stem)


def _open(path, at: dt.datetime, **options) -> list:
    with Archive.open(path, clock=lambda: at, **options) as archive:
        if archive.auto_backups is not None:
            archive.auto_backups.wait()
    return _backups(path)


def test_changes_made_by_commands_are_backed_up_when_the_window_opens(tmp_path):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, auto_backup=False, clock=lambda: START) as archive:
        archive.add_issue(plain_issue(1, dt.date(2032, 1, 5), ["1月3日，县应急管理局开展检查。"]))
    [first] = _open(path, START)  # none yet: one on opening
    later = START + dt.timedelta(minutes=20)
    with Archive.open(path, auto_backup=False, clock=lambda: later) as archive:  # as the import command writes
        for number in range(2, 30):
            archive.add_issue(plain_issue(number, dt.date(2032, 1, 5), [f"1月{number}日，县住建局开展排查。"]))
    # a command opening it (no backup on its closing) takes none: scripts run many in a row
    assert _open(path, later, backup_on_close=False, keep_backups=None) == [first]
    taken = _open(path, later + dt.timedelta(minutes=5))  # the window, within the day
    assert len(taken) == 2
    with Archive.open(taken[-1], readonly=True) as copy:
        assert len(copy.list_issues()) == 29
    assert _open(path, later + dt.timedelta(minutes=10)) == taken  # nothing changed since: none


def test_a_deletion_after_the_backup_counts_as_a_change(tmp_path):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, auto_backup=False, clock=lambda: START) as archive:
        archive.add_issue(plain_issue(1, dt.date(2032, 1, 5), ["1月3日，县应急管理局开展检查。"]))
        second = archive.add_issue(plain_issue(2, dt.date(2032, 1, 9), ["1月8日，县住建局开展排查。"]))
    [first] = _open(path, START)
    later = START + dt.timedelta(minutes=30)
    with Archive.open(path, auto_backup=False, clock=lambda: later) as archive:
        archive.delete_issue(second)
    assert len(_open(path, later + dt.timedelta(minutes=1))) == 2
