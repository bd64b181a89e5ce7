"""Text Word prints as two lines in one (双行合一, w:eastAsianLayout w:combine): a joint
issue's masthead names its two offices so, one above the other in one line's height."""
from __future__ import annotations

import re

from ..model import UNIT_SUFFIXES

_UNIT = re.compile(rf"^[^，。；：、！？,.;:!?\s]{{2,20}}(?:{UNIT_SUFFIXES})$")
_GAP = "　"
_LONGEST = 50  # two names of _UNIT's longest


def two_lines(text: str) -> str:
    """The combined text as the two names it prints, apart as two offices on one line are
    (县应急管理局　县交通运输局). Word puts the first half above, the rest below, so a clerk
    whose names differ in length pads the shorter with a space, or leaves the split to the
    reader; the split is where both parts are names: at the clerk's space if there is one,
    else nearest the middle, never after a whole name's first stray character
    (县委办公室县｜政府办公室 is 县委办公室｜县政府办公室). Text that is not two names (a
    date, a figure) stays as it is."""
    words = text.split()
    if len(words) == 2 and all(_UNIT.match(word) for word in words):
        return _GAP.join(words)
    letters = "".join(words)
    if len(letters) > _LONGEST:
        return text  # (no two names are so long: a hostile run's text is not tried at every place)
    half = (len(letters) + 1) // 2
    splits = [k for k in range(2, len(letters) - 1) if _UNIT.match(letters[:k]) and _UNIT.match(letters[k:])]
    if not splits:
        return text
    # a top that is a whole name and one more character took the next name's first one
    best = min(splits, key=lambda k: (bool(_UNIT.match(letters[:k - 1])), abs(k - half)))
    return letters[:best] + _GAP + letters[best:]
