"""Closing the window, or leaving its archive for another (打开档案库…, a restore), while the
archive's closing backup is written.

Closing takes a backup when anything changed since the last one, and waits for it at most
``AutoBackups.close_wait`` seconds (see ``core/archive/auto_backup.py``: a copy still
running then is stopped and leaves no partial file). On a large archive or a slow folder
that wait is long enough for a frozen window to look hung, so it is spent here instead:
the copy starts before the archive is closed, and while it runs the window keeps painting,
greyed and saying 正在完成备份…, and takes no more input for the archive it is closing.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from ..core.archive.archive import Archive

POLL_MS = 50  # how often the wait looks whether the copy is done


def finish_backup(window: QMainWindow, archive: "Archive | None") -> bool:
    """Take the closing backup now and wait for it, the window showing that it does; then
    closing the archive has nothing left to wait for. False when the copy had to be
    stopped (the earlier backups stand)."""
    backups = archive.auto_backups if archive is not None else None
    if backups is None:
        return True
    backups.closing()  # started now (when due), so that its wait can be shown
    if not backups.busy():
        return True
    window.statusBar().showMessage(QCoreApplication.translate("ClosingBackup", "Finishing the backup…"))
    window.setEnabled(False)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    deadline = time.monotonic() + backups.close_wait
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if not backups.busy() or time.monotonic() >= deadline else None)
    timer.start()
    try:
        loop.exec()
    finally:
        timer.stop()
        QGuiApplication.restoreOverrideCursor()
        window.setEnabled(True)
        window.statusBar().clearMessage()  # another archive may open in this window next
    return backups.finish(timeout=0)  # done by now, or stopped here leaving no partial file
