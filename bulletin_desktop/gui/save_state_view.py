"""What the window says about saving: the status bar's save indicator, the banner over the
editor while a save fails, the masthead's 期号 marked when another issue has it; and the
refusal to export, print or 定稿 what the archive does not hold yet.

Its strings keep the window's translation context (they were the window's, and the
catalogue has them there).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .autosave import SaveState

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .masthead_panel import MastheadPanel
    from .save_error_banner import SaveErrorBanner
    from .session import Session
    from .status_bar import StatusIndicators


class SaveStateView:
    def __init__(self, window: QWidget, session: Session, status: StatusIndicators, banner: SaveErrorBanner,
                 masthead: MastheadPanel):
        self._window, self._session, self._status, self._banner, self._masthead = (
            window, session, status, banner, masthead)

    def show(self, state: str, message: str) -> None:
        taken = self._taken_number(state)
        if taken:
            message = taken
        self._masthead.mark_number_taken(taken)
        # said once: the save indicator keeps it in the status bar, the banner explains it
        self._status.set_save_state(state, message, readonly=self._session.readonly)
        if state == SaveState.FAILED.value:
            self._banner.show_error(message)
        elif state == SaveState.SAVED.value:
            self._banner.hide()  # the retry worked, or another issue is open

    def _taken_number(self, state: str) -> str:
        """A save refused because another issue of the bulletin has this 期号, in the clerk's words."""
        from ..core.archive import DuplicateIssueError

        error = self._session.autosaver.last_error
        if state != SaveState.FAILED.value or not isinstance(error, DuplicateIssueError):
            return ""
        from ..core.model import format_cn_date

        existing = error.existing
        return QCoreApplication.translate(
            "MainWindow", "{number} already exists ({date}); the issue number was not changed. Choose another "
                          "number; the other changes are saved with it.").format(
            number=existing.number_line(), date=format_cn_date(existing.date))

    def saved_for(self, action: str) -> bool:
        """Export, print and 定稿 (``action``: "export", "print", "final") take what the
        archive holds: not while it refuses a change (the file would carry a 期号 another
        issue has, and 定稿 would be offered for it, or given to what was not saved)."""
        if self._session.flush():
            return True
        from .dialogs import refuse_unsaved_output

        taken = self._taken_number(SaveState.FAILED.value)
        refuse_unsaved_output(self._window, taken or self._session.autosaver.error, bool(taken), action)
        return False
