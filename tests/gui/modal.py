"""Answering a modal dialog from a test: its ``exec`` blocks the test until it is closed, so
the answer is given from the event loop once the dialog shows."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(kind, act, *, poll_ms: int = 10) -> list:
    """Run ``act(dialog)`` once the next modal dialog of ``kind`` is showing; returns a list
    that holds the dialog once it was handled."""
    seen: list = []

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            act(widget)
            return
        QTimer.singleShot(poll_ms, check)

    QTimer.singleShot(0, check)
    return seen


def close_window_over(window, dialog, answer) -> list:
    """Close ``window`` while ``dialog`` (modal over it) is open; should the dialog outlive
    the window, it is answered with ``answer(dialog)``, as a clerk would click the orphan, so
    the test ends instead of waiting. Returns a list that then holds the orphaned dialog."""
    from shiboken6 import isValid

    orphaned: list = []
    window.close()

    def check() -> None:
        if isValid(dialog) and dialog.isVisible():
            orphaned.append(dialog)
            answer(dialog)
    QTimer.singleShot(0, check)
    return orphaned
