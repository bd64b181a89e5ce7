"""Opening the SQLite file: checks that need no connection, then a configured connection."""
from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
from pathlib import Path
from typing import Callable

from .errors import ArchiveError
from .grams import register_functions

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 32 * 1024
_MAGIC = b"SQLite format 3\x00"

Clock = Callable[[], dt.datetime]


class ArchiveConnection(sqlite3.Connection):
    """A connection to an archive, carrying the archive's one clock (``Archive.clock``), so
    that a row written through it by any package (a unit registered, a submission received)
    is dated as the archive's own rows are, and a test that sets the time sets it for all."""

    clock: Clock = dt.datetime.now


def time_text(when: dt.datetime) -> str:
    """A time as the archive dates its rows (``2026-03-05 09:30:00``)."""
    return when.isoformat(sep=" ", timespec="seconds")


def clock_of(conn: sqlite3.Connection) -> Clock:
    """The clock rows written through ``conn`` are dated by: the archive's, or, on a
    connection that is no archive's own (a migration's copy, a test's), the wall clock."""
    return conn.clock if isinstance(conn, ArchiveConnection) else dt.datetime.now


@functools.lru_cache(maxsize=1)
def _missing_support() -> str | None:
    if sqlite3.sqlite_version_info < (3, 34, 0):
        return f"本机的 SQLite 版本是 {sqlite3.sqlite_version}，低于中文全文检索所需的 3.34"
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    except sqlite3.Error as exc:
        return f"本机的 SQLite（{sqlite3.sqlite_version}）缺少 FTS5 trigram 全文检索（{exc}）"
    finally:
        probe.close()
    return None


def check_sqlite_support() -> None:
    problem = _missing_support()
    if problem:
        raise ArchiveError(f"{problem}，无法打开档案库。请安装完整版的简报编辑器（自带合适的 SQLite）。")


def read_header(path: Path) -> tuple[bool, int]:
    """(looks like SQLite, user_version) from the first bytes of a non-empty file, read
    without opening a connection, so a file we must refuse stays byte-for-byte unchanged."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        return False, 0
    return True, int.from_bytes(header[60:64], "big", signed=True)


def open_readonly(path: Path, **options) -> sqlite3.Connection:
    """A read-only connection. On a medium nothing can be written to (a write-protected USB
    stick, a CD) SQLite cannot make the shared-memory file a WAL archive is read with; there,
    with no write-ahead log waiting beside it, the file is read as the unchanging file it is."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, **options)
    try:
        conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchall()  # opens the file now
        return conn
    except sqlite3.OperationalError:  # "unable to open": no shared memory where nothing is written
        log = path.with_name(path.name + "-wal")
        if os.access(path.parent, os.W_OK) or (log.exists() and log.stat().st_size):
            return conn  # the caller meets the error as before
    except sqlite3.DatabaseError:
        return conn  # a damaged file: its readers find out what still reads
    conn.close()
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, **options)


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    # isolation_level=None: the archive issues BEGIN/COMMIT itself, one transaction per
    # user action; check_same_thread=False with the Archive's own lock around every call.
    if readonly:
        conn = open_readonly(path, isolation_level=None, check_same_thread=False, factory=ArchiveConnection)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, factory=ArchiveConnection)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    register_functions(conn)
    return conn


def configure(conn: sqlite3.Connection, readonly: bool) -> None:
    """The settings every connection runs with. journal_mode is stored in the file, so a
    read-only connection just finds it (and may not change it)."""
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:
        if not readonly:
            raise
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Search reads entry rows scattered over the file; a page cache the size of a few years
    # of bulletins keeps repeated searches off the disk (memory is taken only as used).
    # Not mmap: an I/O error on a mapped file (a pulled USB stick) kills the process.
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
