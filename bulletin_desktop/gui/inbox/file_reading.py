"""Reading received files that LibreOffice converts (.doc, .wps, .rtf, .odt) takes seconds
each: it runs in the background behind a cancellable progress dialog, as the bulletin
import does. The reading stores nothing; the inbox stores what was read only when every
file was read and the clerk did not cancel, so a cancel leaves the archive as it was."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core.inbox.reading import make_submission, read_paragraphs
from ...core.inbox.submissions import NewSubmission
from ..background import BackgroundJob, Report


def read_all(files: list[Path], names: list[tuple[str, int]], cancel: threading.Event,
             report: Report) -> list[NewSubmission] | None:
    """Every file as a submission, or None once ``cancel`` is set (in the worker thread)."""
    items: list[NewSubmission] = []
    for index, path in enumerate(files):
        if cancel.is_set():
            return None
        report(index)
        items.append(make_submission(read_paragraphs(path, cancel), source=path.name, received=dt.date.today(),
                                     unit_id=None, names=names))
    return None if cancel.is_set() else items


class SubmissionFileReader(QObject):
    """``read`` is emitted with the submissions, or None when cancelled, or an error."""
    read = Signal(object, object)  # list[NewSubmission] | None, the error (None when it worked)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.parent_widget = parent
        self._job = BackgroundJob("inbox-read", self)
        self._job.progressed.connect(self._reading)
        self._job.finished.connect(self._finished)
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self._files: list[Path] = []

    @property
    def busy(self) -> bool:
        return self._job.busy

    def start(self, files: list[Path], names: list[tuple[str, int]]) -> bool:
        if self._job.busy:
            return False
        progress = QProgressDialog(self.tr("Reading the submissions…"), self.tr("Cancel"), 0, len(files),
                                   self.parent_widget)
        progress.setWindowTitle(self.tr("Import Submissions"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        self._cancel = cancel = threading.Event()
        progress.canceled.connect(cancel.set)  # heard at once, even in the middle of a conversion
        self.progress, self._files = progress, files
        return self._job.start(lambda report: read_all(files, names, cancel, report))

    def wait(self) -> None:
        """The window is closing: end a conversion under way and wait for the thread."""
        self._cancel.set()
        self._job.wait()

    def _reading(self, index: object) -> None:
        if self.progress is not None and self.progress.wasCanceled():  # cancel() rather than the button
            self._cancel.set()
            return
        if self.progress is not None and isinstance(index, int):
            self.progress.setLabelText(self.tr("Reading {index} of {count}: {file}").format(
                index=index + 1, count=len(self._files), file=self._files[index].name))
            self.progress.setValue(index)

    def _finished(self, items: object, error: object) -> None:
        from ...core.libreoffice import ConversionCancelled

        progress, self.progress = self.progress, None
        cancelled = self._cancel.is_set() or isinstance(error, ConversionCancelled) \
            or (progress is not None and progress.wasCanceled())
        if progress is not None:
            progress.close()
            progress.deleteLater()
        if cancelled:
            self.read.emit(None, None)
        else:
            self.read.emit(items, error)
