"""Files the clerk asks the window to open that are not simply an archive to write to.

- An archive file that is gone (deleted by mistake, moved, lost with a disk) while its backups
  are still beside where it was: the window offers to bring it back from the newest good
  backup, as ``archive restore`` does, instead of starting an empty archive under its name
  (whose own automatic backups would, hour by hour, rotate the good ones away).
- One of an archive's backups (picked in 打开档案库… from its backups folder): opened
  read-only, as 备份与恢复 shows a copy; written to, it would be a backup no more.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...core.archive import ArchiveError, file_ops
from ..dates import shown_time
from ..dialogs import show_error
from .ages import age_text

if TYPE_CHECKING:
    from ...core.archive.file_ops import BackupInfo
    from ..main_window import MainWindow

RESTORE, OTHER, CANCEL = "restore", "other", "cancel"
translate = QCoreApplication.translate


def ask_restore(window: "MainWindow", path: Path, newest: "BackupInfo") -> str:
    """RESTORE, OTHER (open another archive) or CANCEL, as the clerk answers."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("LostArchive", "Archive Not Found"),
                      translate("LostArchive", "The archive file {path} is not there: it may have been deleted or "
                                "moved. Its backups are still there.").format(path=path.expanduser().absolute()),
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("lostArchive")
    box.setInformativeText(translate(
        "LostArchive", "The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is "
        "{newest}. Work done after it is not in it.\n\nRestore the archive from this backup?").format(
        date=shown_time(newest.taken, seconds=True), age=age_text(newest.taken), issues=newest.issues,
        newest=newest.newest or "—"))
    restore = box.addButton(translate("LostArchive", "&Restore from the Backup"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(translate("LostArchive", "&Open Another Archive…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return RESTORE if clicked is restore else OTHER if clicked is other else CANCEL


def restore_lost(window: "MainWindow", path: Path) -> bool | None:
    """``path`` is to be opened and no file is there: None when it has no good backup either
    (a new archive is made there, as asked); True when the clerk had it restored from its
    newest good backup (it is there now, to be opened); False when not (nothing was made)."""
    newest = file_ops.newest_good_backup(path)
    if newest is None:
        return None
    answer = ask_restore(window, path, newest)
    if answer == OTHER:
        window.choose_archive()
    if answer != RESTORE:
        return False
    try:
        file_ops.restore_missing(path, newest.path)
    except ArchiveError as exc:
        show_error(window, translate("LostArchive", "Cannot restore"), exc)
        return False
    window.statusBar().showMessage(translate("LostArchive", "The archive was restored from the backup of {date}.").format(
        date=shown_time(newest.taken, seconds=True)), 15000)
    return True


def ask_open_backup(window: "MainWindow", path: Path) -> bool:
    """``path`` is one of an archive's backups: open it read-only (True), or not at all."""
    archive = path.expanduser().absolute().parent.name[: -len("-backups")]
    box = QMessageBox(QMessageBox.Icon.Question, translate("LostArchive", "This Is a Backup"),
                      translate("LostArchive", "{name} is a backup of the archive “{archive}”. Changed, it would no "
                                "longer be the backup it is, so it opens read-only: to look, search and export.").format(
                          name=path.name, archive=archive), QMessageBox.StandardButton.Cancel, window)
    box.setObjectName("openBackup")
    box.setInformativeText(translate("LostArchive", "To bring the archive back to it, open the archive and use "
                                     "Archive > Backup and Restore."))
    look = box.addButton(translate("LostArchive", "Open &Read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(look)
    box.exec()
    return box.clickedButton() is look
