"""The issue being edited, in memory, and the signals that tell the views what changed.

Every change goes through the methods here (called by the undo commands), so there is
one place that mutates the issue and one broadcast per change; each view decides
what to refresh (the tree a row or everything, the editor one field, the preview the
whole issue through its own debounce).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from ...core.model import Entry, Issue, Section
from ...core import edits


KEPT_HISTORIES = 20
"""How many issues left keep their undo history for when the clerk comes back to them."""


def _same_issue(left: Issue, loaded: Issue) -> bool:
    return left == loaded and left.series_id == loaded.series_id


class IssueDocument(QObject):
    issueReplaced = Signal()  # another issue is open now (or none)
    structureChanged = Signal()  # sections or entries added, removed, moved or renamed
    entryChanged = Signal(str)  # uid of an entry whose text changed
    mastheadChanged = Signal(str)  # the masthead field that changed
    changed = Signal()  # after any change: save, re-render, recount
    focusRequested = Signal(str)  # uid of the node an undo or redo just touched
    mastheadFocusRequested = Signal(str)  # the masthead field an undo or redo just touched

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._issue: Issue | None = None
        self._readonly = False
        # one history per issue; the undo and redo actions follow the group's active stack
        self.undo_group = QUndoGroup(self)
        self._kept: dict[int, tuple[Issue, QUndoStack]] = {}  # issues left, with their histories
        self._use_stack(QUndoStack(self))

    # -- the open issue -------------------------------------------------------------

    @property
    def issue(self) -> Issue | None:
        return self._issue

    @property
    def readonly(self) -> bool:
        return self._readonly

    @property
    def undo_stack(self) -> QUndoStack:
        """The open issue's history."""
        stack = self.undo_group.activeStack()
        assert stack is not None
        return stack

    def set_issue(self, issue: Issue | None, readonly: bool = False) -> None:
        """``issue`` (as read from the archive) replaces the open one. An issue the clerk
        comes back to, unchanged in the archive since it was left, gets its undo history
        back with the very objects that history refers to; otherwise its history starts empty."""
        self._keep_history()
        kept = self._kept.pop(issue.id, None) if issue is not None and issue.id is not None else None
        if kept is not None and issue is not None and not readonly and _same_issue(kept[0], issue):
            issue, stack = kept
        else:
            if kept is not None:
                self._drop(kept[1])
            stack = QUndoStack(self)
        self._use_stack(stack)
        self._issue = issue
        self._readonly = readonly
        self.issueReplaced.emit()

    def forget_histories(self) -> None:
        """Another archive: the issues left in this one are no longer what ids name."""
        for _issue, stack in self._kept.values():
            self._drop(stack)
        self._kept.clear()

    def _keep_history(self) -> None:
        issue, stack = self._issue, self.undo_stack
        if issue is None or issue.id is None or self._readonly or stack.count() == 0:
            self._drop(stack)
            return
        self._kept.pop(issue.id, None)
        self._kept[issue.id] = (issue, stack)
        while len(self._kept) > KEPT_HISTORIES:  # the issues left longest ago go first
            self._drop(self._kept.pop(next(iter(self._kept)))[1])

    def _use_stack(self, stack: QUndoStack) -> None:
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def _drop(self, stack: QUndoStack) -> None:
        self.undo_group.removeStack(stack)
        stack.deleteLater()

    def entry(self, uid: str) -> Entry | None:
        if self._issue is None:
            return None
        found = self._issue.find_entry(uid)
        return found[0].entries[found[1]] if found else None

    def section(self, uid: str) -> Section | None:
        return self._issue.find_section(uid) if self._issue is not None else None

    def section_of(self, uid: str) -> Section | None:
        found = self._issue.find_entry(uid) if self._issue is not None else None
        return found[0] if found else None

    # -- changes (called by the undo commands) ----------------------------------------

    def _require(self) -> Issue:
        if self._issue is None:
            raise edits.EditError("no issue")
        return self._issue

    def set_entry_field(self, uid: str, field: str, value: Any) -> None:
        edits.set_entry_field(self._require(), uid, field, value)
        self.entryChanged.emit(uid)
        self.changed.emit()

    def insert_entry(self, section_uid: str, row: int, entry: Entry) -> None:
        edits.insert_entry(self._require(), section_uid, row, entry)
        self._structure_changed(entry.uid)

    def take_entry(self, uid: str) -> tuple[str, int, Entry]:
        issue = self._require()
        where = edits.take_entry(issue, uid)
        section_uid, row, _entry = where
        # the entry that took its place, else the one above, else its section: as deleting in
        # the tree selects, so that a redone delete leaves Delete on an entry, not on the section
        section = issue.find_section(section_uid)
        entries = section.entries if section is not None else []
        self._structure_changed(entries[min(row, len(entries) - 1)].uid if entries else section_uid)
        return where

    def move_entry(self, uid: str, section_uid: str, row: int) -> tuple[str, int]:
        back = edits.move_entry(self._require(), uid, section_uid, row)
        self._structure_changed(uid)
        return back

    def insert_section(self, row: int, section: Section) -> None:
        edits.insert_section(self._require(), row, section)
        self._structure_changed(section.uid)

    def take_section(self, uid: str) -> tuple[int, Section]:
        issue = self._require()
        row, section = edits.take_section(issue, uid)
        neighbour = issue.sections[min(row, len(issue.sections) - 1)].uid if issue.sections else ""
        self._structure_changed(neighbour)
        return row, section

    def move_section(self, uid: str, row: int) -> int:
        back = edits.move_section(self._require(), uid, row)
        self._structure_changed(uid)
        return back

    def rename_section(self, uid: str, title: str) -> str:
        old = edits.rename_section(self._require(), uid, title)
        self._structure_changed(uid)
        return old

    def set_masthead_field(self, field: str, value: Any) -> None:
        edits.set_masthead_field(self._require(), field, value)
        self.mastheadChanged.emit(field)
        self.changed.emit()

    def masthead_field(self, field: str) -> Any:
        return edits.masthead_field(self._require(), field)

    def _structure_changed(self, focus_uid: str) -> None:
        self.structureChanged.emit()
        self.changed.emit()
        if focus_uid:
            self.focusRequested.emit(focus_uid)
