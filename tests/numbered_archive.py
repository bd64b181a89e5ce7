"""Archives of many issues for tests and benchmarks: the sample issue ``count`` times,
written in one transaction, far faster than adding the issues one by one."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from bulletin_desktop.core.archive import Archive, store
from bulletin_desktop.core.archive.connection import configure, connect
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.resources import sample_bulletin_path


def numbered_archive(path: Path, count: int) -> Path:
    """An archive of ``count`` copies of the sample, numbered 1 to ``count`` a day apart."""
    Archive.open(path, auto_backup=False).close()
    issue = read_text(sample_bulletin_path().read_text(encoding="utf-8"))
    conn = connect(path, readonly=False)
    try:
        configure(conn, readonly=False)
        conn.execute("BEGIN IMMEDIATE")
        series = store.ensure_series(conn, issue, "2024-01-01 08:00:00")
        for number in range(1, count + 1):
            issue.number = number
            issue.date = dt.date(2020, 1, 1) + dt.timedelta(days=number)
            store.insert_issue(conn, issue, series, "2024-01-01 08:00:00")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path
