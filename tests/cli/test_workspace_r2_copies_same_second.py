"""Two copies written into one folder within the same second (two clicks on 备份到…, a
script) are two files: the second never replaces the first, in the window or on the
command line."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.backup import copy_target

SET_TIME = dt.datetime(2030, 9, 1, 10, 0, 0)


def test_a_folder_gets_a_new_name_for_each_copy_of_the_same_second(tmp_path, sample_issue):
    db = tmp_path / "a.sqlite"
    usb = tmp_path / "usb"
    usb.mkdir()
    with Archive.open(db, auto_backup=False, clock=lambda: SET_TIME) as archive:
        archive.add_issue(sample_issue)
        first = copy_target(str(usb), db, archive.clock())
        archive.backup_to(first)
        archive.add_issue(sample_issue.__class__(**{**sample_issue.__dict__, "number": sample_issue.number + 1,
                                                     "id": None}))
        second = copy_target(f"{usb}/", db, archive.clock())
        archive.backup_to(second)
    assert first != second and first.parent == second.parent == usb
    with Archive.open(first, readonly=True) as copy:
        assert len(copy.list_issues()) == 1  # still the first copy
    with Archive.open(second, readonly=True) as copy:
        assert len(copy.list_issues()) == 2


def test_archive_backup_into_a_folder_twice_in_a_second_keeps_both(tmp_path, sample_issue, capsys, monkeypatch):
    db = tmp_path / "a.sqlite"
    usb = tmp_path / "usb"
    usb.mkdir()
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    opening = Archive.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Archive, "open", classmethod(
        lambda cls, path, **options: opening(cls, path, **{**options, "clock": lambda: SET_TIME})))
    assert main(["archive", "backup", "--db", str(db), f"{usb}/"]) == 0
    assert main(["archive", "backup", "--db", str(db), f"{usb}/"]) == 0
    assert len(list(usb.glob("*.sqlite"))) == 2
