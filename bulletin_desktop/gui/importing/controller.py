"""The import workflow in the window.

One file: read it, let the clerk check it in the review dialog, store it. Many files (or a
folder): read them all behind a cancellable progress dialog, ask once what to do with
issues the archive already has, store each in its own transaction, then show a report.
Reading comes first and stores nothing, so a cancelled import leaves the archive exactly
as it was; a refused file never reaches the archive.

Reading runs in a background thread (a LibreOffice conversion takes seconds per file), so
the progress dialog keeps painting and Cancel is heard at once: it stops after the file
being read and ends a conversion under way. The thread only reads; the archive is written
here, in the GUI thread, once reading is over.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from ...core.archive import Archive
from ...core.errors import BulletinError
from ...core.importing import (IMPORTABLE_SUFFIXES, ImportedFile, expand_paths, join_stored_series, nothing_to_import,
                               read_file)
from ...core.file_kinds import WORD_XML_SUFFIX
from ...core.libreoffice import ConversionCancelled
from ...core.model import Issue
from ...core.recognise import UnnamedMastheadError
from ..background import Report
from ..file_reading import FileReading, ReadingEnd
from ..session import Session
from .report_dialog import ImportReportDialog, ImportResult, Outcome
from .review_dialog import ImportReviewDialog

DUPLICATES_NAMED = 5  # issues named in the question; more are counted


class DuplicatePolicy(str, Enum):
    SKIP = "skip"
    REPLACE = "replace"
    COPY = "copy"


@dataclass
class Reading:
    """What the background thread read: the files it could, the reason for each it refused,
    and which of those lacked only the bulletin's name (a masthead printed as a picture)."""

    read: list[ImportedFile] = field(default_factory=list)
    refused: dict[Path, str] = field(default_factory=dict)
    unnamed: list[Path] = field(default_factory=list)

    def with_named(self, again: "Reading") -> "Reading":
        """This reading, with the unnamed files as read ``again`` given their name."""
        refused = {p: m for p, m in self.refused.items() if p not in self.unnamed}
        return Reading(self.read + again.read, {**refused, **again.refused}, [])


def read_files(files: list[Path], cancel: threading.Event, report: Report, series: str = "") -> Reading:
    """Read ``files`` in order (in the background thread: no Qt, no archive), reporting the
    index of each before reading it; stops before the next file once ``cancel`` is set, and
    at once when it is set during a LibreOffice conversion. ``series``: the name for
    mastheads that print none."""
    reading = Reading()
    for index, path in enumerate(files):
        if cancel.is_set():
            break
        report(index)
        try:
            reading.read.append(read_file(path, cancel=cancel, series=series))
        except ConversionCancelled:
            break
        except BulletinError as exc:
            reading.refused[path] = exc.in_window
            if isinstance(exc, UnnamedMastheadError):
                reading.unnamed.append(path)
    return reading


class ImportController(QObject):
    importFinished = Signal(list)  # the ImportResult of every file, in order

    def __init__(self, window: QWidget, session: Session, open_issue: Callable[[int], None]):
        super().__init__(window)
        self.window = window
        self.session = session
        self.open_issue = open_issue
        self.review_dialog: ImportReviewDialog | None = None  # the one being shown
        self.report_dialog: ImportReportDialog | None = None
        self.duplicate_question: QMessageBox | None = None
        self.chooser: QFileDialog | None = None  # choosing files or a folder to import
        self.name_question: QInputDialog | None = None  # the name for mastheads that print none
        self._first: Reading | None = None  # read before the clerk named the unnamed files
        self._files_reading = FileReading("import-read", window, self.tr("Importing"), self.tr("Reading the files…"))
        self._files_reading.ended.connect(self._read)
        self._files: list[Path] = []
        self._one = False
        self._closed = False  # the window closed: nothing more is asked, shown or stored
        self._into: Archive | None = None  # the archive the import is for: stored into that one only

    @property
    def busy(self) -> bool:
        """Files are being read (one import at a time)."""
        return self._files_reading.busy

    @property
    def progress(self) -> QProgressDialog | None:
        return self._files_reading.progress

    def shutdown(self) -> None:
        """The window is closing: a read under way is cancelled and waited for, so no
        thread outlives the window; a file dialog, review, duplicates question or report
        still open is closed unanswered. Nothing the clerk did not confirm is stored."""
        from ..dialogs import close_unanswered

        self._closed = True
        self._files_reading.shutdown()
        close_unanswered([self.chooser, self.duplicate_question, self.name_question, self.review_dialog,
                          self.report_dialog])

    # -- choosing

    def _filter(self) -> str:
        # a Word XML document is picked as it is dropped; a folder leaves .xml files out (file_kinds)
        patterns = " ".join(f"*{suffix}" for suffix in (*IMPORTABLE_SUFFIXES, WORD_XML_SUFFIX))
        return self.tr("Bulletins ({patterns});;All files (*)").format(patterns=patterns)

    def choose_files(self) -> None:
        paths = self._choose(self.tr("Import Bulletins"), folder=False)
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        paths = self._choose(self.tr("Import All Bulletins in a Folder"), folder=True)
        if paths:
            self.import_paths(paths)

    def _choose(self, title: str, *, folder: bool) -> list[Path]:
        """What the clerk picks; nothing when the window closes meanwhile (``shutdown``
        closes the file dialog with it)."""
        from ..settings import AppSettings

        settings = AppSettings()
        start = settings.import_dir()
        self.chooser = dialog = QFileDialog(self.window, title, str(start or ""), "" if folder else self._filter())
        dialog.setFileMode(QFileDialog.FileMode.Directory if folder else QFileDialog.FileMode.ExistingFiles)
        if folder:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        chosen = dialog.exec() == QDialog.DialogCode.Accepted and not self._closed
        self.chooser = None
        paths = [Path(name) for name in dialog.selectedFiles()] if chosen else []
        dialog.deleteLater()
        if paths:  # a folder chosen: next time its neighbours are offered, next week's among them
            settings.set_import_dir(paths[0].parent)
        return paths

    def import_paths(self, paths: list[Path]) -> None:
        if self._closed:  # files chosen or dropped after the window closed are not imported
            return
        if self.busy:  # the progress dialog is up; files dropped meanwhile are not queued
            return
        if self.session.readonly:
            self._error(self.tr("Cannot import"), self.tr("The archive is open read-only; nothing can be imported."))
            return
        files = expand_paths(paths)
        if not files:
            # a folder of past issues kept as PDF pages is said as such, with what to do
            said = "\n".join(nothing_to_import(path) for path in paths if path.is_dir())
            self._error(self.tr("Cannot import"), said or self.tr("There are no bulletin files to import there."))
            return
        if not self.session.flush():  # the open issue's last edits go first
            return
        if len(files) == 1 and not any(p.is_dir() for p in paths):
            self.import_one(files[0])
        else:
            self.import_many(files)

    # -- reading, in the background

    def import_one(self, path: Path) -> None:
        self._start_reading([path], one=True)

    def import_many(self, files: list[Path]) -> None:
        self._start_reading(files, one=False)

    def _start_reading(self, files: list[Path], *, one: bool) -> None:
        self._files, self._one, self._into, self._first = files, one, self.session.archive, None
        # one file is usually read in a blink: the dialog shows only if it takes a while (a conversion)
        self._files_reading.start([path.name for path in files],
                                  lambda cancel, report: read_files(files, cancel, report),
                                  min_duration_ms=400 if one else 0)

    def _read(self, end: ReadingEnd) -> None:
        files = self._files
        if end.abandoned or self._gone():
            self.importFinished.emit(self._cancelled_results(files))
            return
        if end.error is not None:  # not a refused file (those are in the reading): something unexpected
            self._error(self.tr("Cannot import"), end.error)
            self.importFinished.emit([])
            return
        reading: Reading | None = end.result
        if self._first is not None:  # the unnamed files, read again with the name the clerk gave
            reading = self._first.with_named(reading) if reading is not None and not end.cancelled else self._first
            self._first = None
        elif reading is not None and reading.unnamed and not end.cancelled and self._read_again_named(reading):
            return
        if reading is not None and not end.cancelled:
            self._join_stored_series(reading.read)
        if self._one:
            if end.cancelled or reading is None:
                self.importFinished.emit([])
            elif reading.refused:
                [(path, message)] = reading.refused.items()
                self._error(self.tr("Cannot import"), message)
                self.importFinished.emit([ImportResult(path, Outcome.REFUSED, message)])
            else:
                self._review(reading.read[0])
            return
        if end.cancelled or reading is None:
            self._report(self._cancelled_results(files),
                         self.tr("Import cancelled: nothing was imported; the archive is as it was."))
            return
        self._store_all(files, reading)

    def _join_stored_series(self, read: list[ImportedFile]) -> None:
        """Files whose masthead names a bulletin of the archive in traditional characters go
        with it, said in their warnings (as the command line's import does)."""
        archive = self.session.archive
        if archive is None:
            return
        for imported in read:
            stored = archive.get_series(imported.issue.series)
            join_stored_series(imported, stored.name if stored is not None else None)

    def _read_again_named(self, reading: Reading) -> bool:
        """Files whose masthead prints no name (a picture) are read again with the name the
        clerk gives; True when that reading has started (``_read`` comes again)."""
        name = self.ask_series_name(len(reading.unnamed))
        if not name or self._gone():
            return False
        unnamed = list(reading.unnamed)
        self._first = reading
        self._files_reading.start([path.name for path in unnamed],
                                  lambda cancel, report: read_files(unnamed, cancel, report, series=name),
                                  min_duration_ms=400)
        return True

    def ask_series_name(self, count: int) -> str | None:
        """The bulletin's name for ``count`` files whose masthead prints none; None when the
        clerk declines (those files are then refused, as before)."""
        archive = self.session.archive
        names = [series.name for series in archive.list_series()] if archive is not None else []
        self.name_question = dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Import Bulletins"))
        dialog.setLabelText(self.tr("The masthead of {count} file(s) prints no bulletin name (it may be a picture). "
                                    "Name of the bulletin:").format(count=count))
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(True)
        answered = dialog.exec() == QDialog.DialogCode.Accepted and not self._closed
        self.name_question = None
        name = dialog.textValue().strip() if answered else ""
        dialog.deleteLater()
        return name or None

    def _gone(self) -> bool:
        """The window closed, or the archive the import is for did (a damaged archive found
        meanwhile is closed for its rescue): the import ends storing nothing more."""
        return self._closed or self.session.archive is not self._into

    def _cancelled_results(self, files: list[Path]) -> list[ImportResult]:
        return [ImportResult(p, Outcome.CANCELLED, self.tr("Import cancelled: nothing was imported.")) for p in files]

    # -- one file

    def _review(self, imported: ImportedFile) -> None:
        self.review_dialog = dialog = ImportReviewDialog(imported, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.review_dialog = None
        if not accepted or self._gone():
            self.importFinished.emit([])
            return
        imported.issue = dialog.issue()
        policy = DuplicatePolicy.SKIP
        if self._is_duplicate(imported.issue):
            asked = self.ask_duplicates([imported.issue], batch=False)
            if asked is None:  # cancelled, or the window closed meanwhile
                self.importFinished.emit([])
                return
            policy = asked
        result = self._store(imported, policy, self._is_duplicate(imported.issue), set())
        if result.outcome == Outcome.REFUSED:
            self._error(self.tr("Cannot import"), result.detail)
        elif result.imported and imported.issue.id is not None:
            self.open_issue(imported.issue.id)
            status = getattr(self.window, "statusBar", None)
            if status is not None:  # said where the clerk looks after the dialog closes
                status().showMessage(self.tr("Imported {series} {number}.").format(
                    series=imported.issue.series, number=imported.issue.number_line()), 8000)
        self.importFinished.emit([result])

    # -- many files

    def _store_all(self, files: list[Path], reading: Reading) -> None:
        read = reading.read
        refused = {path: ImportResult(path, Outcome.REFUSED, message) for path, message in reading.refused.items()}
        # which are duplicates is settled before anything is stored: a copy's new number
        # must not make a later file of the same batch look like a duplicate
        duplicates = {f.path for f in read if self._is_duplicate(f.issue)}
        batch = {(f.issue.series, f.issue.number) for f in read}
        policy = DuplicatePolicy.SKIP
        if duplicates:
            asked = self.ask_duplicates([f.issue for f in read if f.path in duplicates])
            if asked is None and self._gone():  # no report over a closed window or another archive
                self.importFinished.emit(self._cancelled_results(files))
                return
            if asked is None:
                self._report(self._cancelled_results(files),
                             self.tr("Import cancelled: nothing was imported; the archive is as it was."))
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

    def ask_duplicates(self, issues: list[Issue], batch: bool = True) -> DuplicatePolicy | None:
        """What to do with issues the archive already has (same bulletin, same number),
        asked once for all of them; None cancels the import. The question names them and
        says what replacing does: the archive's version, with every change made to it since,
        is overwritten, and kept in the trash, from where it comes back under another number."""
        named = "、".join(self.tr("{series} {number}").format(series=issue.series, number=issue.number_line())
                         for issue in issues[:DUPLICATES_NAMED])
        if len(issues) > DUPLICATES_NAMED:
            named += self.tr(" and {count} more").format(count=len(issues) - DUPLICATES_NAMED)
        if batch:  # among the files of a folder: how many of them, and which
            question = self.tr("{count} of the issues are already in the archive (same bulletin and number): "
                               "{issues}.").format(count=len(issues), issues=named)
        else:
            question = self.tr("The archive already has {issues} (same bulletin and number).").format(issues=named)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already in the Archive"), question,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setInformativeText(self.tr(
            "Skip: keep the archive's version and leave the file out.\n"
            "Replace: the file's content overwrites the archive's version, with every change made to it "
            "there; that version goes to the trash, from where it can be restored under another number.\n"
            "Import as a copy: keep both, the file's under the next free number."))
        box.setObjectName("duplicateQuestion")
        buttons = {
            box.addButton(self.tr("&Skip Them"), QMessageBox.ButtonRole.AcceptRole): DuplicatePolicy.SKIP,
            box.addButton(self.tr("&Replace Them"), QMessageBox.ButtonRole.DestructiveRole): DuplicatePolicy.REPLACE,
            box.addButton(self.tr("Import as &Copies"), QMessageBox.ButtonRole.ActionRole): DuplicatePolicy.COPY,
        }
        for button, policy in buttons.items():
            button.setObjectName(f"duplicate-{policy.value}")
        box.setDefaultButton(next(iter(buttons)))  # Enter keeps what is there
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        self.duplicate_question = box
        box.exec()
        self.duplicate_question = None
        if self._gone():  # the window or the archive closed while asking: not an answer
            return None
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
            return ImportResult(path, Outcome.SKIPPED, self.tr("{series} {issue} is already in the archive")
                                .format(series=issue.series, issue=issue.number_line()))
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
            archive.add_issue(issue, replace=duplicate and policy is DuplicatePolicy.REPLACE,
                              new_series_layout=imported.layout)
        except BulletinError as exc:
            from ...core.archive.finals import IssueFinalError

            if isinstance(exc, IssueFinalError):  # said with the window's menu, not the command line's
                from ..archive_tools.final_actions import refusal

                return ImportResult(path, Outcome.REFUSED, refusal(exc.series, issue.number_line()))
            return ImportResult(path, Outcome.REFUSED, exc.in_window)
        self._reload_if_open(issue)
        return ImportResult(path, outcome, note or self.tr("{series} {issue}").format(
            series=issue.series, issue=issue.number_line()))

    def _reload_if_open(self, issue: Issue) -> None:
        """A replaced issue that is open in the editor shows its new content."""
        document = self.session.document
        current = document.issue
        if current is not None and current.id is not None and current.id == issue.id \
                and self.session.archive is not None:
            self.session.autosaver.reset()
            document.set_issue(self.session.archive.load_issue(current.id))

    def _error(self, title: str, message: str | BaseException) -> None:
        from ..dialogs import show_error

        show_error(self.window, title, message)
