"""Salvage: copy whatever still reads from a damaged archive into a new one.

Only Python's own sqlite3 is used (no command-line tool), so it works the same on Windows.

Rows are read table by table in rowid order; where a damaged page stops the scan, rows
past it are looked up one by one (a point lookup only needs the pages on its own path),
so everything on intact pages comes through. An issue is copied only when it is whole:
its row, its series, and every section and entry that the archive's own indexes list for
it were read, and nothing read claims to belong to it that the indexes do not list. Each
issue goes into the new archive in one transaction, so none is ever half-copied; the
search indexes are built once at the end.

The work is built under a temporary name and takes the output's name only when complete:
stopped by ``progress`` (the clerk's Cancel), failing, or reading no issue at all, it
leaves no output file.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..model import format_cn_date
from .connection import open_readonly
from .errors import ArchiveError, ArchiveNotCreatedError, sqlite_reason
from .file_ops import remove_with_side_files
from .lock import lock_path_for

log = logging.getLogger(__name__)

Row = dict[str, Any]
LOOKUP_MARGIN = 2000  # rowids looked up past the largest one known, in case the last pages are lost
MAX_LOOKUPS = 5_000_000


Progress = Callable[[int, int, int], "bool | None"]
"""(issues looked at, issues in all, issues copied so far) -> False to stop."""


class NothingSalvaged(ArchiveError):
    """Not one issue read whole: a new, empty archive would rescue nothing, and taking the
    damaged file's place it would hide what a later, better salvage might still find."""

    def __init__(self, source: Path, lost: int) -> None:
        seen = f"（{lost} 期都已损坏）" if lost else "（文件开头或各表的目录已损坏，看不出其中有哪些期）"
        super().__init__(f"{source} 中一期也没有读出{seen}，未能抢救，没有写出新档案库；损坏的文件保持原样。")
        self.lost = lost


class SalvageCancelled(ArchiveError):
    """The clerk stopped the salvage: no output was written, the damaged file is as it was."""

    def __init__(self) -> None:
        super().__init__("抢救已取消，没有写出新档案库；损坏的文件保持原样。")


@dataclass
class SalvageReport:
    output: Path
    issues: int = 0  # copied whole
    entries: int = 0
    issues_lost: list[str] = field(default_factory=list)  # issues seen but not whole, as the clerk names them
    problems: list[str] = field(default_factory=list)  # SQLite's words, for a details view

    @property
    def summary(self) -> str:
        text = f"抢救出 {self.issues} 期、{self.entries} 条。"
        if self.issues_lost:
            text += f"另有 {len(self.issues_lost)} 期内容不全，未能抢救：{'、'.join(self.issues_lost[:NAMED_IN_SUMMARY])}"
            text += "等。" if len(self.issues_lost) > NAMED_IN_SUMMARY else "。"
        return text

    def to_dict(self) -> dict:
        return {"output": str(self.output), "issues": self.issues, "entries": self.entries,
                "issues_lost": list(self.issues_lost), "problems": list(self.problems)}


NAMED_IN_SUMMARY = 10
"""The summary names this many of the issues it could not salvage; the reports list them all."""


# -- reading what still reads ---------------------------------------------------------

class _Reader:
    def __init__(self, conn: sqlite3.Connection, problems: list[str]):
        self.conn = conn
        self.problems = problems

    def _note(self, exc: Exception, where: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(f"{where}: {exc}")

    def try_value(self, sql: str, params: tuple = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            self._note(exc, sql)
            return None
        return row[0] if row else None

    def columns(self, table: str) -> list[str]:
        try:
            return [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]
        except sqlite3.DatabaseError as exc:
            self._note(exc, table)
            return []

    def rows(self, table: str, upper: int) -> dict[int, Row]:
        """Every row of ``table`` that can be read, by rowid."""
        names = self.columns(table)
        if not names:
            return {}
        select = f"SELECT rowid, {', '.join(names)} FROM {table}"
        found: dict[int, Row] = {}
        after = -1
        while True:
            try:
                for row in self.conn.execute(f"{select} WHERE rowid > ? ORDER BY rowid", (after,)):
                    found[row[0]] = dict(zip(names, row[1:]))
                    after = row[0]
                return found
            except sqlite3.DatabaseError as exc:
                self._note(exc, f"{table} after rowid {after}")
            # the pages right after `after` are damaged: look the following rowids up one by one
            # until one reads, then go on in order from there
            rowid = after + 1
            limit = min(max(upper, after) + LOOKUP_MARGIN, after + MAX_LOOKUPS)
            while rowid <= limit:
                try:
                    row = self.conn.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
                except sqlite3.DatabaseError:
                    row = None
                if row is not None:
                    found[row[0]] = dict(zip(names, row[1:]))
                    break
                rowid += 1
            if rowid > limit:
                return found
            after = rowid

    def listed(self, sql: str, key: int) -> list[int] | None:
        """Rowids an index lists for ``key``; None when its pages cannot be read."""
        try:
            return [r[0] for r in self.conn.execute(sql, (key,))]
        except sqlite3.DatabaseError as exc:
            self._note(exc, sql)
            return None


def _valid_issue(row: Row) -> bool:
    try:
        dt.date.fromisoformat(row["date"])
        json.loads(row["signoff"])
        json.loads(row["distribution"])
    except (TypeError, ValueError, KeyError):
        return False
    return isinstance(row["number"], int) and isinstance(row["series_id"], int)


def _valid_entry(row: Row) -> bool:
    if row.get("kind") not in ("item", "article") or not all(
            isinstance(row.get(k), str) for k in ("uid", "date", "unit", "title", "body", "text")):
        return False
    if row["kind"] == "article":
        try:
            return isinstance(json.loads(row["body"]), list)
        except ValueError:
            return False
    return True


def _valid_section(row: Row) -> bool:
    return isinstance(row.get("uid"), str) and isinstance(row.get("title"), str) and isinstance(row.get("position"), int)


# -- the whole job --------------------------------------------------------------------

def salvage(source: Path, output: Path, progress: Progress | None = None) -> SalvageReport:
    """Copy every whole issue of the damaged ``source`` into the new archive ``output``
    (which must not exist yet). ``source`` is only read. ``progress`` is told of each
    issue; when it returns False, ``SalvageCancelled`` is raised and no output is left.
    ``NothingSalvaged`` when not one issue could be read whole (no output either)."""
    from .archive import Archive

    source, output = Path(source), Path(output)
    if output.exists():
        raise ArchiveError(f"{output} 已经存在。请另选一个文件名，抢救出的内容会写入一个新的档案库。")
    if not source.exists():
        raise ArchiveError(f"档案库文件不存在：{source}")
    report = SalvageReport(output)
    partial = output.with_name(output.name + ".salvaging")
    remove_with_side_files(partial)
    try:
        src = open_readonly(source)
        try:
            src.execute("PRAGMA cell_size_check = ON")  # find damage, rather than read nonsense
            # the source's damage is met inside the reader: what comes out here is the new file's
            Archive.open(partial, auto_backup=False).close()  # a new archive at the current version
            _copy(_Reader(src, report.problems), partial, report, progress)
        except (ArchiveNotCreatedError, sqlite3.OperationalError) as exc:  # the new file cannot be written
            reason = exc.reason if isinstance(exc, ArchiveNotCreatedError) else sqlite_reason(exc)
            raise ArchiveError(f"抢救没有完成：新档案库 {output} 写不进去（{reason}），没有留下任何文件；"
                               "损坏的档案库保持原样，可以换一个位置再抢救。") from None
        finally:
            src.close()
        if report.issues == 0:
            log.warning("salvage of %s read no issue: %s", source, report.problems[:5])
            raise NothingSalvaged(source, len(report.issues_lost))
        os.replace(partial, output)
    finally:
        lock_path_for(partial).unlink(missing_ok=True)
        remove_with_side_files(partial)  # the whole file has the output's name by now, or is not wanted
    return report


def _largest(values) -> int:
    return max((v for v in values if isinstance(v, int)), default=0)


def _copy(reader: _Reader, target: Path, report: SalvageReport, progress: Progress | None) -> None:
    from .connection import configure, connect

    entry_ids = _largest([reader.try_value("SELECT max(rowid) FROM entries"),
                          reader.try_value("SELECT max(id) FROM entries_fts_docsize")])
    entries = {k: v for k, v in reader.rows("entries", entry_ids).items() if _valid_entry(v)}
    section_ids = _largest([reader.try_value("SELECT max(rowid) FROM sections"),
                            _largest(e["section_id"] for e in entries.values())])
    sections = {k: v for k, v in reader.rows("sections", section_ids).items() if _valid_section(v)}
    issue_ids = _largest([reader.try_value("SELECT max(rowid) FROM issues"),
                          _largest(s["issue_id"] for s in sections.values()),
                          _largest(e["issue_id"] for e in entries.values())])
    issues = {k: v for k, v in reader.rows("issues", issue_ids).items() if _valid_issue(v)}
    series = reader.rows("series", _largest(i["series_id"] for i in issues.values()))
    children = _child_tables(reader)
    child_rows = {t: reader.rows(t, 0) for t in children}
    others = _other_tables(reader, children)
    other_rows = {t: reader.rows(t, 0) for t in others}

    sections_of: dict[int, set[int]] = {}
    for sid, row in sections.items():
        sections_of.setdefault(row["issue_id"], set()).add(sid)
    entries_of: dict[int, set[int]] = {}
    for eid, row in entries.items():
        entries_of.setdefault(row["issue_id"], set()).add(eid)

    conn = connect(target, readonly=False)
    try:
        configure(conn, readonly=False)
        # the file gets its name only when complete, so each issue need not reach the disk on
        # its own; one flush at the end instead of one per issue
        conn.execute("PRAGMA synchronous = OFF")
        new_columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
                       for t in ("series", "issues", "sections", "entries", *children, *others)}
        # a table this version does not have stays behind
        children = [t for t in children if new_columns[t]]
        others = [t for t in others if new_columns[t]]

        def insert(table: str, row: Row, verb: str = "INSERT") -> None:
            names = [n for n in new_columns[table] if n in row]
            conn.execute(f"{verb} INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                         [row[n] for n in names])

        # the search indexes are built once at the end (much faster than row by row); the
        # triggers that keep them in step are put back exactly as the schema made them
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'entries' AND name LIKE '%_insert'").fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for row in series.values():
            insert("series", row)
        for done, iid in enumerate(sorted(issues)):
            if progress is not None and progress(done, len(issues), report.issues) is False:
                raise SalvageCancelled()
            issue = issues[iid]
            whole = _whole(reader, iid, issue, series, sections, entries, sections_of, entries_of)
            if whole is None:
                report.issues_lost.append(_lost_label(series.get(issue["series_id"], {}).get("name", ""), issue))
                continue
            own_sections, own_entries = whole
            conn.execute("BEGIN IMMEDIATE")
            try:
                insert("issues", issue)
                for sid in sorted(own_sections):
                    insert("sections", sections[sid])
                for eid in sorted(own_entries):
                    insert("entries", entries[eid])
                for table in children:
                    for row in child_rows[table].values():
                        if row.get("issue_id") == iid:
                            insert(table, row)
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                conn.execute("ROLLBACK")
                report.problems.append(f"writing issue {iid}: {exc}")
                report.issues_lost.append(_lost_label(series.get(issue["series_id"], {}).get("name", ""), issue))
                continue
            report.issues += 1
            report.entries += len(own_entries)
        if progress is not None and progress(len(issues), len(issues), report.issues) is False:
            raise SalvageCancelled()
        # the trash and the clerk's lists (proofreading terms…): any row that reads is whole;
        # it takes the place of the row the new archive starts with under the same key (the
        # scoring table's default points give way to the clerk's)
        for table in others:
            for row in other_rows[table].values():
                try:
                    insert(table, row, "INSERT OR REPLACE")
                except sqlite3.Error as exc:
                    report.problems.append(f"{table}: {exc}")
        _rebuild_search(conn)
        for _name, sql in triggers:
            conn.execute(sql)
        _rebuild_derived(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rebuild_derived(conn: sqlite3.Connection) -> None:
    """What the dropped triggers would have kept: the statistics rows and adoption counts."""
    from .schema import REBUILD_DERIVED
    from .store import fill_entry_leads

    conn.execute("BEGIN IMMEDIATE")
    fill_entry_leads(conn)  # by today's rule: the rows may come from a file older than it
    for statement in REBUILD_DERIVED:
        conn.execute(statement)
    conn.execute("COMMIT")


def _rebuild_search(conn: sqlite3.Connection) -> None:
    from .grams import GRAMS_FUNCTION

    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO entries_grams (entries_grams) VALUES ('delete-all')")
    conn.execute(f"INSERT INTO entries_grams (rowid, grams) SELECT id, {GRAMS_FUNCTION}(text) FROM entries")
    conn.execute("COMMIT")


_MAIN_TABLES = ("issues", "sections", "entries", "series")


def _tables(reader: _Reader) -> list[str]:
    """Ordinary tables, without the search indexes (rebuilt, not copied) and SQLite's own."""
    try:
        rows = reader.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.DatabaseError:
        return []
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    from .schema import DERIVED_TABLES

    return [name for name, _sql in rows if not name.startswith("sqlite_") and name not in _MAIN_TABLES
            and name not in DERIVED_TABLES and not any(name == v or name.startswith(v + "_") for v in virtual)]


def _child_tables(reader: _Reader) -> list[str]:
    """Tables whose rows belong to an issue (export records, status history…)."""
    return [t for t in _tables(reader) if t != "trash" and "issue_id" in reader.columns(t)]


def _other_tables(reader: _Reader, children: list[str]) -> list[str]:
    return [t for t in _tables(reader) if t not in children]


def _whole(reader: _Reader, iid: int, issue: Row, series: dict[int, Row], sections: dict[int, Row],
           entries: dict[int, Row], sections_of: dict[int, set[int]], entries_of: dict[int, set[int]]
           ) -> tuple[set[int], set[int]] | None:
    """The issue's sections and entries when every one of them was read; None otherwise."""
    if issue["series_id"] not in series:
        return None
    listed_sections = reader.listed("SELECT rowid FROM sections INDEXED BY sections_in_issue WHERE issue_id = ?", iid)
    if listed_sections is None or set(listed_sections) != sections_of.get(iid, set()):
        return None
    listed_entries: set[int] = set()
    for sid in listed_sections:
        found = reader.listed("SELECT rowid FROM entries INDEXED BY entries_in_section WHERE section_id = ?", sid)
        if found is None or any(eid not in entries or entries[eid]["section_id"] != sid for eid in found):
            return None
        listed_entries.update(found)
    if listed_entries != entries_of.get(iid, set()):
        return None
    return set(listed_sections), listed_entries


def _lost_label(series: str, issue: dict[str, Any]) -> str:
    """《漯河安全生产简报》第196期（2020年7月15日）, as the trash and the backups name an issue;
    a date the damage left unreadable is shown as it was read."""
    try:
        date = format_cn_date(dt.date.fromisoformat(issue["date"]))
    except (TypeError, ValueError):
        date = str(issue.get("date", ""))
    return f"{f'《{series}》' if series else ''}第{issue['number']}期（{date}）"
