"""Whether an archive was written by an older version, told without changing the file, and
its upgrade after a copy: one rule for the window's opening and the commands that read."""
from __future__ import annotations

import sqlite3

from bulletin_desktop.core.archive import Archive, backup, connection, schema
from bulletin_desktop.core.archive.lock import WriteLock
from bulletin_desktop.core.archive.upgrade import upgrade_older, written_by_older_version


def _older(path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    connection.register_functions(conn)
    schema.migrate(conn, target=schema.SCHEMA_VERSION - 1)
    conn.close()


def _version(path) -> int:
    with sqlite3.connect(path) as conn:
        return schema.user_version(conn)


def test_only_a_file_an_older_version_wrote_counts_as_older(tmp_path):
    older, current, empty, text = (tmp_path / n for n in ("old.sqlite", "new.sqlite", "empty.sqlite", "t.sqlite"))
    _older(older)
    Archive.open(current, auto_backup=False).close()
    empty.write_bytes(b"")
    text.write_text("不是档案库", encoding="utf-8")
    before = older.read_bytes()
    assert written_by_older_version(older)
    assert older.read_bytes() == before  # told without changing it
    assert not any(written_by_older_version(p) for p in (current, empty, text, tmp_path / "missing.sqlite"))


def test_an_older_archive_is_upgraded_once_after_a_copy(tmp_path):
    path = tmp_path / "old.sqlite"
    _older(path)
    assert upgrade_older(path) == backup.backups_dir_for(path)
    assert _version(path) == schema.SCHEMA_VERSION
    copies = list(backup.backups_dir_for(path).glob(f"*-before-v{schema.SCHEMA_VERSION}-*.sqlite"))
    assert len(copies) == 1 and _version(copies[0]) == schema.SCHEMA_VERSION - 1
    assert upgrade_older(path) is None  # nothing more to do


def test_an_older_archive_another_program_holds_is_left_as_it_is(tmp_path):
    path = tmp_path / "old.sqlite"
    _older(path)
    lock = WriteLock(path.absolute())
    lock.acquire()
    try:
        assert upgrade_older(path) is None
    finally:
        lock.release()
    assert _version(path) == schema.SCHEMA_VERSION - 1
    with Archive.open(path, auto_backup=False) as archive:  # the window's opening upgrades it the same way
        assert archive.schema_version == schema.SCHEMA_VERSION
    assert len(list(backup.backups_dir_for(path).glob("*-before-v*.sqlite"))) == 1
