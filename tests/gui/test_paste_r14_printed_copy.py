"""Entries copied out of a printed copy (a PDF) and pasted into an entry: its lines indented
with full-width spaces or NBSP, cut mid-sentence, with the page number and the running head
between the pages. The indents are layout, the cut lines one entry's text, and the page's
furniture no one's text: left out, and the clerk told how many lines."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import plain
from test_paste_entry_lead import paste_into_body

PRINTED = ("\u3000\u300011月17日，县交警大队在国道G312线开展冬季道路交通安全集中整治行动，查处\n"
           "超速、疲劳驾驶等交通违法行为126起。\n"
           "— 3 —\n"
           "交通安全简报　第12期\n"
           "\u00a0\u00a0\u00a0\u00a011月18日，县运管所开展客运站冬季安全检查，检查车辆48辆。")


@pytest.fixture
def new_entry(window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def test_a_printed_copy_pasted_leaves_its_page_number_and_head_out_and_says_so(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    row = [e.uid for e in section.entries].index(new_entry)
    mime = QMimeData()
    mime.setText(PRINTED)
    paste_into_body(qtbot, window, mime)
    first, second = section.entries[row:row + 2]
    assert isinstance(first, Item) and isinstance(second, Item)
    assert first.date == "11月17日" and plain(first.body).endswith("查处超速、疲劳驾驶等交通违法行为126起。")
    assert (second.date, plain(second.body)) == ("11月18日", "县运管所开展客运站冬季安全检查，检查车辆48辆。")
    assert not any("— 3 —" in entry.text or "第12期" in entry.text for entry in section.entries)
    message = window.statusBar().currentMessage()
    assert "2" in message and ("page numbers" in message or "页码" in message)


def test_a_page_number_pasted_alone_is_what_was_pasted(qtbot, window, new_entry):
    mime = QMimeData()
    mime.setText("— 3 —")
    paste_into_body(qtbot, window, mime)
    assert plain(window.document.entry(new_entry).body) == "— 3 —"


def test_entries_pasted_twice_are_all_added_and_the_clerk_is_told(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    count = len(section.entries)
    once = "11月20日，**县信访局**开展接访活动。\n11月21日，**县司法局**开展法律援助活动。".replace("**", "")
    mime = QMimeData()
    mime.setText(once + "\n" + once)
    paste_into_body(qtbot, window, mime)
    assert len(section.entries) == count + 3  # the four as pasted: the clerk deletes the copies
    message = window.statusBar().currentMessage()
    assert "2" in message and ("word for word" in message or "一字不差" in message)
