"""Work-arounds for defects of the Qt binding that would otherwise crash the program.

PySide6 6.12 returns ``True`` from ``SignalInstance.emit()`` without taking a reference
to it. Python 3.12 and later never free ``True``, so nothing happens there; Python 3.10
and 3.11 count references to it, and after a few thousand emits (a few minutes of typing:
every keystroke emits several signals) the count reaches zero and the interpreter aborts
with "Fatal Python error: bool_dealloc". Giving both booleans a reference count that no
program can use up makes them as immortal as newer Pythons make them.
"""
from __future__ import annotations

import sys

_HEADROOM = 1 << 40


def keep_bools_alive() -> bool:
    """Apply the fix where it is needed and safe; True when it was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "getobjects"):
        return False  # immortal already; or not CPython; or a debug build with another object layout
    import ctypes

    for value in (True, False):
        count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt is an object's first field
        if count.value < _HEADROOM:  # once per process
            count.value += _HEADROOM
    return True
