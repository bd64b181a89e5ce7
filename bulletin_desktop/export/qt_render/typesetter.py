"""One block of the layout turned into rows, with the fonts and numbers of the options."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import partial
from typing import Iterable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextLayout, QTextLine, QTextOption

from ..block_styles import Align, BlockStyle, block_styles
from ..blocks import Block, BlockKind, FontRole, Span
from ..layout_options import LayoutOptions
from ..screen_fonts import screen_font
from ..text_runs import CJK_LATIN_GAP_EM, cjk_latin_gaps, latin_runs
from .device import layout_device
from .geometry import PageGeometry
from .line_breaking import LineBreak, LineBreaker, memo
from .rows import BLACK, BlankRow, OfficeDateRow, Row, RuleRow, SetText, TextRow, clean


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


class Typesetter:
    """Turns one block into rows, with the fonts and numbers of one LayoutOptions; how
    each kind of block is set comes from the shared style table (``block_styles``)."""

    def __init__(self, options: LayoutOptions, geometry: PageGeometry):
        self.options = options
        self.geometry = geometry
        self.styles = block_styles(options)
        self._fonts: dict[tuple[str, float, bool, int, bool], QFont] = {}
        self._advances: dict[tuple[str, float, bool, int, str], float] = {}

    def font(self, role: FontRole, size: float, bold: bool = False, scale: int = 100) -> QFont:
        return self._font(self.styles.face(role), size, bold, scale)

    def _font(self, name: str, size: float, bold: bool, scale: int, dashes: bool = False) -> QFont:
        key = (name, size, bold, scale, dashes)
        font = self._fonts.get(key)
        if font is None:
            font = screen_font(name, size, bold)
            font.setKerning(False)  # Word kerns only where w:kern asks, and we never ask ("11" stays 1 em)
            if dashes:
                # Chinese text's em dash is a full em, and —— one unbroken rule, in Word's
                # Chinese faces and in LibreOffice (which shapes zh-CN text); Qt shapes
                # without the language and drew the Noto faces' narrower Latin dash with a
                # gap after it. Their full-width form ('fwid') is the em-wide one, and their
                # glyph for —— (of 'ccmp', left on) the unbroken rule of two ems.
                font.setFeature(QFont.Tag("fwid"), 1)
            # Glyphs as wide as the .docx's w:w makes them (98 %: 28 characters of 3号 fill
            # a line), in whole twips rounded down as LibreOffice keeps them (15.65 pt).
            # Qt ignores absolute letter spacing in QTextLayout; a percentage scales each
            # advance as w:w does.
            em = self._char_em(size, scale)
            if abs(em - size) > 1e-9:
                font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 * em / size)
            self._fonts[key] = font
        return font

    def _layout(self, spans: Iterable[Span], style: BlockStyle) -> SetText:
        """The spans as one QTextLayout, each character in the face Word gives it: digits,
        Latin letters and ASCII punctuation in the Latin face, the rest in the span's role
        face; with the places where Chinese meets Latin, which get a small space."""
        size, scale = style.size_pt, style.glyph_scale
        color = _color(style.color)
        spans = [Span(clean(s.text), s.bold, s.role) for s in spans if s.text]
        text = "".join(s.text for s in spans)
        base = self.font(spans[0].role if spans else style.role, size, scale=scale)
        layout = QTextLayout(text, base, layout_device())
        # Alignment is applied per row (see _lines): Qt's own would re-break the lines.
        option = QTextOption(Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
        option.setUseDesignMetrics(True)
        layout.setTextOption(option)
        units = _utf16_offsets(text)
        ranges = []
        start = 0
        latin_face = self.styles.latin_face
        for span in spans:
            end = start + len(span.text)
            pieces = [(a + start, b + start) for a, b in latin_runs(span.text)]
            cut = start
            for a, b in [*pieces, (end, end)]:
                for piece_start, piece_end, face, of_dashes in (*self._dash_pieces(text, cut, a, span.role),
                                                                (a, b, latin_face, False)):
                    if piece_end > piece_start:
                        fmt = QTextCharFormat()
                        fmt.setFont(self._font(face, size, span.bold, scale, of_dashes))
                        fmt.setForeground(color)
                        fmt_range = QTextLayout.FormatRange()
                        fmt_range.start = units[piece_start]
                        fmt_range.length = units[piece_end] - units[piece_start]
                        fmt_range.format = fmt
                        ranges.append(fmt_range)
                cut = b
            start = end
        layout.setFormats(ranges)
        extra = {units[i]: CJK_LATIN_GAP_EM * size for i in cjk_latin_gaps(text)}
        if "—" in text:
            # A face without a full-width form of the em dash (see _font) sets it narrower
            # than the em Word gives it: the difference stands after each run of dashes.
            for span_start, span in _span_starts(spans):
                face = self.styles.face(span.role)
                for run in _DASHES.finditer(span.text):
                    dashes = run.group()
                    short = len(dashes) * self._char_em(size, scale) - self._advance(face, size, span.bold, scale,
                                                                                     dashes)
                    if short > 0.01:
                        position = units[span_start + run.end()]
                        extra[position] = extra.get(position, 0.0) + short
        positions = tuple(sorted(extra))
        return SetText(layout, positions, tuple(extra[p] for p in positions), _closed(text, units))

    def _dash_pieces(self, text: str, start: int, end: int, role: FontRole) -> list[tuple[int, int, str, bool]]:
        """``text[start:end]``, set in the role's face, as pieces (start, end, face, of em dashes)."""
        face = self.styles.face(role)
        if "—" not in text[start:end]:
            return [(start, end, face, False)]
        pieces, cut = [], start
        for run in _DASHES.finditer(text, start, end):
            pieces += [(cut, run.start(), face, False), (run.start(), run.end(), face, True)]
            cut = run.end()
        return [*pieces, (cut, end, face, False)]

    @staticmethod
    def _char_em(size: float, scale: int) -> float:
        """One character's advance in whole twips, rounded down, as word processors keep it."""
        return math.floor(size * scale / 100 * 20 + 1e-9) / 20

    def _advance(self, face: str, size: float, bold: bool, scale: int, text: str) -> float:
        key = (face, size, bold, scale, text)
        found = self._advances.get(key)
        if found is None:
            layout = QTextLayout(text, self._font(face, size, bold, scale, "—" in text), layout_device())
            option = QTextOption(Qt.AlignmentFlag.AlignLeft)
            option.setUseDesignMetrics(True)
            layout.setTextOption(option)
            layout.beginLayout()
            line = layout.createLine()
            layout.endLayout()
            found = self._advances[key] = line.naturalTextWidth()
        return found

    def _lines(self, text: SetText, width: float, first_indent: float = 0.0,
               rest_indent: float = 0.0, hang: bool = True) -> list[LineBreak]:
        """Lay the text out in lines chosen by ``LineBreaker``.

        Qt's own breaking keeps room for a last glyph whose ink overhangs its advance
        (the dot of 急), which would send the 28th character of many lines to the next
        one; word processors count advances only. So each new line first takes all the
        rest of the text, to measure it; the line is then chosen by advances (with the
        spaces between Chinese and Latin, which Qt does not know of), and Qt is given that
        much room plus a little for the overhang."""
        layout = text.layout
        breaker = LineBreaker(layout.text(), hang)
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

            def advance(a: int, b: int, x_at=x_at) -> float:
                return x_at(b) - x_at(a) + text.gaps_between(a, b)

            end = breaker.next_end(start, room, advance) if breaker.size else 0
            qt_advance = x_at(breaker.visible_end(start, end)) - x_at(start)
            slack = overhang
            line.setLineWidth(qt_advance + slack)
            for _attempt in range(4):
                got = line.textStart() + line.textLength()
                if got == end:
                    break
                slack = slack / 4 if got > end else slack * 3
                line.setLineWidth(qt_advance + slack)
            end = line.textStart() + line.textLength()  # what Qt took is what is drawn
            set_end = breaker.set_end(start, end)
            set_advance = _x_of(line, set_end) - _x_of(line, start) + text.gaps_between(start, set_end)
            line.setPosition(QPointF(indent, y))
            y += line.height()
            breaks.append(LineBreak(start, end - start, indent, room, set_advance, end >= breaker.size))
            start, indent = end, rest_indent
            if end >= breaker.size:
                break
        layout.endLayout()
        return breaks

    def _rows(self, layout: SetText, breaks: list[LineBreak], style: BlockStyle,
              inset: float = 0.0) -> list[TextRow]:
        rows = []
        for index, line_break in enumerate(breaks):
            shift = inset
            spare = line_break.width - line_break.advance
            justify = 0.0
            if style.align is Align.CENTRE:
                shift += spare / 2
            elif style.align is Align.RIGHT:
                # a closing mark does not hang past the margin here (as LibreOffice sets it)
                shift += line_break.width - self._visible_advance(layout, index, line_break)
            elif style.align is Align.JUSTIFY and not line_break.last and spare > 1e-3:
                justify = spare
            rows.append(TextRow(layout, index, style.grid_lines, self.geometry.pitch, shift, justify,
                                fixed_baseline=style.fixed_baseline))
        return rows

    @staticmethod
    def _visible_advance(text: SetText, index: int, line_break: LineBreak) -> float:
        """A line's advance with a closing mark at its end counted (spaces still not)."""
        start = line_break.start
        end = LineBreaker(text.layout.text()).visible_end(start, start + line_break.length)
        line = text.layout.lineAt(index)
        return _x_of(line, end) - _x_of(line, start) + text.gaps_between(start, end)

    def _head_advance(self, head: str, style: BlockStyle) -> float:
        """How wide a distribution line's label (送：) sets, its colon counted: continuation
        lines align after it, as Word's hanging indent of the label's characters does."""
        layout = self._layout((Span(head, role=style.role),), style)
        return self._visible_advance(layout, 0, self._lines(layout, 1e6)[0])

    def paragraph(self, spans: tuple[Span, ...], style: BlockStyle) -> list[Row]:
        layout = self._layout(spans, style)
        inset = style.side_indent_pt
        breaks = self._lines(layout, self.geometry.type_width - 2 * inset, style.first_line_indent_pt)
        return list(self._rows(layout, breaks, style, inset))

    # -- blocks

    def block(self, block: Block) -> BlockLayout:
        style = self.styles.for_block(block)  # a kind without a style fails here
        kind = block.kind
        rows: list[Row]
        if kind is BlockKind.OFFICE_DATE:
            rows = self.office_date(block, style)
        elif kind is BlockKind.RED_RULE:
            rows = [self.red_rule(style)]
        elif kind is BlockKind.SIGNOFF:
            rows = self.closing_lines([("", block.text)], style, rules=False)
        elif kind is BlockKind.DISTRIBUTION:
            rows = self.closing_lines(list(block.lines), style, rules=True, note=block.note)
        else:
            rows = self.paragraph(block.spans, style)
        rows = ([BlankRow() for _ in range(style.space_before_lines)] + rows
                + [BlankRow() for _ in range(style.space_after_lines)])
        return BlockLayout(rows, keep_with_next=style.keep_with_next, closing=kind in _CLOSING)

    def red_rule(self, style: BlockStyle) -> Row:
        return RuleRow(self.styles.red_rule_offset_pt, self.options.red_rule_pt, _color(style.color))

    def office_date(self, block: Block, style: BlockStyle) -> list[Row]:
        """The office and, flush right, the date: on one line, as Word's right tab sets
        them, or (an office too long for that) the office over the full width and the date
        on a line of its own below (BlockStyles.office_and_date_share_a_line)."""
        g = self.geometry
        date = None
        date_x = date_room = 0.0
        if block.right:
            date = self._layout((Span(block.right, role=style.role),), style)
            advance = self._lines(date, 1e6)[0].advance
            date_x = g.type_width - advance
            date_room = advance
        office = self._layout((Span(block.left, role=style.role),), style)
        if date is not None and block.left and not self.styles.office_and_date_share_a_line(block):
            breaks = self._lines(office, g.type_width)
            rows: list[Row] = [OfficeDateRow(office, i, style.grid_lines, g.pitch, None) for i in range(len(breaks))]
            return [*rows, TextRow(date, 0, style.grid_lines, g.pitch, shift=date_x)]
        breaks = self._lines(office, g.type_width - date_room)
        return [OfficeDateRow(office, i, style.grid_lines, g.pitch, date if i == 0 else None, date_x)
                for i in range(len(breaks))]

    def closing_lines(self, items: list[tuple[str, str]], style: BlockStyle, rules: bool,
                      note: str = "") -> list[Row]:
        """Sign-off or distribution lines, each given as (head, text), inset from both sides
        as the style says; a long distribution list continues aligned after its head (报：,
        送：, 发：); the print note, flush right, closes the box under an inner rule."""
        g = self.geometry
        inset = style.side_indent_pt
        width = g.type_width - 2 * inset
        outer, inner = self.styles.closing_rules_pt
        rows: list[Row] = []
        for number, (head, text) in enumerate(items):
            hanging = self._head_advance(head, style) if head else 0.0
            layout = self._layout((Span(head + text, role=style.role),), style)
            breaks = self._lines(layout, width, 0.0, hanging, style.hanging_punctuation)
            item_rows = self._rows(layout, breaks, style, inset)
            if rules:
                item_rows[0].rule_above = outer if number == 0 else inner
                if number == len(items) - 1 and not note:
                    item_rows[-1].rule_below = outer
            rows.extend(item_rows)
        if note:
            note_style = self.styles.print_note
            layout = self._layout((Span(note, role=note_style.role),), note_style)
            note_rows = self._rows(layout, self._lines(layout, width, hang=note_style.hanging_punctuation),
                                   note_style, inset)
            note_rows[0].rule_above = inner if items else outer
            note_rows[-1].rule_below = outer
            rows.extend(note_rows)
        return rows

    def settle_closing(self, rows: list[Row]) -> None:
        """Place the closing block's lines (its rows top to bottom, on the grid lines at the
        foot of the last page) where Word and LibreOffice stack the rows of its table: each
        line as high as BlockStyles.closing_line_pt gives it, a row's rules between the
        rows, the last one on the foot of the type area. Recomputed at every pagination,
        since a line of the sign-off moves with the distribution list under it."""
        lines = [row for row in rows if isinstance(row, TextRow)]
        groups: list[list[TextRow]] = []
        for row in lines:  # the lines of one item (one row of the table) share their text
            if groups and groups[-1][0].set_text is row.set_text:
                groups[-1].append(row)
            else:
                groups.append([row])
        tops: list[float] = []
        y = 0.0
        for number, group in enumerate(groups):
            rules = group[0].rule_above + group[-1].rule_below
            height = self.styles.closing_line_pt(group[0].lines, rules, first=number == 0)
            y += group[0].rule_above
            for row in group:
                row.height = height
                tops.append(y)
                y += height
            y += group[-1].rule_below
        g = self.geometry
        pitch = g.pitch
        # the stack's foot on the foot of the type area, a little under its last grid line,
        # where the table floats in the .docx
        below_grid = max(0.0, g.type_height - g.lines_per_page * pitch)
        lower = sum(row.lines for row in rows) * pitch - y + below_grid
        slot = 0.0
        for each in rows:
            if isinstance(each, TextRow):
                each.offset = lower + tops.pop(0) - slot
            slot += each.lines * pitch


_CLOSING = (BlockKind.SIGNOFF, BlockKind.DISTRIBUTION)
_DASHES = re.compile("—+")


def _closed(text: str, units: "list[int] | _Identity") -> frozenset[int]:
    """The UTF-16 positions of ``text`` where justification adds no space (SetText.closed):
    between two characters of a Latin run but after a space, and the second unit of a
    character outside the basic plane."""
    closed = {units[i] for a, b in latin_runs(text) for i in range(a + 1, b) if text[i - 1] != " "}
    if not isinstance(units, _Identity):
        closed.update(units[i] + 1 for i, ch in enumerate(text) if ch >= "\U00010000")
    return frozenset(closed)


def _span_starts(spans: list[Span]) -> list[tuple[int, Span]]:
    """Each span with the code-point index where it starts in the joined text."""
    out, start = [], 0
    for span in spans:
        out.append((start, span))
        start += len(span.text)
    return out


class _Identity:
    """Code-point index -> UTF-16 position for text with no character outside the BMP."""

    def __getitem__(self, index: int) -> int:
        return index


def _utf16_offsets(text: str) -> "list[int] | _Identity":
    """The UTF-16 position (as Qt counts) of every code-point index, and of the end."""
    if not text or max(text) < "\U00010000":
        return _Identity()  # the usual case, without a loop over the characters
    offsets = [0] * (len(text) + 1)
    position = 0
    for index, ch in enumerate(text):
        offsets[index] = position
        position += 2 if ord(ch) >= 0x10000 else 1
    offsets[len(text)] = position
    return offsets


def _color(rgb: str | None) -> QColor:
    if rgb is None:
        return BLACK
    color = QColor("#" + rgb.lstrip("#"))
    return color if color.isValid() else QColor(255, 0, 0)
