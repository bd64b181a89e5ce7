"""One block of the layout turned into rows, with the fonts and numbers of the options."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Iterable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextLayout, QTextLine, QTextOption

from ..blocks import Block, BlockKind, FontRole, Span
from ..layout_options import PT_PER_MM, LayoutOptions
from ..screen_fonts import screen_font
from .device import layout_device
from .geometry import PageGeometry
from .line_breaking import LineBreak, LineBreaker, memo
from .rows import BLACK, BlankRow, OfficeDateRow, Row, RuleRow, TextRow, clean, utf16_len


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor position in a line (PySide6 returns it as a (x, position) pair)."""
    x = line.cursorToX(position)[0]  # type: ignore[index]  # the stubs declare an object
    return float(x)


@dataclass
class BlockLayout:
    """A block laid out as rows, independent of where on which page it lands."""

    rows: list[Row]
    keep_with_next: bool = False
    closing: bool = False


LEFT, CENTRE, JUSTIFY = "left", "centre", "justify"


class Typesetter:
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
        spans = [Span(clean(s.text), s.bold, s.role) for s in spans if s.text]
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
            length = utf16_len(span.text)
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
            x_at = memo(partial(_x_of, line))
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
            advance = _x_of(line, breaker.visible_end(start, end)) - _x_of(line, start)
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
        return list(self._rows(layout, breaks, size, align))

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
