"""The plain edit functions the undo commands are built on."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Issue, Section, item
from bulletin_desktop.core import edits


@pytest.fixture
def issue():
    import datetime as dt

    return Issue("测试简报", 1, dt.date(2022, 11, 21), sections=[
        Section("甲", [item("a"), item("b"), item("c"), item("d")]),
        Section("乙", [item("e")]),
        Section("丙"),
    ])


def texts(issue):
    return [[e.text for e in s.entries] for s in issue.sections]


@pytest.mark.parametrize("uid_index, row, expected", [
    (0, 3, ["b", "c", "a", "d"]),
    (3, 0, ["d", "a", "b", "c"]),
    (1, 4, ["a", "c", "d", "b"]),
    (1, -1, ["a", "c", "d", "b"]),
])
def test_move_within_a_section_and_back(issue, uid_index, row, expected):
    before = texts(issue)
    section = issue.sections[0]
    uid = section.entries[uid_index].uid
    back = edits.move_entry(issue, uid, section.uid, row)
    assert [e.text for e in section.entries] == expected
    edits.move_entry(issue, uid, *back)
    assert texts(issue) == before


def test_move_across_sections_and_back(issue):
    before = texts(issue)
    uid = issue.sections[0].entries[1].uid
    back = edits.move_entry(issue, uid, issue.sections[2].uid, 0)
    assert texts(issue) == [["a", "c", "d"], ["e"], ["b"]]
    edits.move_entry(issue, uid, *back)
    assert texts(issue) == before


def test_move_section_and_back(issue):
    uid = issue.sections[0].uid
    back = edits.move_section(issue, uid, 3)
    assert [s.title for s in issue.sections] == ["乙", "丙", "甲"]
    edits.move_section(issue, uid, back)
    assert [s.title for s in issue.sections] == ["甲", "乙", "丙"]


def test_take_and_insert_entry_restore_the_issue(issue):
    before = texts(issue)
    section_uid, row, entry = edits.take_entry(issue, issue.sections[0].entries[2].uid)
    assert texts(issue)[0] == ["a", "b", "d"]
    edits.insert_entry(issue, section_uid, row, entry)
    assert texts(issue) == before


def test_copies_get_new_uids(issue):
    section = issue.sections[0]
    copy = edits.copy_section(section)
    assert copy.uid != section.uid
    assert [e.text for e in copy.entries] == ["a", "b", "c", "d"]
    assert not {e.uid for e in copy.entries} & {e.uid for e in section.entries}


def test_unknown_uid_and_wrong_field_are_refused(issue):
    with pytest.raises(edits.EditError):
        edits.take_entry(issue, "missing")
    with pytest.raises(edits.EditError):
        edits.set_entry_field(issue, issue.sections[0].entries[0].uid, "title", "x")


def test_a_suggestion_is_put_in_only_where_its_text_still_is(issue):
    from bulletin_desktop.core.positions import Position

    entry = issue.sections[0].entries[1]
    place = Position(entry.uid, "body", 0, 1)
    [change] = edits.suggestion_changes(issue, place, "b", "B")
    assert (change.uid, change.field) == (entry.uid, "body") and change.new != change.old
    assert edits.suggestion_changes(issue, place, "x", "B") == []  # edited since it was checked
    assert edits.suggestion_changes(issue, Position("gone", "body", 0, 1), "b", "B") == []
    assert edits.suggestion_changes(issue, Position("", "series", 0, 2), "测试", "考试") == []  # found only
