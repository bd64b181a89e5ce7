"""Export to Word and PDF, and printing: the dialogs around the GUI-free writers.

Writing runs in a background thread on a copy of the issue, so the window stays
responsive while LibreOffice turns a long issue into a PDF (seconds on an office PC)
and the clerk may keep typing. The writers are imported only when used, so lxml and the
export modules cost nothing at start-up. A failure shows the writer's Chinese message, never a
traceback.
"""
from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.model import Issue
from ..export.file_names import default_file_name
from ..export.layout_options import LayoutOptions
from .dialogs import show_error
from .settings import AppSettings

if TYPE_CHECKING:
    from ..export.recorded import Recorder

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

WORD, PDF = "docx", "pdf"


def export_start_dir(settings: AppSettings) -> Path:
    """The folder last exported to (a bulletin, a year, the statistics) or, when it is gone
    (a USB stick taken out), the nearest folder above it that is still there, rather than
    somewhere unrelated."""
    remembered = settings.export_dir()
    if remembered is not None:
        there = next((folder for folder in (remembered, *remembered.parents) if folder.is_dir()), None)
        if there is not None and there != Path(there.anchor):
            return there
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_export_path(parent: QWidget | None, issue: Issue, settings: AppSettings, kind: str) -> Path | None:
    if kind == WORD:
        title = translate("ExportDialogs", "Export to Word")
        file_filter = translate("ExportDialogs", "Word documents (*.docx)")
    else:
        title = translate("ExportDialogs", "Export PDF")
        file_filter = translate("ExportDialogs", "PDF files (*.pdf)")
    suffix = f".{kind}"
    start = export_start_dir(settings) / default_file_name(issue, suffix)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.set_export_dir(path.parent)
    return path


class ExportRunner(QObject):
    """One export at a time, in a background thread; ``finished`` arrives in the GUI thread.

    The file is written through ``export.recorded.export_one``, as the command line writes
    it, so the record of it is the same; the record is collected in the worker and handed
    to ``record`` in the GUI thread (the archive is the window's, not the worker's)."""

    started = Signal(str, object)  # kind, path
    finished = Signal(str, object, object)  # kind, path, the error (None when it worked)

    def __init__(self, parent: QObject | None = None, record: "Recorder | None" = None):
        super().__init__(parent)
        from .background import BackgroundJob

        self._job = BackgroundJob("export", self)
        self._job.finished.connect(self._finished)
        self._record = record
        self._current: tuple[str, Path] = (WORD, Path())

    @property
    def busy(self) -> bool:
        return self._job.busy

    def start(self, kind: str, issue: Issue, path: Path, options: LayoutOptions | None = None) -> bool:
        if self.busy:
            return False
        snapshot = copy.deepcopy(issue)  # the clerk may go on editing while it is written
        chosen = options or LayoutOptions()
        self._current = (kind, path)
        self.started.emit(kind, path)

        def work(_report) -> list:
            # the writers are imported in the worker too: lxml and the export modules load off the GUI thread
            from ..export.batch import write_issue
            from ..export.recorded import export_one

            if snapshot.id is None:  # not from an archive: nothing to record it in
                write_issue(snapshot, path, kind, chosen)
                return []
            records: list = []
            export_one(snapshot, path, kind, chosen, records.extend)
            return records

        return self._job.start(work)

    def wait(self, timeout: float | None = None) -> None:
        self._job.wait(timeout)

    def _finished(self, records: list | None, error: BaseException | None) -> None:
        kind, path = self._current
        if error is None and records and self._record is not None:
            self._record(records)
        self.finished.emit(kind, path, error)


def export_failure(error: BaseException, path: Path) -> str:
    """The writer's message, and what to do when the folder chosen is gone (a USB stick
    taken out): the next export's dialog opens at the nearest folder still there."""
    from .dialogs import error_message

    message = error_message(error)
    if not path.parent.is_dir():
        message += translate("ExportDialogs", " Insert the USB stick (or the drive) the folder is on, or choose "
                                              "another folder, and export again.")
    return message


def export_failed_title(kind: str) -> str:
    if kind == WORD:
        return translate("ExportDialogs", "Export to Word failed")
    return translate("ExportDialogs", "Export PDF failed")


def print_with_dialog(parent: QWidget | None, issue: Issue, options: LayoutOptions | None = None) -> bool:
    """Printing draws with Qt and stays in the GUI thread; it takes a moment, not seconds."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(default_file_name(issue, ""))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("ExportDialogs", "Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from ..export.qt_render import print_issue

        print_issue(issue, printer, options or LayoutOptions())
    except Exception as exc:
        if getattr(exc, "message", None) is None:
            log.error("printing failed", exc_info=exc)
        show_error(parent, translate("ExportDialogs", "Printing failed"), exc)
        return False
    finally:
        QGuiApplication.restoreOverrideCursor()
    return True
