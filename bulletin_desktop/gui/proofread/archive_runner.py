"""The archive checks of the open issue (reused entries, numbering, lead dates, unit
spellings) in a background thread, so that opening an issue never waits for them: on a
thousand issues they take a tenth of a second, on every issue switch.

The check is ``core.proofread.archive_checks.check_archive``, the one the command line runs.
SQLite connections serve one thread at a time and the window's archive is the one writer,
so each check opens the same file read-only for itself (no write lock, as the command line
reads while the window writes) and closes it when done: no handle outlives the check, and a
restore can rename the file.

One check at a time. A new request while one runs stops the running one early (its reader
is closed under it, so its next query fails) and starts when it is over. A result reaches
``checked`` only when it answers the newest request: findings of an issue no longer open,
or of an archive closed or switched since, are dropped.
"""
from __future__ import annotations

import copy
import itertools
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from ...core.archive.archive import Archive
from ...core.proofread import archive_checks
from ..background import BackgroundJob

if TYPE_CHECKING:
    from ...core.model import Issue
    from ...core.proofread import CheckContext
    from ...core.proofread.archive_checks import ArchiveFinding

log = logging.getLogger(__name__)
THREAD_NAME = "proofread-archive"
SHUTDOWN_WAIT_S = 5.0  # the running query is interrupted by closing its reader: far less in practice


@dataclass(frozen=True)
class _Request:
    number: int
    path: Path
    issue: "Issue"  # a copy: the clerk goes on editing meanwhile
    context: "CheckContext"


class ArchiveChecks(QObject):
    busyChanged = Signal(bool)  # a check for the newest request is under way, or no longer
    checked = Signal(object, object)  # list[ArchiveFinding] or None, the error (None when it worked)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._job = BackgroundJob(THREAD_NAME, self)
        self._job.finished.connect(self._finished)
        self._numbers = itertools.count(1)
        self._wanted: _Request | None = None  # the newest request, until it is answered
        self._running: _Request | None = None  # the one the thread works on
        self._reader_guard = threading.Lock()
        self._reader: Archive | None = None  # the running check's own read-only archive
        self._stopped = False  # the running check was told to stop

    @property
    def busy(self) -> bool:
        return self._wanted is not None

    def request(self, path: Path, issue: "Issue", context: "CheckContext") -> None:
        """Check ``issue`` against the archive file at ``path``; the answer comes by ``checked``."""
        was_busy = self.busy
        self._wanted = _Request(next(self._numbers), path, copy.deepcopy(issue), copy.copy(context))
        if self._job.busy:
            self._stop_running()  # its end starts this one (``_finished``)
        else:
            self._start(self._wanted)
        if not was_busy:
            self.busyChanged.emit(True)

    def cancel(self) -> None:
        """Nothing to check any more (no issue, the archive closing): what runs ends early and
        its result is dropped."""
        was_busy = self.busy
        self._wanted = None
        if self._job.busy:
            self._stop_running()
        if was_busy:
            self.busyChanged.emit(False)

    def shutdown(self) -> None:
        """The window is closing: the check is stopped and its thread waited for."""
        self.cancel()
        self._job.wait(SHUTDOWN_WAIT_S)

    def wait(self, timeout_ms: int) -> bool:
        """Until the newest request is answered, at most ``timeout_ms``; the window keeps painting
        meanwhile, the clerk's input waits. False when it is still running."""
        if not self.busy:
            return True
        loop = QEventLoop()
        timer = QTimer(loop)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self.busyChanged.connect(loop.quit)
        try:
            timer.start(timeout_ms)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.busyChanged.disconnect(loop.quit)
        return not self.busy

    # -- the thread ------------------------------------------------------------------------

    def _start(self, request: _Request) -> None:
        with self._reader_guard:
            self._stopped = False
        self._running = request
        self._job.start(lambda _report: self._work(request))

    def _work(self, request: _Request) -> list["ArchiveFinding"] | None:
        """In the worker thread."""
        reader = Archive.open(request.path, readonly=True, check=False)
        with self._reader_guard:
            if self._stopped:
                reader.close()
                return None
            self._reader = reader
        try:
            # looked up at each call, so that one function serves the window and the command line
            return archive_checks.check_archive(reader, request.issue, request.context)
        finally:
            with self._reader_guard:
                self._reader = None
            reader.close()

    def _stop_running(self) -> None:
        with self._reader_guard:
            self._stopped = True
            reader = self._reader
        if reader is not None:
            reader.close()  # after the query under way; the check's next one fails

    def _finished(self, result: object, error: object) -> None:
        done, self._running = self._running, None
        wanted = self._wanted
        if wanted is None:  # cancelled: busyChanged(False) has been sent
            return
        if done is not wanted:  # a newer request came meanwhile: its turn
            self._start(wanted)
            return
        self._wanted = None
        if error is not None:
            log.warning("archive checks failed in the background", exc_info=error)  # type: ignore[arg-type]
        self.checked.emit(result, error)
        self.busyChanged.emit(False)
