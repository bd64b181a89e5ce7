"""The trash inside the archive: issues, sections and entries come back exactly; parts
saved again leave it; old items go when the archive opens (the clock is the test's)."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.finals import IssueFinalError
from bulletin_desktop.core.archive.trash import NumberTakenError, TrashError

from test_archive_backup import Clock
from test_archive_support import rich_issue, uids


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        yield opened


def test_a_deleted_issue_comes_back_with_its_ids_uids_and_times(archive):
    issue_id = archive.add_issue(rich_issue())
    before, listed = archive.load_issue(issue_id), archive.list_issues()
    item = archive.delete_issue(issue_id)
    assert archive.list_issues() == [] and [t.id for t in archive.trash_items()] == [item]
    assert archive.restore_from_trash(item) == issue_id
    after = archive.load_issue(issue_id)
    assert after == before and uids(after) == uids(before) and archive.list_issues() == listed
    assert archive.trash_items() == [] and len(archive.search("回头看")) == 1


def test_renumbering_a_restored_issue(archive):
    item = archive.delete_issue(archive.add_issue(rich_issue()))
    taken = archive.add_issue(rich_issue())
    with pytest.raises(NumberTakenError) as refused:
        archive.restore_from_trash(item)
    assert refused.value.free_number == 53 and refused.value.taken_by == taken
    restored = archive.restore_from_trash(item, number=53)
    assert archive.load_issue(restored).number == 53 and len(archive.list_issues()) == 2


def test_sections_and_entries_removed_by_a_save_go_to_the_trash_and_come_back(archive):
    issue = rich_issue()
    issue_id = archive.add_issue(issue)
    original = copy.deepcopy(archive.load_issue(issue_id))
    edited = archive.load_issue(issue_id)
    removed_entry = edited.sections[0].entries.pop(1)
    edited.sections.pop(2)  # 工作交流, with its article
    archive.save_issue(edited)
    items = {t.kind: t for t in archive.trash_items()}
    assert set(items) == {"entry", "section"} and "工作交流" in items["section"].label
    assert removed_entry.text[:6] in items["entry"].label.replace("“", "")

    archive.restore_from_trash(items["section"].id)
    archive.restore_from_trash(items["entry"].id)
    assert archive.load_issue(issue_id) == original and archive.trash_items() == []


def test_a_part_saved_again_leaves_the_trash(archive):
    issue_id = archive.add_issue(rich_issue())
    edited = archive.load_issue(issue_id)
    entry = edited.sections[1].entries.pop(0)
    archive.save_issue(edited)
    assert len(archive.trash_items()) == 1
    edited.sections[1].entries.insert(0, entry)  # undo in the window, saved again
    archive.save_issue(edited)
    assert archive.trash_items() == []


def test_parts_cannot_go_back_into_a_final_or_missing_issue(archive):
    issue_id = archive.add_issue(rich_issue())
    edited = archive.load_issue(issue_id)
    edited.sections[0].entries.pop(0)
    archive.save_issue(edited)
    [item] = archive.trash_items()
    archive.set_final(issue_id, True)
    with pytest.raises(TrashError, match="已定稿"):
        archive.restore_from_trash(item.id)
    with pytest.raises(IssueFinalError):
        archive.delete_issue(issue_id)
    archive.set_final(issue_id, False)
    whole = archive.delete_issue(issue_id)  # the entry travels with its issue now
    assert [t.id for t in archive.trash_items()] == [whole]


def test_items_older_than_the_retention_are_purged_on_opening(tmp_path):
    path = tmp_path / "archive.sqlite"
    clock = Clock(dt.datetime(2025, 1, 1, 9, 0))
    with Archive.open(path, auto_backup=False, clock=clock) as archive:
        old = archive.delete_issue(archive.add_issue(rich_issue(number=1)))
        clock.advance(days=60)
        recent = archive.delete_issue(archive.add_issue(rich_issue(number=2)))
    clock.advance(days=31)  # the first is 91 days old, the second 31
    with Archive.open(path, auto_backup=False, clock=clock) as archive:
        assert [t.id for t in archive.trash_items()] == [recent]
    with Archive.open(path, auto_backup=False, clock=clock, trash_days=30) as archive:
        assert archive.trash_items() == []
    assert old != recent


def test_an_issue_replaced_by_an_import_keeps_its_old_version_in_the_trash(archive):
    """Importing a file over an issue the archive has (--replace, 替换) overwrites what the clerk
    changed there; that version goes to the trash first and comes back under a free number."""
    issue_id = archive.add_issue(rich_issue())
    edited = archive.load_issue(issue_id)
    edited.sections[0].title = "改过的栏目名"
    archive.save_issue(edited)
    kept = archive.load_issue(issue_id)
    assert archive.add_issue(rich_issue(), replace=True) == issue_id
    assert archive.load_issue(issue_id).sections[0].title != "改过的栏目名"
    [item] = archive.trash_items()
    assert item.kind == "issue" and "导入文件时被替换的版本" in item.label
    with pytest.raises(NumberTakenError) as refused:  # the imported one keeps the number
        archive.restore_from_trash(item.id)
    back = archive.restore_from_trash(item.id, number=refused.value.free_number)
    restored = archive.load_issue(back)
    assert back != issue_id and restored.number == refused.value.free_number
    assert restored.sections[0].title == "改过的栏目名" and restored.sections == kept.sections


def test_importing_the_same_content_again_puts_nothing_in_the_trash(archive):
    archive.add_issue(rich_issue())
    archive.add_issue(rich_issue(), replace=True)
    assert archive.trash_items() == []


def test_opening_an_archive_with_an_empty_trash_does_not_load_the_trash(tmp_path):
    """What the window's start pays for: nothing of the trash while it holds nothing."""
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as opened:
        opened.add_issue(rich_issue())
    script = ("import sys\n"
              "from bulletin_desktop.core.archive import Archive\n"
              f"with Archive.open({str(path)!r}, auto_backup=False) as a:\n"
              "    print('bulletin_desktop.core.archive.trash' in sys.modules)\n"
              "    a.delete_issue(a.list_issues()[0].id)\n")
    root = Path(__file__).resolve().parents[2]
    run = [sys.executable, "-c", script]
    assert subprocess.run(run, capture_output=True, text=True, cwd=root, check=True).stdout.split() == ["False"]
    # with an item in it, the opening looks for expired items (and finds none within 90 days)
    assert subprocess.run(run[:2] + [script.replace("    a.delete_issue(a.list_issues()[0].id)\n", "    print(len(a.trash_items()))\n")],
                          capture_output=True, text=True, cwd=root, check=True).stdout.split() == ["True", "1"]
