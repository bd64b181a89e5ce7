"""Undo commands for every edit, and ``IssueEditing``: the operations the window offers,
each pushed onto the document's undo stack.

Consecutive typing in one field merges into one step until the clerk pauses or moves to
another field; structural edits are one step each. Commands change the issue only
through ``IssueDocument``, which notifies the views.
"""
from __future__ import annotations

import copy
import time
import weakref
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.model import Entry, Section
from ..core import edits
from ..core.positions import Position
from .models.issue_document import IssueDocument

translate = QCoreApplication.translate

TYPING_PAUSE_S = 1.5
"""Typing after a pause this long starts a new undo step."""

_TYPING_ID = 1
_MASTHEAD_ID = 2
_RENAME_ID = 3



class _DocumentCommand(QUndoCommand):
    """A step on the open issue. It refers to its document weakly: the document's undo
    stack owns the command, and a strong reference back would make a cycle that Python
    cannot collect, so stack and commands would be torn down during interpreter shutdown
    in no particular order, which crashes."""

    def __init__(self, doc: IssueDocument, text: str):
        super().__init__(text)
        self._doc = weakref.ref(doc)

    @property
    def doc(self) -> IssueDocument:
        doc = self._doc()
        assert doc is not None, "an undo command outlived its document"
        return doc


class _TypingCommand(_DocumentCommand):
    """Sets one value; merges with the next command for the same target while typing goes on."""

    merge_id = -1

    def __init__(self, doc: IssueDocument, key: tuple, old: Any, new: Any, text: str, mergeable: bool,
                 clock: Callable[[], float]):
        super().__init__(doc, text)
        self.key = key
        self.old = old
        self.new = new
        self.mergeable = mergeable
        self.clock = clock
        self.last_edit = clock()

    def id(self) -> int:
        return self.merge_id if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)) or other.key != self.key or not other.mergeable:
            return False
        if other.last_edit - self.last_edit > TYPING_PAUSE_S:
            return False
        self.new = other.new
        self.last_edit = other.last_edit
        self.setObsolete(self.new == self.old)
        return True


class EditEntryCommand(_TypingCommand):
    merge_id = _TYPING_ID

    def __init__(self, doc: IssueDocument, uid: str, field: str, old: Any, new: Any, text: str,
                 mergeable: bool, clock: Callable[[], float] = time.monotonic):
        super().__init__(doc, (uid, field), old, new, text, mergeable, clock)
        self.uid = uid
        self.field = field
        self._first = True

    # the entry is brought into the editor before its text changes, so that the editor sees
    # the change and leaves the cursor where it was made, not at the end of the text (the
    # clerk had gone on to another entry before pressing Ctrl+Z)
    def redo(self) -> None:
        if not self._first:
            self.doc.focusRequested.emit(self.uid)
        self._first = False
        self.doc.set_entry_field(self.uid, self.field, self.new)

    def undo(self) -> None:
        self.doc.focusRequested.emit(self.uid)
        self.doc.set_entry_field(self.uid, self.field, self.old)


class MastheadCommand(_TypingCommand):
    merge_id = _MASTHEAD_ID

    def __init__(self, doc: IssueDocument, field: str, old: Any, new: Any, text: str, mergeable: bool,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(doc, (field,), old, new, text, mergeable, clock)
        self.field = field
        self._first = True

    def redo(self) -> None:
        self.doc.set_masthead_field(self.field, self.new)
        if not self._first:
            self.doc.mastheadFocusRequested.emit(self.field)
        self._first = False

    def undo(self) -> None:
        self.doc.set_masthead_field(self.field, self.old)
        self.doc.mastheadFocusRequested.emit(self.field)


class RenameSectionCommand(_TypingCommand):
    merge_id = _RENAME_ID

    def __init__(self, doc: IssueDocument, uid: str, old: str, new: str, text: str, mergeable: bool,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(doc, (uid,), old, new, text, mergeable, clock)
        self.uid = uid

    def redo(self) -> None:
        self.doc.rename_section(self.uid, self.new)

    def undo(self) -> None:
        self.doc.rename_section(self.uid, self.old)


class InsertEntryCommand(_DocumentCommand):
    def __init__(self, doc: IssueDocument, section_uid: str, row: int, entry: Entry, text: str):
        super().__init__(doc, text)
        self.section_uid, self.row, self.entry = section_uid, row, entry

    def redo(self) -> None:
        self.doc.insert_entry(self.section_uid, self.row, self.entry)

    def undo(self) -> None:
        self.doc.take_entry(self.entry.uid)


class DeleteEntryCommand(_DocumentCommand):
    def __init__(self, doc: IssueDocument, uid: str, text: str):
        super().__init__(doc, text)
        self.uid = uid
        self.where: tuple[str, int, Entry] | None = None

    def redo(self) -> None:
        self.where = self.doc.take_entry(self.uid)

    def undo(self) -> None:
        assert self.where is not None
        section_uid, row, entry = self.where
        self.doc.insert_entry(section_uid, row, entry)


class MoveEntryCommand(_DocumentCommand):
    def __init__(self, doc: IssueDocument, uid: str, section_uid: str, row: int, text: str):
        super().__init__(doc, text)
        self.uid, self.section_uid, self.row = uid, section_uid, row
        self.back: tuple[str, int] | None = None

    def redo(self) -> None:
        self.back = self.doc.move_entry(self.uid, self.section_uid, self.row)

    def undo(self) -> None:
        assert self.back is not None
        self.doc.move_entry(self.uid, *self.back)


class InsertSectionCommand(_DocumentCommand):
    def __init__(self, doc: IssueDocument, row: int, section: Section, text: str):
        super().__init__(doc, text)
        self.row, self.section = row, section

    def redo(self) -> None:
        self.doc.insert_section(self.row, self.section)

    def undo(self) -> None:
        self.doc.take_section(self.section.uid)


class DeleteSectionCommand(_DocumentCommand):
    def __init__(self, doc: IssueDocument, uid: str, text: str):
        super().__init__(doc, text)
        self.uid = uid
        self.where: tuple[int, Section] | None = None

    def redo(self) -> None:
        self.where = self.doc.take_section(self.uid)

    def undo(self) -> None:
        assert self.where is not None
        self.doc.insert_section(*self.where)


class MoveSectionCommand(_DocumentCommand):
    def __init__(self, doc: IssueDocument, uid: str, row: int, text: str):
        super().__init__(doc, text)
        self.uid, self.row = uid, row
        self.back: int | None = None

    def redo(self) -> None:
        self.back = self.doc.move_section(self.uid, self.row)

    def undo(self) -> None:
        assert self.back is not None
        self.doc.move_section(self.uid, self.back)


class StartIssueCommand(_DocumentCommand):
    """新建一期 as the first step of the new issue's history: the issue is stored already,
    so redoing it does nothing; undoing it hands the issue's id to ``take_back`` (held
    weakly, as the document is) with the issue open before it, which lets the new issue go
    and reopens that one."""

    def __init__(self, doc: IssueDocument, issue_id: int, previous_id: int | None,
                 take_back: Callable[[int, int | None], object], text: str):
        super().__init__(doc, text)
        self.issue_id, self.previous_id = issue_id, previous_id
        self._take_back = weakref.WeakMethod(take_back)

    def redo(self) -> None:
        pass

    def undo(self) -> None:
        take_back = self._take_back()
        if take_back is not None:
            issue_id, previous_id = self.issue_id, self.previous_id
            # later, not from inside this stack's undo: another issue replaces this stack
            QTimer.singleShot(0, self.doc, lambda: take_back(issue_id, previous_id))


class ReplaceCommand(_DocumentCommand):
    """Text replaced in several fields (全部替换, or one match): one step, undone all at once."""

    def __init__(self, doc: IssueDocument, changes: list[edits.Replacement], text: str):
        super().__init__(doc, text)
        self.changes = changes
        self._first = True

    def _set(self, change: edits.Replacement, value: Any) -> None:
        # through the document, which tells the views; named as edits.set_value names fields
        if not change.uid:
            self.doc.set_masthead_field(change.field, value)
        elif change.field == "section":
            self.doc.rename_section(change.uid, value)
        else:
            self.doc.set_entry_field(change.uid, change.field, value)

    def _show(self) -> None:
        """As a typed step is undone where it was typed: the first place changed brought in
        sight (the masthead panel in front for the masthead and the closing block), so that
        Ctrl+Z is seen to do something when the fix was made elsewhere than the clerk is now."""
        first = self.changes[0] if self.changes else None
        if first is None:
            return
        if not first.uid:
            self.doc.mastheadFocusRequested.emit(first.field)
        else:
            self.doc.focusRequested.emit(first.uid)

    def redo(self) -> None:
        if not self._first:
            self._show()  # first, as a typed step: the cursor stays at the change
        self._first = False
        for change in self.changes:
            self._set(change, change.new)

    def undo(self) -> None:
        self._show()
        for change in reversed(self.changes):
            self._set(change, change.old)


# QT_TRANSLATE_NOOP returns its text unchanged (typed as object); lupdate collects it from here.
_ENTRY_FIELD_TEXT = {
    "date": QT_TRANSLATE_NOOP("UndoCommands", "Edit date"),
    "unit": QT_TRANSLATE_NOOP("UndoCommands", "Edit reporting unit"),
    "mark": QT_TRANSLATE_NOOP("UndoCommands", "Edit number or title before the date"),
    "body": QT_TRANSLATE_NOOP("UndoCommands", "Typing"),
    "title": QT_TRANSLATE_NOOP("UndoCommands", "Edit article title"),
    "paragraphs": QT_TRANSLATE_NOOP("UndoCommands", "Typing"),
}

_MASTHEAD_TEXT = {
    "series": QT_TRANSLATE_NOOP("UndoCommands", "Edit bulletin name"),
    "series_id": QT_TRANSLATE_NOOP("UndoCommands", "Choose bulletin"),
    "number": QT_TRANSLATE_NOOP("UndoCommands", "Change issue number"),
    "year_number": QT_TRANSLATE_NOOP("UndoCommands", "Change number within the year"),
    "special": QT_TRANSLATE_NOOP("UndoCommands", "Edit special series"),
    "date": QT_TRANSLATE_NOOP("UndoCommands", "Change issue date"),
    "office": QT_TRANSLATE_NOOP("UndoCommands", "Edit issuing office"),
    "signoff": QT_TRANSLATE_NOOP("UndoCommands", "Edit sign-off"),
    "distribution": QT_TRANSLATE_NOOP("UndoCommands", "Edit distribution"),
    "print_copies": QT_TRANSLATE_NOOP("UndoCommands", "Change print run"),
    "marking": QT_TRANSLATE_NOOP("UndoCommands", "Edit marks above the name"),
}


class IssueEditing:
    """What the clerk can do to the open issue; each call is one undoable step (or
    merges into the typing step before it)."""

    def __init__(self, doc: IssueDocument, clock: Callable[[], float] = time.monotonic):
        self.doc = doc
        self.clock = clock

    @property
    def stack(self) -> QUndoStack:
        return self.doc.undo_stack  # the open issue's: each issue has its own

    def _can_edit(self) -> bool:
        return self.doc.issue is not None and not self.doc.readonly

    # -- typing ---------------------------------------------------------------------

    def edit_entry(self, uid: str, field: str, value: Any, change: str = "typing") -> None:
        """``change`` is "typing" (merges with the typing before it), "bold", "paste" or
        "proofread" (a suggestion applied or a clean-up)."""
        entry = self.doc.entry(uid)
        if entry is None or not self._can_edit():
            return
        old = edits.entry_field(entry, field)
        if old == value:
            return
        text = {"bold": translate("UndoCommands", "Bold"), "paste": translate("UndoCommands", "Paste"),
                "proofread": translate("UndoCommands", "Proofreading fix")}.get(change) or translate("UndoCommands", str(_ENTRY_FIELD_TEXT[field]))
        self.stack.push(EditEntryCommand(self.doc, uid, field, copy.copy(old), value, text,
                                         mergeable=change == "typing", clock=self.clock))

    def edit_masthead(self, field: str, value: Any) -> None:
        if not self._can_edit():
            return
        old = self.doc.masthead_field(field)
        if old == value:
            return
        # spin boxes, the form list and the calendar commit whole values
        mergeable = field not in ("number", "year_number", "date", "print_copies")
        self.stack.push(MastheadCommand(self.doc, field, old, value, translate("UndoCommands", str(_MASTHEAD_TEXT[field])), mergeable,
                                        clock=self.clock))

    def choose_series(self, series_id: int, name: str) -> None:
        """Put the issue in another series of the archive: its id and its name, one step."""
        if not self._can_edit() or self.doc.masthead_field("series_id") == series_id:
            return
        self.stack.beginMacro(translate("UndoCommands", str(_MASTHEAD_TEXT["series_id"])))
        for field, value in (("series_id", series_id), ("series", name)):
            self.stack.push(MastheadCommand(self.doc, field, self.doc.masthead_field(field), value,
                                            translate("UndoCommands", str(_MASTHEAD_TEXT[field])), False,
                                            clock=self.clock))
        self.stack.endMacro()

    def mark_started(self, previous_id: int | None, take_back: Callable[[int, int | None], object]) -> None:
        """The open issue was just started (新建一期) while ``previous_id`` was open: that is
        the first step of its history, undone by ``take_back(issue id, previous_id)``, a
        bound method."""
        issue = self.doc.issue
        if issue is not None and issue.id is not None and self._can_edit():
            self.stack.push(StartIssueCommand(self.doc, issue.id, previous_id, take_back,
                                              translate("UndoCommands", "New issue")))

    def rename_section(self, uid: str, title: str) -> None:
        section = self.doc.section(uid)
        if section is None or not self._can_edit() or section.title == title:
            return
        self.stack.push(RenameSectionCommand(self.doc, uid, section.title, title, translate("UndoCommands", "Rename section"),
                                             mergeable=True, clock=self.clock))

    def replace(self, matches: list[Position], new: str) -> int:
        """Replace these find matches (found in the issue as it is now) by ``new``, as one
        step; how many places changed (none in a final or read-only issue)."""
        if not self._can_edit():
            return 0
        changes = edits.replacements(self.doc.issue, matches, new)  # type: ignore[arg-type]
        if changes:
            self.stack.push(ReplaceCommand(self.doc, changes, translate("UndoCommands", "Replace")))
        return edits.replaced_count(changes)

    # -- structure ------------------------------------------------------------------

    def add_item(self, section_uid: str, row: int = -1) -> str | None:
        return self._add_entry(section_uid, row, edits.new_item(), translate("UndoCommands", "Add entry"))

    def add_article(self, section_uid: str, row: int = -1) -> str | None:
        return self._add_entry(section_uid, row, edits.new_article(), translate("UndoCommands", "Add article"))

    def _add_entry(self, section_uid: str, row: int, entry: Entry, text: str) -> str | None:
        section = self.doc.section(section_uid)
        if section is None or not self._can_edit():
            return None
        if row < 0 or row > len(section.entries):
            row = len(section.entries)
        self.stack.push(InsertEntryCommand(self.doc, section_uid, row, entry, text))
        return entry.uid

    def insert_entries(self, section_uid: str, row: int, entries: list[Entry], text: str) -> bool:
        """Several new entries at ``row`` (-1: the end) of a section as one undo step (adopting
        a submission's candidate entries)."""
        section = self.doc.section(section_uid)
        if section is None or not entries or not self._can_edit():
            return False
        if row < 0 or row > len(section.entries):
            row = len(section.entries)
        self.stack.beginMacro(text)
        for offset, entry in enumerate(entries):
            self.stack.push(InsertEntryCommand(self.doc, section_uid, row + offset, entry, text))
        self.stack.endMacro()
        return True

    def insert_pasted_after(self, uid: str, entries: list[Entry]) -> bool:
        """The further entries a paste into entry ``uid`` held, right after it, as one step."""
        issue = self.doc.issue
        found = issue.find_entry(uid) if issue is not None else None
        if found is None:
            return False
        section, row = found
        return self.insert_entries(section.uid, row + 1, entries, translate("UndoCommands", "Paste"))

    def duplicate_entry(self, uid: str) -> str | None:
        entry = self.doc.entry(uid)
        if entry is None or not self._can_edit():
            return None
        section, row = self.doc.issue.find_entry(uid)  # type: ignore[union-attr, misc]
        duplicate = edits.copy_entry(entry)
        self.stack.push(InsertEntryCommand(self.doc, section.uid, row + 1, duplicate, translate("UndoCommands", "Duplicate entry")))
        return duplicate.uid

    def delete_entry(self, uid: str) -> None:
        if self.doc.entry(uid) is None or not self._can_edit():
            return
        self.stack.push(DeleteEntryCommand(self.doc, uid, translate("UndoCommands", "Delete entry")))

    def move_entry(self, uid: str, section_uid: str, row: int) -> None:
        found = self.doc.issue.find_entry(uid) if self._can_edit() else None  # type: ignore[union-attr]
        target = self.doc.section(section_uid)
        if found is None or target is None:
            return
        section, old_row = found
        if row < 0 or row > len(target.entries):
            row = len(target.entries)
        if section is target and row in (old_row, old_row + 1):
            return  # dropped where it already is
        self.stack.push(MoveEntryCommand(self.doc, uid, section_uid, row, translate("UndoCommands", "Move entry")))

    def move_entry_by(self, uid: str, step: int) -> None:
        """Up or down one place; past the end of a section into the neighbouring one."""
        target = self._entry_step_target(uid, step)
        if target is not None:
            self.move_entry(uid, *target)

    def _entry_step_target(self, uid: str, step: int) -> tuple[str, int] | None:
        """Where one step up or down takes the entry (its section, the row as a drop
        counts it), or None at the top of the first section or the end of the last."""
        issue = self.doc.issue
        found = issue.find_entry(uid) if issue is not None else None
        if issue is None or found is None:
            return None
        section, row = found
        s_index = edits.section_index(issue, section.uid)
        if step < 0:
            if row > 0:
                return section.uid, row - 1
            return (issue.sections[s_index - 1].uid, -1) if s_index > 0 else None
        if row < len(section.entries) - 1:
            return section.uid, row + 2
        return (issue.sections[s_index + 1].uid, 0) if s_index < len(issue.sections) - 1 else None

    def can_move_by(self, uid: str, step: int) -> bool:
        """Whether 上移 (``step`` -1) or 下移 (1) would move the entry or section ``uid``:
        the menu items are disabled where they would do nothing."""
        if not self._can_edit():
            return False
        if self.doc.section(uid) is not None:
            row = edits.section_index(self.doc.issue, uid)  # type: ignore[arg-type]
            return row > 0 if step < 0 else row < len(self.doc.issue.sections) - 1  # type: ignore[union-attr]
        return self._entry_step_target(uid, step) is not None

    def add_section(self, row: int = -1, title: str = "") -> str | None:
        if not self._can_edit():
            return None
        issue = self.doc.issue
        if row < 0 or row > len(issue.sections):  # type: ignore[union-attr]
            row = len(issue.sections)  # type: ignore[union-attr]
        section = Section(title or translate("UndoCommands", "New section"))
        self.stack.push(InsertSectionCommand(self.doc, row, section, translate("UndoCommands", "Add section")))
        return section.uid

    def duplicate_section(self, uid: str) -> str | None:
        section = self.doc.section(uid)
        if section is None or not self._can_edit():
            return None
        row = edits.section_index(self.doc.issue, uid)  # type: ignore[arg-type]
        duplicate = edits.copy_section(section)
        self.stack.push(InsertSectionCommand(self.doc, row + 1, duplicate, translate("UndoCommands", "Duplicate section")))
        return duplicate.uid

    def delete_section(self, uid: str) -> None:
        if self.doc.section(uid) is None or not self._can_edit():
            return
        self.stack.push(DeleteSectionCommand(self.doc, uid, translate("UndoCommands", "Delete section")))

    def move_section(self, uid: str, row: int) -> None:
        if self.doc.section(uid) is None or not self._can_edit():
            return
        issue = self.doc.issue
        old_row = edits.section_index(issue, uid)  # type: ignore[arg-type]
        if row < 0 or row > len(issue.sections):  # type: ignore[union-attr]
            row = len(issue.sections)  # type: ignore[union-attr]
        if row in (old_row, old_row + 1):
            return
        self.stack.push(MoveSectionCommand(self.doc, uid, row, translate("UndoCommands", "Move section")))

    def move_section_by(self, uid: str, step: int) -> None:
        if self.doc.section(uid) is None:
            return
        row = edits.section_index(self.doc.issue, uid)  # type: ignore[arg-type]
        self.move_section(uid, row - 1 if step < 0 else row + 2)
