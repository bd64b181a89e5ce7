"""Text Word prints as two lines in one (双行合一, w:eastAsianLayout w:combine): a joint
issue's masthead names its two offices so, one above the other in one line's height."""
from __future__ import annotations

import re

from ..model import UNIT_SUFFIXES

_UNIT = re.compile(rf"^[^，。；：、！？,.;:!?\s]{{2,20}}(?:{UNIT_SUFFIXES})$")
_GAP = "　"


def two_lines(text: str) -> str:
    """The combined text as the two names it prints, apart as two offices on one line are
    (县应急管理局　县交通运输局); Word puts the first half above, the rest below. Text that
    is not two names (a date, a figure) stays as it is."""
    letters = re.sub(r"\s+", "", text)
    half = (len(letters) + 1) // 2
    top, bottom = letters[:half], letters[half:]
    if not (_UNIT.match(top) and _UNIT.match(bottom)):
        return text
    return top + _GAP + bottom
