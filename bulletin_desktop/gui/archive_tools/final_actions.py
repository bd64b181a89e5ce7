"""定稿 in the window: marking the open issue final or reopening it, recording each export
and, after the first export of a draft, asking once whether it is final now. One issue
exported or several, the records are made by ``export.recorded`` (as on the command line)
and handed to ``record_exports`` here; ``ask_final`` asks once for all the drafts exported
for the first time."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ...core.archive import ArchiveError
from ...core.errors import BulletinError

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ...export.recorded import Record
    from ..main_window import MainWindow

translate = QCoreApplication.translate


def refusal(series: str, number_line: str, deleting: bool = False) -> str:
    """What the window says when a change (``deleting``: deleting it) is asked of a final
    issue: which one, and the menu command that makes it editable again (the archive's own
    message names the command line's)."""
    if deleting:
        text = translate("ArchiveTools", "{series} {number} is final and cannot be deleted. To delete it, reopen it "
                         "first (Archive > Reopen for Editing).")
    else:
        text = translate("ArchiveTools", "{series} {number} is final and cannot be changed. To change it, reopen it "
                         "first (Archive > Reopen for Editing).")
    return text.format(series=series, number=number_line)


def refuse_final(parent: "QWidget", title: str, series: str, number_line: str, deleting: bool = False) -> None:
    QMessageBox.warning(parent, title, refusal(series, number_line, deleting))


def set_final(window: "MainWindow", final: bool) -> bool:
    """Mark the open issue final (or reopen it) and show it again: read-only when final."""
    from ..dialogs import show_error

    issue, session = window.document.issue, window.session
    if issue is None or issue.id is None or session.archive is None or session.readonly:
        return False
    if final and not window.save_state.saved_for("final"):  # what was typed last goes in before the issue is closed
        return False
    if not final and not session.flush():
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


def record_exports(window: "MainWindow", records: "list[Record]") -> bool:
    """The window's recorder for ``export.recorded``, for one issue or several: the files go
    into the export records of the archive the window holds (SHA-256 taken there). When that
    fails the files stand and the clerk is told only the record is missing."""
    archive = window.session.archive
    if not records or archive is None or archive.readonly:
        return False
    try:
        archive.record_exports(records)
    except (BulletinError, OSError) as exc:
        QMessageBox.warning(window, translate("ArchiveTools", "Export not recorded"), translate(
            "ArchiveTools", "The files were written, but the archive could not record the export: {error}").format(
            error=getattr(exc, "message", None) or exc))
        return False
    return True


def ask_final(window: "MainWindow", issue_ids: list[int], asked: set[int], file_name: str | None = None) -> None:
    """Issues were exported (and recorded): ask once whether the drafts among them exported
    for the first time are final now; issues already final, exported before or asked about
    are not asked about. ``file_name``: one issue's file, named in the question."""
    archive = window.session.archive
    if archive is None or archive.readonly:
        return
    try:
        status = {s.id: s.status for s in archive.summaries_of(issue_ids)}
        drafts = [i for i in dict.fromkeys(issue_ids)
                  if i not in asked and status.get(i) == "draft" and archive.export_count(i) == 1]
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
        window.statusBar().showMessage(
            translate("ArchiveTools", "The issue is final: it can no longer be changed.") if len(drafts) == 1 else
            translate("ArchiveTools", "{count} issues are final: they can no longer be changed.").format(
                count=len(drafts)), 6000)

    if len(drafts) == 1 and file_name is not None:
        text = translate("ArchiveTools", "{name} was exported. Is this the issue as it will be printed? "
                         "A final issue can no longer be changed (until it is reopened).").format(name=file_name)
    else:
        text = translate("ArchiveTools", "{count} issues were exported for the first time and are not final yet. "
                         "Are they the issues as they will be printed? A final issue can no longer be changed "
                         "(until it is reopened).").format(count=len(drafts))
    _ask(window, text, mark)


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
