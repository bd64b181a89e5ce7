"""Starting and ending issues from the window: 新建一期 (and Ctrl+Z taking a stray one back to
the trash), 新建刊物, deleting an issue from the list, and 存为本刊默认设置 from the masthead
panel. ``Session`` does the archive work; this says what happened, or why not, in Chinese.

Its strings keep the window's translation context (they were the window's, and the
catalogue has them there).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.archive import ArchiveError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .models.issue_document import IssueDocument
    from .session import Session
    from .structure_editing import StructureEditing
    from .undo_commands import IssueEditing


def _show_error(window: QMainWindow, title: str, exc: BaseException) -> None:
    from .dialogs import show_error

    show_error(window, title, exc)


class IssueLifecycle:
    def __init__(self, window: QMainWindow, document: IssueDocument, editing: IssueEditing, session: Session,
                 structure: StructureEditing):
        self._window, self._document, self._editing = window, document, editing
        self._session, self._structure = session, structure

    def new_issue(self) -> None:
        session = self._session
        if session.readonly:
            return
        before = self._document.issue
        try:
            if not session.has_series():
                self.new_series()
                return
            started = session.new_issue()
        except ArchiveError as exc:
            _show_error(self._window, QCoreApplication.translate("MainWindow", "Cannot start a new issue"), exc)
            return
        if started is None:
            return
        # the new issue's first undo step: Ctrl+Z takes a stray Ctrl+N back
        self._editing.mark_started(before.id if before is not None else None, self._take_back_new_issue)
        self._structure.select_first_section()
        issue = self._document.issue
        assert issue is not None
        self._structure.show_undo_hint(QCoreApplication.translate(
            "MainWindow", "Started {number} of {series}. Press Ctrl+Z to take it back.").format(
            number=issue.number_line(), series=issue.series), 8000)

    def _take_back_new_issue(self, issue_id: int, previous_id: int | None) -> None:
        """新建一期 undone: the new issue to the trash, the issue open before it back."""
        issue = self._document.issue
        number = issue.number_line() if issue is not None else ""
        try:
            taken = self._session.take_back_new_issue(issue_id, previous_id)
        except ArchiveError as exc:
            _show_error(self._window, QCoreApplication.translate("MainWindow", "Cannot take back the new issue"), exc)
            return
        if taken:
            self._window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "{number} taken back; it is in the trash.").format(number=number), 8000)

    def new_series(self) -> None:
        from .dialogs import ask_series_name

        if self._session.readonly:
            return
        name = ask_series_name(self._window)
        try:
            started = self._session.new_series(name) if name else None
        except ArchiveError as exc:
            _show_error(self._window, QCoreApplication.translate("MainWindow", "Cannot create the bulletin"), exc)
            return
        if started is not None:
            self._structure.select_first_section()

    def delete_issue(self, issue_id: int) -> None:
        from .dialogs import confirm_delete_issue

        window, session = self._window, self._session
        summary = next(iter(session.summaries_of([issue_id])), None)  # one row, not the whole list
        if summary is None or session.readonly:
            return
        if summary.status == "final":  # said before the clerk is asked to confirm a delete that cannot be
            from .archive_tools.final_actions import refuse_final

            refuse_final(window, QCoreApplication.translate("MainWindow", "Cannot delete the issue"), summary.series,
                         summary.number_line(), deleting=True)
            return
        if not confirm_delete_issue(window, summary):
            return
        was_open = self._document.issue is not None and self._document.issue.id == issue_id
        try:
            session.delete_issue(issue_id)
            if was_open:
                session.open_latest()
        except ArchiveError as exc:
            _show_error(window, QCoreApplication.translate("MainWindow", "Cannot delete the issue"), exc)
            return
        from .models.issue_list_model import issue_title

        # said where the clerk looks after the list lost its row, with the way back
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Deleted {series} {title}; it is in the trash (Archive > Trash).").format(
            series=summary.series, title=issue_title(summary)), 8000)

    def save_series_defaults(self) -> None:
        """存为本刊默认设置: new issues of this bulletin start from the open one's settings."""
        try:
            self._session.save_series_defaults()
        except ArchiveError as exc:
            _show_error(self._window, QCoreApplication.translate("MainWindow", "Cannot save the defaults"), exc)
            return
        self._window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "New issues of this bulletin will start from these settings."), 5000)
