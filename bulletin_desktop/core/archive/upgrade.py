"""An archive written by an older version of the program: whether a file is one, told
without changing it, and its upgrade, after a copy into its backups folder. The window
upgrades on opening (``Archive.open`` for writing comes here); a command that only reads
upgrades first (``upgrade_older``), since a read-only opening cannot read the old format."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import backup, schema
from .connection import open_readonly, read_header
from .errors import ArchiveError

if TYPE_CHECKING:
    from .archive import Archive


def stored_version(path: Path) -> int | None:
    """The format version ``path`` holds, read through its write-ahead log (the file's
    header may lag behind); None for no readable archive (missing, empty, damaged, not SQLite)."""
    if not path.is_file() or path.stat().st_size == 0 or not read_header(path)[0]:
        return None
    try:
        conn = open_readonly(path)
        try:
            return schema.user_version(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def written_by_older_version(path: Path) -> bool:
    version = stored_version(path)
    return version is not None and schema.is_older(version)


def upgrade_connection(conn: sqlite3.Connection, path: Path,
                       migrate: Callable[[sqlite3.Connection, Path], None], now: dt.datetime) -> None:
    """The archive on ``conn`` brought to this program's format by ``migrate`` (the opening's
    own, which says why it failed), a copy of it as it was kept first, named by ``now`` (the
    archive's clock); a new, empty file needs no copy."""
    if not schema.is_blank(conn):
        backup.pre_migration_backup(conn, path, backup.backups_dir_for(path), schema.SCHEMA_VERSION, now)
    migrate(conn, path)


def upgrade_older(path: Path, open_writable: Callable[[Path], "Archive"] | None = None) -> Path | None:
    """Upgrade ``path`` when an older version wrote it: the folder the copy from before the
    upgrade went into. None when there was nothing to upgrade, or when it could not be
    opened for writing (another program has it, a read-only medium): the reading that
    follows says why. ``open_writable``: how to open it (a command waits for another)."""
    if not written_by_older_version(path):
        return None
    if open_writable is None:
        from .archive import Archive

        def open_writable(where: Path) -> "Archive":
            return Archive.open(where, auto_backup=False, backup_on_close=False, keep_backups=None,
                                purge_trash=False)
    try:
        open_writable(path).close()
    except ArchiveError:
        return None
    return backup.backups_dir_for(path)
