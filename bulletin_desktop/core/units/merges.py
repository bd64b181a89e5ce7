"""Merging one unit into another, and taking a merge back, from a record kept in the archive.

Every merge leaves a row in ``unit_merges`` with what it moved, so that the clerk can undo
it exactly later — from ``units unmerge`` as from the units dialog, after the dialog and the
program were closed. The entries each unit is counted for are not recorded: ``entry_units``
follows from the names (schema.ENTRY_UNIT_MATCH), so giving the names back counts them again.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Sequence

from ..archive import Archive
from ..archive.store import inserted_id, now_text
from . import registry
from .registry import Unit, UnitError, UnknownUnitError


@dataclass(frozen=True)
class UnitMerge:
    """One merge as recorded: the unit merged away as it was, its names, the submissions it
    sent and the co-senders' rows of both units before it, and how many entries were
    counted for it (for the clerk; undoing counts them again from the names)."""
    id: int
    merged_at: str
    source: str  # the name of the unit merged away
    target: str  # the name the unit kept had at the merge
    target_id: int
    unit: tuple  # (id, name, category, active, sort_order, created_at) of the unit merged away
    names: tuple[str, ...]
    submission_ids: tuple[int, ...]
    co_senders: tuple[tuple[int, int, int], ...]  # (submission_id, unit_id, position)
    entries: int
    undone_at: str | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "merged_at": self.merged_at, "source": self.source, "target": self.target,
                "names": list(self.names), "submissions": len(self.submission_ids), "entries": self.entries,
                "undone": self.undone_at is not None, "undone_at": self.undone_at}

    def moved_text(self) -> str:
        """What the merge moved, as the clerk reads it: 名称3个、来稿2篇、条目5条."""
        return f"名称{len(self.names)}个、来稿{len(self.submission_ids)}篇、条目{self.entries}条"


def merge_units(archive: Archive, source: str, target: str) -> tuple[Unit, UnitMerge]:
    """``source`` becomes part of ``target``: its names turn into aliases of ``target``, its
    submissions, adopted entries and points move with them. Returns the unit kept and the
    record of the merge (kept in the archive for undo_merge)."""
    with archive.transaction("合并单位") as conn:
        src, dst = registry.find_in(conn, source), registry.find_in(conn, target)
        if src is None:
            raise UnknownUnitError(source)
        if dst is None:
            raise UnknownUnitError(target)
        if src.id == dst.id:
            raise UnitError(f"“{source}”和“{target}”已是同一个单位。")
        moved = {
            "unit": list(conn.execute("SELECT id, name, category, active, sort_order, created_at FROM units "
                                      "WHERE id = ?", (src.id,)).fetchone()),
            "names": [n for (n,) in conn.execute("SELECT name FROM unit_names WHERE unit_id = ? ORDER BY name",
                                                  (src.id,))],
            "submissions": [i for (i,) in conn.execute("SELECT id FROM submissions WHERE unit_id = ? ORDER BY id",
                                                        (src.id,))],
            "co_senders": [list(r) for r in conn.execute(
                "SELECT submission_id, unit_id, position FROM submission_units WHERE unit_id IN (?, ?) "
                "ORDER BY submission_id, unit_id", (src.id, dst.id))],
            "entries": conn.execute("SELECT count(*) FROM entry_units WHERE unit_id = ?", (src.id,)).fetchone()[0],
        }
        conn.execute("UPDATE unit_names SET unit_id = ? WHERE unit_id = ?", (dst.id, src.id))
        conn.execute("UPDATE entry_units SET unit_id = ? WHERE unit_id = ?", (dst.id, src.id))
        conn.execute("UPDATE submissions SET unit_id = ? WHERE unit_id = ?", (dst.id, src.id))
        # the submissions it sent with others are the target's, once, and not as a co-sender
        # of a submission the target sent itself
        conn.execute("UPDATE OR IGNORE submission_units SET unit_id = ? WHERE unit_id = ?", (dst.id, src.id))
        conn.execute("DELETE FROM submission_units WHERE unit_id = ? OR unit_id = ? AND submission_id IN "
                     "(SELECT id FROM submissions WHERE unit_id = ?)", (src.id, dst.id, dst.id))
        conn.execute("DELETE FROM units WHERE id = ?", (src.id,))
        merge_id = inserted_id(conn.execute(
            "INSERT INTO unit_merges (merged_at, source_name, target_id, target_name, moved) VALUES (?, ?, ?, ?, ?)",
            (now_text(conn), src.name, dst.id, dst.name, json.dumps(moved, ensure_ascii=False))))
        return registry.read_unit(conn, dst.id), _merge(conn, merge_id)


def list_merges(archive: Archive, *, include_undone: bool = True) -> list[UnitMerge]:
    """The merges recorded, the latest first."""
    with archive.reading() as conn:
        ids = [i for (i,) in conn.execute(
            "SELECT id FROM unit_merges " + ("" if include_undone else "WHERE undone_at IS NULL ") + "ORDER BY id DESC")]
        return [_merge(conn, i) for i in ids]


def undo_merge(archive: Archive, merge: UnitMerge | int) -> Unit:
    """Take a merge back: the unit merged away is registered again as it was (its id, when
    no unit has taken it since), with its names and the submissions that were its; the
    entries are counted again by the names. What came in since (a submission signed with its
    name after the merge) stays where it went. The unit it was merged into must still be
    there: a later merge of that unit is taken back first."""
    merge_id = merge if isinstance(merge, int) else merge.id
    with archive.transaction("撤销合并单位") as conn:
        record = _merge(conn, merge_id)
        if record.undone_at is not None:
            raise UnitError(f"第{merge_id}号合并（“{record.source}”并入“{record.target}”）已在{record.undone_at}撤销。")
        unit_id, name, category, active, sort_order, created_at = record.unit
        if conn.execute("SELECT 1 FROM units WHERE id = ?", (record.target_id,)).fetchone() is None:
            later = conn.execute("SELECT id, target_name FROM unit_merges WHERE undone_at IS NULL AND id > ? "
                                 "AND json_extract(moved, '$.unit[0]') = ? ORDER BY id DESC LIMIT 1",
                                 (merge_id, record.target_id)).fetchone()
            first = (f"请先撤销第{later[0]}号合并（“{record.target}”并入“{later[1]}”）。" if later else "")
            raise UnitError(f"“{name}”并入的“{record.target}”已不在名录中，无法撤销这次合并。{first}")
        if (holder := registry.find_in(conn, name)) is not None and holder.id != record.target_id:
            raise UnitError(f"名录中已有另一个单位叫“{name}”，无法撤销这次合并。")
        taken = conn.execute("SELECT 1 FROM units WHERE id = ?", (unit_id,)).fetchone() is not None
        unit_id = inserted_id(conn.execute(
            "INSERT INTO units (id, name, category, active, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (None if taken else unit_id, name, category, active, sort_order, created_at)))
        for table, column, values in (("unit_names", "name", record.names), ("submissions", "id", record.submission_ids)):
            conn.executemany(f"UPDATE {table} SET unit_id = ? WHERE {column} = ? AND unit_id = ?",
                             [(unit_id, value, record.target_id) for value in values])
        registry.recount_entries(conn, of_unit=record.target_id)
        touched = {sid for sid, _unit, _position in record.co_senders} | set(record.submission_ids)
        conn.executemany("DELETE FROM submission_units WHERE submission_id = ? AND unit_id IN (?, ?)",
                         [(sid, unit_id, record.target_id) for sid in touched])
        conn.executemany("INSERT OR IGNORE INTO submission_units (submission_id, unit_id, position) VALUES (?, ?, ?)",
                         [(sid, unit_id if unit == record.unit[0] else unit, position)
                          for sid, unit, position in record.co_senders
                          if conn.execute("SELECT 1 FROM submissions WHERE id = ?", (sid,)).fetchone()])
        conn.execute("UPDATE unit_merges SET undone_at = ? WHERE id = ?", (now_text(conn), merge_id))
        return registry.read_unit(conn, unit_id)


def _merge(conn: sqlite3.Connection, merge_id: int) -> UnitMerge:
    row = conn.execute("SELECT id, merged_at, source_name, target_id, target_name, moved, undone_at "
                       "FROM unit_merges WHERE id = ?", (merge_id,)).fetchone()
    if row is None:
        listed = "、".join(str(i) for (i,) in conn.execute("SELECT id FROM unit_merges ORDER BY id DESC LIMIT 10"))
        raise UnitError(f"没有第{merge_id}号合并记录。" + (f"最近的合并：{listed}（units merges 列出）。" if listed
                                                       else "档案库中还没有合并过单位。"))
    merge_id, merged_at, source, target_id, target, moved, undone_at = row
    moved = json.loads(moved)
    return UnitMerge(merge_id, merged_at, source, target, target_id, tuple(moved["unit"]), tuple(moved["names"]),
                     tuple(moved["submissions"]), tuple(tuple(r) for r in moved["co_senders"]), moved["entries"],
                     undone_at)


@dataclass(frozen=True)
class StillPrinted:
    """An issue whose entries still print a name of a unit merged away (浙川县, a slip for
    淅川县): the merge counts them for the unit kept, the issue's text is left as it is."""
    issue_ref: str  # as the command line reads it back (南阳应急管理信息:62)
    number_line: str  # as the masthead prints it: 第62期
    name: str
    entries: int


def still_printed(archive: Archive, names: Sequence[str]) -> list[StillPrinted]:
    """The issues (oldest first) whose entries print one of ``names`` as their unit: after a
    merge, the names of the unit merged away (merged_names); after a rename, the old name.
    The clerk who corrected a misspelt name decides whether to correct them too (replace);
    a unit renamed by a reform is printed under its old name rightly."""
    if not names:
        return []
    from ..archive.store import YEAR_NUMBER_COLUMNS, year_number_of
    from ..model import number_line

    marks = ",".join("?" * len(names))
    with archive.reading() as conn:
        rows = conn.execute(
            f"SELECT sr.name, i.number, {YEAR_NUMBER_COLUMNS}, e.unit, count(*) FROM entries e "
            f"JOIN issues i ON i.id = e.issue_id JOIN series sr ON sr.id = i.series_id "
            f"WHERE e.unit IN ({marks}) GROUP BY i.id, e.unit ORDER BY i.date, i.id", list(names)).fetchall()
    return [StillPrinted(f"{series}:{number}", number_line(number, year_number_of(*year)), name, count)
            for series, number, *year, name, count in rows]


def merged_names(merge: UnitMerge) -> list[str]:
    """The names the unit merged away had, besides the name of the unit it went into."""
    return [name for name in merge.names if name != merge.target]


def still_printed_note(found: list[StillPrinted], target: str) -> str:
    """What the clerk is told of them after the merge (the window and units merge alike); "" for none."""
    if not found:
        return ""
    places = "、".join(f"{p.number_line}{p.entries}条印作“{p.name}”" for p in found[:5])
    more = f"等{len(found)}期" if len(found) > 5 else ""
    first = found[0]
    return (f"名录和统计已改，各期已印的文字不改：{places}{more}。如是写错的名称，可替换为“{target}”"
            f"（命令行：replace {first.issue_ref} {first.name} {target}）。")
