"""Text Word prints as two lines in one (双行合一, w:eastAsianLayout w:combine): a joint
issue's masthead names its two offices so, one above the other in one line's height, and an
entry its joint senders, two or three of them."""
from __future__ import annotations

import re
from itertools import combinations

from ..model import UNIT_SUFFIXES

_UNIT = re.compile(rf"^[^，。；：、！？,.;:!?\s]{{2,20}}(?:{UNIT_SUFFIXES})$")
# the endings a name may end with that are longer than a character (办公室, 委员会, 街道)
_LONG_ENDINGS = tuple(ending for ending in UNIT_SUFFIXES.split("|") if len(ending) > 1)
_GAP = "　"
_LONGEST = 50  # two names of _UNIT's longest
_MOST_NAMES = 3  # (Word's two short lines hold no more)


def two_lines(text: str) -> str:
    """The combined text as the names it prints, apart as two offices on one line are
    (县应急管理局　县交通运输局). Word puts the first half above, the rest below, so a clerk
    whose names differ in length pads the shorter with a space, or leaves the split to the
    reader; the split is where every part is a name: at the clerk's spaces if they part
    names, else into as many names as the text holds whole (three senders of one entry,
    县应急管理局县交通运输局县公安局: two of them joined would also end as a name), the two
    of two names nearest the middle; never after a whole name's first stray character
    (县委办公室县｜政府办公室 is 县委办公室｜县政府办公室) nor inside an ending (县委办｜公室…).
    Text that is not names (a date, a figure) stays as it is."""
    words = text.split()
    letters = "".join(words)
    if len(letters) > _LONGEST:
        return text  # (no names are so long: a hostile run's text is not tried at every place)
    # the clerk's spaces, where they part names (县应急管理局县交通运输局 县公安局: one more cut)
    spaced = set()
    if len(words) > 1 and all(_UNIT.match(word) for word in words):
        spaced = {sum(len(word) for word in words[:i]) for i in range(1, len(words))}
    best: tuple[tuple[bool, bool, int, int], tuple[int, ...]] | None = None
    for count in range(1, _MOST_NAMES):
        for cuts in combinations(range(3, len(letters) - 2), count):
            bounds = (0, *cuts, len(letters))
            parts = [letters[start:end] for start, end in zip(bounds, bounds[1:])]
            if not all(_UNIT.match(part) for part in parts):
                continue
            rank = (not spaced <= set(cuts), any(_stray(parts[i], letters, cut) for i, cut in enumerate(cuts)),
                    -len(parts), max(len(part) for part in parts) - min(len(part) for part in parts))
            if best is None or rank < best[0]:
                best = rank, cuts
    if best is None:
        return text
    bounds = (0, *best[1], len(letters))
    return _GAP.join(letters[start:end] for start, end in zip(bounds, bounds[1:]))


def _stray(before: str, letters: str, cut: int) -> bool:
    """Whether a cut at ``cut`` after the name ``before`` is a wrong one: the name is a whole
    name and one character taken from the next (县委办公室县), or the cut parts an ending
    (县委办｜公室县政府办公室)."""
    if _UNIT.match(before[:-1]):
        return True
    return any(letters.startswith(ending, cut - back) for ending in _LONG_ENDINGS
               for back in range(1, len(ending)))
