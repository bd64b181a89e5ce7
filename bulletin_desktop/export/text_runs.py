"""Which characters Word sets in the Latin face, and where it spaces Chinese from Latin.

Word picks a run's face per character: ASCII (digits, Latin letters, ASCII punctuation and
the space) in the Latin face, everything else in the East-Asian one (quotation marks,
dashes and the ellipsis too, because our runs carry the eastAsia hint). Between a Chinese
character and a Latin letter or digit it adds a small space (autoSpaceDE/autoSpaceDN, which
the .docx declares on; LibreOffice adds the same space whatever the file says): 0.2 em, as
LibreOffice 7.4 measures it. None next to punctuation or spaces. The Qt typesetter uses
these rules to set the lines Word and LibreOffice set. Positions are code-point indexes.
"""
from __future__ import annotations

import re

# The space between a Chinese character and a Latin letter or digit, in ems of the text.
CJK_LATIN_GAP_EM = 0.2


# Set in the Latin face: ASCII, and the accented Latin letters of names and pinyin.
_LATIN_CLASS = "\\x20-\\x7e\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f"
_LATIN_ALNUM = "0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f"
# Chinese characters: 〇, the unified ideographs with extension A, the compatibility
# ideographs, and the supplementary planes' extensions.
_HAN_RANGES = ((0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
# Regular expressions, not loops over characters: this runs on every keystroke's block. No
# Chinese ranges in them: Python compiles a class of 27,000 characters one character at a
# time, 5 ms at every start.
_LATIN_RUN = re.compile(f"[{_LATIN_CLASS}]+")
_LATIN_ALNUM_RUN = re.compile(f"[{_LATIN_ALNUM}]+")


# Characters Unicode shares between scripts, set in the East-Asian face like the rest of the
# text that is not Latin: quotation marks, ·, ×, ℃, ①, Ⅳ, ◆, ★, Greek letters. Word does so
# because our runs carry the eastAsia hint, the Qt typesetter because they are not Latin;
# LibreOffice 7.4 ignores the hint and gives such a character the script of the one before
# it: after a digit or a Latin letter the Latin face (“50条” printed 50” half-width, and the
# line holding more than Word's). The .docx names the East-Asian face in every slot of their
# runs (docx/ooxml.add_run), so every application sets them alike. Not the em dash and the
# ellipsis: one em wide in the Latin face too, as Word sets them, where the Chinese faces
# standing in on Linux have narrower ones in Latin text (5—10月 then broke otherwise).
_SHARED_RUN = re.compile("[\\u00a1-\\u00bf\\u00d7\\u00f7\\u0250-\\u2013\\u2015-\\u2025\\u2027-\\u2e7f]+")


def shared_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch of ``text`` of characters shared between scripts,
    which must be set in the East-Asian face whatever script precedes them."""
    return [match.span() for match in _SHARED_RUN.finditer(text)]


def latin_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch of ``text`` set in the Latin face."""
    return [match.span() for match in _LATIN_RUN.finditer(text)]


def is_han(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


def cjk_latin_gaps(text: str) -> list[int]:
    """Positions ``i`` where a space of CJK_LATIN_GAP_EM stands between ``text[i-1]`` and
    ``text[i]``: a Chinese character next to a Latin letter or digit, in either order."""
    gaps = []
    for match in _LATIN_ALNUM_RUN.finditer(text):
        start, end = match.span()
        if start > 0 and is_han(text[start - 1]):
            gaps.append(start)
        if end < len(text) and is_han(text[end]):
            gaps.append(end)
    return gaps


_DIGITS = re.compile("[0-9]")


def text_ems(text: str) -> float:
    """About how wide ``text`` sets, in ems of its size, never less than it takes: Chinese
    characters and full-width marks one em, digits half an em, other Latin letters and
    ASCII marks 0.6 em (Times New Roman's widest lower-case and capitals run wider, its
    narrow letters narrower), and the spaces between Chinese and Latin. For decisions both
    outputs must take alike before either sets a line."""
    latin = sum(end - start for start, end in latin_runs(text))
    digits = len(_DIGITS.findall(text))
    return (len(text) - latin) + 0.5 * digits + 0.6 * (latin - digits) + CJK_LATIN_GAP_EM * len(cjk_latin_gaps(text))
