"""条目 → 移到栏目… in the bulletin's newest issue: next week's issue, not started yet, is offered
right after this one; choosing it starts it (as 新建一期 would) with the entry in it, in one
transaction; Ctrl+Z moves the entry back and leaves the new issue."""
from __future__ import annotations

from bulletin_desktop.gui.move_entry_dialog import MoveEntryDialog
from modal import when_modal


def test_the_entry_starts_next_weeks_issue(window, qtbot, stored_issue):
    issue = window.document.issue
    moved = issue.sections[1].entries[0]
    window.ui.sectionTree.select_uid(moved.uid)
    shown: list = []

    def choose_new(dialog: MoveEntryDialog) -> None:
        box = dialog.ui.issueBox
        shown.append([box.itemText(row) for row in range(box.count())])
        box.setCurrentIndex(1)
        shown.append(dialog.ui.sectionList.currentItem().text())
        dialog.accept()

    when_modal(MoveEntryDialog, choose_new)
    window.structure.move_current_to_section()
    items, section = shown
    assert len(items) == 2 and "53" in items[1]  # this issue, then the next one of the bulletin
    assert section == issue.sections[1].title  # its section of the same name (it takes over this one's)
    started = [s for s in window.session.summaries() if s.number == 53]
    assert len(started) == 1
    there = stored_issue(started[0].id).find_entry(moved.uid)
    assert there is not None and there[0].title == section
    assert window.document.issue.find_entry(moved.uid) is None and stored_issue(issue.id).find_entry(moved.uid) is None
    window.document.undo_stack.undo()
    assert window.document.issue.find_entry(moved.uid) is not None
    assert stored_issue(issue.id).find_entry(moved.uid) is not None
    assert not list(stored_issue(started[0].id).entries())  # the new issue stays, empty


def test_it_is_not_offered_when_a_later_issue_exists(window, qtbot):
    window.issues.new_issue()  # 第53期, opened
    later = window.document.issue.id
    first = next(s.id for s in window.session.summaries() if s.id != later)
    window.session.open_issue(first)
    window.ui.sectionTree.select_uid(window.document.issue.sections[0].entries[0].uid)
    seen: list = []

    def look(dialog: MoveEntryDialog) -> None:
        box = dialog.ui.issueBox
        seen.append([box.itemData(row) for row in range(box.count())])
        dialog.reject()

    when_modal(MoveEntryDialog, look)
    window.structure.move_current_to_section()
    assert seen == [[None, later]]
