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
_HAN = "\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\U00020000-\\U0003ffff"
# Regular expressions, not loops over characters: this runs on every keystroke's block.
_LATIN_RUN = re.compile(f"[{_LATIN_CLASS}]+")
_GAP = re.compile(f"(?<=[{_HAN}])(?=[{_LATIN_ALNUM}])|(?<=[{_LATIN_ALNUM}])(?=[{_HAN}])")


def latin_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch of ``text`` set in the Latin face."""
    return [match.span() for match in _LATIN_RUN.finditer(text)]


def cjk_latin_gaps(text: str) -> list[int]:
    """Positions ``i`` where a space of CJK_LATIN_GAP_EM stands between ``text[i-1]`` and
    ``text[i]``: a Chinese character next to a Latin letter or digit, in either order."""
    return [match.start() for match in _GAP.finditer(text)]
