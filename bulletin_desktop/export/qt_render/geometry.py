"""The sheet, its type area and the line grid, in points."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from ..layout_options import PT_PER_MM, LayoutOptions


@dataclass(frozen=True)
class PageGeometry:
    """The sheet and its type area in points, and the grid."""

    page_width: float
    page_height: float
    left: float
    top: float
    type_width: float
    type_height: float
    pitch: float
    lines_per_page: int
    char_width: float  # type width / characters per line (for hit testing; text takes its widths from block_styles)

    @classmethod
    def from_options(cls, options: LayoutOptions) -> "PageGeometry":
        type_width = options.type_width_mm * PT_PER_MM
        return cls(
            page_width=options.page_width_mm * PT_PER_MM,
            page_height=options.page_height_mm * PT_PER_MM,
            left=options.margin_left_mm * PT_PER_MM,
            top=options.margin_top_mm * PT_PER_MM,
            type_width=type_width,
            type_height=options.type_height_mm * PT_PER_MM,
            pitch=options.line_pitch_pt,
            lines_per_page=max(1, options.lines_per_page),
            char_width=type_width / max(1, options.chars_per_line),
        )

    @property
    def page_rect(self) -> QRectF:
        return QRectF(0, 0, self.page_width, self.page_height)

    @property
    def type_bottom(self) -> float:
        return self.top + self.type_height
