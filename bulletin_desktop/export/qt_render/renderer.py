"""``IssueRenderer``: the pages of one issue, kept up to date block by block."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QTextLayout, QTextOption

from ..blocks import Block
from ..layout_options import LayoutOptions
from ..screen_fonts import screen_font
from .device import ensure_gui_application, layout_device
from .geometry import PageGeometry
from .rows import BLACK, OfficeDateRow, Row, TextRow
from .typesetter import BlockLayout, Typesetter


class Placement(NamedTuple):
    row: Row
    line: int  # grid line on the page where the row starts
    block: int  # index into the block list
    source: str | None


@dataclass
class Page:
    """One laid-out page: what is placed on it, in order."""
    number: int
    placements: list[Placement] = field(default_factory=list)


@dataclass(frozen=True)
class UpdateStats:
    """What the last update did: blocks laid out anew and blocks whose layout was reused."""

    laid_out: int
    reused: int
    pages: int


class IssueRenderer:
    """The pages of one issue, kept up to date block by block.

    ``update(blocks)`` lays out the blocks it has not seen (blocks are frozen values, so
    an unchanged entry is found by equality) and paginates again; ``paint_page`` draws a
    page's content in points with (0, 0) at the sheet's top-left corner.
    """

    def __init__(self, options: LayoutOptions = LayoutOptions()):
        ensure_gui_application()
        self._blocks: list[Block] = []
        self._layouts: list[BlockLayout] = []
        self._cache: dict[Block, BlockLayout] = {}
        self._pages: list[Page] = []
        self._page_numbers: dict[int, QTextLayout] = {}
        self.last_update = UpdateStats(0, 0, 0)
        self.total_laid_out = 0
        self.set_options(options)

    # -- state

    @property
    def options(self) -> LayoutOptions:
        return self._options

    @property
    def geometry(self) -> PageGeometry:
        return self._geometry

    @property
    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def page_count(self) -> int:
        return len(self._pages)

    def page(self, index: int) -> Page:
        """Page ``index`` (0-based): its rows and where they sit."""
        return self._pages[index]

    def set_options(self, options: LayoutOptions) -> None:
        """New numbers change every block: lay everything out again."""
        self._options = options
        self._geometry = PageGeometry.from_options(options)
        self._typesetter = Typesetter(options, self._geometry)
        self._cache.clear()
        self._page_numbers.clear()
        if self._blocks:
            blocks, self._blocks = self._blocks, []
            self.update(blocks)

    def update(self, blocks: list[Block]) -> UpdateStats:
        cache: dict[Block, BlockLayout] = {}
        layouts = []
        laid_out = 0
        for block in blocks:
            found = cache.get(block) or self._cache.get(block)
            if found is None:
                found = self._typesetter.block(block)
                laid_out += 1
            cache[block] = found
            layouts.append(found)
        self._cache = cache  # drop the layouts of blocks that are gone
        self._blocks = list(blocks)
        self._layouts = layouts
        self._pages = self._paginate()
        self.total_laid_out += laid_out
        self.last_update = UpdateStats(laid_out, len(blocks) - laid_out, len(self._pages))
        return self.last_update

    def clear(self) -> None:
        self.update([])

    # -- pagination

    def _paginate(self) -> list[Page]:
        """Rows fill pages top to bottom; the closing block sits on the last page's foot.
        Runs on every keystroke, so it stays a plain loop over the rows."""
        if not self._blocks:
            return []
        capacity = self._geometry.lines_per_page
        layouts = self._layouts
        pages = [Page(1)]
        placements = pages[0].placements
        used = 0
        flow = [i for i, layout in enumerate(layouts) if not layout.closing]
        closing = [i for i, layout in enumerate(layouts) if layout.closing]
        for position, index in enumerate(flow):
            layout = layouts[index]
            source = self._blocks[index].source
            if layout.keep_with_next and position + 1 < len(flow) and used > 0:
                together = self._kept_together(flow, position)
                if used + together > capacity and together <= capacity:
                    pages.append(Page(len(pages) + 1))
                    placements, used = pages[-1].placements, 0
            for row in layout.rows:
                if used + row.lines > capacity and used > 0:
                    pages.append(Page(len(pages) + 1))
                    placements, used = pages[-1].placements, 0
                placements.append(Placement(row, used, index, source))
                used += row.lines
        closing_rows = [(row, index) for index in closing for row in layouts[index].rows]
        if closing_rows:
            self._typesetter.settle_closing([row for row, _ in closing_rows])
            height = sum(row.lines for row, _ in closing_rows)
            if used + height > capacity and used > 0:
                pages.append(Page(len(pages) + 1))
                placements, used = pages[-1].placements, 0
            if height <= capacity:
                used = capacity - height  # sits on the bottom of the last page
            for row, index in closing_rows:
                if used + row.lines > capacity and used > 0:
                    pages.append(Page(len(pages) + 1))
                    placements, used = pages[-1].placements, 0
                placements.append(Placement(row, used, index, self._blocks[index].source))
                used += row.lines
        return pages

    def _kept_together(self, flow: list[int], position: int) -> int:
        """Grid lines that must share a page with the block at ``position`` of ``flow``:
        it and every block it is kept with in a chain (a section heading, the article title
        under it), up to the first line of the block that ends the chain, as Word keeps a
        chain of paragraphs with the next together."""
        layouts = self._layouts
        together = 0
        while position < len(flow) and layouts[flow[position]].keep_with_next:
            together += sum(row.lines for row in layouts[flow[position]].rows)
            position += 1
        if position < len(flow) and layouts[flow[position]].rows:
            together += layouts[flow[position]].rows[0].lines
        return together

    # -- drawing

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Draw page ``index`` (0-based): text, rules and page number, not the paper."""
        page = self._pages[index]
        g = self._geometry
        painter.setPen(QPen(BLACK))
        for placement in page.placements:
            placement.row.paint(painter, g.left, g.top + placement.line * g.pitch, g)
        self._paint_page_number(painter, page.number)

    def _page_number_layout(self, number: int) -> QTextLayout:
        layout = self._page_numbers.get(number)
        if layout is None:
            font = screen_font(self._options.page_number_font, self._options.page_number_size_pt)
            layout = QTextLayout(page_number_text(number), font, layout_device())
            option = QTextOption(Qt.AlignmentFlag.AlignLeft)
            option.setUseDesignMetrics(True)
            layout.setTextOption(option)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            self._page_numbers[number] = layout
        return layout

    def _paint_page_number(self, painter: QPainter, number: int) -> None:
        o, g = self._options, self._geometry
        line = self._page_number_layout(number).lineAt(0)
        width = line.naturalTextWidth()
        one_char = o.page_number_size_pt
        if o.page_number_position == "center":
            x = g.left + (g.type_width - width) / 2
        elif number % 2:
            x = g.left + g.type_width - one_char - width
        else:
            x = g.left + one_char
        baseline = g.type_bottom + o.page_number_baseline_pt
        line.draw(painter, QPointF(x, baseline - line.ascent() - line.y()))

    # -- reading back

    def text_layouts(self) -> list[QTextLayout]:
        """Every text layout the pages draw, page numbers included."""
        layouts: dict[int, QTextLayout] = {}
        for block_layout in self._layouts:
            for row in block_layout.rows:
                if isinstance(row, TextRow):
                    layouts[id(row.layout)] = row.layout
                if isinstance(row, OfficeDateRow) and row.date is not None:
                    layouts[id(row.date.layout)] = row.date.layout
        for page in self._pages:
            layout = self._page_number_layout(page.number)
            layouts[id(layout)] = layout
        return list(layouts.values())

    def characters(self) -> set[str]:
        """Every character the pages show."""
        chars = set("".join(block.text for block in self._blocks))
        for page in self._pages:
            chars.update(page_number_text(page.number))
        return chars

    def page_text(self, index: int) -> str:
        page = self._pages[index]
        lines = [text for p in page.placements if (text := p.row.text()) is not None]
        lines.append(page_number_text(page.number))
        return "\n".join(lines)

    def plain_text(self) -> str:
        """The text of every page, line by line as laid out, each page ending in its
        number; pages are separated by a form feed."""
        return "\f".join(self.page_text(i) for i in range(len(self._pages)))

    def locate(self, source: str, part: int = 0) -> tuple[int, QRectF] | None:
        """The page and rectangle (points, on that page) where the first row of the block
        showing ``source`` (its paragraph ``part``) lies, with the rest of its rows on that page."""
        g = self._geometry
        blocks = self._blocks
        for index, page in enumerate(self._pages):
            hits = [p for p in page.placements if p.source == source and blocks[p.block].part == part]
            if hits:
                top = g.top + hits[0].line * g.pitch
                bottom = g.top + (hits[-1].line + hits[-1].row.lines) * g.pitch
                return index, QRectF(g.left, top, g.type_width, bottom - top)
        return None

    def source_at(self, index: int, point: QPointF) -> str | None:
        """The uid of the section or entry shown at ``point`` (points) on page ``index``."""
        if not 0 <= index < len(self._pages):
            return None
        g = self._geometry
        if not (g.left - g.char_width <= point.x() <= g.left + g.type_width + g.char_width):
            return None
        line = math.floor((point.y() - g.top) / g.pitch)
        for placement in self._pages[index].placements:
            if placement.line <= line < placement.line + placement.row.lines:
                return placement.source
        return None


def page_number_text(number: int) -> str:
    return f"— {number} —"
