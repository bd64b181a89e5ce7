"""档案库 → 检查档案库…: the command line's ``archive check`` in the window.

The full check reads every page of the file (a second or more for years of issues), so it
runs in the background while the window stays usable; the clerk's edits are written first,
so that what is checked is what they see. A sound file is answered with what it holds and
how old its newest good backup is; a damaged one goes to the same rescue (restore the
backup, or salvage) that opening a damaged archive offers.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ...core.archive import ArchiveCorruptError, backup, file_ops
from ..background import BackgroundJob
from .ages import age_text

if TYPE_CHECKING:
    from ...core.archive import Archive
    from ..main_window import MainWindow


@dataclass
class _Checked:
    found: file_ops.FileCheck
    newest: file_ops.BackupInfo | None


def _check(path: Path) -> _Checked:
    return _Checked(file_ops.check_file(path), file_ops.newest_good_backup(path))


class ArchiveCheck(QObject):
    """One check at a time; the action is off while it runs."""

    def __init__(self, window: "MainWindow", action):
        super().__init__(window)
        self.window = window
        self.action = action
        self._checked: Archive | None = None  # the Archive checked: a rescue only for the one still open
        self._job = BackgroundJob("archive-check-asked", self)
        self._job.finished.connect(self._finished)

    @property
    def busy(self) -> bool:
        return self._job.busy

    def start(self) -> bool:
        archive = self.window.session.archive
        if archive is None or self._job.busy:
            return False
        self.window.session.flush()  # what is checked is what the clerk sees
        self._checked = archive
        path = archive.path
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Checking the archive…"))
        return self._job.start(lambda _report: _check(path))

    def _finished(self, result: _Checked | None, error: object) -> None:
        self.action.setEnabled(True)
        self.window.statusBar().clearMessage()
        window = self.window
        if error is not None or result is None:
            from ..dialogs import show_error

            show_error(window, self.tr("Check Archive"), str(getattr(error, "message", None) or error))
            return
        found = result.found
        if found.ok or found.too_new:
            box = QMessageBox(QMessageBox.Icon.Information if found.ok else QMessageBox.Icon.Warning,
                              self.tr("Check Archive"),
                              found.message + "\n" + self._backup_line(result.newest, self._checked),
                              QMessageBox.StandardButton.Ok, window)
            box.setObjectName("archiveCheckBox")
            box.exec()
            return
        archive = window.session.archive
        if archive is None or archive is not self._checked:
            return  # another archive (or a restored one) is open by now
        window.archive_damaged(ArchiveCorruptError(archive.path, found.detail, backup.newest_backup(archive.backups_dir),
                                                   archive.clock))

    def _backup_line(self, newest: file_ops.BackupInfo | None, checked: "Archive | None") -> str:
        if newest is None:
            return self.tr("There is no good backup of it yet (Archive → Backup and Restore… takes one).")
        return self.tr("Its newest good backup was taken {age} and holds {issues} issues.").format(
            # by the archive's clock, which named the backup
            age=age_text(newest.taken, checked.clock() if checked is not None else None), issues=newest.issues)
