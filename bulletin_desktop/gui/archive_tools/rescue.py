"""A damaged archive on opening: offer (a) its newest good backup, saying what it holds
and how old it is, or (b) salvage of whatever still reads. Either way the damaged file is
kept beside the archive under another name, and the result opens in the window. What
SQLite found is shown only behind 详细信息."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from ...core.archive import ArchiveCorruptError, ArchiveError
from ...core.archive import file_ops
from ..dates import shown_time
from ..dialogs import show_error
from ..forms.ui_rescue_dialog import Ui_RescueDialog
from .ages import age_text

if TYPE_CHECKING:
    from ...core.archive.salvage import SalvageReport
    from ..main_window import MainWindow

RESTORE, SALVAGE = "restore", "salvage"
translate = QCoreApplication.translate


class RescueDialog(QDialog):
    def __init__(self, exc: ArchiveCorruptError, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RescueDialog()
        self.ui.setupUi(self)
        self.choice = ""
        self.now = exc.clock()  # the files the rescue leaves are named by the archive's clock
        self.backup = file_ops.newest_good_backup(exc.path)
        self.ui.message.setText(self.tr("The archive {path} is damaged: part of it can no longer be read. "
                                        "Nothing has been changed in it.").format(path=exc.path))
        if self.backup is not None:
            self.ui.backupInfo.setText(self.tr(
                "The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is {newest}. "
                "Work done since then is not in it.").format(
                date=shown_time(self.backup.taken, seconds=True), age=age_text(self.backup.taken, self.now),
                issues=self.backup.issues, newest=self.backup.newest or "—"))
        else:
            self.ui.backupInfo.setText(self.tr("There is no good backup of this archive."))
            self.ui.restoreButton.setEnabled(False)
        self.ui.details.setPlainText(exc.detail)
        self.ui.detailsButton.setVisible(bool(exc.detail))
        self.ui.restoreButton.clicked.connect(lambda: self._choose(RESTORE))
        self.ui.salvageButton.clicked.connect(lambda: self._choose(SALVAGE))
        chosen = self.ui.restoreButton if self.backup is not None else self.ui.salvageButton
        chosen.setDefault(True)
        chosen.setFocus()  # Enter is the way offered first: a focused 详细信息 would take Enter for itself

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def rescue_archive(window: "MainWindow", exc: ArchiveCorruptError, issue_ref: str | None) -> bool:
    dialog = RescueDialog(exc, window)
    dialog.setObjectName("rescueDialog")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    path = exc.path
    try:
        if dialog.choice == RESTORE and dialog.backup is not None:
            aside = file_ops.replace_with(path, dialog.backup.path, label="damaged", damaged=True, now=dialog.now)
            result = translate("RescueDialog", "The backup of {date} now takes the archive's place.").format(
                date=shown_time(dialog.backup.taken, seconds=True))
            lost: list[str] = []
        else:
            salvaged = _salvage(window, path, dialog.now)
            if salvaged is None:
                window.statusBar().showMessage(translate("RescueDialog", "Salvage cancelled: nothing was written and "
                                                         "the damaged file is as it was."), 10000)
                return False
            result, aside, lost = salvaged
    except ArchiveError as exc_:
        show_error(window, translate("RescueDialog", "Rescue failed"), exc_)
        return False
    opened = window.open_archive(path, issue_ref)
    box = QMessageBox(QMessageBox.Icon.Information, translate("RescueDialog", "Archive rescued"),
                      translate("RescueDialog", "{result}\n\nThe damaged file is kept as {aside}.").format(result=result, aside=aside),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("rescueReport")
    if lost:  # which issues to import again from their Word files: all of them, one a line
        box.setDetailedText("\n".join(lost))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return opened


def _salvage(window: "MainWindow", path: Path, now: dt.datetime) -> tuple[str, Path, list[str]] | None:
    """Salvage into a new file beside the damaged one, which it then replaces (kept aside):
    the report, where the damaged file was kept and the issues that could not be read whole;
    None when the clerk cancelled: nothing written, the damaged file as it was."""
    salvaged = file_ops.unused_name_beside(path, "salvaged", now)  # one left there (an earlier rescue) is kept
    try:
        report = SalvageRun(window).run(path, salvaged)
        if report is None:
            return None
        aside = file_ops.replace_with(path, salvaged, label="damaged", damaged=True, now=now)
    finally:
        file_ops.remove_with_side_files(salvaged)  # its content is the archive now, or there is none
    lost = translate("RescueDialog", " {count} issues could not be read whole and were left out.").format(
        count=len(report.issues_lost)) if report.issues_lost else ""
    return translate("RescueDialog", "Salvaged {issues} issues with {entries} entries.").format(
        issues=report.issues, entries=report.entries) + lost, aside, report.issues_lost


class SalvageRun(QObject):
    """Salvage in a background thread (seconds for a thousand issues) behind a progress
    dialog that counts the issues copied so far and has Cancel. The window keeps painting;
    the caller waits here, in a local event loop, for the outcome."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        from ..background import BackgroundJob

        self._stop = threading.Event()
        self._outcome: tuple[object, BaseException | None] = (None, None)
        self._loop = QEventLoop(self)
        self._job = BackgroundJob("salvage", self)
        self._job.progressed.connect(self._reported)
        self._job.finished.connect(self._finished)
        self.dialog = QProgressDialog(self.tr("Salvaging the archive…"), self.tr("Cancel"), 0, 0, window)
        self.dialog.setObjectName("salvageProgress")
        self.dialog.setWindowTitle(self.tr("Salvage"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self._stop.set)

    def run(self, source: Path, output: Path) -> "SalvageReport | None":
        """The report, or None when the clerk cancelled (``output`` then does not exist);
        a failure is raised as the salvage raised it."""
        from ...core.archive.salvage import salvage

        def work(report):
            def progress(done: int, total: int, copied: int) -> bool:
                report((done, total, copied))
                return not self._stop.is_set()
            return salvage(source, output, progress=progress)

        self._job.start(work)
        self.dialog.show()
        if self._job.busy:
            self._loop.exec()
        self.dialog.canceled.disconnect(self._stop.set)  # closing a progress dialog says "canceled" too
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
        result, error = self._outcome
        if error is not None:
            raise error
        if self._stop.is_set():  # cancelled after the last issue: the clerk still said no
            file_ops.remove_with_side_files(output)
            return None
        return result  # type: ignore[return-value]

    def _reported(self, state: tuple[int, int, int]) -> None:
        done, total, copied = state
        if self._stop.is_set():
            return
        self.dialog.setMaximum(total)
        self.dialog.setLabelText(self.tr("Salvaging the archive: {copied} issues copied so far ({done} of {total} "
                                         "looked at)…").format(copied=copied, done=done, total=total))
        self.dialog.setValue(done)  # last: a modal progress dialog handles the next report in here

    def _finished(self, result: object, error: BaseException | None) -> None:
        from ...core.archive.salvage import SalvageCancelled

        self._outcome = (result, None if isinstance(error, SalvageCancelled) else error)
        self._loop.quit()
