"""When the archive backs itself up, in the background.

- on opening, when the newest backup is more than a day old, or (interactive sessions) when
  the archive was changed after it: by commands, which take no backup on closing (a year of
  bulletins imported, then the window opened, had a backup of the first file alone);
- while the clerk works, at most once an hour and only after something changed;
- on closing, when something changed since the last backup (interactive sessions only: a
  script's burst of one-shot commands would otherwise rotate the older backups away, one
  per command; their changes are caught by the hourly or the daily backup).

A backup reads the file through a connection of its own (WAL lets it read a consistent
snapshot while the window keeps writing), on a worker thread, so start-up does not wait
for it. Closing the archive waits for the copy at most ``CLOSE_WAIT``: a copy still
running then (a slow USB folder, a huge archive) is stopped, its partial file removed,
and the backups taken before stand; so closing never hangs and no half-written copy is
left. Each copy is written under a temporary name and renamed when complete
(``backup.vacuum_into``); a temporary left by a process that was killed mid-copy is
removed the next time the archive is opened. A failure is logged and retried with the
next change; it never reaches the clerk as an error, but it is said (``report_failures``:
the window tells the clerk that backups are not being taken, a full or read-only disk).
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable

from ..safe_write import os_error_reason
from . import backup
from .connection import Clock, connect

log = logging.getLogger(__name__)

ON_OPEN_AFTER = dt.timedelta(days=1)
WHILE_EDITING_EVERY = dt.timedelta(hours=1)
CLOSE_WAIT = 5.0  # seconds closing waits for a backup being written before stopping it
STALE_PART_AGE = dt.timedelta(minutes=10)  # a temporary untouched this long has no writer left


def _open_for_copy(db_path: Path) -> sqlite3.Connection:
    return connect(db_path, readonly=True)


class AutoBackups:
    def __init__(self, db_path: Path, backups_dir: Path, keep: int | None, clock: Clock, on_close: bool = True):
        self.db_path = db_path
        self.on_close = on_close
        self.backups_dir = backups_dir
        self.keep = keep
        self.clock = clock
        self.changed = False  # since the last backup was started
        self.taken: list[Path] = []  # by this object, oldest first
        self.close_wait = CLOSE_WAIT
        self.opener: Callable[[Path], sqlite3.Connection] = _open_for_copy  # the copy's own connection
        self._guard = threading.Lock()
        self._pending = False
        self._stopped = False  # closing gave up waiting: no further copies
        self._copying: sqlite3.Connection | None = None  # the connection of the copy being written
        self._worker: threading.Thread | None = None
        self.failure = ""  # the clerk's sentence for the last backup, when it failed ("" once one is taken)
        self._report: Callable[[str], None] | None = None
        backup.remove_stale_parts(backups_dir, db_path.stem, STALE_PART_AGE.total_seconds())
        newest = backup.rotating_backups(backups_dir, db_path.stem)
        self._last: dt.datetime | None = (
            dt.datetime.fromtimestamp(max(p.stat().st_mtime for p in newest)) if newest else None)

    def _older_than(self, age: dt.timedelta) -> bool:
        return self._last is None or self.clock() - self._last >= age

    # -- the three moments --------------------------------------------------------------

    def opened(self, has_issues: bool, last_change: dt.datetime | None = None) -> None:
        """``last_change``: when the archive's content last changed, by its clock."""
        if not has_issues:
            return
        if self._older_than(ON_OPEN_AFTER) or (self.on_close and self._changed_since_backup(last_change)):
            self._start()

    def _changed_since_backup(self, last_change: dt.datetime | None) -> bool:
        newest = backup.newest_taken(self.backups_dir, self.db_path.stem)
        return last_change is not None and newest is not None and last_change > newest

    def note_change(self) -> None:
        self.changed = True
        if self._older_than(WHILE_EDITING_EVERY):
            self._start()

    def closing(self) -> None:
        if self.changed and self.on_close:
            self._start()

    def report_failures(self, report: Callable[[str], None]) -> None:
        """Call ``report`` with the clerk's sentence whenever a backup fails, from the worker
        thread; at once if the last one failed already (the backup on opening may fail before
        whoever opened the archive asks)."""
        with self._guard:
            self._report = report
            failure = self.failure
        if failure:
            self._tell(report, failure)

    @staticmethod
    def _tell(report: Callable[[str], None], failure: str) -> None:
        try:
            report(failure)
        except Exception:  # a listener gone (its window closed): the log has it
            log.warning("could not report a failed backup", exc_info=True)

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
                if not self._pending or self._stopped:
                    self._worker = None
                    return
                self._pending = False
            try:
                conn = self.opener(self.db_path)
                try:
                    with self._guard:
                        if self._stopped:
                            continue
                        self._copying = conn
                    self.taken.append(backup.take_backup(conn, self.db_path, self.backups_dir, self.keep,
                                                          self.clock()))
                    self.failure = ""
                finally:
                    with self._guard:
                        self._copying = None
                    conn.close()
            except Exception as exc:
                if self._stopped:
                    log.warning("automatic backup of %s stopped on closing after %.1f s; the earlier backups stand",
                                self.db_path, self.close_wait)
                else:
                    said = backup_failed(exc)
                    log.warning("automatic backup of %s failed", self.db_path, exc_info=True, extra={"clerk": said})
                    with self._guard:
                        self.failure, report = said, self._report
                    if report is not None:
                        self._tell(report, said)
                self.changed = True  # try again with the next change or on closing

    def busy(self) -> bool:
        """A backup is being written (or waits to be)."""
        worker = self._worker
        return worker is not None and worker.is_alive()

    def finish(self, timeout: float | None = None) -> bool:
        """On closing: wait for the backup being written, at most ``timeout`` seconds
        (``close_wait``); past that, stop it (SQLite interrupts the copy between steps, the
        partial file is removed). False when a backup had to be stopped."""
        limit = self.close_wait if timeout is None else timeout
        worker = self._worker
        if worker is None:
            return True
        worker.join(limit)
        if not worker.is_alive():
            return True
        with self._guard:
            self._stopped = True
            self._pending = False
            copying = self._copying
        if copying is not None:
            copying.interrupt()
        deadline = time.monotonic() + max(1.0, limit)  # an interrupted copy ends within a step
        worker.join(max(0.0, deadline - time.monotonic()))
        return False

    def wait(self, timeout: float | None = None) -> None:
        """Until the backups asked for so far are written (tests, and a restore that needs the file)."""
        while (worker := self._worker) is not None:
            worker.join(timeout)
            if timeout is not None:
                return


def backup_failed(exc: BaseException) -> str:
    """The clerk's sentence for an automatic backup that failed (logged with the details)."""
    message = getattr(exc, "message", "")
    if message.startswith("备份档案库失败"):
        return "自动" + message
    reason = os_error_reason(exc) if isinstance(exc, OSError) else message or "原因记在日志文件中"
    return f"自动备份档案库失败（{reason}），档案库本身未受影响。"
