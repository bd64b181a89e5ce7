"""Submissions several units send together (报送单位：A、B, 联合报送：A　B, signed （A、B）).
The submission's unit is the first of them (submissions.unit_id); the others, its co-senders,
are rows of ``submission_units``. The statistics count the submission, and each entry adopted
from it, for every one of them (once in the totals), whether or not the text of the news
opens with their names."""
from __future__ import annotations

import sqlite3
from typing import Sequence

from ..richtext import parse_markup, plain
from ..units.registry import home_place, known_unit, says_its_place, unit_stated

CO_SENDER_NAMES_SQL = ("SELECT cu.name FROM submission_units j JOIN units cu ON cu.id = j.unit_id "
                       "WHERE j.submission_id = {submission} ORDER BY j.position")
"""The names of a submission's co-senders in order; ``{submission}``: its id (a column, or ?)."""


def store_co_senders(conn: sqlite3.Connection, submission_id: int, unit_id: int | None, names: Sequence[str],
                     registered: list[str] | None = None, dropped: list[str] | None = None) -> list[int]:
    """Record as the submission's co-senders the units ``names`` name besides ``unit_id``
    (each read as the inbox reads a sender: a registered name or alias, short or in full, or
    a unit registered now, its name added to ``registered``; a name that does not say which
    county or town's it is, none: added to ``dropped``, for the clerk to be told). Their ids
    in order."""
    ids: list[int] = []
    for name in names:
        unit, new = unit_stated(conn, name)
        if unit is None and dropped is not None:
            dropped.append(name)
        if unit is None or unit.id == unit_id or unit.id in ids:
            continue
        if new and registered is not None:
            registered.append(unit.name)
        ids.append(unit.id)
    _write(conn, submission_id, ids)
    return ids


def _write(conn: sqlite3.Connection, submission_id: int, unit_ids: Sequence[int]) -> None:
    conn.execute("DELETE FROM submission_units WHERE submission_id = ?", (submission_id,))
    conn.executemany("INSERT INTO submission_units (submission_id, unit_id, position) VALUES (?, ?, ?)",
                     [(submission_id, unit_id, position) for position, unit_id in enumerate(unit_ids)])


def set_co_senders(conn: sqlite3.Connection, submission_id: int, unit_ids: Sequence[int]) -> None:
    """The clerk's choice of co-senders (none: a submission of its unit alone)."""
    primary = conn.execute("SELECT unit_id FROM submissions WHERE id = ?", (submission_id,)).fetchone()
    _write(conn, submission_id, [u for u in dict.fromkeys(unit_ids) if primary is None or u != primary[0]])


def co_sender_names(conn: sqlite3.Connection, submission_id: int) -> list[str]:
    return [name for (name,) in conn.execute(CO_SENDER_NAMES_SQL.format(submission="?"), (submission_id,))]


def unplaced_co_senders(conn: sqlite3.Connection, submission_id: int) -> list[str]:
    """The co-senders a submission's text names that no unit stands for because the name
    does not say which county or town's it is (县住建局 in a city's archive, where every
    county has one): left out when it was registered, for the clerk to give. [] once the
    clerk has given a unit for each name the text lists besides the sender's own."""
    row = conn.execute("SELECT title, body FROM submissions WHERE id = ?", (submission_id,)).fetchone()
    if row is None:
        return []
    from ..units.detect import joint_senders

    names = joint_senders(_text(*row))
    home = home_place(conn)
    unplaced = [name for name in names if known_unit(conn, name) is None and not says_its_place(name, home)]
    given = conn.execute("SELECT count(*) FROM submission_units WHERE submission_id = ?", (submission_id,)).fetchone()[0]
    return unplaced if unplaced and given < len(names) - 1 else []


def _text(title: str, body: str) -> str:
    return "\n".join([title, *(plain(parse_markup(line)) for line in body.split("\n"))])
