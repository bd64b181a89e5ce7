"""The SQL the proofreader needs: read-only questions about earlier issues, and the clerk's
proofreading memory (term list, ignore list, unit answers, export records).

Reached through ``Archive.proofread()``; every read goes through the archive's reading guard
and every write is one transaction of its own.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import YearNumber, number_line
from . import store

if TYPE_CHECKING:
    from .archive import Archive


@dataclass(frozen=True)
class SeriesIssue:
    id: int
    number: int
    date: dt.date
    special_name: str | None
    special_number: int | None
    year_number: YearNumber | None = None  # None: a plain 第N期


@dataclass(frozen=True)
class EarlierEntry:
    entry_id: int
    issue_id: int
    number: int
    date: dt.date
    section: str
    uid: str
    unit: str
    lead_date: str
    text: str
    year_number: YearNumber | None = None  # None: a plain 第N期

    def number_line(self) -> str:
        return number_line(self.number, self.year_number)


class ProofreadQueries:
    def __init__(self, archive: "Archive"):
        self._archive = archive

    # -- questions about the archive --------------------------------------------------

    def series_issues(self, series: str) -> list[SeriesIssue]:
        with self._archive._reading() as conn:
            rows = conn.execute(
                f"SELECT i.id, i.number, i.date, i.special_name, i.special_number, {store.YEAR_NUMBER_COLUMNS} "
                "FROM issues i JOIN series sr ON sr.id = i.series_id WHERE sr.name = ? ORDER BY i.number",
                (series,)).fetchall()
        return [SeriesIssue(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], store.year_number_of(*r[5:]))
                for r in rows]

    def entries_containing(self, phrases: list[str], before: dt.date, exclude_issue: int | None,
                           limit: int = 20) -> list[EarlierEntry]:
        """Entries of issues dated on or before ``before`` (other than ``exclude_issue``) whose
        text holds every one of ``phrases`` (three characters or more), through the trigram index,
        newest first."""
        phrases = [p for p in phrases if len(p) >= 3]
        if not phrases:
            return []
        match = " AND ".join('"' + p.replace('"', '""') + '"' for p in phrases)
        with self._archive._reading() as conn:
            # the FTS subquery walks its matches newest first and stops at the limit; joining
            # inside it would make SQLite collect every match before sorting
            rows = conn.execute(
                f"SELECT e.id, i.id, i.number, i.date, s.title, e.uid, e.unit, e.date, e.text, {store.YEAR_NUMBER_COLUMNS} "
                "FROM (SELECT rowid AS id FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?) hit "
                "JOIN entries e ON e.id = hit.id JOIN issues i ON i.id = e.issue_id "
                "JOIN sections s ON s.id = e.section_id WHERE i.date <= ? AND i.id IS NOT ?",
                (match, limit, before.isoformat(), exclude_issue)).fetchall()
        return [EarlierEntry(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], r[5], r[6], r[7], r[8],
                             store.year_number_of(*r[9:])) for r in rows]

    def fts_floor(self, phrase: str, limit: int = 20) -> int:
        """The archive's own full-text query alone: the benchmark's floor."""
        with self._archive._reading() as conn:
            return len(conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? LIMIT ?",
                                    ('"' + phrase + '"', limit)).fetchall())

    def unit_counts(self) -> dict[str, int]:
        with self._archive._reading() as conn:
            rows = conn.execute("SELECT unit, count(*) FROM entries WHERE unit != '' GROUP BY unit").fetchall()
        return dict(rows)

    # -- the clerk's proofreading memory ---------------------------------------------

    def terms(self) -> list[tuple[str, str, str]]:
        with self._archive._reading() as conn:
            return [tuple(r) for r in conn.execute("SELECT wrong, right, note FROM proofread_terms ORDER BY id")]

    def set_terms(self, terms: list[tuple[str, str, str]]) -> None:
        with self._archive._transaction("保存规范提法表") as conn:
            conn.execute("DELETE FROM proofread_terms")
            now = store.now_text(conn)
            conn.executemany("INSERT OR REPLACE INTO proofread_terms (wrong, right, note, created_at) VALUES (?, ?, ?, ?)",
                             [(w.strip(), r.strip(), n.strip(), now) for w, r, n in terms if w.strip()])

    def add_term(self, wrong: str, right: str = "", note: str = "") -> None:
        with self._archive._transaction("加入规范提法表") as conn:
            conn.execute("INSERT OR REPLACE INTO proofread_terms (wrong, right, note, created_at) VALUES (?, ?, ?, ?)",
                         (wrong.strip(), right.strip(), note.strip(), store.now_text(conn)))

    def remove_term(self, wrong: str) -> bool:
        with self._archive._transaction("从规范提法表删除") as conn:
            return conn.execute("DELETE FROM proofread_terms WHERE wrong = ?", (wrong,)).rowcount > 0

    def ignores(self) -> list[tuple[str, str]]:
        with self._archive._reading() as conn:
            return [tuple(r) for r in conn.execute("SELECT rule, text FROM proofread_ignores ORDER BY id")]

    def add_ignore(self, rule: str, text: str) -> None:
        with self._archive._transaction("忽略这条校对提示") as conn:
            conn.execute("INSERT OR IGNORE INTO proofread_ignores (rule, text, created_at) VALUES (?, ?, ?)",
                         (rule, text, store.now_text(conn)))

    def remove_ignore(self, rule: str, text: str) -> bool:
        with self._archive._transaction("取消忽略") as conn:
            return conn.execute("DELETE FROM proofread_ignores WHERE rule = ? AND text = ?", (rule, text)).rowcount > 0

    # an anchor of "ignore here" is (uid, field, rule, found, before, after): see proofread/ignored_here.py
    _ANCHOR = "uid, field, rule, found, before, after"

    def ignored_here(self, issue_id: int) -> list[tuple[int, tuple[str, ...]]]:
        """The places of the issue where the clerk ignored a finding: (row id, anchor)."""
        with self._archive._reading() as conn:
            return [(r[0], tuple(r[1:])) for r in conn.execute(
                f"SELECT id, {self._ANCHOR} FROM proofread_ignored_here WHERE issue_id = ? ORDER BY id", (issue_id,))]

    def ignore_here(self, issue_id: int, anchor: tuple[str, ...]) -> None:
        with self._archive._transaction("在这里忽略校对提示") as conn:
            conn.execute(f"INSERT OR IGNORE INTO proofread_ignored_here (issue_id, {self._ANCHOR}, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (issue_id, *anchor, store.now_text(conn)))

    def remove_ignore_here(self, issue_id: int, row_id: int) -> bool:
        with self._archive._transaction("取消在这里忽略") as conn:
            return conn.execute("DELETE FROM proofread_ignored_here WHERE id = ? AND issue_id = ?",
                                (row_id, issue_id)).rowcount > 0

    def confirmed_units(self) -> set[tuple[str, str]]:
        with self._archive._reading() as conn:
            return {tuple(r) for r in conn.execute("SELECT rare, common FROM proofread_units")}

    def confirm_unit(self, rare: str, common: str) -> None:
        """The clerk said the two spellings name different units: never report the pair again."""
        with self._archive._transaction("记住单位写法") as conn:
            conn.execute("INSERT OR IGNORE INTO proofread_units (rare, common, created_at) VALUES (?, ?, ?)",
                         (rare, common, store.now_text(conn)))

    def forget_unit(self, rare: str, common: str) -> bool:
        """Take back a 'different units' answer: the rare spelling is reported again."""
        with self._archive._transaction("取消单位写法的记录") as conn:
            return conn.execute("DELETE FROM proofread_units WHERE rare = ? AND common = ?",
                                (rare, common)).rowcount > 0

    def setting(self, key: str, default: str) -> str:
        with self._archive._reading() as conn:
            row = conn.execute("SELECT value FROM proofread_settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._archive._transaction("保存校对设置") as conn:
            conn.execute("INSERT OR REPLACE INTO proofread_settings (key, value) VALUES (?, ?)", (key, value))

    def record_export(self, issue_id: int, unresolved: int) -> None:
        with self._archive._transaction("记录导出时的校对结果") as conn:
            conn.execute("INSERT INTO proofread_exports (issue_id, exported_at, unresolved) VALUES (?, ?, ?)",
                         (issue_id, store.now_text(conn), unresolved))

    def last_export(self, issue_id: int) -> tuple[str, int] | None:
        with self._archive._reading() as conn:
            row = conn.execute("SELECT exported_at, unresolved FROM proofread_exports WHERE issue_id = ? "
                               "ORDER BY id DESC LIMIT 1", (issue_id,)).fetchone()
        return (row[0], row[1]) if row else None
