"""定稿 in the window: marking the open issue final or reopening it, recording each export
and, after the first export of a draft, asking once whether it is final now. An export of
several issues asks once for all of its drafts exported for the first time."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ...core.archive import ArchiveError

if TYPE_CHECKING:
    from collections.abc import Callable

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
        from ...export.recorded import recorded_settings

        fmt = exported.suffix.lstrip(".").lower()
        archive.record_export(issue.id, fmt, exported, recorded_settings(fmt, window.session.layout_options()))
        first = archive.export_count(issue.id) == 1
    except (ArchiveError, OSError) as exc:
        window.statusBar().showMessage(
            translate("ArchiveTools", "The export was not recorded in the archive: {error}").format(
                error=getattr(exc, "message", None) or exc), 8000)
        return
    if issue.status == "final" or not first or issue.id in asked:
        return
    asked.add(issue.id)
    issue_id = issue.id

    def mark() -> None:
        current = window.document.issue
        if current is not None and current.id == issue_id:
            set_final(window, True)

    _ask(window, translate("ArchiveTools", "{name} was exported. Is this the issue as it will be printed? "
                           "A final issue can no longer be changed (until it is reopened).").format(name=exported.name),
         mark)


def after_batch_export(window: "MainWindow", issue_ids: list[int], asked: set[int]) -> None:
    """Several issues were exported (and recorded): ask once whether the drafts among them
    exported for the first time are final now; issues already final or exported before
    are not asked about, as with one issue."""
    archive = window.session.archive
    if archive is None or archive.readonly:
        return
    try:
        status = {s.id: s.status for s in archive.list_issues()}
        drafts = [i for i in issue_ids if i not in asked and status.get(i) == "draft" and archive.export_count(i) == 1]
    except ArchiveError:
        return
    if not drafts:
        return
    asked.update(drafts)

    def mark() -> None:
        from ..dialogs import show_error

        session = window.session
        if session.archive is None or session.readonly or not session.flush():
            return
        current = window.document.issue
        try:
            session.archive.set_final_many(drafts)
            if current is not None and current.id in drafts:
                session.open_issue(current.id)  # shown again, read-only
        except ArchiveError as exc:
            show_error(window, translate("ArchiveTools", "Cannot change the issue's status"), exc)
            return
        window.statusBar().showMessage(translate("ArchiveTools", "{count} issues are final: they can no longer be "
                                                 "changed.").format(count=len(drafts)), 6000)

    _ask(window, translate("ArchiveTools", "{count} issues were exported for the first time and are not final yet. "
                           "Are they the issues as they will be printed? A final issue can no longer be changed "
                           "(until it is reopened).").format(count=len(drafts)), mark)


def _ask(window: "MainWindow", text: str, mark: "Callable[[], None]") -> None:
    box = QMessageBox(QMessageBox.Icon.Question, translate("ArchiveTools", "Mark as final?"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setObjectName("askFinalBox")
    box.button(QMessageBox.StandardButton.Yes).setText(translate("ArchiveTools", "Mark as Final"))
    box.button(QMessageBox.StandardButton.No).setText(translate("ArchiveTools", "Not Yet"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            mark()

    box.buttonClicked.connect(answered)
    box.open()  # does not block: an export in a test or a second export can go on meanwhile
