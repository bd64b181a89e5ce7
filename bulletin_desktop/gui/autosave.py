"""Autosave: every change is saved shortly after it happens, without asking.

A change starts a short quiet-period timer (300 ms, restarted by each further change)
and, if none is running, a max-wait timer (800 ms, not restarted), so that continuous
typing still reaches the disk at least once a second. Closing the window and Ctrl+S
save at once. A failed save keeps the edits in memory, says so, and is tried again on
the next change (and by ``save_now``).
"""
from __future__ import annotations

from enum import Enum
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

DEBOUNCE_MS = 300
MAX_WAIT_MS = 800


class SaveState(str, Enum):
    SAVED = "saved"
    PENDING = "pending"  # changes not yet written
    SAVING = "saving"
    FAILED = "failed"


class Autosaver(QObject):
    stateChanged = Signal(str, str)  # SaveState value, error message ("" unless failed)
    saved = Signal()

    def __init__(self, save: Callable[[], None], parent: QObject | None = None,
                 debounce_ms: int = DEBOUNCE_MS, max_wait_ms: int = MAX_WAIT_MS):
        super().__init__(parent)
        self._save = save
        self._pending = False
        self._enabled = True
        self._state = SaveState.SAVED
        self._error = ""
        self.last_error: BaseException | None = None  # what the last failed save raised
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(debounce_ms)
        self._quiet.timeout.connect(self.save_now)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(self.save_now)

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def error(self) -> str:
        return self._error

    @property
    def pending(self) -> bool:
        return self._pending

    def set_enabled(self, enabled: bool) -> None:
        """Off for a read-only archive: nothing is scheduled or written."""
        self._enabled = enabled
        if not enabled:
            self.reset()

    def reset(self) -> None:
        """Forget pending work (another issue is open now, already saved)."""
        self._quiet.stop()
        self._deadline.stop()
        self._pending = False
        self.last_error = None
        self._set_state(SaveState.SAVED, "")

    def schedule(self) -> None:
        if not self._enabled:
            return
        self._pending = True
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()
        if self._state != SaveState.FAILED:
            self._set_state(SaveState.PENDING, "")

    def save_now(self) -> bool:
        """Write pending changes now; True when nothing is left unsaved."""
        self._quiet.stop()
        self._deadline.stop()
        if not self._pending or not self._enabled:
            return not self._pending
        self._set_state(SaveState.SAVING, "")
        try:
            self._save()
        except Exception as exc:  # an ArchiveError, a full disk: say so, keep the edits, try again later
            self.last_error = exc
            message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            self._set_state(SaveState.FAILED, message)
            return False
        self._pending = False
        self.last_error = None
        self._set_state(SaveState.SAVED, "")
        self.saved.emit()
        return True

    def _set_state(self, state: SaveState, error: str) -> None:
        if (state, error) != (self._state, self._error):
            self._state, self._error = state, error
            self.stateChanged.emit(state.value, error)
