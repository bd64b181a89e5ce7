"""条目 → 移到栏目…: an entry goes to another section of the issue without dragging, at the
end unless another place is chosen, as one undo step, and stays selected where it went."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu

from bulletin_desktop.gui.move_entry_dialog import MoveEntryDialog
from modal import when_modal


def _choose(section_title: str, place: int | None = None):
    def act(dialog: MoveEntryDialog) -> None:
        listed = dialog.ui.sectionList
        rows = [listed.item(r).text() for r in range(listed.count())]
        listed.setCurrentRow(rows.index(section_title))
        if place is not None:
            dialog.ui.placeBox.setCurrentIndex(dialog.ui.placeBox.findData(place))
        dialog.accept()
    return act


def test_the_entry_goes_to_the_end_of_the_chosen_section_in_one_step(window, qtbot, stored_issue):
    issue = window.document.issue
    first, last = issue.sections[0], issue.sections[-1]
    moved = first.entries[0]
    window.ui.sectionTree.select_uid(moved.uid)
    assert window.action_set.move_to_section.isEnabled()
    seen = when_modal(MoveEntryDialog, _choose(last.title))
    window.action_set.move_to_section.trigger()
    assert seen, "the chooser was not shown"
    offered = [seen[0].ui.sectionList.item(r).text() for r in range(seen[0].ui.sectionList.count())]
    assert first.title not in offered and len(offered) == len(issue.sections) - 1  # only the other sections
    assert last.entries[-1] is moved and moved not in first.entries
    assert window.ui.sectionTree.current_uid() == moved.uid  # still selected, in its new place
    window.document.undo_stack.undo()  # one step takes it back
    assert first.entries[0] is moved and moved not in last.entries
    window.document.undo_stack.redo()
    assert last.entries[-1] is moved
    window.session.flush()
    saved = stored_issue(issue.id)
    assert saved.sections[-1].entries[-1].uid == moved.uid


def test_a_chosen_place_puts_it_there(window, qtbot):
    issue = window.document.issue
    source, target = issue.sections[-1], issue.sections[0]
    moved = source.entries[0]
    before = list(target.entries)
    window.ui.sectionTree.select_uid(moved.uid)
    when_modal(MoveEntryDialog, _choose(target.title, place=1))
    window.structure.move_current_to_section()
    assert target.entries == [before[0], moved, *before[1:]]


def test_cancel_moves_nothing_and_a_section_is_not_moved(window, qtbot):
    issue = window.document.issue
    moved = issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(moved.uid)
    steps = window.document.undo_stack.count()
    when_modal(MoveEntryDialog, lambda dialog: dialog.reject())
    window.structure.move_current_to_section()
    assert issue.sections[0].entries[0] is moved and window.document.undo_stack.count() == steps
    window.ui.sectionTree.select_uid(issue.sections[0].uid)
    assert not window.action_set.move_to_section.isEnabled()  # sections move with 上移/下移


def test_it_is_in_the_entries_menu_and_the_trees_context_menu(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent

    action = window.action_set.move_to_section
    assert action in window.ui.menuEntries.actions()
    tree = window.ui.sectionTree
    entry = window.document.issue.sections[0].entries[0]
    tree.select_uid(entry.uid)
    offered: list = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_menu)
            return
        offered.extend(menu.actions())
        menu.close()

    QTimer.singleShot(0, read_menu)
    place = tree.visualRect(tree.currentIndex()).center()
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, place,
                                                              tree.viewport().mapToGlobal(place)))
    qtbot.waitUntil(lambda: bool(offered))
    assert action in offered and action.isEnabled()


def test_the_keyboard_alone_chooses_and_confirms(window, qtbot):
    from PySide6.QtCore import Qt

    issue = window.document.issue
    moved = issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(moved.uid)

    def keys(dialog: MoveEntryDialog) -> None:
        listed = dialog.ui.sectionList
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
        focused.append(listed.hasFocus())
        qtbot.keyClick(listed, Qt.Key.Key_Down)  # the second of the other sections
        qtbot.keyClick(listed, Qt.Key.Key_Return)
        if dialog.isVisible():  # Enter did not confirm: closed, so that the test ends and says so
            dialog.reject()

    focused: list[bool] = []

    seen = when_modal(MoveEntryDialog, keys)
    window.structure.move_current_to_section()
    assert seen and focused == [True]
    assert issue.sections[2].entries[-1] is moved
