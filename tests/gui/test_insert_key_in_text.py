"""Insert makes a new entry from the tree; typed in 正文 (or another text field) it does not."""
from __future__ import annotations

from PySide6.QtCore import Qt


def _entries(window) -> int:
    return sum(1 for _section, _entry in window.document.issue.entries())


def test_insert_in_the_text_makes_no_entry_and_in_the_tree_does(window, qtbot):
    before = _entries(window)
    window.activateWindow()
    window.ui.entryEditor.focus_body()
    body = window.ui.entryEditor.active_body()
    qtbot.waitUntil(body.hasFocus)
    qtbot.keyClick(body, Qt.Key.Key_Insert)
    assert _entries(window) == before

    tree = window.ui.sectionTree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    assert _entries(window) == before + 1
