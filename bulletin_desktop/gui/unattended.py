"""``gui --screenshot`` runs with nobody to answer the window.

A message box or question that opens during such a run (a damaged or newer archive, an
archive another program holds) would wait for ever. Instead its title and text go to
stderr, it is dismissed as Esc would dismiss it, and the run ends with status 1.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


class Unattended(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.answered: list[str] = []  # what was dismissed, as written to stderr
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isModal():
            text = watched.text() if isinstance(watched, QMessageBox) else ""
            said = "：".join(part for part in (watched.windowTitle(), text) if part)
            self.answered.append(said)
            sys.stderr.write(f"错误：{said}（无人应答，已关闭）\n")
            QTimer.singleShot(0, watched.reject)  # once its own event loop runs
        return False
