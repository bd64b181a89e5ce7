"""How each kind of block is set: one table, derived from LayoutOptions, read by the Word
writer (paragraph styles of the .docx) and by the Qt typesetter (preview, Qt PDF, print).

A rule written here once cannot differ between the paper and the screen. What only one
output has (Word's style names and outline levels, Qt's rows) stays with that output;
what both print comes from here. Every BlockKind must have a style: a kind added to
``blocks.py`` without one makes ``BlockStyles`` fail when it is built, in both outputs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum

from ..core.errors import BulletinError
from .blocks import Block, BlockKind, FontRole
from .layout_options import PT_PER_MM, LayoutOptions
from .text_runs import text_ems

# A line of text takes as many whole grid lines as its face's height needs. LibreOffice
# snaps every line to the grid by the face's own height (ascent + descent: 1.448 em for
# the Noto CJK faces) even where the .docx asks for an exact height; with this measure
# the exact heights we write for Word are the ones LibreOffice sets too: the 初号
# masthead takes three grid lines, a 2号 article title two, 3号 text one.
LINE_HEIGHT_EM = 1.45
# Room a balanced line of a long masthead keeps beyond its characters' estimated width
# (text_runs.text_ems may be off by a fraction of an em for Latin letters)
MASTHEAD_SLACK_EM = 0.4
# LibreOffice puts the baseline of a line of exact height this far down it, whatever its face
FIXED_BASELINE = 0.8
# The hairline paragraph the .docx anchors its closing table to (docx/styles.CLOSING_ANCHOR):
# one twip short of a point's height, it sits under the table on the last page.
CLOSING_ANCHOR_TWIPS = 20


class MissingBlockStyle(BulletinError):
    """A block kind the style table does not know: a programming error, said loudly."""


class Align(str, Enum):
    LEFT = "left"
    CENTRE = "center"
    RIGHT = "right"
    JUSTIFY = "both"  # CJK justification: spare room shared between all characters


@dataclass(frozen=True)
class BlockStyle:
    """How one kind of block is set. Lengths are in points unless named otherwise."""

    role: FontRole  # the face of the block's text; spans may name their own (run-in headings)
    size_pt: float
    align: Align
    grid_lines: int  # grid lines one line of this text takes
    glyph_scale: int = 100  # glyph width in percent (Word's w:w): body text keeps to the character grid
    first_line_chars: float = 0.0  # first-line indent, in characters of this size
    side_indent_chars: float = 0.0  # left and right inset, in characters of this size
    keep_with_next: bool = False
    space_before_lines: int = 0
    space_after_lines: int = 0
    color: str | None = None  # RGB hex; None is black
    # a pause mark (，。、) after a full line hangs past the right margin (Word's overflowPunct);
    # not in the closing block's table cells, where LibreOffice never hangs one: the character
    # before it goes down with it, and the .docx tells Word to do the same
    hanging_punctuation: bool = True
    # where a line's text sits in its height: centred (body text, which LibreOffice snaps to
    # the grid), or with its baseline four fifths of the way down, as LibreOffice sets every
    # line of exact height (the closing block's table cells, off the grid)
    fixed_baseline: bool = False

    @property
    def char_pt(self) -> float:
        """One character of this block's text as set (its em, scaled)."""
        return self.size_pt * self.glyph_scale / 100

    @property
    def first_line_indent_pt(self) -> float:
        return self.first_line_chars * self.char_pt

    @property
    def side_indent_pt(self) -> float:
        return self.side_indent_chars * self.size_pt


def grid_lines_for(size_pt: float, pitch_pt: float) -> int:
    return max(1, math.ceil(size_pt * LINE_HEIGHT_EM / pitch_pt - 1e-6))


def body_glyph_scale(options: LayoutOptions) -> int:
    """Body characters' width in percent, so that exactly chars_per_line of them fill the
    type area: 28 characters of 16 pt need 448 pt, the area is 442 pt wide, so 98 %. (A
    character grid does this in Word but gives about 14 characters a line in LibreOffice;
    negative character spacing makes LibreOffice 7.4 drop a comma hanging past the margin
    of a justified line. Glyph width scaling has neither problem.) Word stores whole
    percents, so the value is rounded down and both outputs use the rounded one."""
    type_width_pt = options.type_width_twips / 20
    scale = math.floor(100 * type_width_pt / (max(1, options.chars_per_line) * options.body_size_pt))
    return max(50, min(200, scale))


class BlockStyles:
    """The style of every block kind for one LayoutOptions."""

    def __init__(self, options: LayoutOptions):
        self.options = options
        o = options
        pitch = o.line_pitch_pt
        body_scale = body_glyph_scale(o)

        def style(role: FontRole, size: float, align: Align, **more) -> BlockStyle:
            return BlockStyle(role, size, align, grid_lines_for(size, pitch), **more)

        body_line = dict(glyph_scale=body_scale)
        closing = dict(side_indent_chars=o.closing_indent_chars, hanging_punctuation=False, fixed_baseline=True)
        self._styles: dict[BlockKind, BlockStyle] = {
            # GB/T 9704's place for 密级 and the like: the top left of the type area, 3号黑体
            BlockKind.MASTHEAD_MARKING: style(FontRole.HEADING, o.body_size_pt, Align.LEFT, **body_line),
            BlockKind.MASTHEAD: style(FontRole.TITLE, o.masthead_size_pt, Align.CENTRE, color=o.red),
            BlockKind.ISSUE_LINE: style(FontRole.BODY, o.issue_line_size_pt, Align.CENTRE, space_before_lines=1,
                                        **body_line),
            BlockKind.SPECIAL_LINE: style(FontRole.BODY, o.issue_line_size_pt, Align.CENTRE, **body_line),
            BlockKind.OFFICE_DATE: style(FontRole.BODY, o.body_size_pt, Align.LEFT, **body_line),
            # the red rule is drawn under the office line and takes one grid line of its own
            BlockKind.RED_RULE: BlockStyle(FontRole.BODY, o.body_size_pt, Align.LEFT, 1, color=o.red),
            BlockKind.SECTION_HEADING: style(FontRole.HEADING, o.body_size_pt, Align.LEFT, keep_with_next=True,
                                             **body_line),
            BlockKind.ENTRY: style(FontRole.BODY, o.body_size_pt, Align.JUSTIFY, first_line_chars=2, **body_line),
            BlockKind.ARTICLE_TITLE: style(FontRole.TITLE, o.article_title_size_pt, Align.CENTRE,
                                           keep_with_next=True),
            BlockKind.ARTICLE_BYLINE: style(FontRole.KAI, o.body_size_pt, Align.CENTRE, keep_with_next=True,
                                            **body_line),
            BlockKind.ARTICLE_PARAGRAPH: style(FontRole.BODY, o.body_size_pt, Align.JUSTIFY, first_line_chars=2,
                                               **body_line),
            BlockKind.SIGNOFF: style(FontRole.BODY, o.closing_size_pt, Align.LEFT, **closing),
            BlockKind.DISTRIBUTION: style(FontRole.BODY, o.closing_size_pt, Align.LEFT, **closing),
        }
        missing = [kind.value for kind in BlockKind if kind not in self._styles]
        if missing:
            raise MissingBlockStyle(f"版块类型没有排版样式：{'、'.join(missing)}")
        self._faces = {
            FontRole.TITLE: o.title_font,
            FontRole.BODY: o.body_font,
            FontRole.HEADING: o.heading_font,
            FontRole.KAI: o.kai_font,
        }

    def __getitem__(self, kind: BlockKind) -> BlockStyle:
        try:
            return self._styles[kind]
        except KeyError:
            raise MissingBlockStyle(f"版块类型“{getattr(kind, 'value', kind)}”没有排版样式。") from None

    def for_block(self, block: Block) -> BlockStyle:
        """The style of ``block``; the masthead's size follows the length of its name."""
        found = self[block.kind]
        if block.kind is BlockKind.MASTHEAD:
            size = self.options.masthead_size_for(block.text)
            found = replace(found, size_pt=size, grid_lines=grid_lines_for(size, self.options.line_pitch_pt),
                            side_indent_chars=self._masthead_inset_chars(block.text, size))
        return found

    def _masthead_inset_chars(self, name: str, size: float) -> float:
        """A name too long for one line even at the smallest masthead size breaks into lines
        of about equal length, not a full line and a character or two under it (平顶山市安全
        生产委员会办公室工作简 / 报): the line is narrowed from both sides to the longest of the
        balanced lines, and Word and the preview then break it alike. In characters of the
        masthead's size; 0 for a name that fits one line."""
        width = self.options.type_width_mm * PT_PER_MM  # as masthead_size_for measures it
        ems = self.options.name_ems(name)
        if ems * size <= width:
            return 0.0
        lines = math.ceil(ems * size / width)
        needed = (math.ceil(ems / lines) + MASTHEAD_SLACK_EM) * size
        return max(0.0, (width - needed) / 2 / size)

    @property
    def red_rule_offset_pt(self) -> float:
        """How far the middle of the red rule lies below the foot of the office line's grid
        row: red_rule_gap_mm below the foot of the line's text (its face's height, centred
        in the row), the rule never reaching up into the row. The rule and the space around
        it take one grid line of their own, so the body goes on on the grid."""
        o = self.options
        office = self[BlockKind.OFFICE_DATE]
        text_gap = (office.grid_lines * o.line_pitch_pt - office.size_pt * LINE_HEIGHT_EM) / 2
        return max(o.red_rule_pt / 2, o.red_rule_gap_mm * PT_PER_MM - text_gap)

    def office_and_date_share_a_line(self, block: Block) -> bool:
        """Whether the issuing office and the date fit one line with at least a character
        between them. An office too long for that takes the full width of its line(s) and
        the date a line of its own below, flush right: left to Word's right tab, the date
        after an office of 21-28 characters is itself broken (2023年11月 / 21日). Decided
        from an estimate of the widths (text_runs.text_ems), so that Word and the preview
        decide alike."""
        if not block.left or not block.right:
            return True
        style = self[BlockKind.OFFICE_DATE]
        room_ems = self.options.type_width_twips / 20 / style.char_pt
        return text_ems(block.left) + 1 + text_ems(block.right) <= room_ems

    @property
    def closing_rules_pt(self) -> tuple[float, float]:
        """The closing block's (outer, inner) rules as they print: in eighths of a point,
        Word's unit for borders (from 1/4 to 12 pt)."""
        o = self.options
        return _border_pt(o.closing_outer_rule_mm * PT_PER_MM), _border_pt(o.closing_inner_rule_mm * PT_PER_MM)

    def closing_line_pt(self, grid_lines: int, rules_pt: float, first: bool) -> float:
        """The exact height of each line of a row of the closing block (the sign-off, a
        distribution item, the print note) whose rules above and below take ``rules_pt``.
        Word and LibreOffice add a row's rules to its height, and under the table the
        hairline it is anchored to (on the block's first row here): a row of whole grid
        lines would make the block a few points taller than its grid lines, and on a full
        last page push it onto a page of its own. So each line gives up that much (a row of
        several lines a little more than it must); the preview sets the same heights, in
        whole twips as the .docx stores them, so both print every closing line alike."""
        pitch_twips = round(self.options.line_pitch_pt * 20)
        less = round(rules_pt * 20) + (CLOSING_ANCHOR_TWIPS if first else 0)
        return (grid_lines * pitch_twips - less) / 20

    @property
    def print_note(self) -> BlockStyle:
        """The print note （共印35份）: the distribution lines' face and size, set flush right
        on the last line of their box (docs/layout.md)."""
        return replace(self[BlockKind.DISTRIBUTION], align=Align.RIGHT)

    def face(self, role: FontRole) -> str:
        """The official face name (as Word knows it) of a font role."""
        return self._faces[role]

    @property
    def latin_face(self) -> str:
        return self.options.latin_font


def _border_pt(pt: float) -> float:
    return max(2, min(96, round(pt * 8))) / 8


_cache: dict[LayoutOptions, BlockStyles] = {}


def block_styles(options: LayoutOptions) -> BlockStyles:
    """The table for ``options``, built once per distinct options."""
    found = _cache.get(options)
    if found is None:
        if len(_cache) > 16:
            _cache.clear()
        found = _cache[options] = BlockStyles(options)
    return found
