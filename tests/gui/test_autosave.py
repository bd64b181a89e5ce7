"""Autosave: debounced, but never more than a moment behind continuous typing."""
from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from bulletin_desktop.gui.autosave import Autosaver, SaveState


def test_quiet_period_then_one_save(qtbot):
    saves = []
    saver = Autosaver(lambda: saves.append(time.monotonic()), debounce_ms=100, max_wait_ms=400)
    for _ in range(3):
        saver.schedule()
    assert saver.state is SaveState.PENDING
    qtbot.waitUntil(lambda: len(saves) > 0, timeout=1000)
    qtbot.wait(150)
    assert len(saves) == 1
    assert saver.state is SaveState.SAVED and not saver.pending


def test_continuous_typing_still_saves_within_the_max_wait(qtbot):
    saves = []
    saver = Autosaver(lambda: saves.append(time.monotonic()), debounce_ms=100, max_wait_ms=300)
    typing = QTimer()
    typing.setInterval(50)  # faster than the quiet period: the debounce alone would never fire
    typing.timeout.connect(saver.schedule)
    started = time.monotonic()
    typing.start()
    qtbot.waitUntil(lambda: len(saves) >= 2, timeout=2000)
    typing.stop()
    assert saves[0] - started < 0.6
    assert saves[1] - saves[0] < 0.6


def test_failure_keeps_pending_and_retries_on_next_change(qtbot):
    outcome = {"fail": True}
    states = []

    def save():
        if outcome["fail"]:
            raise OSError(28, "No space left on device")

    saver = Autosaver(save, debounce_ms=10, max_wait_ms=50)
    saver.stateChanged.connect(lambda state, message: states.append((state, message)))
    saver.schedule()
    qtbot.waitUntil(lambda: saver.state is SaveState.FAILED, timeout=1000)
    assert saver.pending
    assert "No space" in saver.error
    outcome["fail"] = False
    saver.schedule()
    assert saver.state is SaveState.FAILED  # stays visible until a save succeeds
    qtbot.waitUntil(lambda: saver.state is SaveState.SAVED, timeout=1000)
    assert not saver.pending
    assert [s for s, _ in states] == ["pending", "saving", "failed", "saving", "saved"]


def test_save_now_flushes_and_disabled_does_nothing(qtbot):
    saves = []
    saver = Autosaver(lambda: saves.append(1), debounce_ms=10000, max_wait_ms=10000)
    saver.schedule()
    assert saver.save_now() is True
    assert saves == [1]
    assert saver.save_now() is True  # nothing pending
    saver.set_enabled(False)
    saver.schedule()
    assert not saver.pending and saves == [1]
