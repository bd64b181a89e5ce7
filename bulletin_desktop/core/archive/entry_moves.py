"""An entry moved from one issue into another (条目 → 移到栏目… with another issue chosen,
``entry move … --to-issue``): the clerk who wants an entry in next week's issue moves it
rather than copying it, so it leaves this issue, keeps its adoption link (the statistics
count it for the issue it is in now) and is found by the search in its new issue.

Works on copies of the two issues and saves both in one transaction (``Archive.save_entry_move``):
the window applies the move to its open issue only once the archive holds it.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..edits import EditError, insert_entry, section_index, take_entry
from ..errors import BulletinError
from ..model import Issue, Section

if TYPE_CHECKING:
    from .archive import Archive
    from .records import IssueSummary


class EntryMoveError(BulletinError):
    """A move the issues cannot take (the same issue, a target without sections)."""


@dataclass(frozen=True)
class EntryMove:
    """A move as saved: the two issues as they are stored now, where the entry was and where it is."""

    source: Issue
    target: Issue
    from_section: str  # uid of the section it left, in ``source``
    from_row: int
    to_section: str  # uid of the section it is in, in ``target``
    to_row: int


def issue_name(issue: Issue) -> str:
    """《刊物》第N期, as the clerk is told about an issue."""
    return f"《{issue.series}》{issue.number_line()}"


def section_like(target: Issue, title: str) -> Section | None:
    """The section of ``target`` with the same title (a new issue takes over the sections
    of the last), or None."""
    wanted = title.strip()
    return next((section for section in target.sections if section.title.strip() == wanted), None)


def issues_to_offer(summaries: list[IssueSummary], current: IssueSummary) -> list[IssueSummary]:
    """The issues an entry of ``current`` may be moved to, in the order the clerk looks for
    them: ``current`` first (another section of it), then the issues of its series, newest
    first (next week's issue, just made, is at the top), then the other series' issues."""
    others = [s for s in summaries if s.id != current.id]
    newest_first = sorted(others, key=lambda s: (s.date, s.number, s.id), reverse=True)
    return [current, *(s for s in newest_first if s.series_id == current.series_id),
            *(s for s in newest_first if s.series_id != current.series_id)]


def move_entry_to_issue(archive: Archive, source: Issue, target: Issue, uid: str, section_uid: str,
                        row: int = -1) -> EntryMove:
    """Move entry ``uid`` of ``source`` into section ``section_uid`` of ``target`` before
    ``row`` (-1: at the end), both saved in one transaction. ``source`` and ``target`` are
    left as they were; the returned move holds the saved copies. Raises EntryMoveError,
    or the archive's errors (a final issue on either side: IssueFinalError) with nothing saved."""
    if source.id is not None and source.id == target.id:
        raise EntryMoveError("要移到的是这条所在的同一期；在同一期中移动请选本期的栏目。")
    moved_from, moved_to = copy.deepcopy(source), copy.deepcopy(target)
    try:
        from_section, from_row, entry = take_entry(moved_from, uid)
        place = moved_to.sections[section_index(moved_to, section_uid)]
    except EditError:
        raise EntryMoveError(f"{issue_name(target) if source.find_entry(uid) else issue_name(source)}"
                             "已经变了，找不到要移动的条目或栏目；请重新选择。") from None
    row = len(place.entries) if row < 0 or row > len(place.entries) else row
    insert_entry(moved_to, section_uid, row, entry)
    archive.save_entry_move(moved_from, moved_to, uid)
    return EntryMove(moved_from, moved_to, from_section, from_row, section_uid, row)
