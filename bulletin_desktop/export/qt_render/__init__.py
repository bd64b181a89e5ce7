"""Qt rendering of the block layout: the pages the preview shows, the fallback PDF, printing.

Every block of ``layout_issue`` is laid out once with QTextLayout into *rows* that sit on
the page grid (22 lines of 28.95 pt, 28 characters of 3号 per line, as the .docx declares),
then the rows are distributed over A4 pages. A block's rows do not depend on where the
block lands, so an edit re-lays out only the block that changed; paginating the rows
again is integer arithmetic. Text goes in as text (QTextLayout with character formats),
never as markup, so an entry reading ``<img src=x>`` prints those characters.

How each kind of block is set (faces, sizes, alignment, indents, grid lines per line,
keep-with-next, space before) comes from ``export.block_styles``, the table the .docx
writer reads too. Page rules, shared by the preview, the PDF and the printer:
- the red rule takes one grid line and is drawn ``red_rule_gap_mm`` below the office line;
- section headings and article titles are kept with the line that follows them;
- the sign-off and the distribution (the closing block) sit at the bottom of the last
  page, on a page of their own when they do not fit under the body;
- page numbers "— N —" ``page_number_gap_mm`` below the type area, odd pages right and
  even pages left, one character in from the edge (or centred).

Coordinates are points (1/72 inch) from the top-left corner of the sheet. Qt GUI module
only (no widgets): the preview widget and the printing dialog live in ``gui/``. The
output side (PDF, printing, the PDF text fixes) loads when first named, so the window's
preview does not pay for it at start-up.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .device import QtRenderError, ensure_gui_application, layout_device
from .geometry import PageGeometry
from .line_breaking import LineBreak, LineBreaker
from .renderer import IssueRenderer, Page, Placement, UpdateStats, page_number_text
from .rows import fill_rect

if TYPE_CHECKING:
    from .output import paint_pages, print_issue, render_issue, write_pdf_qt
    from .pdf_text import drawn_glyphs, fix_tounicode, shared_glyph_fixes

_LATER = {"paint_pages": "output", "print_issue": "output", "render_issue": "output", "write_pdf_qt": "output",
          "drawn_glyphs": "pdf_text", "fix_tounicode": "pdf_text", "shared_glyph_fixes": "pdf_text"}


def __getattr__(name: str) -> Any:
    if name in _LATER:
        import importlib

        return getattr(importlib.import_module(f".{_LATER[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "IssueRenderer", "LineBreak", "LineBreaker", "Page", "PageGeometry", "Placement", "QtRenderError",
    "UpdateStats", "drawn_glyphs", "ensure_gui_application", "fill_rect", "fix_tounicode", "layout_device",
    "page_number_text", "paint_pages", "print_issue", "render_issue", "shared_glyph_fixes", "write_pdf_qt",
]
