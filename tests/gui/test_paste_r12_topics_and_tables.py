"""Pasted into an entry in the window: a county's name over the entries it sent gives each of
them that county as its unit; a Word table's cells, a paragraph each, give an entry a row.
The first goes into the entry pasted into, the rest after it, as for other dated pastes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from bulletin_desktop.core.richtext import plain
from test_paste_entry_lead import paste_into_body


@pytest.fixture
def new_entry(window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def _paste(qtbot, window, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    paste_into_body(qtbot, window, mime)


def test_a_county_over_its_entries_is_each_ones_unit(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    row = [e.uid for e in section.entries].index(new_entry)
    _paste(qtbot, window, "舞阳县：\n5月28日，县文明办组织志愿服务活动。\n5月29日，县应急局开展防汛演练。")
    first, second = section.entries[row:row + 2]
    assert first.uid == new_entry
    assert (first.date, first.unit, plain(first.body)) == ("5月28日", "舞阳县", "文明办组织志愿服务活动。")
    assert (second.date, second.unit, plain(second.body)) == ("5月29日", "舞阳县", "应急局开展防汛演练。")


def test_a_tables_cells_give_an_entry_a_row(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    row = [e.uid for e in section.entries].index(new_entry)
    _paste(qtbot, window, "序号\n日期\n单位\n内容\n1\n6月3日\n城关镇\n开展燃气安全入户检查。\n2\n6月4日\n孟庙镇\n组织防汛转移演练。")
    first, second = section.entries[row:row + 2]
    assert (first.date, first.unit, plain(first.body)) == ("6月3日", "城关镇", "开展燃气安全入户检查。")
    assert (second.date, second.unit, plain(second.body)) == ("6月4日", "孟庙镇", "组织防汛转移演练。")
