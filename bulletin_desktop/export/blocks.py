"""The printed issue as an ordered list of typed blocks.

This is the one representation both the .docx writer and the live preview consume, so
what the clerk sees cannot drift from what prints. Blocks are frozen and hashable: the
preview compares old and new lists to redraw only what changed.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from enum import Enum
from typing import Iterator

from ..core.marks import marking_lines
from ..core.model import (
    Article, Issue, Item, format_cn_date, is_byline, is_contents_title, is_marked_byline, is_speaker_line,
)
from ..core.numerals import to_chinese
from ..core.richtext import RichText, plain
from .layout_options import LayoutOptions


class BlockKind(str, Enum):
    MASTHEAD_MARKING = "masthead_marking"  # 内部资料 注意保存, above the name (a line of marks each)
    MASTHEAD = "masthead"  # the bulletin name, red
    ISSUE_LINE = "issue_line"  # 第52期, 2026年第6期（总第60期）
    SPECIAL_LINE = "special_line"  # （安全生产大检查专刊 第34期）
    OFFICE_DATE = "office_date"  # office left, date right
    RED_RULE = "red_rule"
    SECTION_HEADING = "section_heading"  # 【安排部署】
    ENTRY = "entry"
    ARTICLE_TITLE = "article_title"
    ARTICLE_BYLINE = "article_byline"  # ——某镇交通安全工作做法, under an article's title
    ARTICLE_PARAGRAPH = "article_paragraph"
    SIGNOFF = "signoff"  # 编辑：… 审核：… 签发：…
    DISTRIBUTION = "distribution"  # 送：… 发：… between rules, then the print note


class FontRole(str, Enum):
    TITLE = "title"  # 方正小标宋简体
    BODY = "body"  # 仿宋_GB2312
    HEADING = "heading"  # 黑体: 【】 headings and run-in 一、…
    KAI = "kai"  # 楷体_GB2312: （一）… sub-headings


@dataclass(frozen=True)
class Span:
    """Text in one font role, bold or not, within a block."""
    text: str
    bold: bool = False
    role: FontRole = FontRole.BODY


@dataclass(frozen=True)
class Block:
    """One printed paragraph (or masthead, closing-block row) as preview and Word both set it."""
    kind: BlockKind
    spans: tuple[Span, ...] = ()
    left: str = ""  # OFFICE_DATE: the office
    right: str = ""  # OFFICE_DATE: the date
    lines: tuple[tuple[str, str], ...] = ()  # DISTRIBUTION: (head, text) pairs, head 送： or "" (DistributionLine.head)
    note: str = ""  # DISTRIBUTION: the print note （共印35份）, the last line, right-aligned
    source: str | None = None  # uid of the section or entry this block shows
    # which of its entry's paragraphs (an article's) it shows, for the preview to follow the
    # clerk's cursor; not what is printed, so a paragraph moved down a place keeps its layout
    part: int = dataclasses.field(default=0, compare=False)

    @property
    def text(self) -> str:
        if self.kind is BlockKind.OFFICE_DATE:
            return f"{self.left}\t{self.right}"
        if self.kind is BlockKind.DISTRIBUTION:
            return "\n".join([*(head + text for head, text in self.lines), *([self.note] if self.note else [])])
        return "".join(span.text for span in self.spans)


# 一、夯实消防基础。 (黑体) and （一）… (楷体) open a paragraph and end at the first 。 (the
# heading's words after its number: "words")
_RUN_IN_HEADING = re.compile(r"^([一二三四五六七八九十百]+、(?P<words>[^。]{1,40}?。))")
_RUN_IN_SUBHEADING = re.compile(r"^(（[一二三四五六七八九十百]+）(?P<words>[^。]{1,40}?。))")
# What makes a numbered opening a sentence, printed in the body's face, rather than a heading:
# figures (二、今年以来，全市排查隐患1200处。), more than two clauses, or an opening that
# states when or on what grounds (今年以来, 截至, 据统计, 随着): a heading names a task or a
# topic, at most as two parallel phrases (一、提高政治站位，压实工作责任。)
_SENTENCE_SIGNS = re.compile(
    r"[0-9０-９%％]|[，；,;].*[，；,;]"
    r"|^(?:今年|去年|近年|近期|近日|目前|当前|截至|截止|据|自.{1,10}以来|随着|根据|按照|经过)")
# 一、危化品领域 and （一）危化品领域, lines of their own over a section's dated entries: in
# the faces of the run-in headings of the same levels
_TOPIC_LINES = ((re.compile(r"^[一二三四五六七八九十百]+、[^。，；！？：,;!?:]{1,20}$"), FontRole.HEADING),
                (re.compile(r"^（[一二三四五六七八九十百]+）[^。，；！？：,;!?:]{1,20}$"), FontRole.KAI))


def issue_line_text(issue: Issue) -> str:
    return issue.number_line()


def special_line_text(issue: Issue) -> str:
    assert issue.special is not None
    return f"（{issue.special.label()}）"


def signoff_text(issue: Issue) -> str:
    # two spaces between roles on paper, as the layout reference sets them
    return issue.signoff.line("  ")


def spans_of(text: RichText, role: FontRole = FontRole.BODY) -> tuple[Span, ...]:
    return tuple(Span(run.text, run.bold, role) for run in text)


def article_paragraph_spans(text: RichText) -> tuple[Span, ...]:
    """Split off a run-in heading so it can be set in its own face; a heading on a line of
    its own (一、主要做法, （一）强化组织领导) is set in that face whole, as GB/T 9704 sets
    the first two levels (黑体, 楷体)."""
    if not text:
        return ()
    whole = plain(text).strip()
    for pattern, role in _TOPIC_LINES:
        if pattern.match(whole):
            return spans_of(text, role)
    first = text[0]
    for pattern, role in ((_RUN_IN_HEADING, FontRole.HEADING), (_RUN_IN_SUBHEADING, FontRole.KAI)):
        match = pattern.match(first.text) if not first.bold else None
        if match and not _SENTENCE_SIGNS.search(match["words"]):
            head = match.group(1)
            rest = first.text[len(head):]
            spans = [Span(head, False, role)]
            if rest:
                spans.append(Span(rest, False))
            return tuple(spans) + spans_of(text[1:])
    return spans_of(text)


def _article_paragraphs(article: Article) -> Iterator[Block]:
    """The paragraphs of an article; the subtitle, byline or speaker lines right under its
    title are set apart, in 楷体, as the printed page sets them."""
    under_title = True
    for part, paragraph in enumerate(article.paragraphs):
        under_title = under_title and _set_under_title(plain(paragraph))
        if under_title:
            spans = tuple(dataclasses.replace(span, role=FontRole.KAI) for span in spans_of(paragraph))
            yield Block(BlockKind.ARTICLE_BYLINE, spans, source=article.uid, part=part)
        else:
            yield Block(BlockKind.ARTICLE_PARAGRAPH, article_paragraph_spans(paragraph), source=article.uid, part=part)


def _set_under_title(text: str) -> bool:
    """A line printed under an article's title: its subtitle or source (——某镇交通安全工作
    做法, （2026年11月25日）, 文／程晨), its speaker (县长　王某某, 区实验小学　王晓燕) or the
    unit that wrote it, named alone (区实验小学). A short line of another kind (基本情况) is
    the article's first paragraph."""
    text = text.strip()
    if is_marked_byline(text):
        return True
    if not is_byline(text):  # (the usual first paragraph: the patterns below are not compiled for it)
        return False
    from ..core.units.detect import SENDER_ALONE

    return is_speaker_line(text) or bool(SENDER_ALONE.match(text))


def _entry_face(item: Item) -> FontRole:
    if not item.date and not item.unit:
        text = plain(item.body).strip()
        for pattern, role in _TOPIC_LINES:
            if pattern.match(text):
                return role
    return FontRole.BODY


def section_heading_text(title: str, number: int, style: str) -> str:
    """A section's heading as the series prints it; ``number`` counts the titled sections from 1."""
    if style == "numbered":
        return f"{to_chinese(number)}、{title}"
    if style == "plain":
        return title
    return f"【{title}】"


def layout_issue(issue: Issue, options: LayoutOptions | None = None) -> list[Block]:
    """Lay out an issue, top to bottom, as it prints. A section without a title (a bulletin
    without sections) prints no heading."""
    style = (options or LayoutOptions()).section_heading
    blocks = [
        *(Block(BlockKind.MASTHEAD_MARKING, (Span(line, False, FontRole.HEADING),)) for line in marking_lines(issue.marking)),
        Block(BlockKind.MASTHEAD, (Span(issue.series, False, FontRole.TITLE),)),
        Block(BlockKind.ISSUE_LINE, (Span(issue_line_text(issue)),)),
    ]
    if issue.special is not None:
        blocks.append(Block(BlockKind.SPECIAL_LINE, (Span(special_line_text(issue)),)))
    blocks.append(Block(BlockKind.OFFICE_DATE, left=issue.office, right=format_cn_date(issue.date)))
    blocks.append(Block(BlockKind.RED_RULE))
    titled = 0
    for section in issue.sections:
        heading = ""
        if style == "numbered" and is_contents_title(section.title):
            heading = section.title.strip()  # 本期目录 over sections 一、二、: not the first of them
        elif section.title.strip():
            titled += 1
            heading = section_heading_text(section.title, titled, style)
        if heading:
            blocks.append(Block(BlockKind.SECTION_HEADING, (Span(heading, False, FontRole.HEADING),), source=section.uid))
        for entry in section.entries:
            if isinstance(entry, Article):
                blocks.append(
                    Block(BlockKind.ARTICLE_TITLE, (Span(entry.title, False, FontRole.TITLE),), source=entry.uid)
                )
                blocks.extend(_article_paragraphs(entry))
            elif isinstance(entry, Item):
                blocks.append(Block(BlockKind.ENTRY, spans_of(entry.rich, _entry_face(entry)), source=entry.uid))
    signoff = signoff_text(issue)
    if signoff:
        blocks.append(Block(BlockKind.SIGNOFF, (Span(signoff),)))
    if issue.distribution or issue.print_note:
        # The print note closes the distribution box as GB/T 9704's 印发 line closes the 版记:
        # its own line under an inner rule, above the closing outer rule (docs/layout.md).
        blocks.append(Block(BlockKind.DISTRIBUTION, lines=tuple((d.head, d.text) for d in issue.distribution),
                            note=issue.print_note))
    return blocks
