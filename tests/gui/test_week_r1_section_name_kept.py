"""A section's name emptied in the editor is not taken: once the clerk leaves the field it
shows again the name the tree and the preview still print, and nothing was done to undo."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_an_emptied_section_name_comes_back_on_leaving_the_field(window, qtbot):
    section = window.document.issue.sections[1]
    name = section.title
    window.ui.sectionTree.select_uid(section.uid)
    field = window.ui.entryEditor.ui.sectionTitleEdit
    field.setFocus()
    field.selectAll()
    steps = window.document.undo_stack.count()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == name
    assert window.document.issue.sections[1].title == name
    assert window.document.undo_stack.count() == steps


def test_a_name_typed_is_kept_on_leaving(window, qtbot):
    from bulletin_desktop.gui.text_input import type_text

    section = window.document.issue.sections[1]
    window.ui.sectionTree.select_uid(section.uid)
    field = window.ui.entryEditor.ui.sectionTitleEdit
    field.setFocus()
    field.selectAll()
    type_text(field, "基层动态")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "基层动态"
    assert window.document.issue.sections[1].title == "基层动态"
