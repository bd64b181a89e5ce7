"""Find in the real window on text with characters outside the BMP (𠀾, 𪚥: two UTF-16 units
each in Qt, one character for the clerk): the selection is exactly the matched text."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bulletin_desktop.core.model import Article, Item
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.gui.text_input import type_text

ITEM_BODY = (Run("𠀾村", True), Run("与𪚥家村联合开展燃气安全检查，𪚥家村完成整改。"))
PARAGRAPHS = [(Run("近年来，𠀾𠀾社区坚持高位推动。"),), (Run("一、"), Run("𪚥家村", True), Run("经验。"))]


@pytest.fixture
def sample_issue(sample_issue):
    """The sample with one item and the article rewritten to hold non-BMP names."""
    first = sample_issue.sections[0].entries[0]
    assert isinstance(first, Item)
    first.unit, first.body = "𠀾村镇", ITEM_BODY
    article = sample_issue.sections[-1].entries[0]
    assert isinstance(article, Article)
    article.paragraphs = PARAGRAPHS
    return sample_issue


def _selected(window) -> str:
    editor = window.ui.entryEditor.ui
    for edit in (editor.dateEdit, editor.unitEdit, editor.articleTitleEdit, editor.sectionTitleEdit):
        if edit.isVisible() and edit.hasSelectedText():
            return edit.selectedText()
    body = window.ui.entryEditor.active_body()
    # QTextCursor.selectedText() marks paragraph breaks with U+2029
    return body.textCursor().selectedText() if body is not None else ""


def test_find_selects_exactly_the_match_around_non_bmp_text(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.ui.findBar
    type_text(bar.ui.findEdit, "𪚥家村")
    seen = []
    for _ in range(4):
        assert _selected(window) == "𪚥家村"
        seen.append(bar.ui.matchLabel.text())
        qtbot.keyClick(bar.ui.findEdit, Qt.Key.Key_Return)
    assert seen[0].startswith("第 1 处，共 3 处")
    assert _selected(window) == "𪚥家村"  # wrapped round to the first again

    bar.ui.findEdit.clear()
    type_text(bar.ui.findEdit, "𠀾村")
    assert bar.ui.matchLabel.text().startswith("第 1 处，共 2 处")
    assert window.ui.entryEditor.ui.unitEdit.selectedText() == "𠀾村"
    qtbot.keyClick(bar.ui.findEdit, Qt.Key.Key_Return)
    body = window.ui.entryEditor.ui.itemBody
    assert body.textCursor().selectedText() == "𠀾村"
    assert body.textCursor().selectionStart() == 0

    bar.ui.findEdit.clear()
    type_text(bar.ui.findEdit, "𠀾𠀾社区")
    assert bar.ui.matchLabel.text().startswith("第 1 处，共 1 处")
    assert window.ui.entryEditor.active_body() is window.ui.entryEditor.ui.articleBody
    assert _selected(window) == "𠀾𠀾社区"
    cursor = window.ui.entryEditor.ui.articleBody.textCursor()
    assert (cursor.block().blockNumber(), cursor.selectionStart()) == (0, len("近年来，"))


def test_undo_puts_the_cursor_where_the_change_was_after_non_bmp_text(qtbot, window):
    """The cursor put back after an undo is counted in code points and converted for Qt."""
    first = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(first.uid)
    body = window.ui.entryEditor.ui.itemBody
    cursor = body.textCursor()
    cursor.setPosition(len("𠀾村与𪚥家村".encode("utf-16-le")) // 2)  # after the two non-BMP names
    body.setTextCursor(cursor)
    body.setFocus()
    type_text(body, "新")
    assert body.toPlainText().startswith("𠀾村与𪚥家村新联合")
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().startswith("𠀾村与𪚥家村联合")
    assert body.textCursor().position() == len("𠀾村与𪚥家村".encode("utf-16-le")) // 2
