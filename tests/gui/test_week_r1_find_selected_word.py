"""Ctrl+F or Ctrl+H with a few words selected in an entry: they are what is looked for (the
find field holds them, Ctrl+H's replace field takes the typing). A selection running over a
paragraph break is no search: the field keeps what it had."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _select_in_body(window, start: int, end: int):
    entry = next(entry for _section, entry in window.document.issue.entries() if not hasattr(entry, "paragraphs"))
    window.ui.sectionTree.select_uid(entry.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    return body


def test_ctrl_f_looks_for_the_words_selected(window, qtbot):
    body = _select_in_body(window, 3, 6)
    word = body.textCursor().selectedText()
    window.action_set.find.trigger()
    bar = window.ui.findBar
    assert bar.ui.findEdit.text() == word
    assert bar.ui.matchLabel.text()  # 第 1 处，共 N 处


def test_ctrl_h_takes_the_words_selected_and_waits_for_the_new_text(window, qtbot):
    body = _select_in_body(window, 3, 6)
    word = body.textCursor().selectedText()
    window.action_set.replace.trigger()
    bar = window.ui.findBar
    assert bar.ui.findEdit.text() == word
    assert QApplication.focusWidget() is bar.ui.replaceEdit


def test_nothing_selected_keeps_the_last_search(window, qtbot):
    window.action_set.find.trigger()
    bar = window.ui.findBar
    bar.ui.findEdit.setText("检查")
    bar.close_bar()
    _select_in_body(window, 3, 3)
    window.action_set.find.trigger()
    assert bar.ui.findEdit.text() == "检查"


def test_an_article_selection_over_two_paragraphs_is_no_search(window, qtbot):
    article = next(entry for _section, entry in window.document.issue.entries() if hasattr(entry, "paragraphs"))
    window.ui.sectionTree.select_uid(article.uid)
    body = window.ui.entryEditor.ui.articleBody
    second = body.document().findBlockByNumber(1)
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(second.position() - 3)
    cursor.setPosition(second.position() + 2, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    window.action_set.find.trigger()
    assert window.ui.findBar.ui.findEdit.text() == ""
