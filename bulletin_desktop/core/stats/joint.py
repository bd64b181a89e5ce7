"""Entries two or more units reported together (市住建局、市应急管理局联合开展……, or signed
（市住建局、市应急局）): the archive counts an entry for the first unit it names; the office
credits each of them, so the others are found here and counted too."""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

# between the names of units that report together
_JOINERS = ("、", "和", "与", "及", "会同")
_JOINER = re.compile("|".join(_JOINERS))
# longer names are not needed: a unit's name is at most 40 characters (units.registry)
_LONGEST_NAME = 40

_JOINT_SQL = """
SELECT f.unit_id, e.unit, e.lead, f.article, i.special_name IS NOT NULL, e.uid, sc.title, substr(i.date, 1, 7)
FROM issues i
JOIN entry_units f ON f.of_issue = i.id
JOIN entries e ON e.id = f.entry_id
JOIN sections sc ON sc.id = e.section_id
WHERE i.date BETWEEN ? AND ? {series}
  AND f.unit_id IS NOT NULL AND f.submission_id IS NULL
  AND ({joined})
""".replace("{joined}", " OR ".join(f"e.lead LIKE '%{joiner}%'" for joiner in _JOINERS))


@dataclass(frozen=True)
class JointCredit:
    """One more unit an entry (never adopted from a submission) is credited to, besides the
    unit it is counted for."""
    unit_id: int
    counted_for: int  # the unit the entry itself is counted for
    article: bool
    special: bool
    entry_uid: str
    section: str  # the title of the entry's section
    month: str  # of its issue: 2024-05


def joint_unit_ids(text: str, names: dict[str, int]) -> list[int]:
    """The units ``text`` opens with one after another (市住建局、市应急管理局联合… →
    both), each once, when it names two or more; else []. ``names``: every registered name
    and alias with its unit's id."""
    found: list[int] = []
    at = 0
    while True:
        name = next((text[at:end] for end in range(min(len(text), at + _LONGEST_NAME), at + 1, -1)
                     if text[at:end] in names), "")
        if not name:
            break
        if names[name] not in found:
            found.append(names[name])
        at += len(name)
        joiner = _JOINER.match(text, at)
        if joiner is None:
            break
        at = joiner.end()
    return found if len(found) > 1 else []


def joint_credits(conn: sqlite3.Connection, series_sql: str, params: tuple) -> list[JointCredit]:
    """For the entries of the range (and series) that name several units at their start,
    a credit for each unit beyond the one the entry is counted for. An entry adopted from
    a submission is its sender's alone."""
    names = dict(conn.execute("SELECT name, unit_id FROM unit_names"))
    credits: list[JointCredit] = []
    for unit_id, unit, lead, article, special, uid, section, month in conn.execute(
            _JOINT_SQL.format(series=series_sql), params):
        for other in joint_unit_ids(unit + lead if unit else lead, names):
            if other != unit_id:
                credits.append(JointCredit(other, unit_id, bool(article), bool(special), uid, section, month))
    return credits
