"""Files read one after another in a background thread behind a window-modal progress
dialog with Cancel: how the bulletin import and the submissions inbox read what they are
given (a LibreOffice conversion takes seconds a file).

Cancel is heard at once, even in the middle of a conversion (the work is handed the
``threading.Event`` that ``core.libreoffice`` watches). The owner stores what was read only
when ``ended`` says the reading was neither cancelled nor abandoned, so a cancel, or the
window closing (``shutdown``), leaves the archive as it was. After ``shutdown`` the owner
must show and store nothing: the archive is closed and the window gone.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .background import BackgroundJob, Report


@dataclass
class ReadingEnd:
    result: Any  # what the work returned; None when cancelled
    error: BaseException | None  # what the work raised; None when it worked or was cancelled
    cancelled: bool  # by the clerk, or because the window closed
    abandoned: bool  # the window closed meanwhile: nothing more may be shown or stored


class FileReading(QObject):
    """One reading at a time; ``ended`` with a ReadingEnd in the GUI thread once it is over."""

    ended = Signal(object)

    def __init__(self, name: str, parent: QWidget, title: str, label: str):
        super().__init__(parent)
        self.parent_widget = parent
        self._title, self._label = title, label
        self._job = BackgroundJob(name, self)
        self._job.progressed.connect(self._reading)
        self._job.finished.connect(self._finished)
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self._names: list[str] = []
        self._abandoned = False

    @property
    def busy(self) -> bool:
        """Reading, or its end not yet delivered."""
        return self._job.busy

    def start(self, names: Sequence[str], work: Callable[[threading.Event, Report], Any], *,
              min_duration_ms: int = 0) -> bool:
        """Run ``work(cancel, report)`` over the files ``names`` (shown in the dialog as
        ``report(index)`` says which is being read); False, doing nothing, while busy."""
        if self._job.busy:
            return False
        progress = QProgressDialog(self._label, self.tr("Cancel"), 0, len(names), self.parent_widget)
        progress.setWindowTitle(self._title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(min_duration_ms)
        self._cancel = cancel = threading.Event()
        progress.canceled.connect(cancel.set)  # heard at once, even in the middle of a conversion
        self.progress, self._names, self._abandoned = progress, list(names), False
        return self._job.start(lambda report: work(cancel, report))

    def shutdown(self) -> None:
        """The window is closing: the reading is cancelled (a conversion under way is ended
        with its processes) and its thread waited for, so nothing outlives the window; the
        progress dialog goes with it. ``ended`` then still comes, marked abandoned."""
        if self._job.busy:
            self._abandoned = True
            self._cancel.set()
            self._job.wait()
        if self.progress is not None:
            self.progress.close()

    def _reading(self, index: object) -> None:
        progress = self.progress
        if progress is None:
            return
        if progress.wasCanceled():  # cancelled through the dialog's cancel() rather than its button
            self._cancel.set()
            return
        if isinstance(index, int):
            progress.setLabelText(self.tr("Reading {index} of {count}: {file}").format(
                index=index + 1, count=len(self._names), file=self._names[index]))
            progress.setValue(index)

    def _finished(self, result: object, error: object) -> None:
        from ..core.libreoffice import ConversionCancelled

        progress, self.progress = self.progress, None
        cancelled = self._cancel.is_set() or isinstance(error, ConversionCancelled) \
            or (progress is not None and progress.wasCanceled())
        if progress is not None:
            progress.close()
            progress.deleteLater()
        abandoned, self._abandoned = self._abandoned, False
        failure = error if isinstance(error, BaseException) and not cancelled else None
        self.ended.emit(ReadingEnd(None if cancelled else result, failure, cancelled or abandoned, abandoned))
