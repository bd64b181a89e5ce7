"""What a line break or a full-width indent inside one Word paragraph means.

Authors use Shift+Enter and rows of full-width spaces where a new paragraph was meant: a
heading and its first entry, or two entries, end up in one paragraph. A break in the
middle of a sentence, on the other hand, only wrapped a line. Each break is judged by the
text on its two sides.
"""
from __future__ import annotations

import re

from ..model import numbering_length
from ..recognise.patterns import (
    DATE_LINE, OFFICE_AND_DATE, SECTION_BRACKETS, SPECIAL_NUMBERED, UNIT_LEAD, YEAR_ISSUE_NUMBER, compact,
    ends_sentence, is_article_title, opens_dated_entry, starts_new_paragraph,
)
from ..richtext import RichText, Run, normalize, plain

# Two or more full-width spaces after the end of a sentence open a new paragraph.
_INDENT_SPLIT = re.compile(r"(?<=[。！？；!?;])\s*\u3000{2,}(?=\S)")
_SENTENCE_END = "。！？；!?;…"


def _masthead_shape(text: str) -> bool:
    flat = compact(text)
    return bool(YEAR_ISSUE_NUMBER.match(flat) or DATE_LINE.match(flat) or OFFICE_AND_DATE.match(text)
                or SPECIAL_NUMBERED.match(text))


def breaks_paragraph(before: str, after_raw: str, first_line: bool) -> bool:
    """Whether a break between ``before`` and ``after_raw`` (untrimmed) starts a new paragraph."""
    after = after_raw.strip()
    before = before.strip()
    if not before or not after:
        return True
    if after_raw[:1] == "\u3000" or after_raw.startswith("  "):
        return True  # an indented line is a new paragraph
    if starts_new_paragraph(after) or SECTION_BRACKETS.match(before):
        return True
    if _masthead_shape(before) or _masthead_shape(after):
        return True
    if before[-1] in _SENTENCE_END:
        return not _goes_on_with_the_entry(before, after)
    # a heading-like first line (short, no comma, no closing punctuation) before body text
    return first_line and is_article_title(before) and (len(after) > 40 or ends_sentence(after))


def _goes_on_with_the_entry(before: str, after: str) -> bool:
    """A dated entry's next sentence set on a line of its own (3月1日，某局召开调度会。 / 会议要求，…):
    still the entry, which the model keeps as one paragraph; not a second entry with no date or
    unit. A line that opens an entry of its own (a bullet, a number, 西平县：…) is one."""
    return opens_dated_entry(before) and not numbering_length(after) and not UNIT_LEAD.match(after)


def split_rich(text: RichText, cuts: list[int]) -> list[RichText]:
    """Cut rich text at these character offsets."""
    pieces: list[RichText] = []
    current: list[Run] = []
    position = 0
    pending = sorted(cuts)
    for run in text:
        start = 0
        while pending and pending[0] <= position + len(run.text):
            offset = max(pending.pop(0) - position, start)
            current.append(Run(run.text[start:offset], run.bold))
            pieces.append(normalize(current))
            current = []
            start = offset
        current.append(Run(run.text[start:], run.bold))
        position += len(run.text)
    pieces.append(normalize(current))
    return pieces


def split_lines(lines: list[RichText]) -> list[RichText]:
    """The paragraphs one Word paragraph's lines (separated by breaks) stand for."""
    paragraphs: list[list[Run]] = []
    for index, line in enumerate(lines):
        text = plain(line)
        if paragraphs and not breaks_paragraph(plain(tuple(paragraphs[-1])), text, first_line=index == 1):
            paragraphs[-1].extend(line)
        else:
            paragraphs.append(list(line))
    out: list[RichText] = []
    for runs in paragraphs:
        rich = normalize(runs)
        text = plain(rich)
        cuts = [m.end() for m in _INDENT_SPLIT.finditer(text)]
        out.extend(split_rich(rich, cuts) if cuts else [rich])
    return out
