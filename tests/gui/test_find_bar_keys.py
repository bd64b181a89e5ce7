"""The find bar's keys: Esc gives the focus back to the field it came from, F3 / Shift+F3 step
through the matches."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _first_item(window):
    entry = next(entry for _section, entry in window.document.issue.entries() if hasattr(entry, "unit"))
    window.ui.sectionTree.select_uid(entry.uid)
    return window.ui.entryEditor.ui


def test_esc_gives_the_focus_back_to_the_field_it_came_from(window, qtbot):
    editor = _first_item(window)
    editor.unitEdit.setFocus()
    qtbot.waitUntil(editor.unitEdit.hasFocus)
    qtbot.keyClick(editor.unitEdit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.ui.findBar
    assert bar.isVisible() and bar.ui.findEdit.hasFocus()
    qtbot.keyClick(bar.ui.findEdit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is editor.unitEdit


def test_esc_from_the_tree_goes_back_to_the_tree(window, qtbot):
    _first_item(window)
    tree = window.ui.sectionTree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.ui.findBar.ui.findEdit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is tree


def test_f3_and_shift_f3_step_through_the_matches(window, qtbot):
    _first_item(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.ui.findBar
    bar.ui.findEdit.setText("的")
    total = len(bar.matches())
    assert total >= 3
    first = bar.ui.matchLabel.text()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    second = bar.ui.matchLabel.text()
    assert second != first
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.ui.matchLabel.text() == first


def test_esc_on_a_button_of_the_bar_closes_it_too(window, qtbot):
    """Ctrl+H, Tab to 全部替换, Space, Esc: the bar closes, the focus back in the tree."""
    _first_item(window)
    tree = window.ui.sectionTree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.ui.findBar
    button = bar.ui.replaceAllButton
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is tree
