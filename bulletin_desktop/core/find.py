"""Finding text in an issue: section titles, dates, units, item bodies, article titles and
paragraphs. Case is ignored; every match is a ``Position`` in code points."""
from __future__ import annotations

from collections.abc import Iterator

from .model import Article, Issue
from .positions import Position
from .richtext import plain


def _folded(text: str) -> tuple[str, list[int] | None]:
    """``text`` case-folded, with the index in ``text`` of every folded character where folding
    changed the length (ß → ss, ﬁ → fi); None when each character folded to one."""
    folded = text.casefold()
    if len(folded) == len(text):
        return folded, None
    origin: list[int] = []
    for index, char in enumerate(text):
        origin.extend([index] * len(char.casefold()))
    return folded, origin


def occurrences(text: str, query: str) -> Iterator[tuple[int, int]]:
    """Non-overlapping [start, end) ranges of ``query`` in ``text``, ignoring case, in code
    points of ``text`` (a match that starts or ends inside a folded ß covers the whole ß)."""
    needle = query.casefold()
    if not needle:
        return
    folded, origin = _folded(text)
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        if origin is None:
            yield start, end
        else:
            yield origin[start], origin[end - 1] + 1
        start = folded.find(needle, end)


def find_in_issue(issue: Issue | None, query: str) -> list[Position]:
    """Every occurrence, in reading order."""
    if issue is None or not query:
        return []
    found: list[Position] = []
    for section in issue.sections:
        found += [Position(section.uid, "section", a, b) for a, b in occurrences(section.title, query)]
        for entry in section.entries:
            if isinstance(entry, Article):
                found += [Position(entry.uid, "title", a, b) for a, b in occurrences(entry.title, query)]
                for number, paragraph in enumerate(entry.paragraphs):
                    found += [Position(entry.uid, "paragraph", a, b, number)
                              for a, b in occurrences(plain(paragraph), query)]
            else:
                for field, text in (("date", entry.date), ("unit", entry.unit), ("body", plain(entry.body))):
                    found += [Position(entry.uid, field, a, b) for a, b in occurrences(text, query)]
    return found


_FIELD_ORDER = ("date", "unit", "body", "title", "paragraph")


def find_in_entry(issue: Issue | None, uid: str, terms: list[str]) -> Position | None:
    """The first occurrence of any of ``terms`` in entry ``uid``, in reading order: where a
    search hit in that entry is shown."""
    found = [p for term in terms for p in find_in_issue(issue, term) if p.uid == uid]
    if not found:
        return None
    return min(found, key=lambda p: (_FIELD_ORDER.index(p.field), p.paragraph, p.start, -p.end))
