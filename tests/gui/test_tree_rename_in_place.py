"""Renaming a section in the tree as the clerk does (F2, type, Enter): the name is taken as
one undo step and the focus stays in the tree, so the arrow keys go on from there (it went
to the entry editor's name field, where Down did nothing)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


def test_f2_type_enter_renames_and_keeps_the_focus_in_the_tree(qtbot, window):
    tree = window.ui.sectionTree
    issue = window.document.issue
    first, second = issue.sections[0], issue.sections[1]
    tree.setFocus()
    tree.select_uid(first.uid)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and tree.isAncestorOf(editor)
    editor.selectAll()
    editor.insert("工作动态")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.title == "工作动态")
    assert window.document.undo_stack.text(window.document.undo_stack.index() - 1) == "重命名栏目"
    qtbot.waitUntil(lambda: tree.hasFocus())
    assert tree.current_uid() == first.uid
    for _ in range(len(first.entries) + 1):  # down through its entries to the next section
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.current_uid() == second.uid


def test_leaving_the_name_for_another_field_keeps_the_focus_there(qtbot, window):
    tree = window.ui.sectionTree
    first = window.document.issue.sections[0]
    tree.setFocus()
    tree.select_uid(first.uid)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    editor.insert("工作动态")
    target = window.ui.mastheadPanel.ui.officeEdit
    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: target.isVisible())
    target.setFocus(Qt.FocusReason.MouseFocusReason)  # the clerk clicks into the masthead
    qtbot.waitUntil(lambda: first.title == "工作动态")
    assert target.hasFocus()
