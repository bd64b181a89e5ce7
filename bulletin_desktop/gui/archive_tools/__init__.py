"""The archive's safety tools in the window: the 档案库 menu (定稿, 撤销定稿, trash, backup
and restore, checking the file), the banner of a final issue, recording exports, rescuing a damaged archive.

``ArchiveTools`` is all that loads with the window: a menu of actions. The dialogs and
the archive work behind them load when first used.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ..actions import button_text

if TYPE_CHECKING:
    from pathlib import Path

    from ...core.archive import ArchiveCorruptError
    from .check_action import ArchiveCheck
    from .lock_watch import ReadOnlyWhileHeld
    from ..main_window import MainWindow


class ArchiveTools(QObject):
    # an automatic backup failed (a full or read-only disk): the clerk's sentence, from the backup's thread
    backupFailed = Signal(str)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self._banner = None
        self._backups_told: set[str] = set()  # what the clerk was shown in a box, once per archive opened
        self._asked_final: set[int] = set()  # issues already asked about after an export

        def make(name: str, text: str) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            action.setToolTip(button_text(text))  # Qt's own keeps the mnemonic's "(R)"
            return action

        self.finalize = make("finalize", self.tr("Mark as &Final"))
        self.finalize.setToolTip(self.tr("The issue as printed: it can no longer be changed until reopened"))
        self.reopen = make("reopen", self.tr("&Reopen for Editing"))
        self.trash = make("trash", self.tr("&Trash…"))
        self.backups = make("backups", self.tr("&Backup and Restore…"))
        self.check = make("checkArchive", self.tr("&Check Archive…"))
        self.check.setToolTip(self.tr("Read every page of the archive file to see that it is whole"))
        menu = window.ui.menuArchive
        for action in (self.finalize, self.reopen, None, self.trash, self.backups, self.check):
            menu.addSeparator() if action is None else menu.addAction(action)

        self.finalize.triggered.connect(lambda: self.set_final(True))
        self.reopen.triggered.connect(lambda: self.set_final(False))
        self.trash.triggered.connect(self.show_trash)
        self.backups.triggered.connect(self.show_backups)
        self.check.triggered.connect(self.check_archive)
        self._checker: ArchiveCheck | None = None
        window.document.issueReplaced.connect(self._issue_shown)
        window.session.archiveChanged.connect(self._issue_shown)
        window.session.archiveChanged.connect(self._watch_backups)
        # read-only because another program writes to it: told when it lets go
        self._held: ReadOnlyWhileHeld | None = None
        window.session.archiveChanged.connect(self._watch_lock)
        self.backupFailed.connect(self._backup_failed)  # queued: emitted on the backup's thread
        window.session.trash_days = window.settings.trash_days()
        self._issue_shown()

    # -- 定稿 ----------------------------------------------------------------------------

    def _issue_shown(self) -> None:
        issue = self.window.document.issue
        session = self.window.session
        writable = issue is not None and not session.readonly
        final = issue is not None and issue.status == "final"
        self.finalize.setEnabled(writable and not final)
        self.reopen.setEnabled(writable and final)
        self.trash.setEnabled(session.archive is not None)  # read-only, it is looked at (trash_dialog)
        self.backups.setEnabled(session.archive is not None)
        if self._checker is None or not self._checker.busy:
            self.check.setEnabled(session.archive is not None)
        if final or self._banner is not None:
            self._final_banner().show_issue(issue if final else None, can_reopen=writable)

    def _final_banner(self):
        if self._banner is None:
            from .final_banner import FinalBanner

            self._banner = FinalBanner.install(self.window)
            self._banner.reopenRequested.connect(lambda: self.set_final(False))
        return self._banner

    def set_final(self, final: bool) -> None:
        from . import final_actions

        final_actions.set_final(self.window, final)

    def record_exports(self, records: list) -> bool:
        """The window's recorder for ``export.recorded`` (one issue or several)."""
        from . import final_actions

        return final_actions.record_exports(self.window, records)

    def ask_final(self, issue_ids: list[int], file_name: str | None = None) -> None:
        """Issues were exported and recorded: asked once about the drafts among them."""
        from . import final_actions

        final_actions.ask_final(self.window, issue_ids, self._asked_final, file_name)

    def exported(self, records: list) -> None:
        """The window's export of the open issue: recorded, then the 定稿 question."""
        if self.record_exports(records):
            self.ask_final([r[0] for r in records], file_name=records[0][2].name)

    # -- an archive another program was writing to ------------------------------------

    def _watch_lock(self) -> None:
        if self._held is None:
            if not self.window.session.held_elsewhere:
                return  # nothing loaded, nothing running while the archive is editable
            from .lock_watch import ReadOnlyWhileHeld

            self._held = ReadOnlyWhileHeld(self.window)
        self._held.follow_session()

    # -- automatic backups that fail -----------------------------------------------------

    def _watch_backups(self) -> None:
        archive = self.window.session.archive
        self._backups_told.clear()
        if archive is not None and archive.auto_backups is not None:
            archive.auto_backups.report_failures(self.backupFailed.emit)

    def _backup_failed(self, message: str) -> None:
        """Backups are not being taken: said in the status bar each time, and once per archive
        in a box that does not stop the clerk's work (the hourly retry fails alike)."""
        from .backup_failed import tell_backup_failed

        tell_backup_failed(self.window, message, first=message not in self._backups_told)
        self._backups_told.add(message)

    # -- dialogs -------------------------------------------------------------------------

    def show_trash(self) -> None:
        from .trash_dialog import TrashDialog

        TrashDialog(self.window).exec()

    def show_backups(self) -> None:
        from .backup_dialog import BackupDialog

        BackupDialog(self.window).exec()

    def check_archive(self) -> None:
        if self._checker is None:
            from .check_action import ArchiveCheck

            self._checker = ArchiveCheck(self.window, self.check)
        self._checker.start()

    def vet_opening(self, path: "Path", readonly: bool) -> bool | None:
        """Before ``path`` is opened: whether to open it read-only, or None not to open it. An
        archive whose file is gone while its backups are there is offered back from the newest
        (none made in its place); a backup chosen to open is opened read-only, if the clerk
        agrees (written to, it would be a backup no more)."""
        if readonly:
            return True
        if not path.expanduser().exists():
            from .lost_archive import restore_lost

            return None if restore_lost(self.window, path) is False else False
        from ...core.archive.backup import archive_of_backup

        if archive_of_backup(path.expanduser().absolute()) is not None:
            from .lost_archive import ask_open_backup

            return True if ask_open_backup(self.window, path) else None
        return False

    def rescue(self, exc: "ArchiveCorruptError", issue_ref: str | None) -> bool:
        """The archive failed its check on opening: offer its backup or salvage, then open
        what came of it. False when the clerk chose neither."""
        from .rescue import rescue_archive

        return rescue_archive(self.window, exc, issue_ref)
