"""The style sheet (word/styles.xml): named styles the clerk can restyle in Word.

Every kind of printed line has its own paragraph style with a Chinese name, so changing
"栏目标题" in Word changes every section heading at once. The body style is 简报正文
rather than Word's built-in Normal (shown as 正文 in a Chinese Word): Normal stays the
plain base that footers and anything the clerk adds start from.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..layout_options import LayoutOptions
from .geometry import geometry
from .ooxml import (
    NSMAP, element, insert_ordered, pt_to_half_points, set_fonts, set_indent, set_spacing, set_tab, sub,
)

NORMAL = "Normal"
BODY = "BulletinBody"
MASTHEAD = "Masthead"
ISSUE_LINE = "IssueLine"
SPECIAL_LINE = "SpecialLine"
OFFICE_DATE = "OfficeDate"
SECTION_HEADING = "SectionHeading"
ARTICLE_TITLE = "ArticleTitle"
SIGNOFF = "Signoff"
DISTRIBUTION = "Distribution"
CLOSING_ANCHOR = "ClosingAnchor"
PAGE_NUMBER = "PageNumber"
RUN_IN_HEADING = "RunInHeading"
RUN_IN_SUBHEADING = "RunInSubheading"

# styleId -> the name Word shows
STYLE_NAMES = {
    NORMAL: "Normal",
    BODY: "简报正文",
    MASTHEAD: "报头",
    ISSUE_LINE: "期号",
    SPECIAL_LINE: "专刊期号",
    OFFICE_DATE: "编发单位与日期",
    SECTION_HEADING: "栏目标题",
    ARTICLE_TITLE: "文章标题",
    SIGNOFF: "编审签发",
    DISTRIBUTION: "报送发",
    CLOSING_ANCHOR: "报尾定位",
    PAGE_NUMBER: "页码",
    RUN_IN_HEADING: "一级小标题",
    RUN_IN_SUBHEADING: "二级小标题",
}


@dataclass(frozen=True)
class _Style:
    style_id: str
    kind: str = "paragraph"
    based_on: str | None = NORMAL
    next_id: str | None = None
    font: str | None = None  # East-Asian face; None inherits
    latin: str | None = None
    size_pt: float | None = None
    color: str | None = None
    char_scale: int | None = None  # w:w, percent of the glyph width
    align: str | None = None
    line: tuple[int, str] | None = None  # (twips, rule)
    before: int | None = None
    keep_next: bool = False
    outline_level: int | None = None


def _styles(options: LayoutOptions) -> list[_Style]:
    g = geometry(options)
    exact = (g.line_pitch, "exact")
    o = options
    return [
        _Style(BODY, next_id=BODY),
        _Style(MASTHEAD, next_id=ISSUE_LINE, font=o.title_font, size_pt=o.masthead_size_pt, color=o.red,
               char_scale=100, align="center", line=(240, "auto")),
        _Style(ISSUE_LINE, next_id=OFFICE_DATE, size_pt=o.issue_line_size_pt, align="center", before=g.line_pitch),
        _Style(SPECIAL_LINE, next_id=OFFICE_DATE, size_pt=o.issue_line_size_pt, align="center"),
        _Style(OFFICE_DATE, next_id=SECTION_HEADING, align="left"),
        _Style(SECTION_HEADING, next_id=BODY, font=o.heading_font, latin=o.latin_font, align="left",
               keep_next=True, outline_level=0),
        _Style(ARTICLE_TITLE, next_id=BODY, font=o.title_font, size_pt=o.article_title_size_pt, char_scale=100,
               align="center", line=exact, keep_next=True, outline_level=1),
        _Style(SIGNOFF, next_id=DISTRIBUTION, size_pt=o.closing_size_pt, char_scale=100, align="left"),
        _Style(DISTRIBUTION, next_id=DISTRIBUTION, size_pt=o.closing_size_pt, char_scale=100, align="left"),
        _Style(CLOSING_ANCHOR, size_pt=1, char_scale=100, align="left", line=(20, "exact")),
        _Style(PAGE_NUMBER, font=o.page_number_font, latin=o.page_number_font, size_pt=o.page_number_size_pt,
               char_scale=100, align="right", line=(240, "auto")),
        _Style(RUN_IN_HEADING, kind="character", based_on="DefaultParagraphFont", font=o.heading_font, latin=o.latin_font),
        _Style(RUN_IN_SUBHEADING, kind="character", based_on="DefaultParagraphFont", font=o.kai_font, latin=o.latin_font),
    ]


def _style_element(root: etree._Element, style_id: str, kind: str, *, default: bool = False,
                   based_on: str | None = None, next_id: str | None = None, ui_priority: int | None = None,
                   semi_hidden: bool = False, q_format: bool = True) -> etree._Element:
    style = sub(root, "w:style", type=kind, styleId=style_id, default="1" if default else None)
    sub(style, "w:name", val=STYLE_NAMES.get(style_id, style_id))
    if based_on:
        sub(style, "w:basedOn", val=based_on)
    if next_id:
        sub(style, "w:next", val=next_id)
    if ui_priority is not None:
        sub(style, "w:uiPriority", val=ui_priority)
    if semi_hidden:
        sub(style, "w:semiHidden")
        sub(style, "w:unhideWhenUsed")
    if q_format:
        sub(style, "w:qFormat")
    return style


def _run_props(parent: etree._Element, *, font: str | None, latin: str | None, size_pt: float | None,
               color: str | None = None, char_scale: int | None = None, lang: bool = False) -> etree._Element:
    rpr = sub(parent, "w:rPr")
    if font:
        set_fonts(rpr, font, latin)
    if color:
        insert_ordered(rpr, element("w:color", val=color))
    if char_scale is not None:
        insert_ordered(rpr, element("w:w", val=char_scale))
    if size_pt is not None:
        insert_ordered(rpr, element("w:sz", val=pt_to_half_points(size_pt)))
        insert_ordered(rpr, element("w:szCs", val=pt_to_half_points(size_pt)))
    if lang:
        insert_ordered(rpr, element("w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))
    return rpr


def build_styles(options: LayoutOptions) -> etree._Element:
    g = geometry(options)
    root = etree.Element(f"{{{NSMAP['w']}}}styles", nsmap=NSMAP)

    defaults = sub(root, "w:docDefaults")
    _run_props(sub(defaults, "w:rPrDefault"), font=options.body_font, latin=options.latin_font,
               size_pt=options.body_size_pt, lang=True)
    sub(defaults, "w:pPrDefault")

    normal = _style_element(root, NORMAL, "paragraph", default=True)
    ppr = sub(normal, "w:pPr")
    # No widow/orphan control: a page holds exactly its 22 grid lines. No automatic
    # space between Chinese and Latin text or digits: it would break the 28-character grid.
    insert_ordered(ppr, element("w:widowControl", val=0))
    insert_ordered(ppr, element("w:autoSpaceDE", val=0))
    insert_ordered(ppr, element("w:autoSpaceDN", val=0))
    set_spacing(ppr, line_twips=g.line_pitch, rule="exact", before=0, after=0)
    insert_ordered(ppr, element("w:jc", val="both"))
    _run_props(normal, font=options.body_font, latin=options.latin_font, size_pt=options.body_size_pt,
               char_scale=g.char_scale)

    char_default = _style_element(root, "DefaultParagraphFont", "character", default=True, ui_priority=1,
                                  semi_hidden=True, q_format=False)
    char_default.find(f"{{{NSMAP['w']}}}name").set(f"{{{NSMAP['w']}}}val", "Default Paragraph Font")
    table = _style_element(root, "TableNormal", "table", default=True, ui_priority=99, semi_hidden=True,
                           q_format=False)
    table.find(f"{{{NSMAP['w']}}}name").set(f"{{{NSMAP['w']}}}val", "Normal Table")
    tblpr = sub(table, "w:tblPr")
    sub(tblpr, "w:tblInd", w=0, type="dxa")
    margins = sub(tblpr, "w:tblCellMar")
    for side, width in (("top", 0), ("left", 108), ("bottom", 0), ("right", 108)):
        sub(margins, f"w:{side}", w=width, type="dxa")

    for spec in _styles(options):
        style = _style_element(root, spec.style_id, spec.kind, based_on=spec.based_on, next_id=spec.next_id)
        if spec.kind == "paragraph":
            ppr = sub(style, "w:pPr")
            if spec.keep_next:
                insert_ordered(ppr, element("w:keepNext"))
            if spec.style_id == CLOSING_ANCHOR:
                # off the grid, or LibreOffice gives this hairline a whole grid line
                insert_ordered(ppr, element("w:snapToGrid", val=0))
            if spec.style_id == OFFICE_DATE:
                set_tab(ppr, g.type_width, "right")
            if spec.line or spec.before is not None:
                line, rule = spec.line or (None, "exact")
                set_spacing(ppr, line_twips=line, rule=rule, before=spec.before)
            if spec.style_id == BODY:
                set_indent(ppr, first_line_chars=200, first_line=g.body_indent)
            elif spec.style_id != NORMAL:
                set_indent(ppr, left=0, right=0, first_line=0, first_line_chars=0)
            if spec.align:
                insert_ordered(ppr, element("w:jc", val=spec.align))
            if spec.outline_level is not None:
                insert_ordered(ppr, element("w:outlineLvl", val=spec.outline_level))
        _run_props(style, font=spec.font, latin=spec.latin, size_pt=spec.size_pt, color=spec.color,
                   char_scale=spec.char_scale)
    return root


def styles_xml(options: LayoutOptions) -> bytes:
    return etree.tostring(build_styles(options), xml_declaration=True, encoding="UTF-8", standalone=True)
