"""Adopting a submission into an issue from the command line (the window does the same
through its undo stack): the entries go to the end of the named section."""
from __future__ import annotations

from ..archive import Archive
from ..model import Entry, Issue
from .candidates import candidate_entries
from .submissions import InboxError, Submission, get_submission, link_adoption


def unit_names_of(archive: Archive, unit_id: int | None) -> tuple[str, ...]:
    if unit_id is None:
        return ()
    with archive.reading() as conn:
        return tuple(r[0] for r in conn.execute("SELECT name FROM unit_names WHERE unit_id = ?", (unit_id,)))


def entries_for(archive: Archive, submission: Submission, candidate: int | None = None) -> list[Entry]:
    """The candidate entries of ``submission``; all of them, or the one numbered ``candidate`` (from 1)."""
    entries = candidate_entries(submission.title, submission.body, submission.received, submission.unit,
                                unit_names_of(archive, submission.unit_id))
    if candidate is None:
        return entries
    if not 1 <= candidate <= len(entries):
        raise InboxError(f"来稿 {submission.id} 只有 {len(entries)} 条候选条目，没有第 {candidate} 条。")
    return [entries[candidate - 1]]


def adopt_into(archive: Archive, submission_id: int, issue: Issue, section_title: str,
               candidate: int | None = None) -> list[Entry]:
    """Append the submission's entries to ``section_title`` of the stored ``issue`` and save."""
    submission = get_submission(archive, submission_id)
    section = next((s for s in issue.sections if s.title == section_title.strip()), None)
    if section is None:
        titles = "、".join(s.title for s in issue.sections) or "（这一期还没有栏目）"
        raise InboxError(f"{issue.number_line()}没有栏目“{section_title}”。可选：{titles}。")
    entries = entries_for(archive, submission, candidate)
    # the link first: it counts only once the entries are saved, so a failed save leaves nothing adopted
    link_adoption(archive, submission_id, [e.uid for e in entries])
    section.entries.extend(entries)
    archive.save_issue(issue)
    return entries
