"""A new section named from the keyboard: Ctrl+Shift+N, the name typed, Enter — and the
keyboard is back in the tree on that section, where Insert adds its first entry."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bulletin_desktop.gui.text_input import type_text


def test_enter_after_naming_a_section_goes_back_to_the_tree(window, qtbot):
    tree = window.ui.sectionTree
    tree.select_uid(window.document.issue.sections[0].uid)
    tree.setFocus()
    window.action_set.add_section.trigger()
    field = window.ui.entryEditor.ui.sectionTitleEdit
    assert QApplication.focusWidget() is field
    type_text(field, "基层动态")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    section = window.document.issue.sections[1]
    assert section.title == "基层动态"
    assert QApplication.focusWidget() is tree
    assert tree.current_uid() == section.uid

    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert len(section.entries) == 1
    assert QApplication.focusWidget() is window.ui.entryEditor.ui.dateEdit
