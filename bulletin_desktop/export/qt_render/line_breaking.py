"""Choosing the lines of a paragraph by advances, as word processors count the grid."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QTextBoundaryFinder

from .rows import utf16_len


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
        self.size = utf16_len(text)
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


def memo(function: Callable[[int], float]) -> Callable[[int], float]:
    known: dict[int, float] = {}

    def cached(position: int) -> float:
        found = known.get(position)
        if found is None:
            found = known[position] = function(position)
        return found
    return cached
