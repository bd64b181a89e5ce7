"""The collector is paused for the window's start, comes back once with what the start
built frozen, and from then on collects only in the GUI thread."""
from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QTimer

from bulletin_desktop.gui import collector


@pytest.fixture(autouse=True)
def _collector_restored():
    yield
    collector._paused = False
    gc.unfreeze()
    collector.collect_in_gui_thread()  # as this file's tests found it (conftest.py)


def test_pause_then_resume_freezes_and_collects_in_the_gui_thread():
    collector.back_to_automatic()
    gc.unfreeze()
    collector.pause()
    assert not gc.isenabled() and not collector.collecting_in_gui_thread()
    kept = [[] for _ in range(100)]
    collector.resume()
    assert gc.get_freeze_count() >= len(kept)
    assert not gc.isenabled() and collector.collecting_in_gui_thread()  # never automatic again
    frozen = gc.get_freeze_count()
    collector.resume()  # only once
    assert gc.get_freeze_count() == frozen


def test_resume_leaves_a_collector_it_did_not_pause_alone():
    collector.back_to_automatic()
    gc.unfreeze()
    gc.disable()  # switched off by someone else: not ours to switch on
    collector.pause()
    collector.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0 and not collector.collecting_in_gui_thread()


def _dropped_timer_in_a_cycle() -> weakref.ref:
    timer = QTimer()  # owned by Python, ticking in the GUI thread, freed only by the cyclic collector
    timer.cycle = timer
    timer.start(60_000)
    return weakref.ref(timer)


def _allocate_in_a_thread() -> None:
    def churn() -> None:  # enough new containers to pass every generation's threshold many times
        for _ in range(200_000):
            cycle: list = []
            cycle.append(cycle)
    worker = threading.Thread(target=churn, name="churn")
    worker.start()
    worker.join()


def test_a_background_thread_never_collects_the_windows_qt_objects(qtbot):
    """An automatic collection in the thread would delete the timer there (Qt: "Timers cannot
    be stopped from another thread"), and its event would later reach freed memory."""
    assert collector.collecting_in_gui_thread() and not gc.isenabled()
    timer = _dropped_timer_in_a_cycle()
    _allocate_in_a_thread()
    assert timer() is not None  # not collected in the thread
    qtbot.waitUntil(lambda: timer() is None, timeout=5 * collector.INTERVAL_MS)  # but soon, in this one


def test_a_collection_is_made_only_when_one_is_due():
    gc.collect()
    assert collector.collect_due() == 0  # nothing allocated since: the automatic one would not run either
    garbage = [[] for _ in range(gc.get_threshold()[0] + 1)]
    for item in garbage:
        item.append(item)
    del garbage, item
    assert collector.collect_due() >= gc.get_threshold()[0]
