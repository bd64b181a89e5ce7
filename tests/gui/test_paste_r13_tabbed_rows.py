"""Plain text pasted into an entry with tabs between its cells, as a sheet or a text copies a
table's rows: each row is an entry, its date and unit in their fields, as the command line
and the core read the same text (core.pasted_entries.table_rows); a tab that parts no cells
is a space, in an entry and in an article."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from bulletin_desktop.core.model import Article
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.richtext import parse_markup, plain
from bulletin_desktop.gui.paste_sanitizer import paragraphs_from_text
from test_paste_entry_lead import paste_into_body

ROWS = "1\t11月3日\t达拉特旗\t开展冬季供暖安全检查。\n2\t11月4日\t准格尔旗\t组织煤矿应急演练。"


@pytest.fixture
def new_entry(window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def _paste(qtbot, window, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    paste_into_body(qtbot, window, mime)


def test_the_paste_cleaner_keeps_the_tabs_that_part_cells():
    assert [plain(p) for p in paragraphs_from_text("序号 \t 日期\t\t单位\n1\t6月3日\t城关镇")] == [
        "序号\t日期\t单位", "1\t6月3日\t城关镇"]


def test_tabbed_rows_pasted_give_an_entry_a_row_as_the_core_reads_them(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    row = [e.uid for e in section.entries].index(new_entry)
    _paste(qtbot, window, ROWS)
    first, second = section.entries[row:row + 2]
    assert first.uid == new_entry
    read = pasted_entries([parse_markup(line) for line in ROWS.split("\n")])
    assert [(e.date, e.unit, plain(e.body)) for e in (first, second)] == [
        (i.date, i.unit, plain(i.body)) for i in read] == [
        ("11月3日", "达拉特旗", "开展冬季供暖安全检查。"), ("11月4日", "准格尔旗", "组织煤矿应急演练。")]


def test_one_tabbed_row_pasted_is_a_dated_entry(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    _paste(qtbot, window, "11月5日\t鄂托克旗\t开展森林草原防火检查。")
    entry = next(e for e in section.entries if e.uid == new_entry)
    assert (entry.date, entry.unit, plain(entry.body)) == ("11月5日", "鄂托克旗", "开展森林草原防火检查。")


def test_a_tab_that_parts_no_cells_is_a_space(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    _paste(qtbot, window, "11月20日，县应急局开展检查\t共检查企业12家。")
    entry = next(e for e in section.entries if e.uid == new_entry)
    assert "\t" not in plain(entry.body) and plain(entry.body).endswith("开展检查 共检查企业12家。")


def test_a_tab_pasted_into_an_article_is_a_space(qtbot, window):
    section = window.document.issue.sections[0]
    uid = window.editing.add_article(section.uid)
    window.ui.sectionTree.select_uid(uid)
    mime = QMimeData()
    mime.setText("门类\t增加值增速\n采矿业\t5.2%")
    body = window.ui.entryEditor.ui.articleBody
    body.setFocus()
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    article = next(e for e in section.entries if e.uid == uid)
    assert isinstance(article, Article)
    assert [plain(p) for p in article.paragraphs] == ["门类 增加值增速", "采矿业 5.2%"]
