"""Ctrl+Z in the find bar's fields is the window's undo: right after 全部替换, with the keyboard
still in 替换为, it takes the replacing back instead of the words typed in the field (which
left the issue replaced while the field emptied)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from bulletin_desktop.gui.text_input import type_text


def test_ctrl_z_after_replace_all_undoes_the_replacing(window, qtbot):
    window.action_set.replace.trigger()
    bar = window.ui.findBar
    bar.ui.findEdit.setFocus()
    type_text(bar.ui.findEdit, "安全")
    bar.ui.replaceEdit.setFocus()
    type_text(bar.ui.replaceEdit, "平安")
    stack = window.document.undo_stack
    bar.replace_all()  # Alt+A: the keyboard stays in 替换为
    assert bar.ui.replaceEdit.hasFocus()
    assert stack.undoText() == "替换"
    done = stack.index()
    qtbot.keyClick(bar.ui.replaceEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == done - 1
    assert bar.ui.replaceEdit.text() == "平安"
    assert bar.ui.findEdit.text() == "安全"
