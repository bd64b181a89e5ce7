"""加粗 undone or redone selects the characters whose weight it changed, as they were selected
when the clerk bolded them, instead of sending the cursor to the end of the text; in an
article's paragraphs as in an entry's one."""
from __future__ import annotations

from PySide6.QtCore import Qt

from bulletin_desktop.gui.field_edit import weight_changed_span
from bulletin_desktop.core.richtext import Run


def _select(body, start: int, end: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def _selection(body) -> tuple[int, int]:
    cursor = body.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def _bold_then_undo_elsewhere(window, qtbot, uid: str, body, start: int, end: int) -> None:
    tree = window.ui.sectionTree
    tree.select_uid(uid)
    body.setFocus()
    _select(body, start, end)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.document.undo_stack.undoText() == "加粗"
    other = next(entry.uid for _section, entry in window.document.issue.entries() if entry.uid != uid)
    tree.select_uid(other)
    window.action_set.undo.trigger()
    assert window.ui.entryEditor.current_uid == uid


def test_an_entry_bold_undone_is_selected_again(window, qtbot):
    entry = next(entry for _section, entry in window.document.issue.entries() if not hasattr(entry, "paragraphs"))
    body = window.ui.entryEditor.ui.itemBody
    _bold_then_undo_elsewhere(window, qtbot, entry.uid, body, 6, 10)
    assert _selection(body) == (6, 10)
    window.action_set.redo.trigger()
    assert _selection(body) == (6, 10)


def test_an_article_bold_undone_is_selected_again(window, qtbot):
    article = next(entry for _section, entry in window.document.issue.entries() if hasattr(entry, "paragraphs"))
    body = window.ui.entryEditor.ui.articleBody
    window.ui.sectionTree.select_uid(article.uid)
    second = body.document().findBlockByNumber(1)
    assert second.isValid() and second.length() > 6
    start = second.position() + 2
    _bold_then_undo_elsewhere(window, qtbot, article.uid, body, start, start + 3)
    assert _selection(body) == (start, start + 3)


def test_the_span_is_only_for_a_change_of_weight():
    assert weight_changed_span([(Run("县应急局开展检查"),)], [(Run("县应急局", True), Run("开展检查"))]) == (0, 4)
    assert weight_changed_span([(Run("甲"),), (Run("乙丙"),)], [(Run("甲"),), (Run("乙"), Run("丙", True))]) == (3, 4)
    assert weight_changed_span([(Run("县应急局"),)], [(Run("县应急管理局"),)]) is None  # typed
    assert weight_changed_span([(Run("甲"),)], [(Run("甲"),)]) is None
