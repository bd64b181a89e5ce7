"""Each issue keeps its undo history while the clerk looks at another one, and a stray
新建一期 (Ctrl+N) is undone like any other step."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from bulletin_desktop.gui.in_sight import in_sight
from bulletin_desktop.gui.text_input import type_text


def rename_first_section_in_place(qtbot, window, title: str) -> str:
    tree = window.ui.sectionTree
    uid = window.document.issue.sections[0].uid
    tree.setFocus()
    tree.select_uid(uid)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = window.focusWidget()
    editor.selectAll()
    type_text(editor, title)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # committed on the next turn of the event loop
    qtbot.waitUntil(lambda: tree.state() == tree.State.NoState)
    assert window.document.issue.sections[0].title == title
    return uid


def test_a_rename_is_undone_after_looking_at_another_issue(qtbot, window, stored_issue):
    first = window.document.issue.id
    window.action_set.new_issue.trigger()
    second = window.document.issue.id
    old = window.document.issue.sections[0].title
    rename_first_section_in_place(qtbot, window, "重点工作")
    window.ui.issueList.openRequested.emit(first)
    assert window.document.issue.id == first
    assert not window.action_set.undo.isEnabled()  # the other issue's history is not this one's
    window.ui.issueList.openRequested.emit(second)
    assert window.action_set.undo.isEnabled()
    window.action_set.undo.trigger()
    assert window.document.issue.sections[0].title == old
    window.action_set.redo.trigger()
    window.session.flush()
    assert stored_issue(second).sections[0].title == "重点工作"


def test_an_issue_changed_elsewhere_meanwhile_starts_a_new_history(qtbot, window):
    first = window.document.issue.id
    rename_first_section_in_place(qtbot, window, "重点工作")
    window.action_set.new_issue.trigger()
    archive = window.session.archive  # another view of the window writing to the issue, say
    issue = archive.load_issue(first)
    issue.office = "另一个编印单位"
    archive.save_issue(issue)
    window.ui.issueList.openRequested.emit(first)
    assert window.document.issue.office == "另一个编印单位"
    assert not window.action_set.undo.isEnabled()


def test_new_issue_is_taken_back_by_undo(qtbot, window):
    first = window.document.issue.id
    rename_first_section_in_place(qtbot, window, "重点工作")
    count = window.ui.issueList.model.rowCount()
    window.action_set.new_issue.trigger()
    new = window.document.issue.id
    assert "第53期" in window.statusBar().currentMessage() and "Ctrl+Z" in window.statusBar().currentMessage()
    assert window.action_set.undo.isEnabled()
    window.action_set.undo.trigger()
    qtbot.waitUntil(lambda: window.document.issue is not None and window.document.issue.id == first)
    assert "第53期" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.ui.issueList.model.rowCount() == count)
    assert new not in [s.id for s in window.session.summaries()]
    window.action_set.undo.trigger()  # the issue open before has its own history back
    assert window.document.issue.sections[0].title != "重点工作"
    window.action_set.new_issue.trigger()  # the number taken back is free again
    assert window.document.issue.number == 53


@pytest.mark.parametrize("keys", ["Ctrl+N", "Ctrl+S"])
def test_a_name_typed_in_place_is_kept_by_a_shortcut_that_saves(qtbot, window, stored_issue, keys):
    """Ctrl+N or Ctrl+S while the section's new name is still being typed (no Enter yet)."""
    first = window.document.issue.id
    tree = window.ui.sectionTree
    tree.setFocus()
    tree.select_uid(window.document.issue.sections[0].uid)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "重点工作")
    qtbot.keySequence(editor, QKeySequence(keys))
    assert stored_issue(first).sections[0].title == "重点工作"


def test_a_redone_delete_leaves_the_tree_on_an_entry(qtbot, window):
    """Delete, Ctrl+Z, Ctrl+Y: the entry is gone again and the tree is on its neighbour, as
    after the first Delete, not on the section, which the next Delete would remove whole."""
    tree = window.ui.sectionTree
    section = window.document.issue.sections[0]
    first, second = section.entries[0].uid, section.entries[1].uid
    tree.setFocus()
    tree.select_uid(first)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert (tree.current_kind(), tree.current_uid()) == ("item", second)
    qtbot.keySequence(tree, QKeySequence("Ctrl+Z"))
    assert tree.current_uid() == first
    qtbot.keySequence(tree, QKeySequence("Ctrl+Y"))
    assert (tree.current_kind(), tree.current_uid()) == ("item", second)


def test_the_hint_to_press_ctrl_z_goes_with_the_issue_it_was_about(qtbot, window):
    first = window.document.issue.id
    window.action_set.new_issue.trigger()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.ui.issueList.openRequested.emit(first)  # there Ctrl+Z would not take the new issue back
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("keys", ["Ctrl+N", "Ctrl+S"])
def test_a_number_typed_in_the_masthead_is_kept_by_a_shortcut_that_saves(qtbot, window, stored_issue, keys):
    """期号 and 印数 take what is typed on Enter or on leaving the box; Ctrl+N and Ctrl+S leave nothing."""
    first = window.document.issue.id
    window.ui.mastheadDock.raise_()
    spin = window.ui.mastheadPanel.ui.numberSpin
    qtbot.waitUntil(spin.isVisible)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "60")
    qtbot.keySequence(spin, QKeySequence(keys))
    assert stored_issue(first).number == 60


def test_undoing_a_masthead_change_brings_the_masthead_in_sight(qtbot, window):
    """编印单位 changed, the issue list's tab brought in front, Ctrl+Z in the tree: the step is seen."""
    window.editing.edit_masthead("office", "某某县应急管理局")
    panel, dock = window.ui.mastheadPanel, window.ui.mastheadDock
    window.ui.issueListDock.raise_()
    qtbot.waitUntil(lambda: not in_sight(dock))
    tree = window.ui.sectionTree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keySequence(tree, QKeySequence("Ctrl+Z"))
    qtbot.waitUntil(lambda: in_sight(dock))
    assert panel.ui.officeEdit.text() == "漯河市安全生产委员会办公室"
    assert tree.hasFocus()
