"""``gui --screenshot`` runs with nobody to answer the window.

A message box or question that opens during such a run (a damaged or newer archive, an
archive another program holds) would wait for ever. Instead its title and text go to
stderr, it is dismissed as Esc would dismiss it, and the run ends with status 1.

The modal dialog is looked for a few times a second rather than caught by an event filter
on the whole application: a filter would run Python for each of the thousands of events
of a screenshot run, for a dialog that almost never comes. A modal dialog runs its own
event loop, in which this timer keeps firing.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

LOOK_MS = 50


class Unattended(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.answered: list[str] = []  # what was dismissed, as written to stderr
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._look)
        self._timer.start(LOOK_MS)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # as nearly always: the dialog classes are not even loaded
            return
        from PySide6.QtWidgets import QDialog, QMessageBox

        if not isinstance(dialog, QDialog):
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        said = "：".join(part for part in (dialog.windowTitle(), text) if part)
        self.answered.append(said)
        sys.stderr.write(f"错误：{said}（无人应答，已关闭）\n")
        dialog.reject()  # hidden at once, so the next look does not report it again
