"""Pages of an archive file, for tests that damage it on purpose."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def entry_leaf_pages(path: Path) -> list[int]:
    """The leaf pages of the entries table: damage to one always costs some issue its
    entries, and six of them never all issues, whatever layout random uids gave the file."""
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf'"))
    finally:
        conn.close()
