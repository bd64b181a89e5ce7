"""The strip above the editor of a final issue: since when it is final, and 撤销定稿."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..banner_strip import label_and_button, place_under
from ..dates import shown_time

if TYPE_CHECKING:
    from ...core.model import Issue
    from ..main_window import MainWindow

STYLE = "#finalBanner { background: #e3f1e3; border-bottom: 1px solid #9cc79c; } QLabel { color: #1d4d1d; }"


class FinalBanner(QWidget):
    reopenRequested = Signal()

    def __init__(self, window: "MainWindow"):
        super().__init__()
        self.main_window = window
        self.setObjectName("finalBanner")
        self.setStyleSheet(STYLE)
        self.label, self.reopen_button = label_and_button(self, "finalLabel", self.tr("Reopen for Editing"), "reopenButton")
        self.reopen_button.clicked.connect(self.reopenRequested)

    @classmethod
    def install(cls, window: "MainWindow") -> "FinalBanner":
        """Placed right under the read-only banner, above the editor."""
        banner = cls(window)
        place_under(window.ui.readonlyBanner, banner)
        return banner

    def show_issue(self, issue: "Issue | None", can_reopen: bool) -> None:
        if issue is None:
            self.hide()
            return
        since = ""
        archive = self.main_window.session.archive
        if archive is not None and issue.id is not None:
            finalized = [e["at"] for e in archive.issue_history(issue.id)["status_history"] if e["action"] == "finalized"]
            since = shown_time(finalized[-1]) if finalized else ""  # as the trash and backups say a time
        text = self.tr("This issue is final (since {time}) and cannot be changed.").format(time=since) if since \
            else self.tr("This issue is final and cannot be changed.")
        self.label.setText(text)
        self.reopen_button.setVisible(can_reopen)
        self.show()
