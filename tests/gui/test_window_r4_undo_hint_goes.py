"""The status bar's "已删除。按 Ctrl+Z 可以撤销。" goes once the clerk has pressed Ctrl+Z (it
stayed for its four seconds beside the entry it had brought back) or made another change;
it stays while nothing was undone."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_undo_hint_goes_with_the_undo(qtbot, window):
    tree = window.ui.sectionTree
    section = window.document.issue.sections[0]
    deleted = section.entries[1]
    tree.select_uid(deleted.uid)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    bar = window.statusBar()
    assert deleted not in section.entries
    assert "Ctrl+Z" in bar.currentMessage()
    tree.select_uid(section.entries[0].uid)  # looking elsewhere changes nothing: the hint stays
    assert "Ctrl+Z" in bar.currentMessage()

    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.uid for e in section.entries].count(deleted.uid) == 1
    assert bar.currentMessage() == ""


def test_the_new_issue_hint_stays_until_a_change(qtbot, window):
    window.action_set.new_issue.trigger()
    bar = window.statusBar()
    assert "Ctrl+Z" in bar.currentMessage()
    window.action_set.add_section.trigger()
    assert "Ctrl+Z" not in bar.currentMessage()
