"""Work that takes seconds (LibreOffice converting, many files read) in a background thread,
so the window keeps painting and answering the clerk meanwhile.

The work runs in a plain Python thread and reports through this object's signals; they are
emitted from that thread and queued to the thread this object lives in (the GUI thread), so
every slot runs there and may touch widgets and the archive. The work itself must not.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

# what the work is given to report its progress with; each call is one ``progressed`` signal
Report = Callable[[Any], None]


class BackgroundJob(QObject):
    """One piece of work at a time. ``busy`` from ``start`` until ``finished`` has been
    delivered in the GUI thread, so a result is never mixed up with the next start."""

    progressed = Signal(object)  # whatever the work reported
    finished = Signal(object, object)  # the result, the error (None when it worked)
    _done = Signal(object, object)  # from the worker thread, queued to ours

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._thread: threading.Thread | None = None
        self._pending = False
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending

    @property
    def running(self) -> bool:
        """The thread is still working (``busy`` also covers a result not yet delivered)."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, work: Callable[[Report], Any]) -> bool:
        """Run ``work(report)`` in the background; False, doing nothing, while busy."""
        if self._pending:
            return False
        self._pending = True
        self._thread = threading.Thread(target=self._run, args=(work,), name=self._name, daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Block until the thread has ended (the window closing: no thread outlives it)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, work: Callable[[Report], Any]) -> None:
        try:
            result = work(self.progressed.emit)
        except Exception as exc:  # typed errors carry a Chinese message; anything else is logged
            if getattr(exc, "message", None) is None:
                log.error("%s failed", self._name, exc_info=exc)
            self._report_done(None, exc)
        else:
            self._report_done(result, None)

    def _report_done(self, result: object, error: object) -> None:
        try:
            self._done.emit(result, error)
        except RuntimeError:  # the window went away while the work ran past its wait: nobody to tell
            log.info("%s ended after its window closed", self._name)

    def _deliver(self, result: object, error: object) -> None:
        self._pending = False
        self.finished.emit(result, error)
