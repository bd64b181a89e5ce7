"""Qt rendering of the block layout: the pages the preview shows, the fallback PDF, printing.

Every block of ``layout_issue`` is laid out once with QTextLayout into *rows* that sit on
the page grid (22 lines of 28.95 pt, 28 characters of 3号 per line, as the .docx declares),
then the rows are distributed over A4 pages. A block's rows do not depend on where the
block lands, so an edit re-lays out only the block that changed; paginating the rows
again is integer arithmetic. Text goes in as text (QTextLayout with character formats),
never as markup, so an entry reading ``<img src=x>`` prints those characters.

Page rules, shared by the preview, the PDF and the printer:
- a line of text takes ceil(1.3 × font size / pitch) grid lines (one for 3号 and 2号,
  two for the 初号 masthead); the masthead is followed by one blank line;
- the red rule takes one grid line and is drawn ``red_rule_gap_mm`` below the office line;
- section headings and article titles are kept with the line that follows them;
- the sign-off and the distribution (the closing block) sit at the bottom of the last
  page, on a page of their own when they do not fit under the body;
- page numbers "— N —" ``page_number_gap_mm`` below the type area, odd pages right and
  even pages left, one character in from the edge (or centred).

Coordinates are points (1/72 inch) from the top-left corner of the sheet. Qt GUI module
only (no widgets): the preview widget and the printing dialog live in ``gui/``.
"""
from __future__ import annotations

import bisect
import math
import os
import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QTextBoundaryFinder
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPagedPaintDevice,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from ..core.model import Issue
from ..core.safe_write import atomic_output
from .blocks import Block, BlockKind, FontRole, Span, layout_issue
from .layout_options import PT_PER_MM, LayoutOptions
from .screen_fonts import screen_font

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def _keep_none_alive() -> None:
    """PySide6 6.12 returns None from every method without a result (setPen, drawGlyphRun,
    setLineWidth …) without taking a reference to it. Python 3.12 and later never free
    None; Python 3.11 counts its references, and after a few thousand such calls (one
    layout and a few repaints) the interpreter aborts with "none_dealloc". As for True and
    False in gui/qt_workarounds.py, give None a reference count no program can use up.
    Not needed with PySide6 6.11 or with Python 3.12+."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "getobjects"):
        return
    import ctypes

    headroom = 1 << 40
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is an object's first field
    if count.value < headroom:
        count.value += headroom


_keep_none_alive()


# Single line spacing of CJK faces is about 1.3 em; a line taller than the grid pitch
# takes as many grid lines as it needs, as word processors snap lines to the grid.
LINE_HEIGHT_EM = 1.3
PDF_RESOLUTION = 1200
BLACK = QColor(0, 0, 0)


class QtRenderError(Exception):
    """Qt could not draw or print the bulletin; ``message`` says why, in Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """Fonts and painting need a QGuiApplication; the command line has none, so make one
    (without a screen on a Linux machine that has no display)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "bulletin-desktop"])
        return _app
    if not isinstance(app, QGuiApplication):
        raise QtRenderError("程序以无图形界面的方式启动，无法排版页面。")
    return app


_layout_device: QImage | None = None


def layout_device() -> QImage:
    """A 72 dpi device: laid out against it, one pixel is one point, on every screen."""
    global _layout_device
    if _layout_device is None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots_per_metre = round(72 / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _layout_device = image
    return _layout_device


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
    char_width: float  # one grid character: type width / characters per line

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

    def grid_lines_for(self, size_pt: float) -> int:
        return max(1, math.ceil(size_pt * LINE_HEIGHT_EM / self.pitch - 1e-6))


# --------------------------------------------------------------------------- rows


class Row:
    """One slot on the page grid, ``lines`` grid lines tall, drawn at a row position."""

    lines: int = 1

    def paint(self, painter: QPainter, x: float, y: float, geometry: PageGeometry) -> None:
        pass

    def text(self) -> str | None:
        """The text this row shows, None for rules and blank lines."""
        return None


class BlankRow(Row):
    def __init__(self, lines: int = 1):
        self.lines = lines


class TextRow(Row):
    """One line of a laid-out paragraph, centred vertically in its grid lines and
    ``shift`` points right of where the layout put it (inset, centring). A justified
    line spreads ``spare`` points between its glyphs, computed when first drawn (only
    the pages in view are drawn). The closing block's rules (full type width) are drawn
    above or below it when asked for."""

    def __init__(self, layout: QTextLayout, index: int, lines: int, pitch: float, shift: float = 0.0,
                 spare: float = 0.0, rule_above: float = 0.0, rule_below: float = 0.0):
        line = layout.lineAt(index)
        self.layout = layout
        self.index = index
        self.lines = lines
        self.height = lines * pitch
        self.dy = (self.height - (line.ascent() + line.descent())) / 2 - line.y()
        self.shift = shift
        self.spare = spare
        self._runs: list[QGlyphRun] | None = None
        self.rule_above = rule_above
        self.rule_below = rule_below

    def paint(self, painter: QPainter, x: float, y: float, geometry: PageGeometry) -> None:
        origin = QPointF(x + self.shift, y + self.dy)
        if self.spare <= 0:
            self.layout.lineAt(self.index).draw(painter, origin)
        else:
            if self._runs is None:
                self._runs = _spread(self.layout.lineAt(self.index), self.spare)
            for run in self._runs:
                painter.drawGlyphRun(origin, run)
        for thickness, at in ((self.rule_above, y), (self.rule_below, y + self.height)):
            if thickness > 0:
                _rule(painter, geometry.left, at, geometry.type_width, thickness, BLACK)

    def text(self) -> str:
        line = self.layout.lineAt(self.index)
        return _utf16_slice(self.layout.text(), line.textStart(), line.textLength())


class OfficeDateRow(TextRow):
    """A line of the issuing office with the date set flush right on the first one."""

    def __init__(self, layout: QTextLayout, index: int, lines: int, pitch: float,
                 date: QTextLayout | None, date_x: float = 0.0):
        super().__init__(layout, index, lines, pitch)
        self.date = date
        self.date_x = date_x

    def paint(self, painter: QPainter, x: float, y: float, geometry: PageGeometry) -> None:
        super().paint(painter, x, y, geometry)
        if self.date is not None:
            self.date.lineAt(0).draw(painter, QPointF(x + self.date_x, y + self.dy))

    def text(self) -> str:
        own = super().text()
        return f"{own}\t{self.date.text()}" if self.date is not None else own


class RuleRow(Row):
    """The red rule under the masthead."""

    def __init__(self, offset: float, thickness: float, color: QColor):
        self.offset = offset
        self.thickness = thickness
        self.color = color

    def paint(self, painter: QPainter, x: float, y: float, geometry: PageGeometry) -> None:
        _rule(painter, geometry.left, y + self.offset, geometry.type_width, self.thickness, self.color)


def _rule(painter: QPainter, x: float, y: float, width: float, thickness: float, color: QColor) -> None:
    painter.fillRect(QRectF(x, y - thickness / 2, width, thickness), color)


def _utf16_slice(text: str, start: int, length: int) -> str:
    """Qt counts UTF-16 units; rare characters of names (CJK Extension B) take two."""
    if all(ord(ch) < 0x10000 for ch in text):
        return text[start:start + length]
    units = text.encode("utf-16-le")
    return units[2 * start:2 * (start + length)].decode("utf-16-le", errors="replace")


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) >= 0x10000)


# Line breaks, tabs and other control characters would break the line grid; in a printed
# bulletin they can only be stray input, so they show as spaces.
_CONTROLS = {code: " " for code in [*range(0x00, 0x20), 0x7F, 0x2028, 0x2029]}


def _clean(text: str) -> str:
    return text.translate(_CONTROLS)


# --------------------------------------------------------------------------- line breaking


@dataclass(frozen=True)
class LineBreak:
    start: int  # UTF-16 units, as Qt counts
    length: int
    indent: float
    width: float  # room on this line
    advance: float  # what its characters take, spaces at the end not counted
    last: bool  # the paragraph's last line (not justified)


class LineBreaker:
    """Chooses the lines of a paragraph the way the page grid counts: a line holds what
    its advances fit. Breaks fall on Unicode line-break opportunities, which keep ，。、”
    off the start of a line and “《 off its end. Positions are UTF-16 units, as in Qt;
    ``x_at(i)`` gives the advance from the line's start to position ``i`` and is asked
    only where the search needs it."""

    def __init__(self, text: str):
        self.size = _utf16_len(text)
        units = text.encode("utf-16-le")
        self.unit = [units[2 * i] | units[2 * i + 1] << 8 for i in range(self.size)]
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
        breaks = []
        position = finder.toNextBoundary()
        while position != -1:
            if position > 0:
                breaks.append(position)
            position = finder.toNextBoundary()
        if not breaks or breaks[-1] != self.size:
            breaks.append(self.size)
        self.breaks = breaks

    def visible_end(self, start: int, end: int) -> int:
        while end > start and self.unit[end - 1] in (0x20, 0x09):
            end -= 1  # spaces at the end of a line hang in the margin
        return end

    def next_end(self, start: int, room: float, x_at: Callable[[int], float]) -> int:
        """Where the line that starts at ``start`` ends: the last break opportunity whose
        advance fits (advances only grow along the text, so a binary search finds it)."""
        def fits(end: int) -> bool:
            return x_at(self.visible_end(start, end)) - x_at(start) <= room + 1e-6

        first = low = bisect.bisect_right(self.breaks, start)
        high = len(self.breaks)
        while low < high:
            middle = (low + high) // 2
            if fits(self.breaks[middle]):
                low = middle + 1
            else:
                high = middle
        if low > first:
            return self.breaks[low - 1]
        # a word wider than the line (a long number or address): cut it where it fills the line
        low, high = start + 1, self.size
        while low < high:
            middle = (low + high + 1) // 2
            if x_at(middle) - x_at(start) <= room + 1e-6:
                low = middle
            else:
                high = middle - 1
        end = low
        if end < self.size and 0xDC00 <= self.unit[end] <= 0xDFFF:
            end += 1  # never between the two halves of a surrogate pair
        return end


def _memo(function: Callable[[int], float]) -> Callable[[int], float]:
    known: dict[int, float] = {}

    def cached(position: int) -> float:
        found = known.get(position)
        if found is None:
            found = known[position] = function(position)
        return found
    return cached


# --------------------------------------------------------------------------- block layout


@dataclass
class BlockLayout:
    """A block laid out as rows, independent of where on which page it lands."""

    rows: list[Row]
    keep_with_next: bool = False
    closing: bool = False


LEFT, CENTRE, JUSTIFY = "left", "centre", "justify"


class _Typesetter:
    """Turns one block into rows, with the fonts and numbers of one LayoutOptions."""

    def __init__(self, options: LayoutOptions, geometry: PageGeometry):
        self.options = options
        self.geometry = geometry
        self.red = QColor("#" + options.red.lstrip("#"))
        if not self.red.isValid():
            self.red = QColor(255, 0, 0)
        self._fonts: dict[tuple[str, float, bool], QFont] = {}

    def font(self, role: FontRole, size: float, bold: bool = False) -> QFont:
        name = {
            FontRole.TITLE: self.options.title_font,
            FontRole.BODY: self.options.body_font,
            FontRole.HEADING: self.options.heading_font,
            FontRole.KAI: self.options.kai_font,
        }[role]
        return self._font(name, size, bold)

    def _font(self, name: str, size: float, bold: bool) -> QFont:
        key = (name, size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = screen_font(name, size, bold)
            if abs(size - self.options.body_size_pt) < 1e-6:
                # 3号 text keeps to the character grid: 28 characters fill a line, as the
                # .docx's grid with its small negative character spacing does. (Qt ignores
                # absolute letter spacing in QTextLayout; a percentage works. Advances are
                # kept in 1/64 pt, so aim one such step under the grid width.)
                percent = 100.0 * (self.geometry.char_width - 1 / 64) / size
                font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, percent)
            self._fonts[key] = font
        return font

    def _layout(self, spans: Iterable[Span], size: float, color: QColor = BLACK) -> QTextLayout:
        spans = [Span(_clean(s.text), s.bold, s.role) for s in spans if s.text]
        text = "".join(s.text for s in spans)
        base = self.font(spans[0].role if spans else FontRole.BODY, size)
        layout = QTextLayout(text, base, layout_device())
        # Alignment is applied per row (see _lines): Qt's own would re-break the lines.
        option = QTextOption(Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
        option.setUseDesignMetrics(True)
        layout.setTextOption(option)
        ranges = []
        start = 0
        for span in spans:
            length = _utf16_len(span.text)
            fmt = QTextCharFormat()
            fmt.setFont(self.font(span.role, size, span.bold))
            fmt.setForeground(color)
            fmt_range = QTextLayout.FormatRange()
            fmt_range.start = start
            fmt_range.length = length
            fmt_range.format = fmt
            ranges.append(fmt_range)
            start += length
        layout.setFormats(ranges)
        return layout

    def _lines(self, layout: QTextLayout, width: float, first_indent: float = 0.0,
               rest_indent: float = 0.0) -> list[LineBreak]:
        """Lay ``layout`` out in lines chosen by ``LineBreaker``.

        Qt's own breaking keeps room for a last glyph whose ink overhangs its advance
        (the dot of 急), which would send the 28th character of many lines to the next
        one; word processors count advances only. So each new line first takes all the
        rest of the text, to measure it; the line is then chosen by advances, and Qt is
        given that much room plus a little for the overhang."""
        breaker = LineBreaker(layout.text())
        overhang = 0.25 * layout.font().pointSizeF()  # less than any character's advance
        breaks: list[LineBreak] = []
        layout.beginLayout()
        start, y, indent = 0, 0.0, first_indent
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            room = width - indent
            line.setLineWidth(1e7)
            x_at = _memo(lambda position, line=line: line.cursorToX(position)[0])
            end = breaker.next_end(start, room, x_at) if breaker.size else 0
            advance = x_at(breaker.visible_end(start, end)) - x_at(start)
            slack = overhang
            line.setLineWidth(advance + slack)
            for _attempt in range(4):
                got = line.textStart() + line.textLength()
                if got == end:
                    break
                slack = slack / 4 if got > end else slack * 3
                line.setLineWidth(advance + slack)
            end = line.textStart() + line.textLength()  # what Qt took is what is drawn
            advance = line.cursorToX(breaker.visible_end(start, end))[0] - line.cursorToX(start)[0]
            line.setPosition(QPointF(indent, y))
            y += line.height()
            breaks.append(LineBreak(start, end - start, indent, room, advance, end >= breaker.size))
            start, indent = end, rest_indent
            if end >= breaker.size:
                break
        layout.endLayout()
        return breaks

    def _rows(self, layout: QTextLayout, breaks: list[LineBreak], size: float, align: str,
              inset: float = 0.0) -> list[TextRow]:
        lines = self.geometry.grid_lines_for(size)
        rows = []
        for index, line_break in enumerate(breaks):
            shift = inset
            spare = line_break.width - line_break.advance
            justify = 0.0
            if align == CENTRE:
                shift += spare / 2
            elif align == JUSTIFY and not line_break.last and spare > 1e-3:
                justify = spare
            rows.append(TextRow(layout, index, lines, self.geometry.pitch, shift, justify))
        return rows

    def paragraph(self, spans: tuple[Span, ...], size: float, align: str, first_indent: float = 0.0,
                  color: QColor = BLACK) -> list[Row]:
        layout = self._layout(spans, size, color)
        breaks = self._lines(layout, self.geometry.type_width, first_indent)
        return self._rows(layout, breaks, size, align)

    # -- blocks

    def block(self, block: Block) -> BlockLayout:
        o, g = self.options, self.geometry
        kind = block.kind
        if kind is BlockKind.MASTHEAD:
            size = o.masthead_size_for(block.text)
            return BlockLayout(self.paragraph(block.spans, size, CENTRE, color=self.red) + [BlankRow()])
        if kind in (BlockKind.ISSUE_LINE, BlockKind.SPECIAL_LINE):
            return BlockLayout(self.paragraph(block.spans, o.issue_line_size_pt, CENTRE))
        if kind is BlockKind.OFFICE_DATE:
            return BlockLayout(self.office_date(block))
        if kind is BlockKind.RED_RULE:
            # the office line's text ends (pitch - text height) / 2 above this row
            body_gap = (g.pitch - self._text_height(o.body_size_pt)) / 2
            offset = max(o.red_rule_pt / 2, o.red_rule_gap_mm * PT_PER_MM - body_gap)
            return BlockLayout([RuleRow(offset, o.red_rule_pt, self.red)])
        if kind is BlockKind.SECTION_HEADING:
            return BlockLayout(self.paragraph(block.spans, o.body_size_pt, LEFT), keep_with_next=True)
        if kind in (BlockKind.ENTRY, BlockKind.ARTICLE_PARAGRAPH):
            return BlockLayout(self.paragraph(block.spans, o.body_size_pt, JUSTIFY, 2 * g.char_width))
        if kind is BlockKind.ARTICLE_TITLE:
            return BlockLayout(self.paragraph(block.spans, o.article_title_size_pt, CENTRE), keep_with_next=True)
        if kind is BlockKind.SIGNOFF:
            return BlockLayout(self.closing_lines([("", block.text)], rules=False), closing=True)
        if kind is BlockKind.DISTRIBUTION:
            return BlockLayout(self.closing_lines(list(block.lines), rules=True), closing=True)
        return BlockLayout(self.paragraph(block.spans, o.body_size_pt, LEFT))

    def _text_height(self, size: float) -> float:
        layout = QTextLayout("国", self.font(FontRole.BODY, size), layout_device())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return line.ascent() + line.descent()

    def office_date(self, block: Block) -> list[Row]:
        size = self.options.body_size_pt
        g = self.geometry
        date = None
        date_x = date_room = 0.0
        if block.right:
            date = self._layout((Span(block.right),), size)
            advance = self._lines(date, 1e6)[0].advance
            date_x = g.type_width - advance
            date_room = advance + g.char_width
        office = self._layout((Span(block.left),), size)
        breaks = self._lines(office, g.type_width - date_room)
        lines = g.grid_lines_for(size)
        return [OfficeDateRow(office, i, lines, g.pitch, date if i == 0 else None, date_x)
                for i in range(len(breaks))]

    def closing_lines(self, items: list[tuple[str, str]], rules: bool) -> list[Row]:
        """Sign-off or distribution lines in 4号, one character in from both sides; a
        long distribution list continues aligned after its label (报：, 送：, 发：)."""
        o, g = self.options, self.geometry
        size = o.closing_size_pt
        inset = size  # 版记 lines stand one character in
        width = g.type_width - 2 * inset
        outer = o.closing_outer_rule_mm * PT_PER_MM
        inner = o.closing_inner_rule_mm * PT_PER_MM
        rows: list[Row] = []
        for number, (label, text) in enumerate(items):
            head = f"{label}：" if label else ""
            hanging = self._lines(self._layout((Span(head),), size), 1e6)[0].advance if head else 0.0
            layout = self._layout((Span(head + text),), size)
            breaks = self._lines(layout, width, 0.0, hanging)
            item_rows = self._rows(layout, breaks, size, LEFT, inset)
            if rules:
                item_rows[0].rule_above = outer if number == 0 else inner
                if number == len(items) - 1:
                    item_rows[-1].rule_below = outer
            rows.extend(item_rows)
        return rows


def _spread(line: QTextLine, spare: float) -> list[QGlyphRun]:
    """The line's glyph runs with ``spare`` points shared evenly between its characters,
    the way CJK text is justified (between every two characters, not only at spaces).
    Glyphs at one position (a character and its marks) move together."""
    runs = line.glyphRuns()
    columns = [[p.x(), p.y()] for run in runs for p in run.positions()]
    distinct = 1 + sum(1 for a, b in zip(columns, columns[1:]) if abs(b[0] - a[0]) > 1e-3)
    if distinct < 2:
        return runs
    step = spare / (distinct - 1)
    shift = -step
    previous = None
    moved_positions = []
    for x, y in columns:
        if previous is None or abs(x - previous) > 1e-3:
            shift += step
        previous = x
        moved_positions.append(QPointF(x + shift, y))
    spread = []
    offset = 0
    for run in runs:
        count = len(run.glyphIndexes())
        moved = QGlyphRun(run)
        moved.setPositions(moved_positions[offset:offset + count])
        spread.append(moved)
        offset += count
    return spread


# --------------------------------------------------------------------------- pages


class Placement(NamedTuple):
    row: Row
    line: int  # grid line on the page where the row starts
    block: int  # index into the block list
    source: str | None


@dataclass
class Page:
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

    def set_options(self, options: LayoutOptions) -> None:
        """New numbers change every block: lay everything out again."""
        self._options = options
        self._geometry = PageGeometry.from_options(options)
        self._typesetter = _Typesetter(options, self._geometry)
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
                following = layouts[flow[position + 1]].rows
                together = sum(r.lines for r in layout.rows) + (following[0].lines if following else 0)
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
        # the dashes (at about mid-height of the em box) stand the gap below the type area
        baseline = g.type_bottom + o.page_number_gap_mm * PT_PER_MM + 0.35 * o.page_number_size_pt
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
                    layouts[id(row.date)] = row.date
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

    def locate(self, source: str) -> tuple[int, QRectF] | None:
        """The page and rectangle (points, on that page) where the first row of the block
        showing ``source`` lies, with the rest of its rows on that page."""
        g = self._geometry
        for index, page in enumerate(self._pages):
            hits = [p for p in page.placements if p.source == source]
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


# --------------------------------------------------------------------------- output


def render_issue(issue: Issue, options: LayoutOptions = LayoutOptions()) -> IssueRenderer:
    renderer = IssueRenderer(options)
    renderer.update(layout_issue(issue))
    return renderer


def _page_layout(options: LayoutOptions) -> QPageLayout:
    size = QPageSize(QSizeF(options.page_width_mm, options.page_height_mm), QPageSize.Unit.Millimeter,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def paint_pages(renderer: IssueRenderer, device: QPagedPaintDevice, painter: QPainter,
                pages: Iterable[int]) -> None:
    """Draw ``pages`` (0-based) on a PDF writer or printer whose painter origin is the
    sheet's corner, one sheet each."""
    scale = device.logicalDpiX() / 72.0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for count, index in enumerate(pages):
        if count and not device.newPage():
            raise QtRenderError("无法开始新的一页，输出已中断。")
        painter.save()
        painter.scale(scale, scale)
        renderer.paint_page(painter, index)
        painter.restore()


def write_pdf_qt(issue: Issue, path, options: LayoutOptions = LayoutOptions()) -> None:
    """Write the issue as a PDF drawn by Qt (the fallback when LibreOffice is missing).

    The file appears complete or not at all (temp file in the target folder, then
    renamed); a failure to write raises ``WriteError`` with a Chinese message."""
    renderer = render_issue(issue, options)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout(options))
    writer.setTitle(f"{issue.series} 第{issue.number}期")
    writer.setCreator("简报编辑器")
    painter = QPainter()
    if not painter.begin(writer):
        raise QtRenderError("无法生成 PDF：Qt 无法开始绘制。")
    try:
        paint_pages(renderer, writer, painter, range(renderer.page_count()))
    finally:
        painter.end()
    buffer.close()
    fixes = shared_glyph_fixes(drawn_glyphs(renderer.text_layouts()), renderer.characters())
    data = fix_tounicode(bytes(buffer.data()), fixes)
    with atomic_output(path) as handle:
        handle.write(data)


def print_issue(issue: Issue, printer: "QPrinter", options: LayoutOptions = LayoutOptions()) -> None:
    """Print the issue on ``printer`` (set up by the print dialog), honouring its page range."""
    renderer = render_issue(issue, options)
    printer.setFullPage(True)
    # A printer without A4 keeps its own paper; the page is still drawn from its corner.
    printer.setPageLayout(_page_layout(options))
    count = renderer.page_count()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        first, last = 1, count
    pages = range(max(1, first) - 1, min(last, count))
    if not pages:
        raise QtRenderError(f"所选页码范围内没有页面（本期共 {count} 页）。")
    painter = QPainter()
    if not painter.begin(printer):
        raise QtRenderError("无法开始打印：打印机不可用或无法写入所选的输出文件。")
    try:
        paint_pages(renderer, printer, painter, pages)
    finally:
        painter.end()


# --------------------------------------------------------------------------- PDF text

# Qt writes each font's ToUnicode map by taking, for every glyph, the lowest code point
# that the font maps to it. CJK faces share glyphs between ideographs and the Kangxi and
# supplementary radicals (一/⼀, 老/⽼, 见/⻅ …), and in a Chinese locale the em dash is
# shaped to the full-width glyph that U+2015 also uses; so searching or copying the PDF
# would give look-alikes. The fix names, for every glyph drawn, the character drawn.
_BFRANGES = re.compile(rb"beginbfrange.*?endbfrange", re.S)
_CMAP_ENTRY = re.compile(rb"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*(\[[^\]]*\]|<[0-9A-Fa-f]{4}>)")
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")
_BMP = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c <= 0xDFFF)
_lowest_cache: dict[tuple[str, str, int], dict[int, int]] = {}


def _face_key(raw: QRawFont) -> tuple[str, str, int]:
    return raw.familyName(), raw.styleName(), raw.weight()


def _lowest_code_per_glyph(raw: QRawFont) -> dict[int, int]:
    """glyph -> the lowest code point the face maps to it (what Qt writes to ToUnicode)."""
    key = _face_key(raw)
    lowest = _lowest_cache.get(key)
    if lowest is None:
        lowest = {}
        for ch, glyph in zip(_BMP, raw.glyphIndexesForString(_BMP)):
            if glyph and glyph not in lowest:
                lowest[glyph] = ord(ch)
        _lowest_cache[key] = lowest
    return lowest


_RUN_FLAGS = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
              | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)


def drawn_glyphs(layouts: Iterable[QTextLayout]) -> Iterator[tuple[QRawFont, int, str]]:
    """(face, glyph, character) for every glyph of ``layouts`` as shaped for drawing."""
    for layout in layouts:
        units = layout.text().encode("utf-16-le")
        for run in layout.glyphRuns(-1, -1, _RUN_FLAGS):
            raw = run.rawFont()
            for glyph, index in zip(run.glyphIndexes(), run.stringIndexes()):
                code = units[2 * index] | units[2 * index + 1] << 8
                if 0xD800 <= code <= 0xDFFF:
                    continue  # outside the basic plane: Qt's map cannot name it in four digits
                yield raw, glyph, chr(code)


def shared_glyph_fixes(glyphs: Iterable[tuple[QRawFont, int, str]], characters: set[str]) -> dict[int, int]:
    """Code points Qt will name in ToUnicode maps instead of the character drawn with
    that glyph, mapped to that character (only where that is unambiguous)."""
    fixes: dict[int, int] = {}
    conflicts: set[int] = set()
    seen: set[tuple[tuple[str, str, int], int]] = set()
    for raw, glyph, ch in glyphs:
        key = (_face_key(raw), glyph)
        if key in seen:
            continue
        seen.add(key)
        named = _lowest_code_per_glyph(raw).get(glyph)
        if named is None or named == ord(ch) or chr(named) in characters:
            continue
        if fixes.get(named, ord(ch)) != ord(ch):
            conflicts.add(named)
        fixes[named] = ord(ch)
    for named in conflicts:
        del fixes[named]
    return fixes


def fix_tounicode(pdf: bytes, fixes: dict[int, int]) -> bytes:
    """Apply ``fixes`` to the ToUnicode maps in place. Every code is four hex digits
    before and after, so offsets and the xref table stay valid; a range that counts up
    from its start (``<a> <b> <start>``) is left alone, as Qt writes those only for runs
    of consecutive code points."""
    if not fixes:
        return pdf

    def fix_hex(match: re.Match) -> bytes:
        code = int(match.group(1), 16)
        fixed = fixes.get(code, code)
        return match.group(0) if fixed == code else b"<%04X>" % fixed

    def fix_entry(match: re.Match) -> bytes:
        low, high, target = match.group(1), match.group(2), match.group(3)
        if target.startswith(b"[") or low == high:
            return match.group(0)[: match.start(3) - match.start(0)] + _HEX4.sub(fix_hex, target)
        return match.group(0)

    fixed = _BFRANGES.sub(lambda m: _CMAP_ENTRY.sub(fix_entry, m.group(0)), pdf)
    return fixed if len(fixed) == len(pdf) else pdf
