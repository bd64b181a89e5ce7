"""Places renamed with their level (撤乡设镇 马庄乡 → 马庄镇, 撤镇设街道, 撤县设市 长垣县 → 长垣市,
撤县设区): the place keeps its name and changes its last character or two. A registry that
holds both names (the old one's submissions before the change, the new one's after) holds one
unit twice, and the statistics split it in the year of the change; the clerk is offered the
merge (units similar), never given it unasked: two places may share a name at two levels
(a city and the county named after it)."""
from __future__ import annotations

import re

from .short_names import short_form

# the levels a place may be raised through, lowest first: a rename goes up these
_LADDERS = (("乡", "镇", "街道"), ("县", "市", "区"))
_LEVEL_END = re.compile(r"^(.{2,}?)(街道|乡|镇|县|市|区)(办事处|人民政府|政府)?$")


def place_level(name: str) -> tuple[str, int, int] | None:
    """(the place's name without its level, which ladder, how high on it), or None for a
    name that is not a place's (a department's, 县应急局) or has no name before its level."""
    found = _LEVEL_END.match(short_form(name.strip()))
    if found is None:
        return None
    stem, level = found.group(1), found.group(2)
    if stem[-1] in "县市区乡镇":  # 马庄镇街道? a level after a level: read no rename into it
        return None
    ladder = next(i for i, steps in enumerate(_LADDERS) if level in steps)
    return stem, ladder, _LADDERS[ladder].index(level)


def level_renamed(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` renamed one level or more up (马庄乡 → 马庄镇, 延津县马庄乡
    → 延津县马庄镇, 长垣县 → 长垣市)."""
    one, other = place_level(old), place_level(new)
    return one is not None and other is not None and one[:2] == other[:2] and one[2] < other[2]
