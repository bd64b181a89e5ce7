"""Exporting several issues from the window: the issues chosen in the list, one Word file
each into a folder; or a year of one bulletin as one Word file with a contents page
(年度汇编).

The GUI-free writers in ``export.batch`` and ``export.docx.compilation`` do the work;
this controller asks where, shows a progress dialog whose Cancel stops between issues,
says what was written and records each file in the archive (``export.recorded``, as the
command line does); after files of drafts are exported for the first time it asks once
whether they are final (``archive_tools.final_actions``). Word files are built in a moment each (no LibreOffice), so
the work runs in the window's thread with the modal progress dialog keeping it
responsive; every file is written atomically, so cancelling leaves no partial file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from ..core.errors import BulletinError
from ..core.model import Issue
from ..export.errors import ExportCancelled
from ..export.layout_options import LayoutOptions
from .session import Session
from .settings import AppSettings


class BatchExportController(QObject):
    finished = Signal(list, str)  # the files written, what the clerk was told

    def __init__(self, window: QWidget, session: Session, settings: AppSettings):
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self.progress: QProgressDialog | None = None  # the one being shown

    # -- one file per issue

    def export_each(self, issue_ids: list[int]) -> None:
        if not issue_ids:
            self._tell(self.tr("Export Selected Issues"), self.tr("Choose the issues to export in the issue list "
                                                                  "(Ctrl+click or Shift+click for several)."))
            return
        start = str(self._start_dir())
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export Each Issue to Word: Choose a Folder"),
                                                  start)
        if not folder:
            return
        self.settings.set_export_dir(Path(folder))
        loaded = self._load(issue_ids)
        if loaded is None:
            return
        from ..export.batch import already_there, planned_files
        from ..export.recorded import export_each

        issues, layouts = [i for i, _ in loaded], [o for _, o in loaded]
        existing = self._ask_existing(already_there(planned_files(issues, folder, "docx")), can_skip=True)
        if existing is None:
            return
        progress = self._progress(self.tr("Exporting {count} issues to Word…").format(count=len(issues)), len(issues))
        exported: list[int] = []  # a file skipped is no export of its issue

        def record(records: list) -> None:
            exported.extend(issue_id for issue_id, *_ in records)
            self._record(records)

        try:
            written = export_each(issues, folder, "docx", layouts, record, self._step(progress), existing=existing)
        except BulletinError as exc:  # cancelled (the files written so far are whole), or a write failed
            self._close(progress)
            self._finish(list(getattr(exc, "written", [])), exc.in_window, error=not isinstance(exc, ExportCancelled))
            return
        self._close(progress)
        message = self.tr("{count} issues exported to {folder}").format(count=len(written), folder=folder)
        if len(written) < len(issues):
            message += self.tr("; {count} files already there skipped").format(count=len(issues) - len(written))
        self._finish(written, message)
        tools = getattr(self.window, "archive_tools", None)
        if tools is not None:
            tools.ask_final(exported)

    # -- a year in one file

    def export_year(self, near: Issue | None = None) -> None:
        """Ask which bulletin and year (``near``'s offered first), where, then compile."""
        from ..export.batch import year_issues
        from ..export.file_names import compilation_file_name

        summaries = self.session.summaries()
        choices = sorted({(s.series, s.date.year) for s in summaries}, key=lambda c: (-c[1], c[0]))
        if not choices:
            self._tell(self.tr("Year Compilation"), self.tr("The archive has no issues yet."))
            return
        many_series = len({series for series, _ in choices}) > 1
        labels = [self.tr("{series}, {year}").format(series=series, year=year) if many_series
                  else str(year) for series, year in choices]
        near_choice = (near.series, near.date.year) if near is not None else None
        current = next((n for n, c in enumerate(choices) if c == near_choice), 0)
        label, ok = QInputDialog.getItem(self.window, self.tr("Year Compilation"),
                                         self.tr("Compile the issues of the year into one Word file with a "
                                                 "table of contents:"), labels, current, False)
        if not ok:
            return
        series, year = choices[labels.index(label)]
        start = self._start_dir() / compilation_file_name(series, year)
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the Year Compilation"), str(start),
                                              self.tr("Word documents (*.docx)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        from ..export.batch import REPLACE, already_there

        # the save dialog asked about the name typed, not about the one completed with .docx
        existing = REPLACE if path == Path(name) else self._ask_existing(already_there([path]), can_skip=False)
        if existing is None:
            return
        self.settings.set_export_dir(path.parent)
        loaded = self._load([s.id for s in year_issues(summaries, year, series)])
        if loaded is None:
            return
        from ..export.recorded import export_year

        issues = [issue for issue, _ in loaded]
        progress = self._progress(self.tr("Compiling {count} issues of {year}…").format(count=len(issues), year=year),
                                  len(issues))
        try:
            path = export_year(issues, path, series, year, loaded[0][1], self._record, self._step(progress),
                               existing=existing)
        except BulletinError as exc:
            self._close(progress)
            self._finish([], exc.in_window, error=not isinstance(exc, ExportCancelled))
            return
        self._close(progress)
        self._finish([path], self.tr("{count} issues of {year} compiled into {path}").format(
            count=len(issues), year=year, path=path))

    # -- helpers

    def _ask_existing(self, there: list[Path], can_skip: bool) -> str | None:
        """One question for all the files an export would replace: what to do with them
        (``export.batch.EXISTING``), None when the clerk cancels."""
        from ..export.batch import KEEP_BOTH, REFUSE, REPLACE, SKIP

        if not there:
            return REFUSE
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Files Already There"),
                          self.tr("The folder {folder} already holds {count} files of the names to be written. "
                                  "Replace them?").format(folder=there[0].parent, count=len(there)),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("existingFilesBox")
        box.setInformativeText("\n".join(path.name for path in there))
        choices: dict[object, str] = {box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole): REPLACE}
        if can_skip:
            choices[box.addButton(self.tr("Skip"), QMessageBox.ButtonRole.AcceptRole)] = SKIP
        keep = box.addButton(self.tr("Save Under New Names (2)"), QMessageBox.ButtonRole.AcceptRole)
        choices[keep] = KEEP_BOTH
        box.setDefaultButton(keep)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        box.deleteLater()
        return choices.get(box.clickedButton())

    def _start_dir(self) -> Path:
        from .export_dialogs import export_start_dir

        return export_start_dir(self.settings)  # as one issue's export: a folder gone gives its nearest parent

    def _load(self, issue_ids: list[int]) -> list[tuple[Issue, LayoutOptions]] | None:
        try:
            return self.session.load_for_export(issue_ids)
        except BulletinError as exc:
            self._tell(self.tr("Export failed"), exc.in_window, error=True)
            return None

    def _record(self, records: list) -> None:
        """Each file written goes into the archive's export records, as for one issue."""
        tools = getattr(self.window, "archive_tools", None)
        if tools is not None:
            tools.record_exports(records)

    def _progress(self, text: str, count: int) -> QProgressDialog:
        progress = QProgressDialog(text, self.tr("Cancel"), 0, count, self.window)
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.progress = progress
        return progress

    @staticmethod
    def _step(progress: QProgressDialog):
        def step(done: int, _total: int) -> bool:
            progress.setValue(done)  # a modal dialog lets the clerk press Cancel here
            return not progress.wasCanceled()
        return step

    def _close(self, progress: QProgressDialog) -> None:
        progress.close()
        self.progress = None

    def _finish(self, written: list[Path], message: str, error: bool = False) -> None:
        self.finished.emit(written, message)
        if error:
            self._tell(self.tr("Export failed"), message, error=True)
        elif hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(message, 10000)

    def _tell(self, title: str, text: str, error: bool = False) -> None:
        if error:
            QMessageBox.warning(self.window, title, text)
        else:
            QMessageBox.information(self.window, title, text)
