"""条目 → 移到栏目… when the clerk chose another issue: the open issue's entry goes into that
issue, both saved in one transaction (core.archive.entry_moves), as one undo step that
puts it back in both.

The archive is written first and the open issue changed after, so what the window shows
is never ahead of what is stored. The other issue may have changed meanwhile (opened and
edited, made final): an undo or redo the archive refuses is said and leaves the step out of
the history, the entry staying where the archive has it.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from ..core.errors import BulletinError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ..core.archive import Archive
    from ..core.model import Issue
    from ..core.archive.entry_moves import EntryMove
    from .models.issue_document import IssueDocument
    from .move_entry_dialog import MoveTarget
    from .session import Session
    from .undo_commands import IssueEditing

translate = QCoreApplication.translate


class MoveToIssueCommand(QUndoCommand):
    """The entry ``uid`` moved from the open issue into issue ``move.target``; made once the
    archive holds the move, so its first redo only changes the open issue."""

    def __init__(self, doc: IssueDocument, archive: Callable[[], Archive | None], move: EntryMove, uid: str,
                 report: Callable[[str], None], text: str):
        super().__init__(text)
        self._doc = weakref.ref(doc)  # the stack owns the command (see undo_commands._DocumentCommand)
        self._archive, self._report, self.uid = archive, report, uid
        assert move.target.id is not None
        self.target_id = move.target.id
        self.back = (move.from_section, move.from_row)
        self.there = (move.to_section, move.to_row)
        self._stored = True  # the archive already holds the move this step makes

    def redo(self) -> None:
        doc = self._doc()
        if doc is None or doc.issue is None:
            return
        if not self._stored and not self._store(doc, to_target=True):
            return
        self._stored = False
        doc.take_entry(self.uid)

    def undo(self) -> None:
        doc = self._doc()
        if doc is None or doc.issue is None:
            return
        back = self._store(doc, to_target=False)
        if back:
            found = back.target.find_entry(self.uid)
            assert found is not None
            section, row = found
            doc.insert_entry(section.uid, row, section.entries[row])  # as the other issue had it, edits and all

    def _store(self, doc: IssueDocument, to_target: bool) -> EntryMove | None:
        from ..core.archive.entry_moves import move_entry_to_issue

        archive = self._archive()
        try:
            if archive is None:
                raise BulletinError(translate("MoveToIssue", "The archive is closed."))
            other = archive.load_issue(self.target_id)
            if to_target:
                return move_entry_to_issue(archive, doc.issue, other, self.uid, *self.there)  # type: ignore[arg-type]
            return move_entry_to_issue(archive, other, doc.issue, self.uid, *self.back)  # type: ignore[arg-type]
        except BulletinError as refused:
            self.setObsolete(True)  # the stack drops the step: the entry stays where the archive has it
            doing = (translate("MoveToIssue", "The entry was not moved again: {reason}") if to_target
                     else translate("MoveToIssue", "The move was not undone: {reason}"))
            self._report(doing.format(reason=refused.in_window))
            return None


def move_entry_where_chosen(window: QMainWindow, doc: IssueDocument, editing: IssueEditing, session: Session,
                            uid: str, chosen_issue: int | None = None) -> None:
    """条目 → 移到栏目…: ask where (a section of this issue, or of another: ``chosen_issue``
    shown first), then move the entry there as one undo step."""
    from .move_entry_dialog import ask_move_target

    issue = doc.issue
    archive = session.archive
    if issue is None or doc.readonly or archive is None:
        return
    offered, next_issue = [], None
    if issue.id is not None:
        from ..core.archive.entry_moves import issues_to_offer

        summaries = session.summaries()
        current = next((s for s in summaries if s.id == issue.id), None)
        offered = issues_to_offer(summaries, current)[1:] if current is not None else []
        if not any(s.series_id == issue.series_id and s.number > issue.number for s in summaries):
            next_issue = _next_issue(archive, issue)  # next week's, not started yet
    if len(issue.sections) < 2 and not offered and next_issue is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "This issue has no other section to move the entry to."), 6000)
        return
    target = ask_move_target(window, issue, uid, offered, archive.load_issue, chosen_issue, next_issue)
    if target is None:
        return
    if target.issue_id is None and target.new_issue is None:
        editing.move_entry(uid, target.section_uid, target.row)
        return
    _move_to_other_issue(window, doc, session, uid, target)


def _next_issue(archive: Archive, issue) -> Issue | None:
    """The bulletin's next issue as 新建一期 would start it, not stored; None when it cannot be read."""
    try:
        return archive.next_issue(issue.series_id)
    except BulletinError:
        return None


def move_dropped_entry(window: QMainWindow, doc: IssueDocument, editing: IssueEditing, session: Session,
                       uid: str, issue_id: int) -> None:
    """An entry of the open issue dropped on another issue in the issue list: to the end of
    that issue's section of the same name; where it has none, or takes no entries (final),
    the chooser opens on that issue and says so."""
    from ..core.archive.entry_moves import section_like
    from .move_entry_dialog import AT_END, MoveTarget

    issue, archive = doc.issue, session.archive
    found = issue.find_entry(uid) if issue is not None else None
    if found is None or doc.readonly or archive is None or issue_id == issue.id:  # type: ignore[union-attr]
        return
    try:
        other = archive.load_issue(issue_id)
    except BulletinError as unreadable:
        QMessageBox.warning(window, translate("MoveToIssue", "Move Entry"), unreadable.in_window)
        return
    section = section_like(other, found[0].title)
    if section is None or other.status == "final":
        move_entry_where_chosen(window, doc, editing, session, uid, issue_id)
        return
    _move_to_other_issue(window, doc, session, uid, MoveTarget(issue_id, section.uid, AT_END))


def _move_to_other_issue(window: QMainWindow, doc: IssueDocument, session: Session, uid: str,
                         target: MoveTarget) -> None:
    from ..core.archive.entry_moves import issue_name, move_entry_to_issue

    archive = session.archive
    assert archive is not None and doc.issue is not None and (target.issue_id is not None or target.new_issue is not None)
    title = translate("MoveToIssue", "Move Entry")

    def report(text: str) -> None:
        QMessageBox.warning(window, title, text)

    try:
        other = target.new_issue if target.new_issue is not None else archive.load_issue(target.issue_id)  # type: ignore[arg-type]
        move = move_entry_to_issue(archive, doc.issue, other, uid, target.section_uid, target.row)
    except BulletinError as refused:
        report(refused.in_window)
        return
    doc.undo_stack.push(MoveToIssueCommand(doc, lambda: session.archive, move, uid, report,
                                           translate("MoveToIssue", "Move entry to another issue")))
    section = move.target.find_section(move.to_section)
    window.statusBar().showMessage(translate("MoveToIssue", "Moved to {issue}, section “{section}”, entry {n}. "
                                             "Press Ctrl+Z to undo.").format(
        issue=issue_name(move.target), section=section.title if section is not None else "", n=move.to_row + 1), 8000)
