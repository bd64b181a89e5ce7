"""Finding text in an issue as printed: the masthead, section titles, dates, units, item
bodies, article titles and paragraphs, the closing block. Case is ignored; every match is a
``Position`` in code points."""
from __future__ import annotations

from collections.abc import Iterator

from .model import Article, Issue
from .positions import MASTHEAD_TEXT_FIELDS, Position, closing_fields, issue_field_text
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

    def in_issue_fields(fields: list[tuple[str, int]]) -> None:
        for field, index in fields:
            try:
                text = issue_field_text(issue, field, index)
            except LookupError:  # no special series
                continue
            found.extend(Position("", field, a, b, index) for a, b in occurrences(text, query))

    in_issue_fields([(field, 0) for field in MASTHEAD_TEXT_FIELDS])
    for section in issue.sections:
        found += [Position(section.uid, "section", a, b) for a, b in occurrences(section.title, query)]
        for entry in section.entries:
            if isinstance(entry, Article):
                found += [Position(entry.uid, "title", a, b) for a, b in occurrences(entry.title, query)]
                for number, paragraph in enumerate(entry.paragraphs):
                    found += [Position(entry.uid, "paragraph", a, b, number)
                              for a, b in occurrences(plain(paragraph), query)]
            else:
                for field, text in (("mark", entry.mark), ("date", entry.date), ("unit", entry.unit), ("body", plain(entry.body))):
                    found += [Position(entry.uid, field, a, b) for a, b in occurrences(text, query)]
    in_issue_fields(closing_fields(issue))
    return found


def next_after_replacing(matches: list[Position], index: int, replaced: Position, length: int) -> int:
    """Where finding goes on after match ``index`` was replaced by ``length`` characters:
    the index, in ``matches`` found again since, of the first match after the new text (the
    new text itself may match the query: it is not replaced again). ``len(matches)`` if none."""
    place = (replaced.uid, replaced.field, replaced.paragraph)
    while (index < len(matches) and (matches[index].uid, matches[index].field, matches[index].paragraph) == place
           and matches[index].start < replaced.start + length):
        index += 1
    return index


_FIELD_ORDER = ("mark", "date", "unit", "body", "title", "paragraph")


def find_in_entry(issue: Issue | None, uid: str, terms: list[str]) -> Position | None:
    """The first occurrence of any of ``terms`` in entry ``uid``, in reading order: where a
    search hit in that entry is shown."""
    found = [p for term in terms for p in find_in_issue(issue, term) if p.uid == uid]
    if not found:
        return None
    return min(found, key=lambda p: (_FIELD_ORDER.index(p.field), p.paragraph, p.start, -p.end))
