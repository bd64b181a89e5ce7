"""An entry moved into another issue: it leaves the first and joins the second in one
transaction, keeps its adoption link (the statistics and the inbox count it for the issue it
is in now), is not put in the trash, is found by the search in its new issue, and a final
issue on either side refuses with nothing saved."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive, DuplicateIssueError
from bulletin_desktop.core.archive.entry_moves import EntryMoveError, move_entry_to_issue, section_like
from bulletin_desktop.core.archive.finals import IssueFinalError
from bulletin_desktop.core.archive.search_records import SearchFilters
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.inbox.submissions import get_submission
from bulletin_desktop.core.stats.query import compute_stats
from bulletin_desktop.core.units import registry

SUBMITTED = "郾城区来稿\n12月2日，郾城区组织开展冬季燃气管道巡检，排查隐患9处。"


@pytest.fixture
def archive(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        following = archive.next_issue()
        following.date = dt.date(2022, 12, 5)  # a month of its own, for the statistics
        archive.save_issue(following)
        yield archive


def _issues(archive):
    first, second = sorted(archive.list_issues(), key=lambda s: s.number)
    return archive.load_issue(first.id), archive.load_issue(second.id)


def _adopted_entry(archive) -> tuple[int, str]:
    unit = registry.add_unit(archive, "郾城区", category="县区")
    item = make_submission(paragraphs_from_text(SUBMITTED), source="粘贴", received=dt.date(2022, 11, 18),
                           unit_id=unit.id, names=registry.unit_names(archive))
    sid = add_submissions(archive, [item])[0]
    first, _second = _issues(archive)
    entries = adopt_into(archive, sid, first, "隐患排查")
    return sid, entries[0].uid


def test_the_adopted_entry_moves_with_its_link_and_both_issues_are_saved(archive):
    sid, uid = _adopted_entry(archive)
    first, second = _issues(archive)
    target = section_like(second, "隐患排查")
    assert target is not None  # the new issue took over the sections
    move = move_entry_to_issue(archive, first, second, uid, target.uid)
    first, second = _issues(archive)
    assert first.find_entry(uid) is None
    section, row = second.find_entry(uid)  # type: ignore[misc]
    assert section.title == "隐患排查" and row == len(section.entries) - 1
    assert (move.to_section, move.to_row) == (target.uid, row)
    # the link followed: the submission is still adopted, now in the second issue
    submission = get_submission(archive, sid)
    assert submission.status == "adopted" and submission.places == [f"第{second.number}期【隐患排查】"]
    # the statistics count it in the month of the issue it is in now
    november = compute_stats(archive, dt.date(2022, 11, 1), dt.date(2022, 11, 30))
    december = compute_stats(archive, dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    # (adopted less direct: the entries adopted from the inbox, not those written in the issue)
    assert [(row.name, row.adopted - row.direct) for row in december.rows if row.adopted] == [("郾城区", 1)]
    assert not [row for row in november.rows if row.adopted - row.direct]
    # moved, not deleted: nothing of it in the trash
    assert not [t for t in archive.trash_items() if "燃气管道巡检" in t.label]
    hits = archive.search("燃气管道巡检")
    assert [(h.issue_id, h.entry_uid) for h in hits] == [(second.id, uid)]
    assert archive.search("燃气管道巡检", filters=SearchFilters(date_from=dt.date(2022, 11, 1),
                                                            date_to=dt.date(2022, 11, 30))) == []


def test_moving_back_restores_both(archive):
    _sid, uid = _adopted_entry(archive)
    first, second = _issues(archive)
    place = first.find_entry(uid)
    assert place is not None
    move = move_entry_to_issue(archive, first, second, uid, second.sections[0].uid, 0)
    assert second.find_entry(uid) is None, "the issues given are left as they were"
    back = move_entry_to_issue(archive, move.target, move.source, uid, move.from_section, move.from_row)
    first_now, second_now = _issues(archive)
    assert first_now == first and second_now == second
    assert back.to_row == place[1]


@pytest.mark.parametrize("final_side", ["source", "target"])
def test_a_final_issue_on_either_side_refuses_and_nothing_is_saved(archive, final_side):
    _sid, uid = _adopted_entry(archive)
    first, second = _issues(archive)
    final = first if final_side == "source" else second
    archive.set_final(final.id, True)
    with pytest.raises(IssueFinalError) as refused:
        move_entry_to_issue(archive, first, second, uid, second.sections[0].uid)
    doing = "移出条目" if final_side == "source" else "移入条目"
    assert f"第{final.number}期已定稿，不能{doing}" in refused.value.message
    first_now, second_now = _issues(archive)
    assert first_now.find_entry(uid) is not None and second_now.find_entry(uid) is None
    assert [len(s.entries) for s in second_now.sections] == [len(s.entries) for s in second.sections]


def test_the_same_issue_or_a_missing_entry_is_refused_in_words(archive):
    first, second = _issues(archive)
    uid = first.sections[0].entries[0].uid
    with pytest.raises(EntryMoveError, match="同一期"):
        move_entry_to_issue(archive, first, first, uid, first.sections[1].uid)
    with pytest.raises(EntryMoveError, match="找不到"):
        move_entry_to_issue(archive, first, second, "no-such-entry", second.sections[0].uid)


def test_the_bulletins_next_issue_is_started_with_the_entry_in_one_transaction(archive):
    sid, uid = _adopted_entry(archive)
    first, second = _issues(archive)
    seen = []
    archive.subscribe(seen.append)
    started = archive.next_issue(first.series_id)
    move = move_entry_to_issue(archive, first, started, uid, started.sections[0].uid)
    assert started.id is None and move.target.id is not None  # the issue given is left as it was
    assert archive.load_issue(move.target.id).find_entry(uid) is not None
    assert get_submission(archive, sid).places == [f"第{move.target.number}期【{started.sections[0].title}】"]
    assert seen[-1].issues_added == {move.target.id} and seen[-1].inbox_changed
    # a number taken meanwhile refuses the whole move: the entry stays where it was
    again = archive.next_issue(first.series_id)
    again.number = second.number
    with pytest.raises(DuplicateIssueError):
        move_entry_to_issue(archive, archive.load_issue(move.target.id), again, uid, again.sections[0].uid)
    assert archive.load_issue(move.target.id).find_entry(uid) is not None
