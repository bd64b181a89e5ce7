"""Python's cyclic garbage collector in the window's process.

Starting the window creates some 37,000 objects that live as long as the program (modules,
the Qt types and enums PySide builds on first use, the window's widgets) and almost no
garbage: about 600 objects in reference cycles. With the collector on, that growing heap
is walked again and again while it is being built: 10–20 ms of a 0.4 s start. So the
collector is paused from before PySide6 is imported until the window is built; then one
collection frees the little garbage there is and the rest is frozen (``gc.freeze``), so
that the collections made later, while the clerk types, no longer walk the start-up objects.

From then on the collections are made by a timer in the GUI thread, never automatically.
An automatic collection runs in whichever thread happens to allocate, and a background
thread (a file being read, an export) that collects a cycle holding a Qt object of the
window deletes that object in the wrong thread: a timer it owned stays registered with
the GUI thread's event loop and fires into freed memory later (a crash, not an error).
"""
from __future__ import annotations

import gc

LATEST_RESUME_MS = 10_000  # back on even if the start never reaches its end (a modal error)
INTERVAL_MS = 250  # cyclic garbage waits at most this long; plain garbage is freed at once anyway

_paused = False
_timer = None  # the QTimer collecting in the GUI thread, while it does


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect once, freeze what survives, and collect from then on in the GUI thread;
    only once, and only if ``pause`` switched the collector off."""
    global _paused
    if _paused:
        _paused = False
        gc.collect()
        gc.freeze()
        collect_in_gui_thread()


def collect_in_gui_thread() -> None:
    """Switch automatic collection off and collect, as CPython's own thresholds say when,
    from a timer of the thread calling this (the GUI thread: the application must exist)."""
    global _timer
    from PySide6.QtCore import QCoreApplication, QTimer

    gc.disable()
    if _timer is not None:
        return
    _timer = QTimer(QCoreApplication.instance())
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()


def collecting_in_gui_thread() -> bool:
    return _timer is not None and _timer.isActive()


def back_to_automatic() -> None:
    """Stop the timer, collect once here and switch automatic collection back on (a process
    going on without an event loop, such as a test run after a window's test)."""
    global _timer
    if _timer is not None:
        _timer.stop()
        _timer.deleteLater()
        _timer = None
    gc.collect()
    gc.enable()


def collect_due() -> int:
    """Collect the oldest generation past its threshold, as the automatic collector would
    on its next allocation; the number of objects freed (0 when none was due)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    return gc.collect(generation)
