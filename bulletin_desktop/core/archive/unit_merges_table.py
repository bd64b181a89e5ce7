"""Migration 22: a record of each merge of two units, so that one can be taken back later,
from the command line or the window, not only in the dialog it was made in."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def unit_merges_table(db: "Database") -> None:
    # ``moved`` is what the merge changed, as JSON (units.merges.UnitMerge): the unit merged
    # away as it was, its names, the submissions it sent and the co-senders' rows of both
    # units; the target is kept by id and, for the record, by the name it had. No foreign
    # key: the record outlives both units (the target may be merged away in its turn).
    db.execute("""
        CREATE TABLE unit_merges (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            merged_at TEXT NOT NULL,
            source_name TEXT NOT NULL,
            target_id INTEGER NOT NULL,
            target_name TEXT NOT NULL,
            moved TEXT NOT NULL,
            undone_at TEXT
        )
    """)
