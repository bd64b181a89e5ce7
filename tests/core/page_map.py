"""Which pages of an SQLite file each issue's rows live on, read from SQLite's dbstat table
of an undamaged file: so a test that damages pages knows which issues must survive.

A row depends on its leaf page, the interior pages above it and its overflow pages; an
index entry likewise. Reading what an index lists for a key also reads the entry before the
first and the one after the last, since only they show where the list ends (when the first
entry sits in an interior page, they are on another leaf): a list depends on those two too,
and an empty list on the two between which it would be. An issue's pages are those of its
row, its series row, its section and entry rows, the lists of its sections and of each
section's entries in the two indexes salvage consults, and the schema.
"""
from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections import defaultdict
from pathlib import Path
from typing import Callable


def _btree_pages(conn: sqlite3.Connection, name: str) -> list[tuple[str, int, str, int]]:
    return conn.execute("SELECT path, pageno, pagetype, ncell FROM dbstat WHERE name = ? ORDER BY path",
                        (name,)).fetchall()


def _cell_pages(conn: sqlite3.Connection, name: str, index: bool) -> list[set[int]]:
    """For each cell of the b-tree in key order, the pages reading it needs."""
    pages = _btree_pages(conn, name)
    by_path = {path: (pageno, kind, ncell) for path, pageno, kind, ncell in pages}
    overflow: dict[str, set[int]] = defaultdict(set)  # "<page path><cell>" -> its overflow pages
    for path, pageno, kind, _n in pages:
        if kind == "overflow":
            overflow[path.split("+")[0]].add(pageno)
    cells: list[set[int]] = []

    def visit(path: str, above: set[int]) -> None:
        pageno, kind, ncell = by_path[path]
        here = above | {pageno}
        if kind == "leaf":
            for i in range(ncell):
                cells.append(here | overflow.get(f"{path}{i:03x}", set()))
            return
        for i in range(ncell + 1):  # children 0..n-1 and the right-most child
            child = f"{path}{i:03x}/"
            if child in by_path:
                visit(child, here)
            if index and i < ncell:  # an index keeps keys in its interior pages too
                cells.append(here | overflow.get(f"{path}{i:03x}", set()))

    visit("/", set())
    return cells


def issue_pages(path: Path) -> dict[int, set[int]]:
    """Issue id -> every page it depends on."""
    conn = sqlite3.connect(path)
    try:
        schema = {row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}

        def table(name: str, key_sql: str) -> dict[int, set[int]]:
            keys = [r[0] for r in conn.execute(key_sql)]
            cells = _cell_pages(conn, name, index=False)
            assert len(keys) == len(cells), name
            return dict(zip(keys, cells))

        def index(name: str, key_sql: str) -> Callable[[int], set[int]]:
            keys = [r[0] for r in conn.execute(key_sql)]  # the first column, in the index's key order
            cells = _cell_pages(conn, name, index=True)
            assert len(keys) == len(cells), name

            def listing(key: int) -> set[int]:
                first, last = bisect_left(keys, key), bisect_right(keys, key)
                return set().union(*cells[max(first - 1, 0):last + 1])
            return listing

        issues = table("issues", "SELECT rowid FROM issues ORDER BY rowid")
        series = table("series", "SELECT rowid FROM series ORDER BY rowid")
        sections = table("sections", "SELECT rowid FROM sections ORDER BY rowid")
        entries = table("entries", "SELECT rowid FROM entries ORDER BY rowid")
        sections_of = index("sections_in_issue", "SELECT issue_id FROM sections ORDER BY issue_id, position, rowid")
        entries_of = index("entries_in_section", "SELECT section_id FROM entries ORDER BY section_id, position, rowid")
        result: dict[int, set[int]] = {}
        for iid, series_id in conn.execute("SELECT id, series_id FROM issues"):
            pages = set(schema) | issues[iid] | series[series_id] | sections_of(iid)
            for (sid,) in conn.execute("SELECT id FROM sections WHERE issue_id = ?", (iid,)):
                pages |= sections[sid] | entries_of(sid)
            for (eid,) in conn.execute("SELECT id FROM entries WHERE issue_id = ?", (iid,)):
                pages |= entries[eid]
            result[iid] = pages
        return result
    finally:
        conn.close()
