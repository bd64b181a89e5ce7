"""“Ignore here”: a finding the clerk dismissed at one place of one issue, kept in the archive.

A place is not kept as offsets, which any edit before it would shift, but as what the
finding covers with a few characters either side, in the same field of the same entry.
So an edit anywhere else (another entry, another sentence of the same paragraph, a
paragraph added above) leaves it ignored, while an edit of the ignored text itself or right
next to it changes the anchor and the finding is shown again. The same words with the same
neighbours twice in one field are one place: ignoring one ignores both.
"""
from __future__ import annotations

from dataclasses import astuple, dataclass

from ..model import Issue
from ..positions import Position, field_text

CONTEXT = 6  # characters either side of the finding that anchor it


@dataclass(frozen=True)
class HereAnchor:
    uid: str  # the entry's uid; "" for a finding about the issue as a whole (its number…)
    field: str  # the field of the entry (positions.TEXT_FIELDS); "" with uid ""
    rule: str
    found: str
    before: str  # up to CONTEXT characters just before the finding in its field
    after: str  # and just after it


def anchor_in(text: str, position: Position | None, rule: str, found: str) -> HereAnchor:
    """The anchor of a finding at ``position`` of a field whose text is ``text``."""
    if position is None:
        return HereAnchor("", "", rule, found, "", "")
    return HereAnchor(position.uid, position.field, rule, found, text[max(0, position.start - CONTEXT):position.start],
                      text[position.end:position.end + CONTEXT])


def anchor_of(issue: Issue, position: Position | None, rule: str, found: str) -> HereAnchor:
    """The anchor of a finding at ``position`` in ``issue`` as it is now."""
    if position is None:
        return anchor_in("", None, rule, found)
    try:
        text = field_text(issue, position)
    except LookupError:  # the entry is gone: nothing around it to anchor to
        text = ""
    return anchor_in(text, position, rule, found)


# -- kept in the archive ------------------------------------------------------------

def listed(archive, issue_id: int) -> list[tuple[int, HereAnchor]]:
    """The issue's ignored places, each with the id that ``forget`` takes."""
    return [(row_id, HereAnchor(*anchor)) for row_id, anchor in archive.proofread().ignored_here(issue_id)]


def remember(archive, issue_id: int, anchor: HereAnchor) -> None:
    archive.proofread().ignore_here(issue_id, astuple(anchor))


def forget(archive, issue_id: int, row_id: int) -> bool:
    """Show the finding at that place again; False when the issue has no such ignored place."""
    return archive.proofread().remove_ignore_here(issue_id, row_id)
