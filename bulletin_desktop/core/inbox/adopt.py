"""Adopting a submission into an issue from the command line (the window does the same
through its undo stack): the entries go to the end of the named section."""
from __future__ import annotations

from ..archive import Archive
from ..model import Entry, Issue, Section
from .candidates import candidate_entries
from .submissions import InboxError, Submission, adopted_uids, get_submission, link_adoption


def unit_names_of(archive: Archive, unit_id: int | None) -> tuple[str, ...]:
    if unit_id is None:
        return ()
    with archive.reading() as conn:
        return tuple(r[0] for r in conn.execute("SELECT name FROM unit_names WHERE unit_id = ?", (unit_id,)))


def entries_for(archive: Archive, submission: Submission, candidate: int | None = None,
                left_out: list[int] | None = None, sections: list[str] | None = None) -> list[Entry]:
    """The candidate entries of ``submission``; all of them, or the one numbered ``candidate`` (from 1).
    ``left_out``, given, gets how many emoji and chat expressions each was made without;
    ``sections`` the section the submission lists each under ("" for none)."""
    counts: list[int] = []
    named: list[str] = []
    entries = candidate_entries(submission.title, submission.body, submission.received, submission.unit,
                                unit_names_of(archive, submission.unit_id), counts, named)
    if candidate is None:
        chosen = slice(None)
    elif not 1 <= candidate <= len(entries):
        raise InboxError(f"来稿 {submission.id} 只有 {len(entries)} 条候选条目，没有第 {candidate} 条。")
    else:
        chosen = slice(candidate - 1, candidate)
    if left_out is not None:
        left_out.extend(counts[chosen])
    if sections is not None:
        sections.extend(named[chosen])
    return entries[chosen]


class AlreadyAdoptedError(InboxError):
    """The submission has entries in that section of that issue already."""


def adopted_here(archive: Archive, submission_id: int, issue: Issue, section: Section,
                 one: Entry | None = None) -> str | None:
    """Where the submission is already adopted in ``section`` of ``issue`` as the clerk names it
    (第52期【安排部署】), or None. ``issue`` as it is now (in the window, perhaps not yet saved).
    With ``one`` (a single candidate being adopted), only an adopted entry of the same text
    counts: another candidate of the same submission may join the section."""
    uids = adopted_uids(archive, submission_id)
    there = [entry for entry in section.entries if entry.uid in uids]
    if one is not None and there:
        # an entry the clerk has edited since is still the candidate it was made from: the one
        # its text is nearest to (adopted again, the news would print twice)
        candidates = [entry.text for entry in entries_for(archive, get_submission(archive, submission_id))]
        there = [entry for entry in there if _made_from(entry.text, candidates) == one.text]
    return f"{issue.number_line()}【{section.title}】" if there else None


def _made_from(text: str, candidates: list[str]) -> str:
    """The candidate an adopted entry's ``text`` was made from: the one it is, else the one
    nearest to it."""
    if text in candidates or not candidates:
        return text
    from difflib import SequenceMatcher

    return max(candidates, key=lambda candidate: SequenceMatcher(None, text, candidate, autojunk=False).ratio())


def adopt_into(archive: Archive, submission_id: int, issue: Issue, section_title: str,
               candidate: int | None = None, again: bool = False) -> list[Entry]:
    """Append the submission's entries to ``section_title`` of the stored ``issue`` and save.
    A submission already adopted into that section is refused (AlreadyAdoptedError) unless
    ``again``: adopting it twice would print and count every entry twice."""
    submission = get_submission(archive, submission_id)
    section = next((s for s in issue.sections if s.title == section_title.strip()), None)
    if section is None:
        titles = "、".join(s.title for s in issue.sections) or "（这一期还没有栏目）"
        raise InboxError(f"{issue.number_line()}没有栏目“{section_title}”。可选：{titles}。")
    entries = entries_for(archive, submission, candidate)
    one = entries[0] if candidate is not None else None
    if not again and (place := adopted_here(archive, submission_id, issue, section, one)):
        raise AlreadyAdoptedError(f"这篇来稿已采用到{place}，再采用一次，每条都会印两遍、计两次分。"
                                  "确实要再采用时请加 --again。")
    # the link first: it counts only once the entries are saved, so a failed save leaves nothing adopted
    link_adoption(archive, submission_id, [e.uid for e in entries])
    section.entries.extend(entries)
    archive.save_issue(issue)
    return entries
