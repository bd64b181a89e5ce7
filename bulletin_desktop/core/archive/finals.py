"""定稿: an issue marked final refuses changes until reopened; when it changed and what was
exported from it (time, format, file, SHA-256) are kept with it. Runs inside the caller's
transaction."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from .errors import ArchiveError, IssueNotFoundError

FINAL: Final = "final"
DRAFT: Final = "draft"


class IssueFinalError(ArchiveError):
    """A change asked of an issue that is final."""

    def __init__(self, series: str, number: int, shared_number: bool = False, doing: str = "修改"):
        self.series = series
        self.number = number
        ref = f"{series}:{number}" if shared_number else str(number)  # 52 alone would name two issues
        # ``doing``: what was refused (修改, 删除), so that deleting is not answered about changing
        final = f"《{series}》第{number}期已定稿，不能{doing}。如确需{doing}，请先撤销定稿"
        super().__init__(f"{final}（命令行：reopen {ref}）。", f"{final}（打开这一期，点横幅上的“撤销定稿”）。")


@dataclass(frozen=True)
class StatusEvent:
    at: str
    action: str  # "finalized" or "reopened"


@dataclass(frozen=True)
class ExportRecord:
    at: str
    format: str
    file_name: str
    sha256: str
    settings: dict[str, Any]


def _head(conn: sqlite3.Connection, issue_id: int) -> tuple[str, int, str]:
    row = conn.execute("SELECT sr.name, i.number, i.status FROM issues i JOIN series sr ON sr.id = i.series_id "
                       "WHERE i.id = ?", (issue_id,)).fetchone()
    if row is None:
        raise IssueNotFoundError(issue_id)
    return row[0], int(row[1]), row[2]


def status(conn: sqlite3.Connection, issue_id: int) -> str:
    return _head(conn, issue_id)[2]


def refuse_if_final(conn: sqlite3.Connection, issue_id: int | None, doing: str = "修改") -> None:
    if issue_id is None:
        return
    row = conn.execute("SELECT sr.name, i.number, i.status FROM issues i JOIN series sr ON sr.id = i.series_id "
                       "WHERE i.id = ?", (issue_id,)).fetchone()
    if row is not None and row[2] == FINAL:
        shared = conn.execute("SELECT count(*) FROM issues WHERE number = ?", (row[1],)).fetchone()[0] > 1
        raise IssueFinalError(row[0], int(row[1]), shared, doing)


def set_status(conn: sqlite3.Connection, issue_id: int, final: bool, now: str) -> bool:
    """Mark the issue final (or a draft again); False when it already was."""
    _series, _number, current = _head(conn, issue_id)
    wanted = FINAL if final else DRAFT
    if current == wanted:
        return False
    # updated_at is left alone: the content did not change. A final issue keeps the bulletin's
    # name it has now (store.ISSUE_SERIES_NAME); reopened, it takes the bulletin's name again
    conn.execute("UPDATE issues SET status = ?, final_series_name = CASE WHEN ? THEN "
                 "(SELECT name FROM series WHERE id = issues.series_id) END WHERE id = ?", (wanted, final, issue_id))
    conn.execute("INSERT INTO issue_events (issue_id, at, action) VALUES (?, ?, ?)",
                 (issue_id, now, "finalized" if final else "reopened"))
    return True


def final_count(conn: sqlite3.Connection, series_id: int) -> int:
    """How many issues of the series are final: they keep the name they were finalized with."""
    return int(conn.execute("SELECT count(*) FROM issues WHERE series_id = ? AND status = ?",
                            (series_id, FINAL)).fetchone()[0])


def events(conn: sqlite3.Connection, issue_id: int) -> list[StatusEvent]:
    return [StatusEvent(*row) for row in conn.execute(
        "SELECT at, action FROM issue_events WHERE issue_id = ? ORDER BY at, id", (issue_id,))]


def file_sha256(path: Path) -> str:
    import hashlib  # loaded when a file is recorded, not with every archive opened

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_export(conn: sqlite3.Connection, issue_id: int, fmt: str, path: Path, sha256: str,
                  settings: dict[str, Any], now: str) -> None:
    _head(conn, issue_id)
    conn.execute(
        "INSERT INTO exports (issue_id, at, format, file_name, sha256, settings) VALUES (?, ?, ?, ?, ?, ?)",
        (issue_id, now, fmt, str(path), sha256, json.dumps(settings, ensure_ascii=False, sort_keys=True)))


def exports(conn: sqlite3.Connection, issue_id: int) -> list[ExportRecord]:
    return [ExportRecord(at, fmt, name, sha, json.loads(settings or "{}")) for at, fmt, name, sha, settings in conn.execute(
        "SELECT at, format, file_name, sha256, settings FROM exports WHERE issue_id = ? ORDER BY at, id", (issue_id,))]


def history_dict(conn: sqlite3.Connection, issue_id: int) -> dict[str, Any]:
    """What ``show --json`` adds to the issue: its status history and export records."""
    return {
        "status_history": [{"at": e.at, "action": e.action} for e in events(conn, issue_id)],
        "exports": [{"at": r.at, "format": r.format, "file": r.file_name, "sha256": r.sha256, "settings": r.settings}
                    for r in exports(conn, issue_id)],
    }
