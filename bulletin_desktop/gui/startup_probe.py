"""For the start-up benchmark (``BULLETIN_DESKTOP_STARTUP_PROBE``): lines on stdout at the
moments the clerk sees something, then the program quits.

- ``issue-ready``: the preview has laid out the issue's pages;
- ``issue-painted RSS WxH``: it has painted them (peak memory so far in KiB, window size);
- ``window-ready RSS WxH``: the whole window is built, the archive open, and painted
  since; the peak memory of a complete start.

``first-paint`` (the window's frame) comes from application.py, which owns that moment.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class StartupProbe(QObject):
    def __init__(self, app: QApplication, window):
        super().__init__(window)
        self._app = app
        self._window = window
        self._ready = self._painted = self._built = False

    def watch(self, preview) -> None:
        """The preview exists: report when it has pages, and when they are painted."""
        self._preview = preview
        if preview.page_count() > 0:
            self._issue_ready()
        else:
            preview.pageCountChanged.connect(self._issue_ready)

    def window_built(self) -> None:
        """Panes built and the archive opened; what that queued (the issue list's rows) runs
        before the window counts as complete. An empty archive has no pages to wait for."""
        def built() -> None:
            self._built = True
            if not self._ready:
                self._issue_ready()
            self._window.update()

        QTimer.singleShot(0, built)

    def _issue_ready(self, _pages: int = 0) -> None:
        if not self._ready:
            self._ready = True
            print(f"issue-ready {peak_rss_kib()}", flush=True)
            # the preview's widgets and the window alone, not the application: a filter on the
            # application would see every object's events, and wrapping each of Qt's internal
            # objects for Python costs the program time and memory the clerk's start never spends
            for widget in (self._preview, *self._preview.findChildren(QWidget), self._window):
                widget.installEventFilter(self)
            self._preview.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self._painted and watched is not self._window:
                self._painted = True
                self._line("issue-painted")
            if self._painted and self._built and watched is self._window:
                self._built = False  # reported once
                self._line("window-ready")
                QTimer.singleShot(0, self._app.quit)
        return False

    def _line(self, what: str) -> None:
        print(f"{what} {peak_rss_kib()} {self._window.width()}x{self._window.height()}", flush=True)


def peak_rss_kib() -> int:
    """This process's peak resident memory. On Linux from /proc (VmHWM): ``getrusage``
    there also counts the parent's memory at the fork that started this process."""
    try:
        with open("/proc/self/status", "rb") as status:  # bytes: no codec to load in the moment measured
            for line in status:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak
