"""The entry editor: items, articles, sections, date checking, unit suggestions, counters."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from bulletin_desktop.core.richtext import Run, plain
from bulletin_desktop.gui.text_input import type_text


def article_of(window):
    return next(e for _s, e in window.document.issue.entries() if e.kind == "article")


def test_article_title_and_paragraphs(qtbot, window):
    article = article_of(window)
    window.ui.sectionTree.select_uid(article.uid)
    ui = window.ui.entryEditor.ui
    assert ui.pages.currentWidget() is ui.articlePage
    assert ui.articleTitleEdit.text() == "源汇区老街街道聚力打造智慧消防安全防线"
    assert ui.articleBody.non_empty_paragraphs() == article.paragraphs
    count = len(article.paragraphs)
    body = ui.articleBody
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "四、强化宣传。")
    assert len(article.paragraphs) == count + 1
    assert plain(article.paragraphs[-1]) == "四、强化宣传。"
    ui.articleTitleEdit.setFocus()
    ui.articleTitleEdit.end(False)
    type_text(ui.articleTitleEdit, "！")
    assert article.title.endswith("防线！")
    window.action_set.undo.trigger()
    assert not article.title.endswith("！")
    window.action_set.undo.trigger()
    assert len(article.paragraphs) == count


def test_a_style_change_is_not_an_edit_of_the_page_not_on_show(qtbot, window):
    """A font change re-formats both bodies; the item body, hidden behind an article,
    must not report that as an edit of the article."""
    article = article_of(window)
    window.ui.sectionTree.select_uid(article.uid)
    steps = window.document.undo_stack.count()
    font = window.ui.entryEditor.font()
    font.setPointSizeF(font.pointSizeF() + 3)
    window.ui.entryEditor.setFont(font)
    QApplication.processEvents()
    assert window.document.undo_stack.count() == steps


def test_invalid_date_is_red_but_kept(qtbot, window):
    entry = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    date_edit = window.ui.entryEditor.ui.dateEdit
    date_edit.setFocus()
    date_edit.selectAll()
    type_text(date_edit, "十一月十五")
    assert entry.date == "十一月十五"
    assert "c00000" in date_edit.styleSheet()
    assert "仍按输入的内容保存" in date_edit.toolTip()
    date_edit.selectAll()
    type_text(date_edit, "11月14日—11月18日")
    assert date_edit.styleSheet() == ""
    date_edit.selectAll()
    type_text(date_edit, "2022年11月14日")  # dated with its year, as some offices date entries
    assert (entry.date, date_edit.styleSheet()) == ("2022年11月14日", "")


def test_unit_suggestions_come_from_the_archive(qtbot, window):
    entry = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    completer = window.ui.entryEditor.ui.unitEdit.completer()
    assert completer.model().stringList() == []  # read when first wanted, not with every issue opened
    window.ui.entryEditor.ui.unitEdit.setFocus()
    qtbot.waitUntil(lambda: {"西城区", "市应急管理局", "舞阳县"} <= set(completer.model().stringList()))


def test_counter_counts_chinese_characters(qtbot, window):
    entry = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    label = window.ui.entryEditor.ui.counterLabel
    assert label.text() == f"本条 {len(entry.text)} 字"
    type_text(window.ui.entryEditor.ui.itemBody, "甲 乙")
    assert label.text() == f"本条 {len(entry.text) - 1} 字"  # the space does not count


def test_section_title_edit_renames(qtbot, window):
    section = window.document.issue.sections[1]
    window.ui.sectionTree.select_uid(section.uid)
    ui = window.ui.entryEditor.ui
    assert ui.pages.currentWidget() is ui.sectionPage
    ui.sectionTitleEdit.setFocus()
    ui.sectionTitleEdit.end(False)
    type_text(ui.sectionTitleEdit, "情况")
    assert section.title == "督导检查情况"
    assert window.tree_model.index(1, 0).data() == "【督导检查情况】"
    assert ui.sectionTitleEdit.hasFocus()
    window.action_set.undo.trigger()
    assert section.title == "督导检查"
    assert ui.sectionTitleEdit.text() == "督导检查"


def test_undo_puts_the_cursor_where_the_change_was(qtbot, window):
    entry = window.document.issue.sections[0].entries[1]
    window.ui.sectionTree.select_uid(entry.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(5)
    body.setTextCursor(cursor)
    type_text(body, "新增")
    body.moveCursor(QTextCursor.MoveOperation.End)
    window.action_set.undo.trigger()
    assert body.textCursor().position() == 5
    assert entry.body[0].text[5:7] != "新增"


def test_undo_returns_to_another_entry(qtbot, window):
    first = window.document.issue.sections[0].entries[0]
    second = window.document.issue.sections[2].entries[0]
    window.ui.sectionTree.select_uid(first.uid)
    type_text(window.ui.entryEditor.ui.itemBody, "甲")
    window.ui.sectionTree.select_uid(second.uid)
    window.action_set.undo.trigger()
    assert window.ui.sectionTree.current_uid() == first.uid
    assert window.ui.entryEditor.current_uid == first.uid
    assert not plain(first.body).endswith("甲")


def test_bold_action_follows_the_cursor(qtbot, window):
    entry = next(e for _s, e in window.document.issue.entries() if e.kind == "item" and e.unit)
    entry.body = (Run("前"), Run("粗", True), Run("后"))
    window.ui.sectionTree.select_uid(entry.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.set_rich_text(entry.body)
    cursor = body.textCursor()
    cursor.setPosition(2)
    body.setTextCursor(cursor)
    assert window.action_set.bold.isChecked()
    cursor.setPosition(3)
    body.setTextCursor(cursor)
    assert not window.action_set.bold.isChecked()


def test_ctrl_b_in_the_date_field_does_not_touch_the_body(qtbot, window):
    entry = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    ui = window.ui.entryEditor.ui
    body_before = entry.body
    ui.itemBody.selectAll()
    ui.dateEdit.setFocus()
    qtbot.keyClick(ui.dateEdit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert entry.body == body_before
    ui.itemBody.setFocus()
    window.action_set.bold.trigger()  # the toolbar button: the body was being edited
    assert all(run.bold for run in entry.body)


def test_zoom_is_remembered(qtbot, window):
    from bulletin_desktop.gui.settings import AppSettings

    window.action_set.zoom_in.trigger()
    assert AppSettings().zoom() == pytest.approx(window.ui.preview.zoom())


def test_long_masthead_fields_show_their_start(qtbot, window):
    rows = window.ui.mastheadPanel.findChildren(type(window.ui.mastheadPanel.ui.officeEdit))
    distribution = [r for r in rows if r.text().startswith("各县区人民政府")]
    assert distribution and distribution[0].cursorPosition() == 0


class _Underline(QSyntaxHighlighter):
    """A highlighter like proofreading's: it marks text without changing it."""

    def highlightBlock(self, text: str) -> None:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.setFormat(0, len(text), fmt)


def test_a_hidden_body_re_marked_reports_no_edit_to_the_entry_shown(qtbot, window):
    """The item body stays loaded with the last item while an article is shown; a highlighter
    re-marking its text (proofreading attaching) makes it report a change, which is no edit
    of the article."""
    item = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(item.uid)
    window.ui.sectionTree.select_uid(article_of(window).uid)
    steps = window.document.undo_stack.count()
    marker = _Underline(window.ui.entryEditor.ui.itemBody.document())
    marker.rehighlight()
    assert window.document.undo_stack.count() == steps


def test_the_number_before_the_date(qtbot, window, stored_issue, shown_text):
    """序号: typed in its field it prints before the date in the tree and the preview, reaches
    the archive, and goes with one undo; Tab from the unit goes on to the text, not to it."""
    entry = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    ui = window.ui.entryEditor.ui
    assert ui.markEdit.text() == ""
    ui.markEdit.setFocus()
    type_text(ui.markEdit, "1．")
    assert (entry.mark, entry.date, entry.text[:9]) == ("1．", "11月15日", "1．11月15日，")
    tree = window.tree_model
    assert tree.index(0, 0, tree.index(0, 0)).data().startswith("1．11月15日")
    qtbot.waitUntil(lambda: "1．11月15日" in shown_text(window), timeout=3000)
    issue_id = window.document.issue.id
    qtbot.waitUntil(lambda: stored_issue(issue_id).sections[0].entries[0].mark == "1．", timeout=3000)
    window.action_set.undo.trigger()
    assert entry.mark == "" and ui.markEdit.text() == ""
    ui.unitEdit.setFocus()
    qtbot.keyClick(ui.unitEdit, Qt.Key.Key_Tab)
    assert ui.itemBody.hasFocus()
