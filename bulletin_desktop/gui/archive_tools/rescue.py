"""A damaged archive on opening: offer (a) its newest good backup, saying what it holds
and how old it is, or (b) salvage of whatever still reads. Either way the damaged file is
kept beside the archive under another name, and the result opens in the window. What
SQLite found is shown only behind 详细信息."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from ...core.archive import ArchiveCorruptError, ArchiveError
from ...core.archive import file_ops
from ..dialogs import show_error
from ..forms.ui_rescue_dialog import Ui_RescueDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

RESTORE, SALVAGE = "restore", "salvage"
translate = QCoreApplication.translate


class RescueDialog(QDialog):
    def __init__(self, exc: ArchiveCorruptError, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RescueDialog()
        self.ui.setupUi(self)
        self.choice = ""
        self.backup = file_ops.newest_good_backup(exc.path)
        self.ui.message.setText(self.tr("The archive {path} is damaged: part of it can no longer be read. "
                                        "Nothing has been changed in it.").format(path=exc.path))
        if self.backup is not None:
            self.ui.backupInfo.setText(self.tr(
                "The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is {newest}. "
                "Work done since then is not in it.").format(
                date=f"{self.backup.taken:%Y-%m-%d %H:%M}", age=file_ops.age_text(self.backup.taken),
                issues=self.backup.issues, newest=self.backup.newest or "—"))
        else:
            self.ui.backupInfo.setText(self.tr("There is no good backup of this archive."))
            self.ui.restoreButton.setEnabled(False)
        self.ui.details.setPlainText(exc.detail)
        self.ui.detailsButton.setVisible(bool(exc.detail))
        self.ui.restoreButton.clicked.connect(lambda: self._choose(RESTORE))
        self.ui.salvageButton.clicked.connect(lambda: self._choose(SALVAGE))
        (self.ui.restoreButton if self.backup is not None else self.ui.salvageButton).setDefault(True)

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
            aside = file_ops.replace_with(path, dialog.backup.path, label="damaged")
            result = translate("RescueDialog", "The backup of {date} now takes the archive's place.").format(
                date=f"{dialog.backup.taken:%Y-%m-%d %H:%M}")
        else:
            result, aside = _salvage(window, dialog, path)
    except ArchiveError as exc_:
        show_error(window, translate("RescueDialog", "Rescue failed"), exc_)
        return False
    opened = window.open_archive(path, issue_ref)
    box = QMessageBox(QMessageBox.Icon.Information, translate("RescueDialog", "Archive rescued"),
                      translate("RescueDialog", "{result}\n\nThe damaged file is kept as {aside}.").format(result=result, aside=aside),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("rescueReport")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return opened


def _salvage(window: "MainWindow", dialog: RescueDialog, path):
    from ...core.archive.salvage import salvage

    progress = QProgressDialog(translate("RescueDialog", "Salvaging the archive…"), "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    salvaged = path.with_name(f"{path.stem}-salvaged-{dt.datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
    try:
        report = salvage(path, salvaged, progress=step)
        if report.issues == 0:  # an empty archive in its place would help no one: leave the file be
            raise ArchiveError(translate("RescueDialog", "Nothing in {path} could be read; the file is left as it "
                                         "was.").format(path=path))
        aside = file_ops.replace_with(path, salvaged, label="damaged")
    finally:
        progress.close()
        salvaged.unlink(missing_ok=True)  # its content is the archive now
    lost = translate("RescueDialog", " {count} issues could not be read whole and were left out.").format(
        count=len(report.issues_lost)) if report.issues_lost else ""
    return translate("RescueDialog", "Salvaged {issues} issues with {entries} entries.").format(
        issues=report.issues, entries=report.entries) + lost, aside
