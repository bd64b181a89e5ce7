"""A section or entry deleted from an issue, then the issue itself: the parts travel inside
the issue's trash item (they cannot go back into an issue that is not there) and return to
the trash when the issue is restored, so that each can still be brought back. Before, they
were dropped from the trash when the issue went in, and lost for good."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.issue_json import issue_to_dict

from test_archive_support import rich_issue


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        yield opened


def _drop(archive, issue_id, section: int, entry: int | None = None):
    """A save without that section (or entry), as the window's autosave after a delete."""
    edited = archive.load_issue(issue_id)
    if entry is None:
        edited.sections.pop(section)
    else:
        edited.sections[section].entries.pop(entry)
    archive.save_issue(edited)


def test_parts_deleted_before_their_issue_come_back_to_the_trash_with_it(archive):
    issue_id = archive.add_issue(rich_issue())
    whole = issue_to_dict(archive.load_issue(issue_id))
    _drop(archive, issue_id, 0, 1)  # an entry of 安排部署
    _drop(archive, issue_id, 1)  # the section 隐患排查
    parts = archive.trash_items()
    assert sorted(p.kind for p in parts) == ["entry", "section"]

    item = archive.delete_issue(issue_id)
    assert [t.id for t in archive.trash_items()] == [item]  # one thing deleted, listed once
    assert archive.restore_from_trash(item) == issue_id
    back = archive.trash_items()
    assert [(p.id, p.kind, p.label, p.deleted_at) for p in back] == \
        [(p.id, p.kind, p.label, p.deleted_at) for p in parts]  # as they were, under the same numbers

    for part in back:
        archive.restore_from_trash(part.id)
    assert archive.trash_items() == []
    assert issue_to_dict(archive.load_issue(issue_id)) == whole


def test_the_parts_come_back_with_an_issue_restored_under_another_number(archive):
    issue_id = archive.add_issue(rich_issue(number=7))
    _drop(archive, issue_id, 0, 0)
    [part] = archive.trash_items()
    item = archive.delete_issue(issue_id)
    archive.add_issue(rich_issue(number=7, date=dt.date(2022, 11, 28)))  # the number is taken meanwhile
    restored = archive.restore_from_trash(item, number=8)
    [back] = archive.trash_items()
    assert back.kind == "entry" and back.issue_id == restored
    archive.restore_from_trash(back.id)
    assert len(archive.load_issue(restored).sections[0].entries) == len(rich_issue().sections[0].entries)


def test_on_the_command_line_too(tmp_path, capsys):
    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        issue_id = archive.add_issue(rich_issue())
    assert main(["entry", "delete", "52", "安排部署", "1", "--db", str(db)]) == 0
    assert main(["delete", "52", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["trash", "list", "--json", "--db", str(db)]) == 0
    [issue_item] = json.loads(capsys.readouterr().out)
    assert main(["trash", "restore", str(issue_item["id"]), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["trash", "list", "--json", "--db", str(db)]) == 0
    [entry_item] = json.loads(capsys.readouterr().out)
    assert entry_item["kind"] == "entry" and entry_item["issue_id"] == issue_id
