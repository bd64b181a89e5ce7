"""Finding text in the open issue (no Qt): section titles, dates, units, bodies, articles."""
from __future__ import annotations

from dataclasses import dataclass

from ...core.model import Article, Issue
from ...core.richtext import plain


@dataclass(frozen=True)
class Match:
    uid: str  # the section or entry
    kind: str  # "section", "item" or "article"
    field: str  # "section", "date", "unit", "body", "title" or "paragraphs"
    start: int
    end: int


def _occurrences(text: str, query: str):
    folded, needle = text.casefold(), query.casefold()
    start = folded.find(needle)
    while start >= 0:
        yield start, start + len(needle)
        start = folded.find(needle, start + max(1, len(needle)))


def find_in_issue(issue: Issue | None, query: str) -> list[Match]:
    """Every occurrence, in reading order; fields as the editor shows them."""
    if issue is None or not query:
        return []
    found: list[Match] = []
    for section in issue.sections:
        found += [Match(section.uid, "section", "section", a, b) for a, b in _occurrences(section.title, query)]
        for entry in section.entries:
            if isinstance(entry, Article):
                fields = [("title", entry.title), ("paragraphs", "\n".join(plain(p) for p in entry.paragraphs))]
            else:
                fields = [("date", entry.date), ("unit", entry.unit), ("body", plain(entry.body))]
            for field, text in fields:
                found += [Match(entry.uid, entry.kind, field, a, b) for a, b in _occurrences(text, query)]
    return found
