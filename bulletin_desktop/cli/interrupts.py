"""Ctrl+C on a command: always "已中断。" and exit 130, never 内部错误; a command that works
file by file (import, export --dir) stops between two files and says what was done."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

INTERRUPTED = 130

_seen = threading.Event()


def interrupted() -> bool:
    """Whether Ctrl+C came: an error raised after it (SQLite turns the KeyboardInterrupt
    raised inside one of our SQL functions into OperationalError) is the interruption."""
    return _seen.is_set()


def _raise(signum, frame) -> None:
    _seen.set()
    raise KeyboardInterrupt


def _note(signum, frame) -> None:
    _seen.set()
    signal.signal(signal.SIGINT, _raise)  # a second Ctrl+C does not wait for the file being written


def _ours_to_change() -> bool:
    # SIG_IGN (started in the background by a shell) stays ignored; other threads cannot set handlers
    return threading.current_thread() is threading.main_thread() and \
        signal.getsignal(signal.SIGINT) in (signal.default_int_handler, _raise, _note)


def watch() -> None:
    """From here on, Ctrl+C is remembered as well as raised."""
    _seen.clear()
    if _ours_to_change():
        signal.signal(signal.SIGINT, _raise)


@contextmanager
def between_files() -> Iterator[None]:
    """Inside the block the first Ctrl+C only sets ``interrupted()``, for the command to stop
    before its next file; a second one raises at once."""
    if not _ours_to_change():
        yield
        return
    previous = signal.signal(signal.SIGINT, _note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not _note else _raise)
