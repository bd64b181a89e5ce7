"""The page in Word's units (twips, half-points), derived once from LayoutOptions."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..block_styles import body_glyph_scale
from ..layout_options import LayoutOptions, mm_to_twips
from .ooxml import pt_to_twips


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
    char_scale: int  # body characters' width in percent (w:w), see block_styles.body_glyph_scale
    footer: int  # page bottom edge to the bottom of the page-number line
    header: int
    page_number_char: int


@lru_cache(maxsize=16)
def geometry(options: LayoutOptions) -> Geometry:
    page_w = mm_to_twips(options.page_width_mm)
    left = mm_to_twips(options.margin_left_mm)
    right = mm_to_twips(options.margin_right_mm)
    return Geometry(
        page_w=page_w,
        page_h=mm_to_twips(options.page_height_mm),
        top=mm_to_twips(options.margin_top_mm),
        bottom=mm_to_twips(options.margin_bottom_mm),
        left=left,
        right=right,
        type_width=options.type_width_twips,
        line_pitch=pt_to_twips(options.line_pitch_pt),
        char_scale=body_glyph_scale(options),
        footer=mm_to_twips(options.page_number_footer_mm),
        header=mm_to_twips(15),
        page_number_char=pt_to_twips(options.page_number_size_pt),
    )
