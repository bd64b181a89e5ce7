"""Ctrl+D (复制一份) acts in the tree, as Delete, F2 and Alt+↑↓ do: pressed while typing in an
entry it does not make a copy and put the editor on it, where the clerk would go on typing
into the copy unawares. The 条目 menu's item still copies what the tree has chosen."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_ctrl_d_while_typing_copies_nothing(window, qtbot):
    section = window.document.issue.sections[0]
    entry = section.entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    count = len(section.entries)
    qtbot.keyClick(body, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(section.entries) == count
    assert window.ui.entryEditor.current_uid == entry.uid


def test_ctrl_d_in_the_tree_copies_the_entry_chosen(window, qtbot):
    section = window.document.issue.sections[0]
    entry = section.entries[0]
    tree = window.ui.sectionTree
    tree.select_uid(entry.uid)
    tree.setFocus()
    count = len(section.entries)
    qtbot.keyClick(tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(section.entries) == count + 1
    assert section.entries[1].text == entry.text
    window.ui.entryEditor.ui.itemBody.setFocus()
    window.action_set.duplicate.trigger()  # the menu item, wherever the keyboard is
    assert len(section.entries) == count + 2
