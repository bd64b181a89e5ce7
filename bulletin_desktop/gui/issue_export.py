"""文件 → 导出为 Word / 导出 PDF / 打印 for the open issue: only what the archive holds
(``SaveStateView.saved_for``), after the proofreading's export step, one export at a time in
the background (``export_dialogs.ExportRunner``, made on the first export), the export
actions off while it runs, and what came of it in the status bar or an error box.

Its strings keep the window's translation context (they were the window's, and the
catalogue has them there).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from .export_dialogs import ExportRunner
    from .main_window import MainWindow


class IssueExport(QObject):
    finished = Signal(str, bool)  # the file, whether it was written

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self._runner: ExportRunner | None = None  # the export thread's owner, made on the first export

    def export_word(self) -> None:
        self._export("docx")

    def export_pdf(self) -> None:
        self._export("pdf")

    def _export(self, kind: str) -> None:
        from .export_dialogs import ask_export_path

        window = self._window
        issue = window.document.issue
        runner = self._export_runner()
        if issue is None or runner.busy or not window.save_state.saved_for("export"):
            return
        proofreading = window.proofreading  # an export right after opening still gets its 校对 step
        unresolved = proofreading.export_step() if proofreading is not None else 0
        path = ask_export_path(window, issue, window.settings, kind)
        if path is not None:
            if proofreading is not None:
                proofreading.record_export(unresolved)
            runner.start(kind, issue, path, window.session.layout_options())

    def _export_runner(self) -> ExportRunner:
        if self._runner is None:
            from .export_dialogs import ExportRunner

            self._runner = ExportRunner(self._window, record=self._window.archive_tools.exported)
            self._runner.started.connect(self._started)
            self._runner.finished.connect(self._finished)
        return self._runner

    def _started(self, kind: str, path: Path) -> None:
        actions = self._window.action_set
        for action in (actions.export_word, actions.export_pdf):
            action.setEnabled(False)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exporting {name}…").format(name=path.name))

    def _finished(self, kind: str, path: Path, error: BaseException | None) -> None:
        from .dialogs import show_error
        from .export_dialogs import export_failed_title, export_failure

        window = self._window
        for action in (window.action_set.export_word, window.action_set.export_pdf):
            action.setEnabled(window.document.issue is not None)
        window.statusBar().clearMessage()
        if error is not None:
            show_error(window, export_failed_title(kind), export_failure(error, path))
        else:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported to {path}").format(path=path), 8000)
        self.finished.emit(str(path), error is None)

    def print_issue(self) -> None:
        from .export_dialogs import print_with_dialog

        window = self._window
        if window.document.issue is None or not window.save_state.saved_for("print"):
            return
        if print_with_dialog(window, window.document.issue, window.session.layout_options()):
            window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Sent to the printer."), 5000)

    def finish(self) -> None:
        """Closing the window: an export under way is finished first (a half-written export
        never replaces the clerk's file, but the clerk asked for it)."""
        if self._runner is not None and self._runner.busy:
            self._window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Finishing the export…"))
            self._runner.wait()
