"""Bringing a place of an issue before the clerk: a hit of the archive search or an entry the
statistics list (the issue opened first), a match of the find bar, a masthead field that
undo changed; and where the keyboard goes back to when the find bar or the search closes."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from ..core.positions import Position
    from .models.issue_document import IssueDocument
    from .window_panes import WindowUi


class ShowingPlaces:
    def __init__(self, ui: WindowUi, document: IssueDocument, open_issue: Callable[[int], None]):
        self._ui, self._document, self._open_issue = ui, document, open_issue

    def show_search_hit(self, hit, terms: list[str]) -> None:
        """Open the hit's issue at its entry, the first occurrence of a term selected."""
        self._open_issue(hit.issue_id)
        issue = self._document.issue
        if issue is None or issue.id != hit.issue_id:
            return
        from ..core.find import find_in_entry

        match = find_in_entry(issue, hit.entry_uid, terms)
        if match is not None:
            self.show_match(match)
        else:  # a term spanning the date and the text: the entry itself
            self._ui.sectionTree.select_uid(hit.entry_uid)

    def show_entry(self, issue_id: int, uid: str) -> None:
        """Open an issue at one of its entries (the statistics' unattributed entries)."""
        self._open_issue(issue_id)
        issue = self._document.issue
        if issue is not None and issue.id == issue_id:
            self._ui.sectionTree.select_uid(uid)

    def show_match(self, match: Position) -> None:
        ui = self._ui
        if match.kind in ("masthead", "closing"):
            ui.mastheadDock.show()
            ui.mastheadDock.raise_()
            ui.mastheadPanel.select_position(match)
            return
        ui.sectionTree.select_uid(match.uid)
        ui.entryEditor.select_position(match)

    def show_masthead_field(self, field: str) -> None:
        """Undo or redo changed the masthead: its panel in front, the field in sight, so that
        the step is seen (the focus stays where the clerk presses Ctrl+Z)."""
        ui = self._ui
        ui.mastheadDock.show()
        ui.mastheadDock.raise_()
        ui.mastheadPanel.show_field(field)

    def find_closed(self) -> None:
        """Esc in the find bar: typing goes on where it was, else in the entry's text."""
        target = self._ui.findBar.came_from()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.back_to_editing()

    def back_to_editing(self) -> None:
        """The focus in the entry's text, else in the tree (Esc from the find bar or the search panel)."""
        if self._ui.entryEditor.active_body() is not None:
            self._ui.entryEditor.focus_body()
        else:
            self._ui.sectionTree.setFocus(Qt.FocusReason.OtherFocusReason)
