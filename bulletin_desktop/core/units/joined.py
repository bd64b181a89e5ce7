"""Units that report together and are written so: 市住建局、市应急管理局联合…, or in one bold
run (**县住建局、县应急局**). The words between their names are listed here once: the
statistics credit each unit, the registry registers each, the import reads the bold run."""
from __future__ import annotations

import re

from ..model import SENDER_SUFFIXES

JOINERS = ("、", "和", "与", "及", "会同")
JOINER = re.compile("|".join(JOINERS))
# where a unit's name may end before a joiner: 和 and 与 also stand inside names (住房和城乡建设局)
_NAME_END = re.compile(rf"(?:{SENDER_SUFFIXES}|村)$")


def joined_names(text: str) -> list[str]:
    """The names of ``text`` when it is several units' names joined (县住建局、县应急局 → both;
    县住建局和县交通局 → both); [] for one name (县住房和城乡建设局) or anything else."""
    names: list[str] = []
    start = 0
    for joiner in JOINER.finditer(text):
        part = text[start:joiner.start()]
        if len(part) >= 2 and _NAME_END.search(part):
            names.append(part)
            start = joiner.end()
    last = text[start:]
    if not names or len(last) < 2 or not _NAME_END.search(last):
        return []
    return [*names, last]


# A sender's line lists the units sending together set apart by slashes, commas or spaces as
# well (报送单位：A/B, 联合报送：A　B), besides the joiners above.
_LISTED = re.compile(r"[／/，,；;]|\s+")


def listed_names(text: str) -> list[str]:
    """The units' names a line of senders lists (A、B, A/B, A和B, A　B), in order; [] unless
    it lists two or more and each reads as a unit's name."""
    names: list[str] = []
    # a joiner standing apart (A 和 B), spaces beside a 、 (A、 B); not 县住建局 和平路社区
    text = re.sub(rf"\s+({JOINER.pattern})\s+|\s*(、)\s*", lambda m: m.group(1) or m.group(2), text.strip())
    for part in filter(None, _LISTED.split(text)):
        names += joined_names(part) or [part]
    names = list(dict.fromkeys(names))
    return names if len(names) > 1 and all(len(name) >= 2 and _NAME_END.search(name) for name in names) else []
