"""The page in Word's units (twips, half-points), derived once from LayoutOptions."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..layout_options import PT_PER_MM, LayoutOptions
from .ooxml import mm_to_twips, pt_to_twips


@dataclass(frozen=True)
class Geometry:
    page_w: int
    page_h: int
    top: int
    bottom: int
    left: int
    right: int
    type_width: int
    line_pitch: int
    char_scale: int  # body characters' width in percent (w:w)
    body_indent: int  # two body characters, the first-line indent
    footer: int  # page bottom edge to the bottom of the page-number line
    header: int
    body_char: int  # one body character, for indents
    closing_char: int  # one character of the closing block
    page_number_char: int


@lru_cache(maxsize=16)
def geometry(options: LayoutOptions) -> Geometry:
    page_w = mm_to_twips(options.page_width_mm)
    left = mm_to_twips(options.margin_left_mm)
    right = mm_to_twips(options.margin_right_mm)
    type_width = page_w - left - right
    # Narrow every body character so that exactly chars_per_line fit the type area: 28
    # characters of 16 pt need 448 pt but the area is 442 pt wide. A character grid
    # (linesAndChars) does this in Word but gives about 14 characters a line in
    # LibreOffice; negative character spacing works in both, but LibreOffice 7.4 then
    # drops a comma hanging past the margin of a justified line. Glyph width scaling
    # (98 %) has neither problem.
    type_width_pt = type_width / 20
    char_scale = max(50, min(200, math.floor(100 * type_width_pt / (options.chars_per_line * options.body_size_pt))))
    footer_mm = options.margin_bottom_mm - options.page_number_gap_mm - options.page_number_size_pt / PT_PER_MM
    return Geometry(
        page_w=page_w,
        page_h=mm_to_twips(options.page_height_mm),
        top=mm_to_twips(options.margin_top_mm),
        bottom=mm_to_twips(options.margin_bottom_mm),
        left=left,
        right=right,
        type_width=type_width,
        line_pitch=pt_to_twips(options.line_pitch_pt),
        char_scale=char_scale,
        body_indent=round(2 * pt_to_twips(options.body_size_pt) * char_scale / 100),
        footer=max(0, mm_to_twips(footer_mm)),
        header=mm_to_twips(15),
        body_char=pt_to_twips(options.body_size_pt),
        closing_char=pt_to_twips(options.closing_size_pt),
        page_number_char=pt_to_twips(options.page_number_size_pt),
    )
