"""``--screenshot OUT``: build the window, wait for the preview to lay out, save a PNG, quit.

The window is an image here, not a window on the screen: it is laid out as if shown (show
and resize events, the saved layout applied) but never painted on the screen, so it is
painted once, into the image, instead of once on the screen and again for the image, and
no window flashes up on the clerk's desktop when a script takes a screenshot.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from ..core.safe_write import WriteError, write_atomically
from .png_file import png_bytes

SETTLE_MS = 0  # after the preview reports its pages: the events already queued (zoom to fit, the list) run first; grab() paints itself
TIMEOUT_MS = 10000


SIZE = (1440, 900)


def prepare_unseen(window: QMainWindow) -> None:
    """Before ``show``: laid out at the screenshot's size, never painted on the screen."""
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.setUpdatesEnabled(False)  # painted by grab() alone
    window.resize(*SIZE)


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
        self._window.setUpdatesEnabled(True)
        data = png_bytes(self._window.grab().toImage())
        try:  # the command line has checked its folder (gui_command.py)
            # not waited onto the disk: a picture, made again in a second if a power cut takes it
            write_atomically(self._path, lambda handle: handle.write(data), durable=False)
        except WriteError as exc:
            sys.stderr.write(f"错误：无法保存截图。{exc.message}\n")
            self.finished.emit(False)
            return
        self.finished.emit(True)
