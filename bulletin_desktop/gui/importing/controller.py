"""The import workflow in the window.

One file: read it, let the clerk check it in the review dialog, store it. Many files (or a
folder): read them all behind a cancellable progress dialog, ask once what to do with
issues the archive already has, store each in its own transaction, then show a report.
Reading comes first and stores nothing, so a cancelled import leaves the archive exactly
as it was; a refused file never reaches the archive.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...core.errors import BulletinError
from ...core.importing import IMPORTABLE_SUFFIXES, ImportedFile, expand_paths, read_file
from ...core.model import Issue
from ..session import Session
from .report_dialog import ImportReportDialog, ImportResult, Outcome
from .review_dialog import ImportReviewDialog


class DuplicatePolicy(str, Enum):
    SKIP = "skip"
    REPLACE = "replace"
    COPY = "copy"


class ImportController(QObject):
    importFinished = Signal(list)  # the ImportResult of every file, in order

    def __init__(self, window: QWidget, session: Session, open_issue: Callable[[int], None]):
        super().__init__(window)
        self.window = window
        self.session = session
        self.open_issue = open_issue
        self.review_dialog: ImportReviewDialog | None = None  # the one being shown
        self.report_dialog: ImportReportDialog | None = None
        self.progress: QProgressDialog | None = None

    # -- choosing

    def _filter(self) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in IMPORTABLE_SUFFIXES)
        return self.tr("Bulletins ({patterns});;All files (*)").format(patterns=patterns)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import Bulletins"), "", self._filter())
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Import All Bulletins in a Folder"))
        if name:
            self.import_paths([Path(name)])

    def import_paths(self, paths: list[Path]) -> None:
        if self.session.readonly:
            self._error(self.tr("Cannot import"), self.tr("The archive is open read-only; nothing can be imported."))
            return
        files = expand_paths(paths)
        if not files:
            self._error(self.tr("Cannot import"), self.tr("There are no bulletin files to import there."))
            return
        if not self.session.flush():  # the open issue's last edits go first
            return
        if len(files) == 1 and not any(p.is_dir() for p in paths):
            self.import_one(files[0])
        else:
            self.import_many(files)

    # -- one file

    def import_one(self, path: Path) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            imported = read_file(path)
        except BulletinError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._error(self.tr("Cannot import"), exc.message)
            self.importFinished.emit([ImportResult(path, Outcome.REFUSED, exc.message)])
            return
        QGuiApplication.restoreOverrideCursor()
        self.review_dialog = dialog = ImportReviewDialog(imported, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.review_dialog = None
        if not accepted:
            self.importFinished.emit([])
            return
        imported.issue = dialog.issue()
        policy = DuplicatePolicy.SKIP
        if self._is_duplicate(imported.issue):
            asked = self.ask_duplicates(1)
            if asked is None:
                self.importFinished.emit([])
                return
            policy = asked
        result = self._store(imported, policy, self._is_duplicate(imported.issue), set())
        if result.outcome == Outcome.REFUSED:
            self._error(self.tr("Cannot import"), result.detail)
        elif result.imported and imported.issue.id is not None:
            self.open_issue(imported.issue.id)
        self.importFinished.emit([result])

    # -- many files

    def import_many(self, files: list[Path]) -> None:
        progress = QProgressDialog(self.tr("Reading the files…"), self.tr("Cancel"), 0, len(files), self.window)
        progress.setWindowTitle(self.tr("Importing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        self.progress = progress
        read: list[ImportedFile] = []
        refused: dict[Path, ImportResult] = {}
        for index, path in enumerate(files):
            progress.setValue(index)
            progress.setLabelText(self.tr("Reading {index} of {count}: {file}").format(
                index=index + 1, count=len(files), file=path.name))
            if progress.wasCanceled():
                break
            try:
                read.append(read_file(path))
            except BulletinError as exc:
                refused[path] = ImportResult(path, Outcome.REFUSED, exc.message)
        cancelled = progress.wasCanceled()
        progress.setValue(len(files))
        progress.close()
        self.progress = None
        if cancelled:
            results = [ImportResult(p, Outcome.CANCELLED, self.tr("Import cancelled: nothing was imported.")) for p in files]
            self._report(results, self.tr("Import cancelled: nothing was imported; the archive is as it was."))
            return
        # which are duplicates is settled before anything is stored: a copy's new number
        # must not make a later file of the same batch look like a duplicate
        duplicates = {f.path for f in read if self._is_duplicate(f.issue)}
        batch = {(f.issue.series, f.issue.number) for f in read}
        policy = DuplicatePolicy.SKIP
        if duplicates:
            asked = self.ask_duplicates(len(duplicates))
            if asked is None:
                results = [ImportResult(p, Outcome.CANCELLED, self.tr("Import cancelled: nothing was imported.")) for p in files]
                self._report(results, self.tr("Import cancelled: nothing was imported; the archive is as it was."))
                return
            policy = asked
        stored = {f.path: self._store(f, policy, f.path in duplicates, batch) for f in read}
        results = [stored.get(p) or refused[p] for p in files]
        imported = sum(1 for r in results if r.imported)
        self._report(results, self.tr("{imported} of {count} files imported; {skipped} skipped as already in the "
                                      "archive; {refused} refused.").format(
            imported=imported, count=len(files), skipped=sum(1 for r in results if r.outcome == Outcome.SKIPPED),
            refused=sum(1 for r in results if r.outcome == Outcome.REFUSED)))

    def _report(self, results: list[ImportResult], summary: str) -> None:
        self.report_dialog = dialog = ImportReportDialog(results, summary, self.window)
        self.importFinished.emit(results)
        dialog.exec()
        self.report_dialog = None

    # -- storing

    def _is_duplicate(self, issue: Issue) -> bool:
        archive = self.session.archive
        return archive is not None and bool(archive.find_issues(issue.number, issue.series))

    def ask_duplicates(self, count: int) -> DuplicatePolicy | None:
        """What to do with issues the archive already has (same bulletin, same number),
        asked once for all of them; None cancels the import."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already in the Archive"),
                          self.tr("{count} of the issues are already in the archive (same bulletin and number).")
                          .format(count=count), QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("duplicateQuestion")
        buttons = {
            box.addButton(self.tr("&Skip Them"), QMessageBox.ButtonRole.AcceptRole): DuplicatePolicy.SKIP,
            box.addButton(self.tr("&Replace Them"), QMessageBox.ButtonRole.DestructiveRole): DuplicatePolicy.REPLACE,
            box.addButton(self.tr("Import as &Copies"), QMessageBox.ButtonRole.ActionRole): DuplicatePolicy.COPY,
        }
        for button, policy in buttons.items():
            button.setObjectName(f"duplicate-{policy.value}")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return buttons.get(box.clickedButton())  # type: ignore[call-overload]

    def _store(self, imported: ImportedFile, policy: DuplicatePolicy, duplicate: bool,
               batch: set[tuple[str, int]]) -> ImportResult:
        """One issue, one transaction. ``batch`` holds the (series, number) of every file
        being imported together, numbers a copy must not take."""
        archive = self.session.archive
        assert archive is not None
        issue, path = imported.issue, imported.path
        note = "；".join(imported.warnings)
        if duplicate and policy is DuplicatePolicy.SKIP:
            return ImportResult(path, Outcome.SKIPPED, self.tr("{series} No. {number} is already in the archive")
                                .format(series=issue.series, number=issue.number))
        outcome = Outcome.IMPORTED
        if duplicate and policy is DuplicatePolicy.COPY:
            taken = {s.number for s in archive.list_issues() if s.series == issue.series}
            taken |= {number for series, number in batch if series == issue.series}
            original = issue.number
            issue.number = max(taken) + 1
            outcome = Outcome.COPIED
            copied = self.tr("No. {original} in the file, imported as No. {number}").format(
                original=original, number=issue.number)
            note = "；".join(filter(None, [copied, note]))
        elif duplicate:
            outcome = Outcome.REPLACED
        try:
            archive.add_issue(issue, replace=duplicate and policy is DuplicatePolicy.REPLACE)
        except BulletinError as exc:
            return ImportResult(path, Outcome.REFUSED, exc.message)
        self._reload_if_open(issue)
        return ImportResult(path, outcome, note or self.tr("{series} No. {number}").format(
            series=issue.series, number=issue.number))

    def _reload_if_open(self, issue: Issue) -> None:
        """A replaced issue that is open in the editor shows its new content."""
        document = self.session.document
        current = document.issue
        if current is not None and current.id is not None and current.id == issue.id \
                and self.session.archive is not None:
            self.session.autosaver.reset()
            document.set_issue(self.session.archive.load_issue(current.id))

    def _error(self, title: str, message: str) -> None:
        from ..dialogs import show_error

        show_error(self.window, title, message)
