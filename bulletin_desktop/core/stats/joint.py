"""Entries two or more units reported together (市住建局、市应急管理局联合开展……, or signed
（市住建局、市应急局）): the archive counts an entry for the first unit it names; the office
credits each of them, so the others are found here and counted too."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..units.joined import JOINER as _JOINER, JOINERS as _JOINERS  # (the import's reading uses them from here)
from ..units.short_names import short_form

# longer names are not needed: a unit's name is at most 40 characters (units.registry)
_LONGEST_NAME = 40

_JOINT_SQL = """
SELECT f.unit_id, e.unit, e.lead, f.article, i.special_name IS NOT NULL, e.uid, sc.title, substr(i.date, 1, 7),
       f.submission_id IS NOT NULL
FROM issues i
JOIN entry_units f ON f.of_issue = i.id
JOIN entries e ON e.id = f.entry_id
JOIN sections sc ON sc.id = e.section_id
WHERE i.date BETWEEN ? AND ? {series}
  AND (f.unit_id IS NOT NULL AND ({joined_lead}) OR f.unit_id IS NULL AND ({joined_unit}))
""".replace("{joined_lead}", " OR ".join(f"e.lead LIKE '%{joiner}%'" for joiner in _JOINERS)).replace(
    "{joined_unit}", " OR ".join(f"e.unit LIKE '_%{joiner}%_'" for joiner in _JOINERS))


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
    adopted: bool = False  # from a submission (joint): not written in directly, its count of submissions known


def joint_unit_ids(text: str, names: dict[str, int]) -> list[int]:
    """The units ``text`` opens with one after another (市住建局、市应急管理局联合… →
    both), each once, when it names two or more; else []. ``names``: every registered name
    and alias with its unit's id; a name written short or in full is its unit's too (the
    second of 县住建局、县应急局 is 县应急管理局's though no entry wrote it so before)."""
    shorts = {short_form(name): unit for name, unit in names.items()}
    found: list[int] = []
    at = 0
    while True:
        candidates = [text[at:end] for end in range(min(len(text), at + _LONGEST_NAME), at + 1, -1)]
        name = next((c for c in candidates if c in names), "") or next(
            (c for c in candidates if short_form(c) in shorts), "")
        if not name:
            break
        unit = names[name] if name in names else shorts[short_form(name)]
        if unit not in found:
            found.append(unit)
        at += len(name)
        joiner = _JOINER.match(text, at)
        if joiner is None:
            break
        at = joiner.end()
    return found if len(found) > 1 else []


def joint_credits(conn: sqlite3.Connection, series_sql: str, params: tuple) -> list[JointCredit]:
    """For the entries of the range (and series) that name several units at their start,
    a credit for each unit beyond the one the entry is counted for. An entry adopted from
    a submission is its sender's alone unless the sender is one of the units it names
    (**召陵区应急管理局**、召陵区住建局联合…, a joint submission): then it is credited to
    each, as the same entry imported or typed in is; other units a sender writes about
    (县住建局、县交通局联合… in the county government's submission) are not credited."""
    names = dict(conn.execute("SELECT name, unit_id FROM unit_names"))
    credits: list[JointCredit] = []
    for unit_id, unit, lead, article, special, uid, section, month, adopted in conn.execute(
            _JOINT_SQL.format(series=series_sql), params):
        together = joint_unit_ids(unit if unit_id is None else unit + lead if unit else lead, names)
        if adopted and unit_id not in together:
            continue
        counted = unit_id if unit_id is not None else together[0] if together else None
        for other in together:
            if counted is not None and other != counted:
                credits.append(JointCredit(other, counted, bool(article), bool(special), uid, section, month,
                                           bool(adopted)))
    return credits


def joined_bold_units(conn: sqlite3.Connection, raws: set[str]) -> dict[str, int]:
    """The unit an entry is counted for whose bold unit is several units' names in one run
    (**县住建局、县应急局**联合…, matching no one name): the first of them; ``joint_credits``
    credits the others."""
    names = dict(conn.execute("SELECT name, unit_id FROM unit_names"))
    found = {raw: joint_unit_ids(raw, names) for raw in raws if _JOINER.search(raw)}
    return {raw: ids[0] for raw, ids in found.items() if ids}


# The entries of the range adopted from a submission several units sent (its co-senders,
# inbox.joint_senders), one row for each co-sender.
_CO_SENDER_SQL = """
SELECT j.unit_id, coalesce(s.unit_id, f.unit_id), f.article, i.special_name IS NOT NULL, e.uid, sc.title,
       substr(i.date, 1, 7)
FROM issues i
JOIN entry_units f ON f.of_issue = i.id
JOIN submission_units j ON j.submission_id = f.submission_id
JOIN submissions s ON s.id = f.submission_id
JOIN entries e ON e.id = f.entry_id
JOIN sections sc ON sc.id = e.section_id
WHERE i.date BETWEEN ? AND ? {series}
"""


def co_sender_credits(conn: sqlite3.Connection, series_sql: str, params: tuple,
                      given: list[JointCredit]) -> list[JointCredit]:
    """A credit for each co-sender of the submission an entry of the range was adopted from
    (报送单位：A、B, the news opening with neither), beyond those ``given`` (its text's own
    joint units, joint_credits) and the unit it is counted for."""
    have = {(credit.entry_uid, credit.unit_id) for credit in given}
    credits: list[JointCredit] = []
    for unit_id, counted, article, special, uid, section, month in conn.execute(
            _CO_SENDER_SQL.format(series=series_sql), params):
        if counted is None or unit_id == counted or (uid, unit_id) in have:
            continue
        have.add((uid, unit_id))
        credits.append(JointCredit(unit_id, counted, bool(article), bool(special), uid, section, month, True))
    return credits
