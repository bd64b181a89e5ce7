"""When the archive backs itself up, in the background.

- on opening, when the newest backup is more than a day old;
- while the clerk works, at most once an hour and only after something changed;
- on closing, when something changed since the last backup.

A backup reads the file through a connection of its own (WAL lets it read a consistent
snapshot while the window keeps writing), on a worker thread, so neither start-up nor
closing waits for it. The worker is not a daemon: after the window has closed, the
process stays until the copy is complete. A failure is logged and retried with the next
change; it never reaches the clerk as an error.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import Callable

from . import backup
from .connection import connect

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
ON_OPEN_AFTER = dt.timedelta(days=1)
WHILE_EDITING_EVERY = dt.timedelta(hours=1)


class AutoBackups:
    def __init__(self, db_path: Path, backups_dir: Path, keep: int, clock: Clock):
        self.db_path = db_path
        self.backups_dir = backups_dir
        self.keep = keep
        self.clock = clock
        self.changed = False  # since the last backup was started
        self.taken: list[Path] = []  # by this object, oldest first
        self._guard = threading.Lock()
        self._pending = False
        self._worker: threading.Thread | None = None
        newest = backup.rotating_backups(backups_dir, db_path.stem)
        self._last: dt.datetime | None = (
            dt.datetime.fromtimestamp(max(p.stat().st_mtime for p in newest)) if newest else None)

    def _older_than(self, age: dt.timedelta) -> bool:
        return self._last is None or self.clock() - self._last >= age

    # -- the three moments --------------------------------------------------------------

    def opened(self, has_issues: bool) -> None:
        if has_issues and self._older_than(ON_OPEN_AFTER):
            self._start()

    def note_change(self) -> None:
        self.changed = True
        if self._older_than(WHILE_EDITING_EVERY):
            self._start()

    def closing(self) -> None:
        if self.changed:
            self._start()

    # -- the worker ---------------------------------------------------------------------

    def _start(self) -> None:
        with self._guard:
            self.changed = False
            self._last = self.clock()
            self._pending = True
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="archive-backup", daemon=False)
                self._worker.start()

    def _work(self) -> None:
        while True:
            with self._guard:
                if not self._pending:
                    self._worker = None
                    return
                self._pending = False
            try:
                conn = connect(self.db_path, readonly=True)
                try:
                    self.taken.append(backup.take_backup(conn, self.db_path, self.backups_dir, self.keep))
                finally:
                    conn.close()
            except Exception:
                log.warning("automatic backup of %s failed", self.db_path, exc_info=True)
                self.changed = True  # try again with the next change or on closing

    def wait(self, timeout: float | None = None) -> None:
        """Until the backups asked for so far are written (tests, and a restore that needs the file)."""
        while (worker := self._worker) is not None:
            worker.join(timeout)
            if timeout is not None:
                return
