"""Rows: what one slot of the page grid shows (a line of text, a rule, a blank line)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QGlyphRun, QPainter, QTextLayout, QTextLine

from .geometry import PageGeometry

BLACK = QColor(0, 0, 0)


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
                self._runs = spread(self.layout.lineAt(self.index), self.spare)
            for run in self._runs:
                painter.drawGlyphRun(origin, run)
        for thickness, at in ((self.rule_above, y), (self.rule_below, y + self.height)):
            if thickness > 0:
                _rule(painter, geometry.left, at, geometry.type_width, thickness, BLACK)

    def text(self) -> str:
        line = self.layout.lineAt(self.index)
        return utf16_slice(self.layout.text(), line.textStart(), line.textLength())


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


def spread(line: QTextLine, spare: float) -> list[QGlyphRun]:
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
