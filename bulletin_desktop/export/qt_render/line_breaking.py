"""Choosing the lines of a paragraph by advances, as word processors count the grid."""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QTextBoundaryFinder

from .rows import utf16_len


# Punctuation that, when a full line is followed by it, is set past the right margin
# (Word's overflowPunct, LibreOffice's hanging punctuation): the pause marks, full- or
# half-width, as LibreOffice hangs them. Closing quotes and brackets do not hang there:
# the character before them goes down to the next line with them, and so it does here.
HANGING = frozenset(ord(ch) for ch in "，。、；：！？,.;:!?")
# Qt keeps advances in 1/64 pt, rounded to nearest: half a step per character is forgiven
# when a line is measured, so Qt fits what the word processor's exact widths fit.
ROUNDING_PT = 1 / 128


_CLOSING_BRACKETS = frozenset(ord(ch) for ch in "〕】）」』》")


_OPENING_QUOTES = frozenset(ord(ch) for ch in "“‘")
_CLOSING_QUOTES = frozenset(ord(ch) for ch in "”’")
_QUOTES = _OPENING_QUOTES | _CLOSING_QUOTES


def _han(unit: int) -> bool:
    """A UTF-16 unit of a Chinese character (of the basic plane: the ones a bulletin uses)."""
    return 0x3400 <= unit <= 0x9FFF or 0xF900 <= unit <= 0xFAFF or unit == 0x3007


# symbols that never start a line (Word's rule for Chinese text)
_AFTER_ONLY = frozenset(ord(ch) for ch in "℃℉")


def _symbol(unit: int) -> bool:
    """A symbol or a number sign set in the Chinese face: letterlike symbols, Roman numerals,
    arrows, circled numbers, shapes, stars."""
    return 0x2100 <= unit <= 0x2BFF and unicodedata.category(chr(unit)) in ("So", "Sm", "No", "Nl")


def _ascii_alnum(unit: int) -> bool:
    return 0x30 <= unit <= 0x39 or 0x41 <= unit <= 0x5A or 0x61 <= unit <= 0x7A


@dataclass(frozen=True)
class LineBreak:
    """Where one line of a paragraph starts and ends, and the room it has."""
    start: int  # UTF-16 units, as Qt counts
    length: int
    indent: float
    width: float  # room on this line
    advance: float  # what its characters take, spaces and hanging punctuation at the end not counted
    last: bool  # the paragraph's last line (not justified)


class LineBreaker:
    """Chooses the lines of a paragraph the way the page grid counts: a line holds what
    its advances fit. Breaks fall on Unicode line-break opportunities, which keep ，。、”
    off the start of a line and “《 off its end; one such mark after a full line hangs in
    the margin (unless ``hang`` is False: then it goes down with the character before it).
    Positions are UTF-16 units, as in Qt; ``advance(a, b)`` gives the width of the text
    from ``a`` to ``b`` and is asked only where the search needs it."""

    def __init__(self, text: str, hang: bool = True):
        self.hang = hang
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
        # a hyphen between digits (0395-1234567) may end a line, as in Word and LibreOffice
        if 0x2D in self.unit:
            breaks = sorted({*breaks, *(i + 1 for i in range(1, self.size - 1) if self.unit[i] == 0x2D
                                        and 0x30 <= self.unit[i - 1] <= 0x39 and 0x30 <= self.unit[i + 1] <= 0x39)})
        # a closing bracket keeps the number after it (漯安委〔2025〕80号), as LibreOffice sets it
        if not _CLOSING_BRACKETS.isdisjoint(self.unit):
            breaks = [b for b in breaks
                      if not (b < self.size and self.unit[b - 1] in _CLOSING_BRACKETS and _ascii_alnum(self.unit[b]))]
        # between a Chinese character and a quotation mark a line may end before “ and after ”,
        # whatever the quoted text is, as LibreOffice breaks 和|“NB-IoT”|平台 (Qt's Unicode
        # rules keep a quotation mark to both its neighbours when the quoted text is Latin,
        # and the line broke far earlier than in the Word file)
        if not _QUOTES.isdisjoint(self.unit):
            breaks = sorted({*breaks, *self._quote_breaks()})
        # two symbols set in the Chinese face (①②, ◆◆, ⅠⅡ) part as two Chinese characters do,
        # as Word and LibreOffice part them; Qt's rules keep them together as a word's letters
        if any(0x2100 <= unit <= 0x2BFF for unit in self.unit):
            breaks = sorted({*breaks, *(i for i in range(1, self.size)
                                        if _symbol(self.unit[i - 1]) and _symbol(self.unit[i]) and self.unit[i] not in _AFTER_ONLY)})
        if not breaks or breaks[-1] != self.size:
            breaks.append(self.size)
        self.breaks = breaks

    def _quote_breaks(self) -> list[int]:
        """Positions between a Chinese character and an opening quotation mark after it, or a
        closing one before it."""
        unit = self.unit
        return [i for i in range(1, self.size)
                if (unit[i] in _OPENING_QUOTES and _han(unit[i - 1])) or (unit[i - 1] in _CLOSING_QUOTES and _han(unit[i]))]

    def visible_end(self, start: int, end: int) -> int:
        while end > start and self.unit[end - 1] in (0x20, 0x09):
            end -= 1  # spaces at the end of a line hang in the margin
        return end

    def set_end(self, start: int, end: int) -> int:
        """The end of what counts against the line's room: spaces at the end hang in the
        margin, and so does one closing punctuation mark."""
        end = self.visible_end(start, end)
        # after a Latin letter or digit the mark does not hang (as LibreOffice sets it), nor
        # after a closing quotation mark that closes Latin text (“627%”，): LibreOffice reads
        # such a mark as Latin text too
        if self.hang and end - start > 1 and self.unit[end - 1] in HANGING and not self._after_latin(start, end - 1):
            end -= 1
        return end

    def _after_latin(self, start: int, position: int) -> bool:
        """Whether the text before ``position`` (in this line) ends in Latin text, closing
        quotation marks after it counted with it."""
        before = position - 1
        while before > start and self.unit[before] in _CLOSING_QUOTES:
            before -= 1
        return self.unit[before] < 0x80

    def next_end(self, start: int, room: float, advance: Callable[[int, int], float]) -> int:
        """Where the line that starts at ``start`` ends: the last break opportunity whose
        advance fits (advances only grow along the text, so a binary search finds it)."""
        def fits(end: int) -> bool:
            counted = self.set_end(start, end)
            return advance(start, counted) <= room + 1e-6 + (counted - start) * ROUNDING_PT

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
            if advance(start, middle) <= room + 1e-6:
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
