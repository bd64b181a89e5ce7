"""Several paragraphs pasted into an entry's text, which prints as one paragraph: dated
entries (three units' news copied from a chat or a mail) become one entry each, the first
in the entry pasted into, the rest right after it; the paragraphs of one entry are joined.
Either way it is one undo step and the clerk is told: no paragraph break vanishes unseen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import plain
from bulletin_desktop.core.pasted_entries import entry_spans
from bulletin_desktop.gui.paste_sanitizer import paragraphs_from_text
from test_paste_entry_lead import paste_into_body

THREE_UNITS = ("11月20日，舞阳县应急管理局开展危化品企业夜查，检查企业5家。\n"
               "检查发现问题隐患12处，已全部交办整改。\n"
               "11月21日，临颍县召开安全生产委员会全体会议。\n"
               "【郾城区】11月22日，组织粉尘涉爆企业负责人培训，参训80人。")
ONE_ENTRY = "11月20日，舞阳县开展夜查。\n会议要求，各单位要落实责任。\n下一步，将继续推进。"


@pytest.fixture
def new_entry(window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def paste_text(qtbot, window, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    paste_into_body(qtbot, window, mime)


def test_dated_paragraphs_become_an_entry_each_after_the_one_pasted_into(qtbot, window, new_entry):
    issue = window.document.issue
    section = issue.sections[0]
    row = [e.uid for e in section.entries].index(new_entry)
    count, steps = len(section.entries), window.document.undo_stack.count()
    paste_text(qtbot, window, THREE_UNITS)
    assert len(section.entries) == count + 2
    first, second, third = section.entries[row:row + 3]
    assert first.uid == new_entry and isinstance(second, Item) and isinstance(third, Item)
    assert first.date == "11月20日" and "检查企业5家。检查发现问题隐患12处" in first.text  # its own next paragraph joined
    assert (second.date, plain(second.body)) == ("11月21日", "临颍县召开安全生产委员会全体会议。")
    assert (third.date, third.unit) == ("11月22日", "郾城区")
    assert "dated entries" in window.statusBar().currentMessage() or "条" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == steps + 1  # one step
    window.document.undo_stack.undo()
    assert len(section.entries) == count and plain(window.document.entry(new_entry).body) == ""


def test_the_paragraphs_of_one_entry_are_joined_and_the_clerk_is_told(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    count = len(section.entries)
    paste_text(qtbot, window, ONE_ENTRY)
    assert len(section.entries) == count
    item = window.document.entry(new_entry)
    assert item.date == "11月20日"
    assert item.text.endswith("舞阳县开展夜查。会议要求，各单位要落实责任。下一步，将继续推进。")  # the unit in its field or not
    message = window.statusBar().currentMessage()
    assert "3" in message and message  # how many paragraphs were joined


def test_a_single_paragraph_paste_says_nothing_about_paragraphs(qtbot, window, new_entry):
    paste_text(qtbot, window, "舞阳县开展夜查。")
    assert window.statusBar().currentMessage() == ""


def test_an_articles_text_keeps_its_paragraphs(qtbot, window):
    issue = window.document.issue
    uid = window.editing.add_article(issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    body = window.ui.entryEditor.ui.articleBody
    body.setFocus()
    mime = QMimeData()
    mime.setText(THREE_UNITS)
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.entry(uid).paragraphs) == 4


def test_entry_spans_follow_the_dates():
    spans = entry_spans(paragraphs_from_text("报送单位：舞阳县\n11月20日，甲。\n（舞阳县供稿）\n1．11月21日，乙。\n丙。"))
    assert [[plain(p) for p in span] for span in spans] == [
        ["报送单位：舞阳县", "11月20日，甲。", "（舞阳县供稿）"], ["1．11月21日，乙。", "丙。"]]
