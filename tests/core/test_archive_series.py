"""Series identity: issues belong to a series by id; renaming renames one row; change
notices say what each operation changed."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bulletin_desktop.core.archive import (
    Archive, ArchiveChange, DuplicateIssueError, DuplicateSeriesError, InvalidSeriesNameError, SeriesNotFoundError,
)

from test_archive_support import SERIES, plain_issue, rich_issue


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        yield opened


def series_rows(path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, name FROM series ORDER BY id").fetchall()
    finally:
        conn.close()


def test_saving_an_issue_with_a_changed_name_renames_its_series(archive):
    first = rich_issue(number=51)
    archive.save_issue(first)
    second = rich_issue(number=52)
    archive.save_issue(second)
    assert first.series_id == second.series_id is not None
    for name in ("漯", "漯河", "漯河市", "漯河市简报"):  # as autosave sees a name being typed
        second.series = name
        archive.save_issue(second)
    assert series_rows(archive.path) == [(second.series_id, "漯河市简报")]
    # every issue of the series follows, and is found under the new name
    assert archive.load_issue(first.id).series == "漯河市简报"
    assert [s.id for s in archive.find_issues(51, "漯河市简报")] == [first.id]
    assert archive.find_issues(51, SERIES) == []


def test_a_name_taken_by_another_series_or_an_empty_name_is_refused(archive):
    issue = rich_issue()
    archive.save_issue(issue)
    archive.save_issue(plain_issue(1, dt.date(2023, 1, 1), ["甲。"], series="西城区工作简报"))
    issue.series = "西城区工作简报"
    with pytest.raises(DuplicateSeriesError) as taken:
        archive.save_issue(issue)
    assert "西城区工作简报" in taken.value.message
    issue.series = "  "
    with pytest.raises(InvalidSeriesNameError):
        archive.save_issue(issue)
    assert [name for _, name in series_rows(archive.path)] == [SERIES, "西城区工作简报"]
    assert archive.load_issue(issue.id).series == SERIES


def test_a_name_spaced_differently_is_the_same_series(archive):
    archive.save_issue(plain_issue(1, dt.date(2023, 1, 1), ["甲。"], series="安 全 生 产 简 报"))
    imported = plain_issue(2, dt.date(2023, 1, 8), ["乙。"], series="安全生产简报")
    archive.add_issue(imported)  # as an import names its series
    assert [name for _, name in series_rows(archive.path)] == ["安 全 生 产 简 报"]
    assert archive.get_series("安全生产简报").id == archive.get_series("安　全　生　产　简　报").id
    with pytest.raises(DuplicateSeriesError):
        archive.add_series("安全 生产简报")
    assert archive.get_series("安全生产") is None


def test_an_issue_moves_to_another_series_by_id(archive):
    issue = rich_issue(number=7)
    archive.save_issue(issue)
    other = archive.add_series("西城区工作简报")
    issue.series_id, issue.series = other.id, other.name
    archive.save_issue(issue)
    assert archive.load_issue(issue.id).series_id == other.id
    assert [(s.series, s.number) for s in archive.list_issues()] == [("西城区工作简报", 7)]
    assert [name for _, name in series_rows(archive.path)] == [SERIES, "西城区工作简报"]  # none renamed
    # the number is unique within the series it moves to
    taken = plain_issue(7, dt.date(2023, 1, 1), ["乙。"], series=SERIES)
    archive.save_issue(taken)
    taken.series_id, taken.series = other.id, other.name
    with pytest.raises(DuplicateIssueError):
        archive.save_issue(taken)


def test_next_issue_continues_the_series_it_is_asked_for(archive):
    archive.save_issue(rich_issue(number=52, date=dt.date(2022, 11, 21)))
    newer = plain_issue(9, dt.date(2023, 5, 1), ["新的一期。"], series="西城区工作简报")
    archive.save_issue(newer)
    luohe = archive.get_series(SERIES)
    nxt = archive.next_issue(luohe.id)
    assert (nxt.series, nxt.series_id, nxt.number) == (SERIES, luohe.id, 53)
    assert archive.next_issue().series_id == newer.series_id  # no series named: the newest issue's
    archive.rename_series(luohe.id, "漯河市安全生产简报")
    assert archive.next_issue(luohe.id).series == "漯河市安全生产简报"
    empty = archive.add_series("新刊物")
    assert (archive.next_issue(empty.id).number, archive.next_issue(empty.id).series) == (1, "新刊物")
    with pytest.raises(SeriesNotFoundError):
        archive.next_issue(999)


def test_add_and_rename_series(archive):
    created = archive.add_series(" 新刊物 ")
    assert created.name == "新刊物" and archive.get_series(created.id) == created
    with pytest.raises(DuplicateSeriesError):
        archive.add_series("新刊物")
    renamed = archive.rename_series("新刊物", "改名后的刊物")
    assert (renamed.id, renamed.name) == (created.id, "改名后的刊物")
    assert archive.get_series("新刊物") is None
    with pytest.raises(SeriesNotFoundError):
        archive.rename_series("没有这个刊物", "x")
    with pytest.raises(InvalidSeriesNameError):
        archive.rename_series(created.id, "")
    assert [s.name for s in archive.list_series()] == ["改名后的刊物"]


def test_every_change_is_announced_once_with_what_changed(archive):
    heard: list[ArchiveChange] = []
    unsubscribe = archive.subscribe(heard.append)
    issue = rich_issue()
    archive.save_issue(issue)
    assert heard == [ArchiveChange(issues_added=frozenset({issue.id}), series_changed=frozenset({issue.series_id}))]
    heard.clear()
    archive.save_issue(issue)  # nothing changed: nothing said
    assert heard == []
    issue.office = "另一个办公室"
    archive.save_issue(issue)
    assert heard == [ArchiveChange(issues_changed=frozenset({issue.id}))]
    heard.clear()
    issue.series = "改名的简报"
    archive.save_issue(issue)
    assert heard == [ArchiveChange(series_changed=frozenset({issue.series_id}))]
    heard.clear()
    other = archive.add_series("另一刊物")
    archive.rename_series(other.id, "另一刊物（改）")
    archive.delete_issue(issue.id)
    assert heard == [ArchiveChange(series_changed=frozenset({other.id})),
                     ArchiveChange(series_changed=frozenset({other.id})),
                     ArchiveChange(issues_deleted=frozenset({issue.id}))]
    heard.clear()
    imported = rich_issue(number=60)  # its series name is no longer in the archive: a new series
    archive.add_issue(imported)
    assert heard == [ArchiveChange(issues_added=frozenset({imported.id}), series_changed=frozenset({imported.series_id}))]
    heard.clear()
    archive.add_issue(rich_issue(number=61))
    assert heard == [ArchiveChange(issues_added=frozenset({imported.id + 1}))]
    unsubscribe()
    archive.add_issue(rich_issue(number=62))
    assert len(heard) == 1


def test_a_failed_operation_announces_nothing_and_a_failing_subscriber_changes_nothing(archive):
    heard: list[ArchiveChange] = []

    def broken(_change):
        raise RuntimeError("a view that crashed")

    archive.subscribe(broken)
    archive.subscribe(heard.append)
    issue = rich_issue()
    assert archive.save_issue(issue) == issue.id  # the broken subscriber does not fail the save
    assert len(heard) == 1
    with pytest.raises(DuplicateIssueError):
        archive.add_issue(rich_issue())
    assert len(heard) == 1


def test_each_series_keeps_its_own_layout_changes(archive):
    heard: list[ArchiveChange] = []
    archive.subscribe(heard.append)
    luohe = archive.add_series("漯河安全生产简报")
    xicheng = archive.add_series("西城区工作简报")
    heard.clear()
    archive.set_series_layout(luohe.id, {"red_rule_pt": 3.0})
    assert heard == [ArchiveChange(series_changed=frozenset({luohe.id}))]
    archive.set_series_layout(luohe.id, {"red_rule_pt": 3.0})  # the same again: nothing to say
    assert len(heard) == 1
    assert archive.series_layout(luohe.id) == {"red_rule_pt": 3.0}
    assert archive.series_layout(xicheng.id) == {}
    archive.rename_series(luohe.id, "漯河市安全生产简报")  # the layout belongs to the series, not its name
    assert archive.series_layout(luohe.id) == {"red_rule_pt": 3.0}
    archive.set_series_layout(luohe.id, {})
    assert archive.series_layout(luohe.id) == {}
    with pytest.raises(SeriesNotFoundError):
        archive.series_layout(999)


def test_a_taken_number_is_named_as_the_issue_holding_it_prints_it(archive):
    from bulletin_desktop.core.model import YearNumber

    first = plain_issue(60, dt.date(2026, 3, 2), ["甲。"], series=SERIES)
    first.year_number = YearNumber(6, 2026, True)
    archive.save_issue(first)
    with pytest.raises(DuplicateIssueError, match="2026年第6期（总第60期）"):
        archive.save_issue(plain_issue(60, dt.date(2026, 3, 9), ["乙。"], series=SERIES))
