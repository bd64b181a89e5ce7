"""Python's cyclic garbage collector while the window starts.

Starting the window creates some 37,000 objects that live as long as the program (modules,
the Qt types and enums PySide builds on first use, the window's widgets) and almost no
garbage: about 600 objects in reference cycles. With the collector on, that growing heap
is walked again and again while it is being built: 10–20 ms of a 0.4 s start. So the
collector is paused from before PySide6 is imported until the window is built; then one
collection frees the little garbage there is and the rest is frozen (``gc.freeze``), so
that the collections made later, while the clerk types, no longer walk the start-up objects.
"""
from __future__ import annotations

import gc

LATEST_RESUME_MS = 10_000  # back on even if the start never reaches its end (a modal error)

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect once, freeze what survives, and switch the collector back on; only once,
    and only if ``pause`` switched it off."""
    global _paused
    if _paused:
        _paused = False
        gc.collect()
        gc.freeze()
        gc.enable()
