"""The trash: deleted issues, sections and entries kept inside the archive until emptied.

An issue goes to the trash as its rows, every table that refers to it included (exports,
status history, whatever later migrations add with an ``issue_id`` column), so a restore
puts back exactly what was there, ids and times included when they are still free.
Sections and entries reach the trash when a save removes them from a stored issue: that
is when undo can no longer bring them back (the window's undo history ends with the issue
or the session). Runs inside the caller's transaction.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..model import SQLITE_INTEGER_MAX, Section, format_cn_date, issue_number_problem, new_uid
from . import store
from .errors import ArchiveError, IssueNotFoundError

# parents before children, so that the references of a restored row find their target
_FIRST_TABLES = ("issues", "sections", "entries")


class TrashError(ArchiveError):
    """A trash item that cannot be restored as asked."""


class TrashItemNotFoundError(TrashError):
    def __init__(self, item_id: int):
        self.item_id = item_id
        super().__init__(f"回收站中没有编号为 {item_id} 的项目，可能已被恢复或清空。可用 trash list 查看。")


class NumberTakenError(TrashError):
    """Restoring an issue whose number another issue of its series now has."""

    def __init__(self, series: str, number: int, taken_by: int, free_number: int, taken_date: dt.date | None = None):
        self.series = series
        self.number = number
        self.taken_by = taken_by
        self.free_number = free_number
        then = f"请为恢复的这一期另选期号（第{free_number}期尚未使用）。"
        # the window lists issues by number and date, never by the internal number commands take
        dated = f"（{format_cn_date(taken_date)}）" if taken_date is not None else ""
        super().__init__(f"《{series}》第{number}期已被另一期（内部编号 {taken_by}）占用，{then}",
                         f"《{series}》第{number}期已被另一期{dated}占用，{then}")


@dataclass(frozen=True)
class TrashItem:
    """Something deleted and kept in the trash, as the trash view lists it."""
    id: int
    kind: str  # "issue", "section" or "entry"
    issue_id: int
    label: str  # what it was, in the clerk's words
    deleted_at: str


# -- rows as plain data -------------------------------------------------------------

def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _child_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables whose rows belong to an issue (found by their ``issue_id`` column)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '%grams%'")]
    children = [n for n in names if n not in ("issues", "trash") and "issue_id" in _columns(conn, n)]
    return sorted(children, key=lambda n: (_FIRST_TABLES.index(n) if n in _FIRST_TABLES else 99, n))


def _rows(conn: sqlite3.Connection, table: str, where: str, params: tuple) -> list[dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY rowid", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any], keep_id: bool) -> int:
    known = set(_columns(conn, table))
    values = {k: v for k, v in row.items() if k in known and (keep_id or k != "id")}
    names = list(values)
    return store.inserted_id(conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [values[n] for n in names]))


def _ids_free(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> bool:
    ids = [r["id"] for r in rows if r.get("id") is not None]
    if not ids:
        return False
    found = conn.execute(f"SELECT count(*) FROM {table} WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchone()[0]
    return found == 0


def _add(conn: sqlite3.Connection, kind: str, issue_id: int, uid: str | None, label: str, now: str,
         payload: dict[str, Any]) -> int:
    return store.inserted_id(conn.execute(
        "INSERT INTO trash (kind, issue_id, uid, label, deleted_at, payload) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, issue_id, uid, label, now, json.dumps(payload, ensure_ascii=False))))


def _issue_label(conn: sqlite3.Connection, issue_id: int) -> str:
    row = conn.execute(f"{store.ISSUE_LABEL_SELECT} WHERE i.id = ?", (issue_id,)).fetchone()
    return store.issue_label(row) if row is not None else f"内部编号 {issue_id} 的一期"


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


# -- moving into the trash ----------------------------------------------------------

def _issue_snapshot(conn: sqlite3.Connection, issue_id: int) -> dict[str, Any]:
    """The issue's rows and those of everything that belongs to it, with its series' row."""
    head = _rows(conn, "issues", "id = ?", (issue_id,))
    if not head:
        raise IssueNotFoundError(issue_id)
    series = _rows(conn, "series", "id = ?", (head[0]["series_id"],))
    tables = {"issues": head}
    for table in _child_tables(conn):
        tables[table] = _rows(conn, table, "issue_id = ?", (issue_id,))
    return {"series": series[0] if series else None, "tables": tables}


def move_issue(conn: sqlite3.Connection, issue_id: int, now: str) -> int:
    """Put the issue and everything that belongs to it into the trash; the trash item's id."""
    payload = _issue_snapshot(conn, issue_id)
    # parts of this issue trashed earlier travel inside it (a part cannot go back into an issue
    # that is not there): restoring the issue puts them back in the trash, not lost with it
    payload["parts"] = _rows(conn, "trash", "issue_id = ? AND kind != 'issue'", (issue_id,))
    item = _add(conn, "issue", issue_id, None, _issue_label(conn, issue_id), now, payload)
    conn.execute("DELETE FROM issues WHERE id = ?", (issue_id,))
    conn.execute("DELETE FROM trash WHERE issue_id = ? AND kind != 'issue'", (issue_id,))
    return item


def keep_replaced_issue(conn: sqlite3.Connection, issue_id: int, now: str) -> int:
    """Called by an import that replaces the stored issue of the same number, before it does:
    a copy of what the archive held (with the clerk's changes to it) goes to the trash, from
    where it comes back under another number, the imported one keeping its own."""
    label = f"{_issue_label(conn, issue_id)}（导入文件时被替换的版本）"
    return _add(conn, "issue", issue_id, None, label, now, _issue_snapshot(conn, issue_id))


def keep_removed_parts(conn: sqlite3.Connection, issue_id: int, section_ids: list[int], entry_ids: list[int],
                       now: str) -> None:
    """Called by a save just before it deletes these rows of a stored issue."""
    gone_sections = set(section_ids)
    entries = _rows(conn, "entries", f"id IN ({', '.join('?' * len(entry_ids))})", tuple(entry_ids)) if entry_ids else []
    sections = _rows(conn, "sections", f"id IN ({', '.join('?' * len(section_ids))})",
                     tuple(section_ids)) if section_ids else []
    issue = _issue_label(conn, issue_id)
    for section in sections:
        inside = [e for e in entries if e["section_id"] == section["id"]]
        if not any(e["text"].strip() for e in inside):
            continue  # an empty section (often one just added and undone) is not worth keeping
        _add(conn, "section", issue_id, section["uid"], f"{issue}栏目“{section['title']}”（{len(inside)}条）", now,
             {"section": section, "entries": inside})
    for entry in entries:
        if entry["section_id"] in gone_sections or not entry["text"].strip():
            continue
        section = conn.execute("SELECT uid, title FROM sections WHERE id = ?", (entry["section_id"],)).fetchone()
        _add(conn, "entry", issue_id, entry["uid"], f"{issue}条目“{_short(entry['text'])}”", now,
             {"entry": entry, "section_uid": section[0] if section else "", "section_title": section[1] if section else ""})


def forget_returned_parts(conn: sqlite3.Connection, issue_id: int, uids: list[str]) -> None:
    """A section or entry saved again (an undone delete) is no longer in the trash."""
    for uid in uids:
        conn.execute("DELETE FROM trash WHERE issue_id = ? AND uid = ? AND kind != 'issue'", (issue_id, uid))


# -- looking and emptying -----------------------------------------------------------

def list_items(conn: sqlite3.Connection) -> list[TrashItem]:
    return [TrashItem(*row) for row in conn.execute(
        "SELECT id, kind, issue_id, label, deleted_at FROM trash ORDER BY deleted_at DESC, id DESC")]


def empty(conn: sqlite3.Connection, older_than: str | None = None) -> int:
    """Remove every item (or those deleted before ``older_than``); how many went."""
    if older_than is None:
        return conn.execute("DELETE FROM trash").rowcount
    return conn.execute("DELETE FROM trash WHERE deleted_at < ?", (older_than,)).rowcount


def purge_cutoff(now: dt.datetime, days: int) -> str:
    return (now - dt.timedelta(days=days)).isoformat(sep=" ", timespec="seconds")


# -- restoring ----------------------------------------------------------------------

def _payload(conn: sqlite3.Connection, item_id: int) -> tuple[str, int, dict[str, Any]]:
    if not 1 <= item_id <= SQLITE_INTEGER_MAX:
        raise TrashItemNotFoundError(item_id)
    row = conn.execute("SELECT kind, issue_id, payload FROM trash WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        carrier = _carried_by(conn, item_id)
        if carrier is not None:
            raise TrashError(f"回收站第 {item_id} 项是{carrier[1]}的内容，那一期后来也删除了，这一项随它一起在回收站第 "
                             f"{carrier[0]} 项中：先恢复那一期，这一项随它回到回收站，再恢复它。")
        raise TrashItemNotFoundError(item_id)
    return row[0], row[1], json.loads(row[2])


def _carried_by(conn: sqlite3.Connection, item_id: int) -> tuple[int, str] | None:
    """The trashed issue (its item number and label) that a part deleted before it travels
    in (``move_issue``); None when no issue in the trash carries it."""
    for carrier, label, payload in conn.execute("SELECT id, label, payload FROM trash WHERE kind = 'issue'"):
        if any(part.get("id") == item_id for part in json.loads(payload).get("parts", [])):
            return carrier, label
    return None


def free_number(conn: sqlite3.Connection, series_id: int) -> int:
    row = conn.execute("SELECT max(number) FROM issues WHERE series_id = ?", (series_id,)).fetchone()
    return int(row[0] or 0) + 1


def _series_for(conn: sqlite3.Connection, payload: dict[str, Any], wanted: int) -> int:
    if conn.execute("SELECT 1 FROM series WHERE id = ?", (wanted,)).fetchone():
        return wanted
    series = payload.get("series") or {}
    by_name = store.series_id(conn, series.get("name", ""))
    if by_name is not None:
        return by_name
    return _insert(conn, "series", series, keep_id=_ids_free(conn, "series", [series]))


def item_kind(conn: sqlite3.Connection, item_id: int) -> str:
    return _payload(conn, item_id)[0]


def restore(conn: sqlite3.Connection, item_id: int, number: int | None = None) -> int:
    """Put a trash item back; the id of the issue it is in now. ``number`` renumbers a
    restored issue whose number is taken (NumberTakenError says which number is free)."""
    kind, issue_id, payload = _payload(conn, item_id)
    if kind == "issue":
        restored = _restore_issue(conn, payload, number)
    else:
        restored = _restore_part(conn, kind, issue_id, payload)
    conn.execute("DELETE FROM trash WHERE id = ?", (item_id,))
    return restored


def _restore_issue(conn: sqlite3.Connection, payload: dict[str, Any], number: int | None) -> int:
    tables: dict[str, list[dict[str, Any]]] = payload["tables"]
    head = dict(tables["issues"][0])
    head["series_id"] = _series_for(conn, payload, head["series_id"])
    if number is not None:
        if problem := issue_number_problem(number):
            raise TrashError(f"不能恢复为这个期号：{problem}")
        head["number"] = number
    taken = store.issue_with_number(conn, head["series_id"], head["number"])
    if taken is not None:
        name = conn.execute("SELECT name FROM series WHERE id = ?", (head["series_id"],)).fetchone()[0]
        holder = store.summary(conn, taken)
        raise NumberTakenError(name, head["number"], taken, free_number(conn, head["series_id"]),
                               holder.date if holder is not None else None)
    new_issue = _insert(conn, "issues", head, keep_id=_ids_free(conn, "issues", [head]))
    section_ids: dict[int, int] = {}
    for table, rows in tables.items():
        if table == "issues" or not rows:
            continue
        keep = _ids_free(conn, table, rows)
        for row in rows:
            row = dict(row, issue_id=new_issue)
            if "section_id" in row:
                row["section_id"] = section_ids.get(row["section_id"], row["section_id"])
            new_id = _insert(conn, table, row, keep_id=keep)
            if table == "sections":
                section_ids[row["id"]] = new_id
    parts = payload.get("parts", [])  # (an issue trashed by an older version carried none)
    keep = _ids_free(conn, "trash", parts)  # under the numbers trash list showed, when still free
    for part in parts:
        _insert(conn, "trash", dict(part, issue_id=new_issue), keep_id=keep)
    return new_issue


def _restore_part(conn: sqlite3.Connection, kind: str, issue_id: int, payload: dict[str, Any]) -> int:
    issue = store.load_issue(conn, issue_id)
    if issue is None:
        raise TrashError("这部分内容所在的那一期已不在档案库中（可能也在回收站里），请先恢复那一期。")
    if issue.status == "final":
        raise TrashError(f"{issue.number_line()}已定稿，不能放回内容。如需修改，请先撤销定稿。")
    used_uids = {s.uid for s in issue.sections} | {e.uid for _s, e in issue.entries()}

    def entry_of(row: dict[str, Any]):
        entry = store.entry_from_row(row["uid"], row["kind"], row["date"], row["unit"], row["title"], row["body"])
        if entry.uid in used_uids:  # the same entry is there again (pasted back): keep both
            entry.uid = new_uid()
        return entry

    if kind == "section":
        section_row = payload["section"]
        uid = section_row["uid"] if section_row["uid"] not in used_uids else new_uid()
        section = Section(section_row["title"], [entry_of(e) for e in payload["entries"]], uid=uid)
        position = min(int(section_row["position"]), len(issue.sections))
        issue.sections.insert(position, section)
    else:
        row = payload["entry"]
        target = issue.find_section(payload.get("section_uid", "")) or next(
            (s for s in issue.sections if s.title == payload.get("section_title")), None)
        if target is None:
            target = Section(payload.get("section_title") or "恢复的条目")
            issue.sections.append(target)
        target.entries.insert(min(int(row["position"]), len(target.entries)), entry_of(row))
    series = issue.series_id if issue.series_id is not None else store.series_id(conn, issue.series)
    store.update_issue(conn, issue_id, issue, series, store.now_text(conn))  # type: ignore[arg-type]
    return issue_id
