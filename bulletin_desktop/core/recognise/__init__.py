"""One structure recogniser for every way a bulletin comes in (plain text, Word).

It takes the document as paragraphs of rich text, in reading order, and finds the
masthead, the sections with their entries and articles, and the closing block. Text it
cannot place is kept in a section named for it, with a warning: nothing is dropped.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from ..model import SECTION_HEADING_DEFAULT, Issue, Item, Section, Signoff
from ..richtext import RichText, Run, strip_edges, visible
from .body import bracketed_units_no_sections, read_body
from .closing import attachments_at_end, find_closing, issued_date, lists_under_masthead, read_closing, with_lists_above
from .errors import BulletinFormatError, UnnamedMastheadError
from .furniture import furniture_warning, page_furniture, page_lines_warning
from .masthead import next_masthead, read_masthead
from .parts import Hint, Paragraph, Recognised, Role
from .patterns import NUMBERED_HEADING, RULE_LINE, SECTION_BRACKETS
from .repeats import masthead_again, repeated_copy

__all__ = ["MAX_PARAGRAPHS", "BulletinFormatError", "Hint", "Paragraph", "Recognised", "Role", "UnnamedMastheadError", "recognise",
           "too_many_paragraphs"]

UNPLACED_MASTHEAD = "报头中未识别的内容"
UNPLACED_CLOSING = "报尾中未识别的内容"
MARKING_SEPARATOR = " "  # between marks printed on lines of their own (内部资料 / 注意保存)



# An issue is a few hundred paragraphs; a file of tens of thousands is something else (a
# year's worth pasted together, a generated file) and is refused before it takes minutes.
MAX_PARAGRAPHS = 20000
MAX_PARAGRAPH_CHARS = 20000  # and a paragraph of more characters than a long article has in all


def too_many_paragraphs(count: int) -> BulletinFormatError:
    return BulletinFormatError(f"文件中有 {count} 段文字，不像一期简报（一期简报通常只有几百段），没有导入。"
                               "如果是几期合在一起，请分成每期一个文件再导入。")


def recognise(paragraphs: Iterable[Paragraph | RichText], name: str = "") -> Recognised:
    """Read an issue from its paragraphs. Raises BulletinFormatError when there is no
    masthead to read (no name, number or date), with the reason in Chinese. ``name``: the
    bulletin's name when its masthead prints none in text (a picture), from elsewhere."""
    source = [p if isinstance(p, Paragraph) else Paragraph(p) for p in paragraphs]
    if len(source) > MAX_PARAGRAPHS:
        raise too_many_paragraphs(len(source))
    if (longest := max((len(p.text) for p in source), default=0)) > MAX_PARAGRAPH_CHARS:
        raise BulletinFormatError(f"文件中有一段长达 {longest} 字，不像简报的一段（条目和文章的段落通常只有几百字），没有导入。")
    # whitespace at a paragraph's edges is layout, not text; characters that print as nothing are neither
    cleaned = [replace(p, rich=visible(p.rich)) if p.exact else replace(p, rich=strip_edges(visible(p.rich)))
               for p in source]
    # (a printed copy's page numbers and running heads, which the text's reading marked, are left out and counted)
    page_lines = [p.text for p in cleaned if p.hint is Hint.PAGE]
    kept = [i for i, p in enumerate(cleaned)
            if p.exact or (p.rich and p.hint is not Hint.PAGE and not RULE_LINE.match(p.text))]
    furniture = page_furniture([cleaned[i] for i in kept])
    left_out = [cleaned[i].text for position, i in enumerate(kept) if position in furniture]
    kept = [i for position, i in enumerate(kept) if position not in furniture]
    if not kept:
        raise BulletinFormatError("文件是空的，没有可导入的简报内容。")
    paras = [cleaned[i] for i in kept]
    roles: list[list[Role]] = [[] for _ in paras]

    masthead, lists_start = read_masthead(paras, roles, name, issued_date(paras))
    copied = []
    again_after = ""  # the masthead printed again over other text: the line before it
    if (copy_start := repeated_copy(paras, lists_start)) is not None:
        copied = paras[copy_start:]  # the issue pasted again under itself: read once
        paras, roles, kept = paras[:copy_start], roles[:copy_start], kept[:copy_start]
    elif (again_at := masthead_again(paras, lists_start)) is not None:
        again_after = paras[again_at - 1].text
    if (again := next_masthead(paras, lists_start, masthead)) is not None:
        raise BulletinFormatError(f"文件中不止一期简报（“{masthead.name}”之后又有一期的报头“{again}”），"
                                  "请分成每期一个文件再导入。")
    body_start = lists_under_masthead(paras, lists_start)
    listed = attachments_at_end(paras, body_start)
    closing_start = find_closing(paras[:listed], body_start)
    if closing_start < listed < len(paras):
        # the attachments of a list printed under the closing block are the body's, as where
        # a bulletin lists them above it: read them there, each an entry after the last
        order = [*range(closing_start), *range(listed, len(paras)), *range(closing_start, listed)]
        paras, roles, kept = [paras[i] for i in order], [roles[i] for i in order], [kept[i] for i in order]
        closing_start += len(paras) - listed
    else:
        closing_start = find_closing(paras, body_start)
    sections = read_body(paras[body_start:closing_start], roles, body_start)
    bracketed_units_no_sections(sections)
    closing = read_closing(paras[closing_start:], roles, closing_start)
    if body_start > lists_start:
        closing = with_lists_above(read_closing(paras[lists_start:body_start], roles, lists_start), closing)

    warnings = list(masthead.warnings)
    if copied:
        warnings.append(f"文件中这一期简报的内容重复了一遍（从第二次出现的“{copied[0].text[:20]}”起的 {len(copied)} 段与前面完全相同），"
                        "只读入了一遍，请核对。")
    if again_after:
        warnings.append(f"报头在“{again_after[:20]}”之后又出现了一次，其后的内容与前面不完全相同，已照原样读入；"
                        "如果是同一期的两个版本，请删去其中一份再导入。")
    if left_out:
        warnings.append(furniture_warning(left_out))
    if page_lines:
        warnings.append(page_lines_warning(page_lines))
    if body_start > lists_start:
        warnings.append(f"报头下方的 {body_start - lists_start} 行分送名单（报、送、发）已放入报尾，导出时印在报尾，请核对。")
    if masthead.extras:
        sections.insert(0, _unplaced(UNPLACED_MASTHEAD, masthead.extras))
        warnings.append(f"报头中有 {len(masthead.extras)} 行未能识别，已放入栏目“{UNPLACED_MASTHEAD}”，请核对。")
    if closing.extras:
        sections.append(_unplaced(UNPLACED_CLOSING, closing.extras))
        warnings.append(f"报尾中有 {len(closing.extras)} 行未能识别，已放入栏目“{UNPLACED_CLOSING}”，请核对。")
    table_rows = sum(1 for p, r in zip(paras, roles) if p.table_row and (Role.ITEM in r or Role.ARTICLE_PARAGRAPH in r))
    if table_rows:
        warnings.append(f"正文中有 {table_rows} 行表格，已逐行转为文字（各格之间空两格），导出时不再是表格，请核对。")
    issue = Issue(
        series=masthead.name, number=masthead.number or 0, date=masthead.date,  # type: ignore[arg-type]
        office=masthead.office, special=masthead.special, sections=sections,
        signoff=_with_signers(closing.signoff, masthead.signers), distribution=closing.distribution,
        year_number=masthead.year_number, print_copies=closing.print_copies,
        marking=MARKING_SEPARATOR.join(masthead.marking),
    )
    all_roles: list[tuple[Role, ...]] = [() for _ in source]
    for position, index in enumerate(kept):
        all_roles[index] = tuple(roles[position])
    return Recognised(issue, warnings, all_roles, _section_style(paras, roles))


def _section_style(paras: list[Paragraph], roles: list[list[Role]]) -> str:
    """How the sections' titles were printed: 【】 (also when there are none), 一、 on most
    of them, or the titles alone."""
    headings = [p.text.strip() for p, r in zip(paras, roles) if Role.SECTION in r]
    if not headings or any(SECTION_BRACKETS.match(text) for text in headings):
        return SECTION_HEADING_DEFAULT
    numbered = sum(1 for text in headings if NUMBERED_HEADING.match(text))
    return "numbered" if numbered * 2 > len(headings) else "plain"


def _with_signers(signoff: Signoff, signers: list[str]) -> Signoff:
    """The closing block's sign-off, with the signers the masthead printed when it names none."""
    if signers and not signoff.signers:
        return replace(signoff, signers=signers)
    return signoff


def _unplaced(title: str, lines: Sequence[str]) -> Section:
    return Section(title, [Item(body=(Run(line),)) for line in lines])

