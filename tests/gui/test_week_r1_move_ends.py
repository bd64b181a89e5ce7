"""上移 and 下移 (Alt+↑, Alt+↓) are offered only where they move something: the first entry of
the first section cannot go up, the last entry of the last section cannot go down, nor the
first and last sections; moving an entry there (or undoing the move) updates them."""
from __future__ import annotations

from PySide6.QtCore import Qt


def _states(window) -> tuple[bool, bool]:
    return window.action_set.move_up.isEnabled(), window.action_set.move_down.isEnabled()


def test_the_ends_of_the_issue_offer_one_way_only(window, qtbot):
    issue, tree = window.document.issue, window.ui.sectionTree
    first_entry = issue.sections[0].entries[0]
    last_entry = issue.sections[-1].entries[-1]
    tree.select_uid(first_entry.uid)
    assert _states(window) == (False, True)
    tree.select_uid(last_entry.uid)
    assert _states(window) == (True, False)
    tree.select_uid(issue.sections[0].entries[-1].uid)  # the end of a section: down goes into the next
    assert _states(window) == (True, True)
    tree.select_uid(issue.sections[0].uid)
    assert _states(window) == (False, True)
    tree.select_uid(issue.sections[-1].uid)
    assert _states(window) == (True, False)


def test_moving_to_an_end_and_back_updates_them(window, qtbot):
    issue, tree = window.document.issue, window.ui.sectionTree
    second = issue.sections[0].entries[1]
    tree.select_uid(second.uid)
    tree.setFocus()
    assert _states(window) == (True, True)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert issue.sections[0].entries[0] is second
    assert tree.current_uid() == second.uid
    assert _states(window) == (False, True)
    window.action_set.undo.trigger()
    assert issue.sections[0].entries[1] is second
    assert _states(window) == (True, True)
