"""定稿 in the window: marking the open issue final or reopening it, recording each export
and, after the first export of a draft, asking once whether it is final now."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ...core.archive import ArchiveError

if TYPE_CHECKING:
    from ..main_window import MainWindow

translate = QCoreApplication.translate


def set_final(window: "MainWindow", final: bool) -> bool:
    """Mark the open issue final (or reopen it) and show it again: read-only when final."""
    from ..dialogs import show_error

    issue, session = window.document.issue, window.session
    if issue is None or issue.id is None or session.archive is None or session.readonly:
        return False
    if not session.flush():  # what was typed last goes in before the issue is closed to edits
        return False
    try:
        session.archive.set_final(issue.id, final)
        session.open_issue(issue.id)
    except ArchiveError as exc:
        show_error(window, translate("ArchiveTools", "Cannot change the issue's status"), exc)
        return False
    window.statusBar().showMessage(
        translate("ArchiveTools", "The issue is final: it can no longer be changed.") if final else
        translate("ArchiveTools", "The issue can be edited again."), 6000)
    return True


def after_export(window: "MainWindow", path: str, asked: set[int]) -> None:
    issue, archive = window.document.issue, window.session.archive
    if issue is None or issue.id is None or archive is None or archive.readonly:
        return
    exported = Path(path)
    try:
        archive.record_export(issue.id, exported.suffix.lstrip(".").lower(), exported,
                              window.session.layout_options().to_dict())
        first = archive.export_count(issue.id) == 1
    except (ArchiveError, OSError) as exc:
        window.statusBar().showMessage(
            translate("ArchiveTools", "The export was not recorded in the archive: {error}").format(
                error=getattr(exc, "message", None) or exc), 8000)
        return
    if issue.status == "final" or not first or issue.id in asked:
        return
    asked.add(issue.id)
    box = QMessageBox(QMessageBox.Icon.Question, translate("ArchiveTools", "Mark as final?"),
                      translate("ArchiveTools", "{name} was exported. Is this the issue as it will be printed? "
                                "A final issue can no longer be changed (until it is reopened).").format(
                          name=exported.name),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setObjectName("askFinalBox")
    box.button(QMessageBox.StandardButton.Yes).setText(translate("ArchiveTools", "Mark as Final"))
    box.button(QMessageBox.StandardButton.No).setText(translate("ArchiveTools", "Not Yet"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    issue_id = issue.id

    def answered(button) -> None:
        current = window.document.issue
        if box.standardButton(button) == QMessageBox.StandardButton.Yes and current is not None \
                and current.id == issue_id:
            set_final(window, True)

    box.buttonClicked.connect(answered)
    box.open()  # does not block: an export in a test or a second export can go on meanwhile
