"""Loading PySide6 without its per-module source scan.

Importing PySide6 replaces ``__import__`` with a hook that serves PySide's opt-in
``from __feature__ import snake_case, true_property``. After each later import the hook
decides whether the new module "uses PySide" by reading the module's whole source file
and looking for the word PySide6. At start-up that is some 120 source files read and
decoded before the window can open: 20–30 ms, a sixth of a bare Qt window's whole start.

This program never selects a feature, so the answer does not matter to it: every module
is marked as one the feature switch ignores, which is also what a scan finds for a module
that never mentions PySide6. A module that does ask for a feature still gets it: the hook
records that request itself, whatever this answer was. An installed copy (PyInstaller)
ships no source files, so there the scan already finds nothing and this changes nothing.
"""
from __future__ import annotations

import linecache
import sys


def _never_scanned(_module: object) -> bool:
    return False


def load_pyside() -> None:
    """Import PySide6 and switch its source scan off (if this PySide6 has one)."""
    import PySide6.QtCore  # noqa: F401  (installs the import hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _never_scanned  # type: ignore[attr-defined]
        # the scan already read the sources of the modules PySide6 itself imported, and the
        # line cache keeps them (about 1.5 MB) for tracebacks the program never prints
        linecache.clearcache()
