"""备份与恢复: the archive's backups with date, size and issue count; back up now or to
any folder (a USB stick); look at a copy read-only; restore one (the current file is kept
beside it under another name)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QTreeWidgetItem

from ...core.archive import ArchiveError
from ...core.archive import file_ops
from ...core.archive.backup import copy_target, unused_copy_path
from ..dates import shown_time
from ..dialogs import show_error
from ..forms.ui_backup_dialog import Ui_BackupDialog
from .ages import age_text

if TYPE_CHECKING:
    from ..main_window import MainWindow

PathRole = Qt.ItemDataRole.UserRole + 1
ReadableRole = Qt.ItemDataRole.UserRole + 2
COPY_PROPERTY = "showsBackupCopy"  # set on a window that shows a backup read-only


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


class BackupDialog(QDialog):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.window_ = window
        self.copies: list = []  # windows showing a copy read-only
        ui = self.ui
        ui.backupNowButton.clicked.connect(self.backup_now)
        ui.backupToButton.clicked.connect(self.backup_to)
        ui.openCopyButton.clicked.connect(self.open_copy)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        # the Delete key in the list, as in a file manager (asked first, as the button is)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.backupList)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        ui.backupList.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    @property
    def archive(self):
        return self.window_.session.archive

    def refresh(self) -> None:
        view = self.ui.backupList
        view.clear()
        backups = file_ops.list_backups(self.archive.path) if self.archive is not None else []
        now = self.archive.clock() if self.archive is not None else None
        for b in backups:
            issues = str(b.issues) if b.readable else self.tr("cannot be read")
            row = QTreeWidgetItem([f"{shown_time(b.taken, seconds=True)}（{age_text(b.taken, now)}）", size_text(b.size),
                                   issues, b.newest, self._kind_name(b.kind)])
            row.setData(0, PathRole, str(b.path))
            row.setData(0, ReadableRole, b.readable)
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.addTopLevelItem(row)
        for column in range(4):
            view.resizeColumnToContents(column)
        if backups:
            view.setCurrentItem(view.topLevelItem(0))
        # a backup only reads the archive: taken while another window writes to it too (as
        # archive backup is); not of a backup being looked at, which has no backups of its own
        self.ui.backupNowButton.setEnabled(self.archive is not None and not self.window_.property(COPY_PROPERTY))
        self.ui.backupToButton.setEnabled(self.archive is not None)
        self._update_buttons()

    def _kind_name(self, kind: str) -> str:
        """Which backups stay: the automatic ones rotate (the number kept is a setting)."""
        return {"rotating": self.tr("Automatic"), "manual": self.tr("Backed up by you (kept)"),
                "before-upgrade": self.tr("Before an upgrade (kept)")}.get(kind, self.tr("Other copy"))

    def selected(self) -> Path | None:
        current = self.ui.backupList.currentItem()
        return Path(current.data(0, PathRole)) if current is not None else None

    def _update_buttons(self) -> None:
        current = self.ui.backupList.currentItem()
        # a copy that cannot be read (its row says so) can be neither looked at nor restored
        chosen = current is not None and bool(current.data(0, ReadableRole))
        self.ui.openCopyButton.setEnabled(chosen)
        readonly = self.archive is None or self.archive.readonly
        self.ui.restoreButton.setEnabled(chosen and not readonly)
        # off for the archive, not for the row: the clerk is told why rather than left to guess
        self.ui.restoreButton.setToolTip(self.tr("The archive is open read-only: it cannot be replaced by a backup "
                                                 "from this window.") if readonly else "")
        # one that cannot be read is of no use: it can be removed too
        self.ui.deleteButton.setEnabled(current is not None and self.archive is not None)

    @contextmanager
    def _busy(self, message: str) -> Iterator[None]:
        """A copy of a large archive onto a USB stick takes seconds: the window says what it
        is doing, with a wait cursor, instead of seeming to hang."""
        status = self.window_.statusBar()
        status.showMessage(message)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # painted before the copy
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
            status.clearMessage()

    def backup_now(self) -> None:
        try:
            with self._busy(self.tr("Backing up the archive…")):
                self.archive.backup_now(manual=True)  # asked for: kept, not rotated away
        except ArchiveError as exc:
            show_error(self, self.tr("Backup failed"), exc)
        self.refresh()

    def backup_to(self, written: str | None = None) -> bool:
        """A copy at ``written`` (asked for when not given), as the command line's ``archive
        backup`` places it: into a folder named, never as a file named like a missing folder."""
        if not isinstance(written, str):  # a button's clicked(bool)
            written, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back Up To"), str(unused_copy_path(Path.home(), self.archive.path, self.archive.clock())),
                self.tr("Bulletin archives (*.sqlite)"))
            if not written:
                return False
        try:
            target = copy_target(written, self.archive.path, self.archive.clock())
            with self._busy(self.tr("Writing a copy of the archive to {path}…").format(path=target)):
                self.archive.backup_to(target)
        except ArchiveError as exc:
            show_error(self, self.tr("Backup failed"), exc)
            return False
        self.window_.statusBar().showMessage(self.tr("A copy of the archive was written to {path}").format(path=target),
                                             8000)
        return True

    def open_copy(self):
        """A second window on the chosen backup, read-only: look before restoring."""
        from ..main_window import MainWindow

        chosen = self.selected()
        if chosen is None:
            return None
        copy = MainWindow(self.window_.settings)
        copy.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy.setProperty(COPY_PROPERTY, True)
        shown = self._readable_copy(chosen, copy)
        if shown is None or not copy.open_archive(shown, readonly=True):
            copy.deleteLater()
            return None
        copy.setWindowTitle(self.tr("Backup of {date} (read-only) — {title}").format(
            date=self.ui.backupList.currentItem().text(0), title=copy.windowTitle()))
        copy.show()
        self.copies.append(copy)
        return copy

    def _readable_copy(self, chosen: Path, window) -> Path | None:
        """``chosen`` itself; a backup an older version wrote (the copy kept before an upgrade)
        cannot be read as it is, nor upgraded in place (it would be a backup no more): an
        upgraded copy of it, in a temporary folder that goes with ``window``."""
        import shutil
        import tempfile

        from ...core.archive.upgrade import upgrade_older, written_by_older_version

        if not written_by_older_version(chosen):
            return chosen
        folder = tempfile.TemporaryDirectory(prefix="bulletin-backup-")
        window.destroyed.connect(lambda *_: folder.cleanup())
        shown = Path(folder.name) / chosen.name
        try:
            shutil.copyfile(chosen, shown)
            upgraded = upgrade_older(shown) is not None
        except OSError:
            upgraded = False
        if not upgraded:
            show_error(self, self.tr("Cannot Open the Backup"),
                       self.tr("This backup was kept before the archive was upgraded and is in an older format; "
                               "a copy of it could not be upgraded to be looked at (is the disk full?). "
                               "The backup itself is unchanged."))
            return None
        return shown

    def delete_selected(self) -> bool:
        """Remove the chosen backup, asked first; asked in other words when it is the last one
        that can be read (the clerk's own backups are never rotated away: this is how they go)."""
        chosen = self.selected()
        if chosen is None or self.archive is None:
            return False
        date = self.ui.backupList.currentItem().text(0)
        question = self.tr("Delete the backup of {date}? It is removed from the disk and cannot be brought back.").format(
            date=date)
        if file_ops.leaves_no_good_backup(self.archive.path, [chosen]):
            question = self.tr("The backup of {date} is the only good backup of this archive: if the archive is "
                               "ever damaged, there will be nothing to restore it from. Delete it all the same?").format(
                date=date)
        answer = QMessageBox.question(self, self.tr("Delete Backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            file_ops.delete_backups(self.archive.path, [chosen], last_good_too=True)  # asked just now
        except ArchiveError as exc:
            show_error(self, self.tr("Cannot delete the backup"), exc)
            self.refresh()
            return False
        row = self.ui.backupList.indexOfTopLevelItem(self.ui.backupList.currentItem())
        self.refresh()
        view = self.ui.backupList
        if view.topLevelItemCount():  # the next one down is chosen, as in a file list
            view.setCurrentItem(view.topLevelItem(min(row, view.topLevelItemCount() - 1)))
        self.window_.statusBar().showMessage(self.tr("The backup of {date} was deleted.").format(date=date), 8000)
        return True

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or self.archive is None:
            return False
        try:
            changes = "\n".join(file_ops.what_restoring_changes(self.archive.path, chosen))
        except ArchiveError as exc:
            show_error(self, self.tr("Cannot restore"), exc)
            self.refresh()  # a backup gone meanwhile leaves the list
            return False
        answer = QMessageBox.question(
            self, self.tr("Restore This Backup"),
            self.tr("Replace the archive with the backup of {date}?\n\n{changes}\n\nThe current file is kept, "
                    "renamed {name}, in the folder {folder}.").format(
                date=self.ui.backupList.currentItem().text(0), changes=changes,
                name=file_ops.aside_pattern(self.archive.path), folder=self.archive.path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore(chosen)

    def restore(self, backup: Path) -> bool:
        """Close the archive, put the backup in its place (the current file set aside) and open it."""
        window = self.window_
        archive = window.session.archive
        if archive is None:
            return False
        path, auto, now = archive.path, archive.auto_backups, archive.clock()
        if not window.session.close_archive():
            return False
        if auto is not None:
            auto.wait()  # the closing backup reads the file; on Windows it could not be renamed meanwhile
        try:
            aside = file_ops.replace_with(path, backup, now=now)
        except ArchiveError as exc:
            show_error(self, self.tr("Cannot restore"), exc)
            window.open_archive(path)
            return False
        window.open_archive(path)
        window.statusBar().showMessage(
            self.tr("Restored from the backup. The file it replaced is kept as {name}.").format(name=aside.name), 15000)
        self.accept()
        return True
