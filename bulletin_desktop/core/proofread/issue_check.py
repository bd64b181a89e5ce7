"""Checking a whole issue: every text field of every entry, each finding with where it is."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Entry, Issue, Section, is_run_in_title
from ..positions import Position, node_field_text
from ..richtext import RichText
from .engine import check
from .findings import CheckContext, Finding
from .numbers import check_dates, heading_order
from .punctuation import HEADING_EXEMPT_RULES, check_ranges


# an article printed in part: 在全市……会议上的讲话（摘要）, （节选）, （摘编）
_EXCERPT = re.compile(r"[（(](?:摘要|节选|摘编|摘登|有删节)[）)]")


@dataclass(frozen=True)
class IssueFinding:
    position: Position  # the field checked and the finding's range in it (code points)
    section: str
    entry_index: int  # 1-based position of the entry in its section, for messages
    finding: Finding
    text: str  # the whole text of the field, which the offsets refer to


def entry_fields(entry: Entry) -> list[tuple[str, int]]:
    """The (field, paragraph) pairs of an entry's text that the proofreader reads."""
    if isinstance(entry, Article):
        return [("title", 0), *(("paragraph", index) for index in range(len(entry.paragraphs)))]
    # a run-in title printed before the date (**强化培训提能力。**12月4日，…), not a number or
    # bullet; the lead date the recogniser took apart from the body (4月31日, 11月15号, 11月14日-18日)
    lead = [("mark", 0)] if is_run_in_title(entry.mark) else []
    return [*lead, ("date", 0), ("body", 0)] if entry.date else [*lead, ("body", 0)]


def is_heading_paragraph(paragraph: RichText) -> bool:
    """A paragraph of an article set wholly in bold: a heading of its own."""
    runs = [run for run in paragraph if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _is_heading(entry: Entry, field: str, paragraph: int) -> bool:
    """An article's title, or a paragraph of it that is a heading."""
    if field == "title":
        return True
    return field == "paragraph" and isinstance(entry, Article) and is_heading_paragraph(entry.paragraphs[paragraph])


def _quotation_goes_on(entry: Entry) -> set[int]:
    """The article's paragraphs whose opening quotation mark is closed in a later paragraph: a
    quotation of several paragraphs opens each with “ and closes only the last with ” (GB/T
    15834—2011 4.1.3.4), so a paragraph opened by “ and followed by one opened by “ is such a part."""
    if not isinstance(entry, Article):
        return set()
    starts = [node_field_text(entry, "paragraph", index).lstrip(" \u3000").startswith("“")
              for index in range(len(entry.paragraphs))]
    return {index for index in range(len(starts) - 1) if starts[index] and starts[index + 1]}


def _check_lead_date(text: str, context: CheckContext) -> list[Finding]:
    """What a lead date is checked for: the date itself and its range (the recogniser takes
    full-width digits and looser leads, 11.24, as written)."""
    found = sorted([*check_dates(text, context), *check_ranges(text)], key=lambda f: (f.start, f.end))
    return [f for f in found if not context.is_ignored(f)]


def _quote_left_open(text: str, finding: Finding) -> bool:
    return finding.rule == "PAIR-OPEN" and finding.found == "“" \
        and finding.start == len(text) - len(text.lstrip(" \u3000"))


def check_entry(entry: Entry, context: CheckContext) -> list[tuple[Position, Finding, str]]:
    out: list[tuple[Position, Finding, str]] = []
    going_on = _quotation_goes_on(entry)
    for field, paragraph in entry_fields(entry):
        text = node_field_text(entry, field, paragraph)
        heading = _is_heading(entry, field, paragraph)
        part = field == "paragraph" and paragraph in going_on
        found = _check_lead_date(text, context) if field == "date" else check(text, context)
        out.extend((Position(entry.uid, field, f.start, f.end, paragraph), f, text) for f in found
                   if not (heading and f.rule in HEADING_EXEMPT_RULES) and not (part and _quote_left_open(text, f)))
    if isinstance(entry, Article):  # the order of its headings runs across its paragraphs
        texts = [node_field_text(entry, "paragraph", index) for index in range(len(entry.paragraphs))]
        out.extend((Position(entry.uid, "paragraph", f.start, f.end, index), f, texts[index])
                   for index, f in heading_order(texts, any(_EXCERPT.search(t) for t in (entry.title, *texts[:2])))
                   if not context.is_ignored(f))
    return out


def _empty_section(section: Section) -> IssueFinding:
    """A section with nothing in it prints as a heading alone (the default sections of a new
    issue that were not all used)."""
    finding = Finding(0, len(section.title), "placeholder", "S-EMPTY-SECTION",
                      f"栏目【{section.title}】没有内容，印出来只有一个标题；用不上就删去这个栏目。", None, "error",
                      section.title)
    return IssueFinding(Position(section.uid, "section", 0, len(section.title)), section.title, 0, finding,
                        section.title)


def check_issue(issue: Issue, context: CheckContext | None = None) -> list[IssueFinding]:
    """Every finding of the issue's texts, but those the clerk ignored at their place."""
    context = context or CheckContext(issue_date=issue.date)
    out: list[IssueFinding] = []
    for section in issue.sections:
        if section.title.strip() and not section.entries:
            out.append(_empty_section(section))
        for index, entry in enumerate(section.entries, 1):
            out.extend(IssueFinding(position, section.title, index, f, text)
                       for position, f, text in check_entry(entry, context))
    if context.ignored_here:
        from .ignored_here import anchor_in

        out = [f for f in out if anchor_in(f.text, f.position, f.finding.rule, f.finding.found)
               not in context.ignored_here]
    return out
