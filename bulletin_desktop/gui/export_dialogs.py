"""Export to Word and PDF, and printing: the dialogs, around the GUI-free writers.

The writers are imported only when used, so python-docx and the print machinery cost
nothing at start-up. A failure shows the writer's Chinese message, never a traceback.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.model import Issue
from ..export.layout_options import LayoutOptions
from .dialogs import show_error
from .settings import AppSettings

translate = QCoreApplication.translate
log = logging.getLogger(__name__)



def default_file_name(issue: Issue, suffix: str) -> str:
    name = f"{issue.series}第{issue.number}期"
    if issue.special is not None:
        name += f"（{issue.special.name}第{issue.special.number}期）"
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name) + suffix


def _start_dir(settings: AppSettings) -> Path:
    remembered = settings.export_dir()
    if remembered is not None and remembered.is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_export_path(parent: QWidget | None, issue: Issue, settings: AppSettings, suffix: str,
                    title: str, file_filter: str) -> Path | None:
    start = _start_dir(settings) / default_file_name(issue, suffix)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.set_export_dir(path.parent)
    return path


def export_word(parent: QWidget | None, issue: Issue, settings: AppSettings,
                options: LayoutOptions | None = None, path: Path | None = None) -> Path | None:
    path = path or ask_export_path(parent, issue, settings, ".docx", translate("ExportDialogs", "Export to Word"),
                                   translate("ExportDialogs", "Word documents (*.docx)"))
    if path is None:
        return None
    try:
        from ..export.docx.writer import write_docx

        write_docx(issue, path, options or LayoutOptions())
    except Exception as exc:  # the writer's typed errors carry a Chinese message
        _report(parent, translate("ExportDialogs", "Export to Word failed"), exc)
        return None
    return path


def export_pdf(parent: QWidget | None, issue: Issue, settings: AppSettings,
               options: LayoutOptions | None = None, path: Path | None = None) -> Path | None:
    path = path or ask_export_path(parent, issue, settings, ".pdf", translate("ExportDialogs", "Export PDF"), translate("ExportDialogs", "PDF files (*.pdf)"))
    if path is None:
        return None
    try:
        from ..export.pdf import write_pdf

        write_pdf(issue, path, options or LayoutOptions())
    except Exception as exc:
        _report(parent, translate("ExportDialogs", "Export PDF failed"), exc)
        return None
    return path


def print_with_dialog(parent: QWidget | None, issue: Issue, options: LayoutOptions | None = None) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(default_file_name(issue, ""))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("ExportDialogs", "Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        from ..export.qt_render import print_issue

        print_issue(issue, printer, options or LayoutOptions())
    except Exception as exc:
        _report(parent, translate("ExportDialogs", "Printing failed"), exc)
        return False
    return True


def _report(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """The clerk sees the Chinese message; an unexpected error is also logged in full."""
    if getattr(exc, "message", None) is None:
        log.error("%s", title, exc_info=exc)
    show_error(parent, title, exc)
