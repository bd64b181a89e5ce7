"""Extraction artefacts: what copying from a PDF or a printed page leaves in the text.

Spaces between 汉字 and digits or Latin letters (公文 sets none), and paragraphs cut in two
where a page broke. They are cleaned in one action, not underlined one by one.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Issue, Item
from ..recognise.body import read_item
from ..recognise.patterns import cut_by_page_break
from ..richtext import RichText, concat, plain, replace_ranges
from .punctuation import spacing_spans


@dataclass(frozen=True)
class Cleaned:
    text: str
    spaces: int  # runs of spaces removed
    cuts: int  # paragraphs joined again

    @property
    def count(self) -> int:
        return self.spaces + self.cuts


def _without_spaces(text: str) -> tuple[str, int]:
    """``text`` without its stray spaces, and how many runs of them went."""
    spans = spacing_spans(text)
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text, len(spans)


def clean_text(text: str) -> Cleaned:
    """A pasted or imported text with its paragraphs (one per line, blank lines between
    them) rejoined where a page cut them, and the stray spaces removed."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    joined: list[str] = []
    cuts = 0
    for paragraph in paragraphs:
        if joined and cut_by_page_break(joined[-1], paragraph):
            joined[-1] += paragraph
            cuts += 1
        else:
            joined.append(paragraph)
    cleaned = [_without_spaces(paragraph) for paragraph in joined]
    return Cleaned("\n".join(text for text, _count in cleaned), sum(count for _text, count in cleaned), cuts)


def count_page_break_cuts(text: str) -> int:
    return clean_text(text).cuts


def strip_spaces(rich: RichText) -> tuple[RichText, int]:
    spans = spacing_spans(plain(rich))
    return replace_ranges(rich, [(s, e, "") for s, e in spans]), len(spans)


@dataclass(frozen=True)
class FieldFix:
    uid: str
    field: str  # "body", "title" or "paragraphs" (the whole list, as the editor sets it)
    old: object
    new: object
    count: int


def join_cut_paragraphs(paragraphs: list[RichText]) -> tuple[list[RichText], int]:
    """An article's paragraphs with those cut by a page break joined again (a paste from a PDF)."""
    out: list[RichText] = []
    cuts = 0
    for paragraph in paragraphs:
        if out and cut_by_page_break(plain(out[-1]), plain(paragraph)):
            out[-1] = concat(out[-1], paragraph)
            cuts += 1
        else:
            out.append(paragraph)
    return out, cuts


def _item_fixes(item: Item, body: RichText, count: int) -> list[FieldFix]:
    """The body without its stray spaces; and when a printed copy's spaces hid the entry's
    date (11 月 15 日，…), the date and the unit read again, as an import would read them."""
    if item.date or item.unit:
        return [FieldFix(item.uid, "body", item.body, body, count)]
    read = read_item(body)
    fixes = [FieldFix(item.uid, "body", item.body, read.body, count)]
    fixes += [FieldFix(item.uid, field, "", getattr(read, field), 0) for field in ("date", "unit") if getattr(read, field)]
    return fixes


def issue_artefact_fixes(issue: Issue) -> list[FieldFix]:
    """One fix per entry field that holds stray spaces or paragraphs cut by a page break;
    the window applies them all as one undo step."""
    fixes: list[FieldFix] = []
    for _section, entry in issue.entries():
        if isinstance(entry, Item):
            body, count = strip_spaces(entry.body)
            if count:
                fixes += _item_fixes(entry, body, count)
            # a printed copy's date (11 月 15 日), read as the entry's date with its spaces kept
            for field in ("date", "unit"):
                text, count = _without_spaces(getattr(entry, field))
                if count:
                    fixes.append(FieldFix(entry.uid, field, getattr(entry, field), text, count))
        elif isinstance(entry, Article):
            title, count = _without_spaces(entry.title)
            if count:
                fixes.append(FieldFix(entry.uid, "title", entry.title, title, count))
            joined, cuts = join_cut_paragraphs(list(entry.paragraphs))
            paragraphs = [strip_spaces(p) for p in joined]
            total = cuts + sum(count for _p, count in paragraphs)
            if total:
                fixes.append(FieldFix(entry.uid, "paragraphs", list(entry.paragraphs),
                                      [p for p, _count in paragraphs], total))
    return fixes
