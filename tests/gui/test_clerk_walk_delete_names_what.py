"""Delete in the tree says what it took away (the entry as the tree showed it, or the section
with how many entries went with it) and points at Ctrl+Z: Delete acts on the tree's choice,
which may not be what the clerk was reading in the editor."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_deleting_an_entry_names_it(qtbot, window):
    tree = window.ui.sectionTree
    entry = window.document.issue.sections[0].entries[1]  # 11月17日，舞阳县县长朱曙光…
    tree.select_uid(entry.uid)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    said = window.statusBar().currentMessage()
    assert said.startswith("已删除“11月17日，舞阳县") and "Ctrl+Z" in said


def test_deleting_a_section_says_how_many_entries_went(qtbot, window):
    tree = window.ui.sectionTree
    section = window.document.issue.sections[2]
    count = len(section.entries)
    tree.select_uid(section.uid)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    said = window.statusBar().currentMessage()
    assert f"【{section.title}】" in said and f"{count} 条" in said and "Ctrl+Z" in said
