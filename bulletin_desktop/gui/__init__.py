"""The desktop window (Qt widgets). ``run_gui`` is the entry point the command line calls."""
from __future__ import annotations

from pathlib import Path


def run_gui(db_path: Path | None, issue: str | None = None, screenshot: Path | None = None,
            lang: str | None = None, view: str | None = None, end_process: bool = False) -> int:
    """Open the main window on the archive ``db_path`` (the last or default one if None),
    showing ``issue`` (``52``, ``刊物:52``, ``id:17``) or the last one edited. With
    ``screenshot``, save a PNG of the window once the preview has rendered, and quit.
    ``end_process``: the caller is the program's own process, which ends with the window."""
    from . import collector
    from .pyside_startup import load_pyside

    collector.pause()  # until the window is built (see collector.py)
    load_pyside()  # before the window's modules, so that none of them is scanned
    from .application import run

    return run(Path(db_path) if db_path is not None else None, issue,
               Path(screenshot) if screenshot is not None else None, lang, view, end_process)
