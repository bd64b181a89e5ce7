"""An archive as an earlier version left it, for the tests of upgrading."""
from __future__ import annotations

import sqlite3

from bulletin_desktop.core.archive import connection, schema, store


def older_archive(path, issue, version: int | None = None) -> None:
    """``path`` as schema ``version`` (by default the version before this one) left it,
    holding ``issue``: stored by today's code, then copied column by column into the tables
    that version had."""
    current = sqlite3.connect(":memory:", isolation_level=None)
    connection.register_functions(current)
    schema.migrate(current)
    now = store.now_text(current)
    store.insert_issue(current, issue, store.ensure_series(current, issue, now), now)
    conn = sqlite3.connect(path, isolation_level=None)
    connection.register_functions(conn)
    schema.migrate(conn, target=schema.SCHEMA_VERSION - 1 if version is None else version)
    conn.execute("BEGIN")
    for table in ("series", "issues", "sections", "entries"):
        names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        rows = current.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid").fetchall()
        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows)
    conn.execute("COMMIT")
    conn.close()
    current.close()
