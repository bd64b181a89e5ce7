"""Finding text in an issue as printed: the masthead, section titles, dates, units, item
bodies, article titles and paragraphs, the closing block. Case is ignored; every match is a
``Position`` in code points."""
from __future__ import annotations

import functools
from collections.abc import Iterator

from .model import Article, Issue
from .positions import MASTHEAD_TEXT_FIELDS, Position, closing_fields, issue_field_text
from .richtext import plain
from .traditional import simplified


_FULL_WIDTH_OFFSET = 0xFEE0  # from a full-width form (U+FF10 ０) to its ASCII one (0)


@functools.cache
def _half_width_table() -> dict[int, int]:
    """Full-width digits and Latin letters to ASCII; built on first use, not when the window imports this."""
    full = [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
    return {code: code - _FULL_WIDTH_OFFSET for code in full}


def half_width(text: str) -> str:
    """``text`` with full-width digits and Latin letters (２０２２年、ＡＰＰ, as an input method's
    full-width mode types them) as ASCII ones, one character for one. Punctuation keeps its
    width: a Chinese comma is not an English one."""
    return text.translate(_half_width_table())


@functools.cache
def _full_width_table() -> dict[int, int]:
    return {half: full for full, half in _half_width_table().items()}


def full_width(text: str) -> str:
    """``text`` with ASCII digits and Latin letters as their full-width forms."""
    return text.translate(_full_width_table())


def width_forms(term: str) -> list[str]:
    """The ways a stored text most likely writes ``term``: as typed, all in half-width and all
    in full-width digits and letters (the same string once when it has none)."""
    return list(dict.fromkeys((term, half_width(term), full_width(term))))


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


def occurrences(text: str, query: str, widths: bool = False) -> Iterator[tuple[int, int]]:
    """Non-overlapping [start, end) ranges of ``query`` in ``text``, ignoring case, in code
    points of ``text`` (a match that starts or ends inside a folded ß covers the whole ß).
    ``widths``: full-width and half-width digits and letters match each other (52 finds ５２),
    and a traditional character its simplified form (檢查 finds 检查), as the archive's search
    finds them; finding in one issue, which also replaces, keeps them apart."""
    if widths:
        # one character for one: offsets hold
        text, query = simplified(half_width(text)), simplified(half_width(query))
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


def find_in_issue(issue: Issue | None, query: str, widths: bool = False) -> list[Position]:
    """Every occurrence, in reading order (``widths``: see ``occurrences``)."""
    if issue is None or not query:
        return []
    found: list[Position] = []

    def in_issue_fields(fields: list[tuple[str, int]]) -> None:
        for field, index in fields:
            try:
                text = issue_field_text(issue, field, index)
            except LookupError:  # no special series
                continue
            found.extend(Position("", field, a, b, index) for a, b in occurrences(text, query, widths))

    in_issue_fields([(field, 0) for field in MASTHEAD_TEXT_FIELDS])
    for section in issue.sections:
        found += [Position(section.uid, "section", a, b) for a, b in occurrences(section.title, query, widths)]
        for entry in section.entries:
            if isinstance(entry, Article):
                found += [Position(entry.uid, "title", a, b) for a, b in occurrences(entry.title, query, widths)]
                for number, paragraph in enumerate(entry.paragraphs):
                    found += [Position(entry.uid, "paragraph", a, b, number)
                              for a, b in occurrences(plain(paragraph), query, widths)]
            else:
                for field, text in (("mark", entry.mark), ("date", entry.date), ("unit", entry.unit), ("body", plain(entry.body))):
                    found += [Position(entry.uid, field, a, b) for a, b in occurrences(text, query, widths)]
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
    search hit in that entry is shown, widths folded as the search folds them."""
    found = [p for term in terms for p in find_in_issue(issue, term, widths=True) if p.uid == uid]
    if not found:
        return None
    return min(found, key=lambda p: (_FIELD_ORDER.index(p.field), p.paragraph, p.start, -p.end))
