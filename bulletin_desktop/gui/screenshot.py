"""``--screenshot OUT``: open the window, wait for the preview to render, save a PNG, quit."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

SETTLE_MS = 0  # after the preview reports its pages: the events already queued (zoom to fit, the list) run first; grab() paints itself
TIMEOUT_MS = 10000
PNG_QUALITY = 80  # Qt's PNG writer then compresses lightly: a third faster than its default, and no larger


class ScreenshotTaker(QObject):
    finished = Signal(bool)

    def __init__(self, window: QMainWindow, path: Path, preview, has_issue: bool):
        super().__init__(window)
        self._window = window
        self._path = Path(path)
        self._done = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._shoot)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._shoot)
        if has_issue:
            preview.pageCountChanged.connect(lambda _pages: self._settle.start(SETTLE_MS))
            if preview.page_count() > 0:
                self._settle.start(SETTLE_MS)
            self._timeout.start(TIMEOUT_MS)
        else:
            self._settle.start(SETTLE_MS)

    def _shoot(self) -> None:
        if self._done:
            return
        self._done = True
        self._settle.stop()
        self._timeout.stop()
        QApplication.processEvents()
        self._path.parent.mkdir(parents=True, exist_ok=True)
        ok = self._window.grab().save(str(self._path), "PNG", PNG_QUALITY)
        self.finished.emit(ok)
