"""The style sheet (word/styles.xml): named styles the clerk can restyle in Word.

Every kind of printed line has its own paragraph style with a Chinese name, so changing
"栏目标题" in Word changes every section heading at once. The body style is 简报正文
rather than Word's built-in Normal (shown as 正文 in a Chinese Word): Normal stays the
plain base that footers and anything the clerk adds start from.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..block_styles import CLOSING_ANCHOR_TWIPS, BlockStyle, BlockStyles, MissingBlockStyle, block_styles
from ..blocks import BlockKind, FontRole
from ..layout_options import LayoutOptions
from .geometry import geometry
from .ooxml import (
    NSMAP, element, insert_ordered, pt_to_half_points, pt_to_twips, set_fonts, set_indent, set_spacing, set_tab, sub,
)

NORMAL = "Normal"
BODY = "BulletinBody"
ENTRY = "BulletinEntry"
MASTHEAD = "Masthead"
MASTHEAD_MARKING = "MastheadMarking"
ISSUE_LINE = "IssueLine"
SPECIAL_LINE = "SpecialLine"
OFFICE_DATE = "OfficeDate"
SECTION_HEADING = "SectionHeading"
ARTICLE_TITLE = "ArticleTitle"
ARTICLE_BYLINE = "ArticleByline"
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
    ENTRY: "条目",
    MASTHEAD: "报头",
    MASTHEAD_MARKING: "报头标记",
    ISSUE_LINE: "期号",
    SPECIAL_LINE: "专刊期号",
    OFFICE_DATE: "编印单位与日期",
    SECTION_HEADING: "栏目标题",
    ARTICLE_TITLE: "文章标题",
    ARTICLE_BYLINE: "文章副题",
    SIGNOFF: "编审签发",
    DISTRIBUTION: "报送发",
    CLOSING_ANCHOR: "报尾定位",
    PAGE_NUMBER: "页码",
    RUN_IN_HEADING: "一级小标题",
    RUN_IN_SUBHEADING: "二级小标题",
}


# The paragraph style each kind of block is written in. An entry and an article paragraph
# print alike: 条目 is 简报正文 with nothing of its own (a change to 简报正文 in Word changes
# both), named apart so that a file read back knows its entries from articles' paragraphs.
# The red rule is the office line's border.
STYLE_OF_KIND = {
    BlockKind.MASTHEAD_MARKING: MASTHEAD_MARKING,
    BlockKind.MASTHEAD: MASTHEAD,
    BlockKind.ISSUE_LINE: ISSUE_LINE,
    BlockKind.SPECIAL_LINE: SPECIAL_LINE,
    BlockKind.OFFICE_DATE: OFFICE_DATE,
    BlockKind.RED_RULE: OFFICE_DATE,
    BlockKind.SECTION_HEADING: SECTION_HEADING,
    BlockKind.ENTRY: ENTRY,
    BlockKind.ARTICLE_TITLE: ARTICLE_TITLE,
    BlockKind.ARTICLE_BYLINE: ARTICLE_BYLINE,
    BlockKind.ARTICLE_PARAGRAPH: BODY,
    BlockKind.SIGNOFF: SIGNOFF,
    BlockKind.DISTRIBUTION: DISTRIBUTION,
}

# What only Word has: the style that follows on Enter, and the navigation-pane level.
_NEXT = {BODY: BODY, ENTRY: ENTRY, MASTHEAD_MARKING: MASTHEAD, MASTHEAD: ISSUE_LINE, ISSUE_LINE: OFFICE_DATE,
         SPECIAL_LINE: OFFICE_DATE, OFFICE_DATE: SECTION_HEADING, SECTION_HEADING: ENTRY, ARTICLE_TITLE: BODY, ARTICLE_BYLINE: BODY, SIGNOFF: DISTRIBUTION,
         DISTRIBUTION: DISTRIBUTION}
_OUTLINE_LEVEL = {SECTION_HEADING: 0, ARTICLE_TITLE: 1}


def style_of(kind: BlockKind) -> str:
    """The paragraph style of a block kind; a kind without one fails loudly."""
    try:
        return STYLE_OF_KIND[kind]
    except KeyError:
        raise MissingBlockStyle(f"版块类型“{getattr(kind, 'value', kind)}”没有 Word 段落样式。") from None


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
    after: int | None = None
    keep_next: bool = False
    outline_level: int | None = None
    first_line: tuple[int, int] | None = None  # (hundredths of a character, twips)
    sides: int = 0  # left and right indent, twips
    overflow_punct: bool = True  # w:overflowPunct: a pause mark may hang past the right margin
    own: bool = True  # False: everything from the style it is based on (条目 from 简报正文)


def _paragraph_style(style_id: str, spec: BlockStyle, table: BlockStyles, pitch: int) -> _Style:
    """A Word paragraph style from the shared table's style of a block kind."""
    return _Style(
        style_id, next_id=_NEXT.get(style_id),
        font=table.face(spec.role), latin=table.latin_face, size_pt=spec.size_pt, color=spec.color,
        char_scale=spec.glyph_scale, align=spec.align.value, line=(spec.grid_lines * pitch, "exact"),
        before=spec.space_before_lines * pitch or None, after=spec.space_after_lines * pitch or None,
        keep_next=spec.keep_with_next, outline_level=_OUTLINE_LEVEL.get(style_id),
        first_line=(round(spec.first_line_chars * 100), pt_to_twips(spec.first_line_indent_pt))
        if spec.first_line_chars else None,
        sides=pt_to_twips(spec.side_indent_pt), overflow_punct=spec.hanging_punctuation,
    )


def _styles(options: LayoutOptions) -> list[_Style]:
    g = geometry(options)
    table = block_styles(options)
    o = options
    paragraph_styles: dict[str, _Style] = {}
    for kind in BlockKind:
        style_id = style_of(kind)
        if kind is BlockKind.RED_RULE:
            continue  # a border of the office line, drawn from the options' rule settings
        made = _paragraph_style(BODY if style_id == ENTRY else style_id, table[kind], table, g.line_pitch)
        if paragraph_styles.setdefault(made.style_id, made) != made:
            raise MissingBlockStyle(f"段落样式 {made.style_id} 对应的版块类型排版不一致，需要各自的 Word 样式。")
    return [
        *paragraph_styles.values(),
        _Style(ENTRY, based_on=BODY, next_id=ENTRY, own=False),
        _Style(CLOSING_ANCHOR, size_pt=1, char_scale=100, align="left", line=(CLOSING_ANCHOR_TWIPS, "exact")),
        _Style(PAGE_NUMBER, font=o.page_number_font, latin=o.page_number_font, size_pt=o.page_number_size_pt,
               char_scale=100, align="right", line=(240, "auto")),
        _Style(RUN_IN_HEADING, kind="character", based_on="DefaultParagraphFont",
               font=table.face(FontRole.HEADING), latin=table.latin_face),
        _Style(RUN_IN_SUBHEADING, kind="character", based_on="DefaultParagraphFont",
               font=table.face(FontRole.KAI), latin=table.latin_face),
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
    # No widow/orphan control: a page holds exactly its 22 grid lines. The small space
    # between Chinese and Latin letters or digits stays on (Word's default): LibreOffice
    # adds it whatever the file says, so on is the setting both print alike; the Qt
    # typesetter draws the same space (export/text_runs.py, docs/layout.md).
    insert_ordered(ppr, element("w:widowControl", val=0))
    insert_ordered(ppr, element("w:autoSpaceDE", val=1))
    insert_ordered(ppr, element("w:autoSpaceDN", val=1))
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
        if not spec.own:
            continue
        if spec.kind == "paragraph":
            ppr = sub(style, "w:pPr")
            if spec.keep_next:
                insert_ordered(ppr, element("w:keepNext"))
            if spec.style_id == CLOSING_ANCHOR:
                # off the grid, or LibreOffice gives this hairline a whole grid line
                insert_ordered(ppr, element("w:snapToGrid", val=0))
            if not spec.overflow_punct:
                insert_ordered(ppr, element("w:overflowPunct", val=0))
            if spec.style_id == OFFICE_DATE:
                set_tab(ppr, g.type_width, "right")
            if spec.line or spec.before is not None or spec.after is not None:
                line, rule = spec.line or (None, "exact")
                set_spacing(ppr, line_twips=line, rule=rule, before=spec.before, after=spec.after)
            if spec.first_line:
                chars, twips = spec.first_line
                set_indent(ppr, left=spec.sides, right=spec.sides, first_line_chars=chars, first_line=twips)
            else:
                set_indent(ppr, left=spec.sides, right=spec.sides, first_line=0, first_line_chars=0)
            if spec.align:
                insert_ordered(ppr, element("w:jc", val=spec.align))
            if spec.outline_level is not None:
                insert_ordered(ppr, element("w:outlineLvl", val=spec.outline_level))
        _run_props(style, font=spec.font, latin=spec.latin, size_pt=spec.size_pt, color=spec.color,
                   char_scale=spec.char_scale)
    return root


def styles_xml(options: LayoutOptions) -> bytes:
    return etree.tostring(build_styles(options), xml_declaration=True, encoding="UTF-8", standalone=True)
