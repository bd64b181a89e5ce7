"""Checking a whole issue: every text field of every entry, each finding with where it is."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Issue
from ..richtext import plain
from .engine import check
from .findings import CheckContext, Finding


@dataclass(frozen=True)
class Place:
    """Where a text lives: the entry, its field (body, title, paragraphs) and, for an
    article's paragraphs, which one; offsets of a finding are in that text."""

    entry_uid: str
    field: str
    paragraph: int = 0


@dataclass(frozen=True)
class IssueFinding:
    place: Place
    section: str
    entry_index: int  # 1-based position of the entry in its section, for messages
    finding: Finding
    text: str  # the checked text the offsets refer to


def entry_texts(entry) -> list[tuple[Place, str]]:
    if isinstance(entry, Article):
        texts = [(Place(entry.uid, "title"), entry.title)]
        texts += [(Place(entry.uid, "paragraphs", index), plain(p)) for index, p in enumerate(entry.paragraphs)]
        return texts
    return [(Place(entry.uid, "body"), plain(entry.body))]


def check_issue(issue: Issue, context: CheckContext | None = None) -> list[IssueFinding]:
    context = context or CheckContext(issue_date=issue.date)
    out: list[IssueFinding] = []
    for section in issue.sections:
        for index, entry in enumerate(section.entries, 1):
            for place, text in entry_texts(entry):
                out.extend(IssueFinding(place, section.title, index, f, text) for f in check(text, context))
    return out
