"""Typing text into a widget as a person would: Latin keys as key presses, Chinese as the
input method commits it. Used by the tests and by the test-only start-up hook."""
from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    from PySide6.QtTest import QTest  # deferred: only tests and the test hook type

    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
