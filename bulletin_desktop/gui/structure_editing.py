"""The 条目 menu's structure edits, on what the section tree has chosen: add, rename,
duplicate, delete and move entries and sections, and the status message pointing at Ctrl+Z.

Each edit is one undo step made by ``IssueEditing``; this object only reads the tree's
choice, picks where the new thing goes and moves the keyboard to what is edited next.
Its strings keep the window's translation context (they were the window's, and the
catalogue has them there).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .models.issue_document import IssueDocument
    from .session import Session
    from .undo_commands import IssueEditing
    from .window_panes import WindowUi


class StructureEditing:
    def __init__(self, window: QMainWindow, ui: WindowUi, document: IssueDocument, editing: IssueEditing,
                 session: Session):
        self._window, self._ui, self._document, self._editing, self._session = window, ui, document, editing, session
        self._undo_hint = ""  # the last status message pointing at Ctrl+Z (show_undo_hint)

    def _current(self) -> tuple[str, str]:
        return self._ui.sectionTree.current_uid(), self._ui.sectionTree.current_kind()

    def add_entry(self, article: bool = False) -> None:
        issue = self._document.issue
        if issue is None or self._session.readonly:
            return
        uid, kind = self._current()
        if kind == "section":
            section_uid, row = uid, -1
        elif kind in ("item", "article"):
            section, index = issue.find_entry(uid)  # type: ignore[misc]
            section_uid, row = section.uid, index + 1
        elif issue.sections:
            section_uid, row = issue.sections[-1].uid, -1
        else:
            section_uid, row = self._editing.add_section() or "", -1
        add = self._editing.add_article if article else self._editing.add_item
        if add(section_uid, row):
            self._ui.entryEditor.focus_first_field()

    def add_section(self) -> None:
        issue = self._document.issue
        if issue is None or self._session.readonly:
            return
        uid, kind = self._current()
        section = self._document.section(uid) if kind == "section" else self._document.section_of(uid)
        row = issue.sections.index(section) + 1 if section is not None else -1
        if self._editing.add_section(row):
            self._ui.entryEditor.focus_first_field()

    def rename_current(self) -> None:
        uid, kind = self._current()
        if kind == "section":
            self._ui.sectionTree.edit_current()
        elif uid:
            self._ui.entryEditor.focus_first_field()

    def edit_current(self) -> None:
        uid, kind = self._current()
        if kind == "section":
            self._ui.sectionTree.edit_current()
        elif uid:
            self._ui.entryEditor.focus_body()

    def duplicate_current(self) -> None:
        uid, kind = self._current()
        if kind == "section":
            self._editing.duplicate_section(uid)
        elif uid:
            self._editing.duplicate_entry(uid)

    def delete_current(self) -> None:
        uid, kind = self._current()
        if not uid:
            return
        tree = self._ui.sectionTree
        current = tree.currentIndex()
        if kind == "section":
            neighbours = [current.siblingAtRow(current.row() + 1), current.siblingAtRow(current.row() - 1)]
        else:
            neighbours = [tree.indexBelow(current), tree.indexAbove(current)]
        from .models.section_tree_model import UidRole

        neighbour_uids = [index.data(UidRole) for index in neighbours if index.isValid()]
        said = self._deleted_text(uid, kind)  # named before it is gone
        if kind == "section":
            self._editing.delete_section(uid)
        else:
            self._editing.delete_entry(uid)
        for neighbour in neighbour_uids:
            if tree.select_uid(neighbour):
                break
        # long enough to read after a Delete pressed unawares; it goes at the next step anyway
        self.show_undo_hint(said, 10000)

    def _deleted_text(self, uid: str, kind: str) -> str:
        """What Delete took away, named as the tree showed it: Delete acts on the tree's choice,
        which may not be what the clerk was looking at in the editor."""
        from .models.section_tree_model import entry_label_segments

        translate = QCoreApplication.translate
        if kind == "section":
            section = self._document.section(uid)
            if section is not None:
                return translate("MainWindow", "Deleted the section 【{title}】 with its {count} entries. "
                                               "Press Ctrl+Z to undo.").format(title=section.title,
                                                                                count=len(section.entries))
        else:
            section = self._document.section_of(uid)
            entry = next((e for e in section.entries if e.uid == uid), None) if section is not None else None
            if entry is not None:
                label = "".join(text for text, _bold in entry_label_segments(entry))
                return translate("MainWindow", "Deleted “{entry}”. Press Ctrl+Z to undo.").format(entry=label)
        return translate("MainWindow", "Deleted. Press Ctrl+Z to undo.")

    def show_undo_hint(self, text: str, timeout: int) -> None:
        """A status message pointing at Ctrl+Z, which undoes in the open issue only: it goes
        when another issue is opened (the window's ``_issue_replaced``), where Ctrl+Z would
        do something else, and at the next step undone, done or redone (``drop_undo_hint``)."""
        self._undo_hint = text
        self._window.statusBar().showMessage(text, timeout)

    def drop_undo_hint(self, _index: int = 0) -> None:
        # 已删除。按 Ctrl+Z 可以撤销。 still said after Ctrl+Z had brought the entry back
        status_bar = self._window.statusBar()
        if self._undo_hint and status_bar.currentMessage() == self._undo_hint:
            status_bar.clearMessage()

    def move_current(self, step: int) -> None:
        uid, kind = self._current()
        if kind == "section":
            self._editing.move_section_by(uid, step)
        elif uid:
            self._editing.move_entry_by(uid, step)

    def move_current_to_section(self) -> None:
        """条目 → 移到栏目…: the selected entry into another section of this or another issue, as one step."""
        uid, kind = self._current()
        if kind not in ("item", "article"):
            return
        from .move_to_issue import move_entry_where_chosen

        move_entry_where_chosen(self._window, self._document, self._editing, self._session, uid)

    def move_dropped_entry(self, uid: str, issue_id: int) -> None:
        """An entry dragged from the tree onto another issue in the issue list."""
        from .move_to_issue import move_dropped_entry

        move_dropped_entry(self._window, self._document, self._editing, self._session, uid, issue_id)

    def select_first_section(self) -> None:
        """A new issue or bulletin: its first section chosen, the keyboard in the tree, where
        Insert adds the first entry (the focus stayed where the clerk had clicked 新建一期)."""
        issue = self._document.issue
        if issue is not None and issue.sections:
            self._ui.sectionTree.select_uid(issue.sections[0].uid)
        self._ui.sectionTree.setFocus(Qt.FocusReason.OtherFocusReason)
