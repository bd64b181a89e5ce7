"""Ctrl+Z after the clerk has moved on: the step is undone where it was made. Words typed
into one entry, then another entry chosen: Ctrl+Z shows the first entry with the cursor
at the place of the words taken out (not at the end of its text), and Ctrl+Y puts them
back with the cursor after them. 全部替换 undone leaves nothing saying "已替换 N 处"."""
from __future__ import annotations

from bulletin_desktop.gui.text_input import type_text


def _items(window):
    return [entry for _section, entry in window.document.issue.entries() if not hasattr(entry, "paragraphs")]


def test_undoing_typing_after_choosing_another_entry_puts_the_cursor_at_the_typing(window, qtbot):
    first, second = _items(window)[:2]
    tree, body = window.ui.sectionTree, window.ui.entryEditor.ui.itemBody
    tree.select_uid(first.uid)
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(6)
    body.setTextCursor(cursor)
    type_text(body, "及时")
    assert body.toPlainText()[6:8] == "及时"
    tree.select_uid(second.uid)
    tree.setFocus()

    window.action_set.undo.trigger()
    assert window.ui.entryEditor.current_uid == first.uid
    assert "及时" not in body.toPlainText()[6:8]
    assert body.textCursor().position() == 6

    tree.select_uid(second.uid)
    window.action_set.redo.trigger()
    assert window.ui.entryEditor.current_uid == first.uid
    assert body.toPlainText()[6:8] == "及时"
    assert body.textCursor().position() == 8


def test_undoing_a_replacement_in_another_entry_puts_the_cursor_at_it(window, qtbot):
    first, second = _items(window)[:2]
    tree, body = window.ui.sectionTree, window.ui.entryEditor.ui.itemBody
    tree.select_uid(second.uid)
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(3)
    body.setTextCursor(cursor)
    type_text(body, "QXZ")  # a word found in this entry only
    typed = body.toPlainText()
    window.action_set.replace.trigger()
    bar = window.ui.findBar
    bar.ui.findEdit.setText("QXZ")
    bar.ui.replaceEdit.setText("甲")
    bar.ui.replaceAllButton.click()
    tree.select_uid(first.uid)
    tree.setFocus()

    window.action_set.undo.trigger()
    assert window.ui.entryEditor.current_uid == second.uid
    assert body.toPlainText() == typed
    assert body.textCursor().position() == 6


def test_undoing_replace_all_takes_back_what_was_said(window, qtbot):
    window.action_set.replace.trigger()
    bar = window.ui.findBar
    bar.ui.findEdit.setText("安全")
    bar.ui.replaceEdit.setText("平安")
    bar.ui.replaceAllButton.click()
    said = bar.ui.matchLabel.text()
    assert said and window.statusBar().currentMessage().startswith(said)
    said_below = window.statusBar().currentMessage()

    window.action_set.undo.trigger()
    assert bar.ui.matchLabel.text() != said
    assert window.statusBar().currentMessage() != said_below
