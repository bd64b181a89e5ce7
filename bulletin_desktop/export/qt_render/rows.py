"""Rows: what one slot of the page grid shows (a line of text, a rule, a blank line)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGlyphRun, QPainter, QTextLayout, QTextLine

from ..block_styles import FIXED_BASELINE
from .geometry import PageGeometry

BLACK = QColor(0, 0, 0)


@dataclass(eq=False)
class SetText:
    """A laid-out paragraph and the extra space Qt does not know of: the space Word puts
    where Chinese meets Latin letters or digits, and what makes a dash as wide as Word sets
    it. ``widths[k]`` points stand before UTF-16 position ``gaps[k]`` (sorted), unless that
    position starts a line."""

    layout: QTextLayout
    gaps: tuple[int, ...] = ()
    widths: tuple[float, ...] = ()
    # UTF-16 positions that justification leaves closed: inside a Latin word or number
    # (not after a space) and inside a character of two units. Word and LibreOffice spread
    # a justified line between Chinese characters and at spaces, never between the digits
    # of 2025 or the letters of a web address.
    closed: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        self.cumulative = [0.0]
        for width in self.widths:
            self.cumulative.append(self.cumulative[-1] + width)

    def gaps_between(self, start: int, end: int) -> float:
        """The space the gaps strictly inside ``start``..``end`` add."""
        if not self.gaps or end <= start + 1:
            return 0.0
        return self.cumulative[bisect.bisect_left(self.gaps, end)] - self.cumulative[bisect.bisect_right(self.gaps, start)]

    def runs(self, index: int, spare: float = 0.0) -> list[QGlyphRun] | None:
        """Line ``index``'s glyph runs placed with the gaps and ``spare`` points of
        justification; None when Qt's own placement is right (no gap, nothing to spread)."""
        line = self.layout.lineAt(index)
        start = line.textStart()
        if spare <= 0 and not self.gaps_between(start, start + line.textLength()):
            return None
        return place_glyphs(line, self, spare)


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
    """One line of a laid-out paragraph, centred vertically in its grid lines (or, with
    ``fixed_baseline``, its baseline four fifths down: BlockStyle.fixed_baseline) and ``shift`` points right of
    where the layout put it (inset, centring). A justified
    line spreads ``spare`` points between its glyphs, computed when first drawn (only
    the pages in view are drawn). The closing block's rules (full type width) are drawn
    above or below it when asked for."""

    def __init__(self, text: SetText, index: int, lines: int, pitch: float, shift: float = 0.0,
                 spare: float = 0.0, rule_above: float = 0.0, rule_below: float = 0.0,
                 fixed_baseline: bool = False):
        layout = text.layout
        self.set_text = text
        self.layout = layout
        self.index = index
        self.lines = lines
        self.height = lines * pitch
        self.fixed_baseline = fixed_baseline
        # a closing-block line sits where the word processor stacks it, not on its grid
        # slot (Typesetter.settle_closing): this far below the slot, this high
        self.offset = 0.0
        self.shift = shift
        self.spare = spare
        self._runs: list[QGlyphRun] | None = None
        self._placed = False  # runs are placed when the row is first drawn
        self.rule_above = rule_above
        self.rule_below = rule_below

    @property
    def dy(self) -> float:
        line = self.layout.lineAt(self.index)
        if self.fixed_baseline:
            return FIXED_BASELINE * self.height - line.ascent() - line.y()
        return (self.height - (line.ascent() + line.descent())) / 2 - line.y()

    def paint(self, painter: QPainter, x: float, y: float, geometry: PageGeometry) -> None:
        y += self.offset
        origin = QPointF(x + self.shift, y + self.dy)
        if not self._placed:
            self._runs = self.set_text.runs(self.index, self.spare)
            self._placed = True
        draw_line(painter, origin, self.layout.lineAt(self.index), self._runs)
        # a rule above the line ends where the line starts, one below starts where it ends
        for thickness, middle in ((self.rule_above, y - self.rule_above / 2),
                                  (self.rule_below, y + self.height + self.rule_below / 2)):
            if thickness > 0:
                _rule(painter, geometry.left, middle, geometry.type_width, thickness, BLACK)

    def text(self) -> str:
        line = self.layout.lineAt(self.index)
        return utf16_slice(self.layout.text(), line.textStart(), line.textLength())


class OfficeDateRow(TextRow):
    """A line of the issuing office with the date set flush right on the first one."""

    def __init__(self, text: SetText, index: int, lines: int, pitch: float,
                 date: SetText | None, date_x: float = 0.0):
        super().__init__(text, index, lines, pitch)
        self.date = date
        self.date_x = date_x

    def paint(self, painter: QPainter, x: float, y: float, geometry: PageGeometry) -> None:
        super().paint(painter, x, y, geometry)
        if self.date is not None:
            draw_line(painter, QPointF(x + self.date_x, y + self.dy), self.date.layout.lineAt(0), self.date.runs(0))

    def text(self) -> str:
        own = super().text()
        return f"{own}\t{self.date.layout.text()}" if self.date is not None else own


class RuleRow(Row):
    """The red rule under the masthead."""

    def __init__(self, offset: float, thickness: float, color: QColor):
        self.offset = offset
        self.thickness = thickness
        self.color = color

    def paint(self, painter: QPainter, x: float, y: float, geometry: PageGeometry) -> None:
        _rule(painter, geometry.left, y + self.offset, geometry.type_width, self.thickness, self.color)


def _rule(painter: QPainter, x: float, y: float, width: float, thickness: float, color: QColor) -> None:
    fill_rect(painter, QRectF(x, y - thickness / 2, width, thickness), color)


def fill_rect(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """``rect`` filled with ``color``, as ``QPainter.fillRect`` fills it. Not through
    ``fillRect`` itself: choosing among its overloads makes PySide build QGradient's five
    enums (one of 169 presets), some 5 ms on the way to the window's first frame."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRect(rect)
    painter.restore()


def utf16_slice(text: str, start: int, length: int) -> str:
    """Qt counts UTF-16 units; rare characters of names (CJK Extension B) take two."""
    if all(ord(ch) < 0x10000 for ch in text):
        return text[start:start + length]
    units = text.encode("utf-16-le")
    return units[2 * start:2 * (start + length)].decode("utf-16-le", errors="replace")


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) >= 0x10000)


# Line breaks, tabs and other control characters would break the line grid; in a printed
# bulletin they can only be stray input, so they show as spaces.
_CONTROLS = {code: " " for code in [*range(0x00, 0x20), 0x7F, 0x2028, 0x2029]}


def clean(text: str) -> str:
    return text.translate(_CONTROLS)


def draw_line(painter: QPainter, origin: QPointF, line: QTextLine, runs: list[QGlyphRun] | None) -> None:
    if runs is None:
        line.draw(painter, origin)
        return
    for run in runs:
        painter.drawGlyphRun(origin, run)


_RUN_FLAGS = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
              | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
              | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)


def place_glyphs(line: QTextLine, text: SetText, spare: float) -> list[QGlyphRun]:
    """The line's glyph runs moved right by the Chinese/Latin gaps before them, with
    ``spare`` points shared evenly between the characters, the way CJK text is justified
    (between every two characters, not only at spaces; not inside a Latin word:
    SetText.closed). Glyphs of one character (a ligature's, a character and its marks)
    move together. Runs for every new row of a keystroke's block, so the loops stay plain."""
    runs = line.glyphRuns(-1, -1, _RUN_FLAGS)
    start = line.textStart()
    gaps, sums = text.gaps, text.cumulative
    base = sums[bisect.bisect_right(gaps, start)] if gaps else 0.0
    openings: list[int] = []
    step = 0.0
    if spare > 0:
        closed = text.closed
        openings = [i for i in range(start + 1, start + line.textLength()) if i not in closed]
        if openings:
            step = spare / len(openings)
    out = []
    for run in runs:
        positions = run.positions()
        indexes = run.stringIndexes() if gaps or step else ()
        moved_positions = []
        for k, point in enumerate(positions):
            x = point.x()
            if step:
                x += step * bisect.bisect_right(openings, indexes[k])
            if gaps:
                x += sums[bisect.bisect_right(gaps, indexes[k])] - base
            moved_positions.append(QPointF(x, point.y()))
        moved = QGlyphRun(run)
        moved.setPositions(moved_positions)
        out.append(moved)
    return out
