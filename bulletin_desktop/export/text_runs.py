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

# The space between a Chinese character and a Latin letter or digit, in ems of the text.
CJK_LATIN_GAP_EM = 0.2


def is_latin(ch: str) -> bool:
    """Set in the Latin face: ASCII, and the accented Latin letters of names and pinyin."""
    code = ord(ch)
    return 0x20 <= code <= 0x7E or 0xC0 <= code <= 0x24F and code not in (0xD7, 0xF7)


def is_han(ch: str) -> bool:
    code = ord(ch)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3FFFF or code == 0x3007)


def _latin_alnum(ch: str) -> bool:
    return ch.isalnum() and is_latin(ch)


def latin_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch of ``text`` set in the Latin face."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, ch in enumerate(text):
        if is_latin(ch):
            if start is None:
                start = index
        elif start is not None:
            runs.append((start, index))
            start = None
    if start is not None:
        runs.append((start, len(text)))
    return runs


def cjk_latin_gaps(text: str) -> list[int]:
    """Positions ``i`` where a space of CJK_LATIN_GAP_EM stands between ``text[i-1]`` and
    ``text[i]``: a Chinese character next to a Latin letter or digit, in either order."""
    return [i for i in range(1, len(text))
            if (is_han(text[i - 1]) and _latin_alnum(text[i])) or (_latin_alnum(text[i - 1]) and is_han(text[i]))]
