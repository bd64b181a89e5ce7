"""Where the program's log records go, set up once by the entry point.

The modules log in English for whoever maintains the program, with tracebacks; the clerk
never sees those. Each record goes to a small rotating log file in the data folder, and a
record that carries a sentence for the clerk (``extra={"clerk": "…"}``, in Chinese) also
goes to stderr, as a 注意 line. Without this, Python would print the English message and
its traceback on stderr.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_NAME = "bulletin-desktop.log"
_LOG_BYTES = 512 * 1024
_LOG_FILES = 2
_ROOT = "bulletin_desktop"


class _ClerkLines(logging.Handler):
    """The clerk's sentence of a record, if it has one, on stderr (as stderr is then: a
    test's capture, the terminal), each sentence once (a backup retried fails alike)."""

    def __init__(self, level: int):
        super().__init__(level)
        self.said: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        clerk = getattr(record, "clerk", "")
        if clerk and clerk not in self.said:
            self.said.add(clerk)
            try:
                sys.stderr.write(f"注意：{clerk}\n")
            except (OSError, ValueError):
                pass


class _LogFile(logging.Handler):
    """The rotating log file, opened with the first record: most runs log nothing, and the
    file handlers' module (sockets, pickling) costs start-up time it has no need to."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                import logging.handlers

                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=_LOG_BYTES, backupCount=_LOG_FILES,
                                                                  encoding="utf-8", errors="backslashreplace")
                self._file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            self._file.emit(record)
        except Exception:
            pass  # a log that cannot be written (a full disk, a read-only folder) is no reason to complain

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()


def configure(log_dir: Path) -> None:
    """Send the program's records to ``log_dir``/bulletin-desktop.log and the clerk's
    sentences to stderr; once per process (later calls change nothing)."""
    logger = logging.getLogger(_ROOT)
    if any(isinstance(h, _ClerkLines) for h in logger.handlers):
        return
    logger.setLevel(logging.INFO)
    logger.addHandler(_ClerkLines(logging.WARNING))
    logger.addHandler(_LogFile(log_dir / LOG_NAME))
