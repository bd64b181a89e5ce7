"""A whole entry pasted into an entry's text: its date and unit read as import reads them
(a unit signed at the end, units reporting together, a unit written before the date as a
chat forwards it), so the entry's fields hold what an imported entry's would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.recognise.body import read_item
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup
from bulletin_desktop.core.pasted_entries import entry_spans, pasted_item, pasted_lead
from test_paste_entry_lead import paste_into_body


@pytest.fixture
def new_entry(window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def paste_text(qtbot, window, uid: str, text: str) -> Item:
    mime = QMimeData()
    mime.setText(text)
    paste_into_body(qtbot, window, mime)
    found = window.document.entry(uid)
    assert isinstance(found, Item)
    return found


def test_a_unit_written_before_the_date_goes_to_the_unit_field(qtbot, window, new_entry):
    item = paste_text(qtbot, window, new_entry, "郾城区　11月30日，组织开展消防演练，参演120人。")
    assert (item.date, item.unit) == ("11月30日", "郾城区")
    assert item.text == "11月30日，郾城区组织开展消防演练，参演120人。"
    assert window.ui.entryEditor.ui.dateEdit.text() == "11月30日"


def test_units_signing_together_at_the_end_go_to_the_unit_field(qtbot, window, new_entry):
    text = "11月30日，开展燃气安全联合检查，发现隐患12处。（县应急管理局、县住建局供稿）"
    item = paste_text(qtbot, window, new_entry, text)
    assert (item.date, item.unit) == ("11月30日", "县应急管理局、县住建局")
    assert item.text == text  # the units printed where they signed, once


@pytest.mark.parametrize("markup", [
    "郾城区　11月30日，组织开展消防演练。",
    "郾城区：11月30日，组织开展消防演练。",
    "（出山镇）11月30日，组织开展消防演练。",
    "11月30日，**县住建局、县应急局**联合开展检查。",
    "11月30日，开展检查。（县应急管理局 县住建局）",
    "11月30日，开展检查。（县应急局供稿）",
    "11月30日，**县应急局**开展检查。",
])
def test_a_pasted_entry_has_the_date_and_unit_an_imported_one_has(markup):
    text = parse_markup(markup)
    lead = pasted_lead(text)
    assert lead is not None
    unit_first = markup.find("11月") > 0
    imported = read_item(parse_markup(markup[markup.find("11月"):])) if unit_first else read_item(text)
    assert lead.date == imported.date == "11月30日"
    assert lead.unit == (imported.unit or lead.unit) and lead.unit
    assert pasted_item([text]).unit == lead.unit


def test_an_undated_paste_signed_at_its_end_makes_an_entry_of_that_unit():
    item = pasted_item([parse_markup("开展燃气安全检查。"), parse_markup("（县应急局供稿）")])
    assert (item.date, item.unit) == ("", "县应急局")
    assert to_markup(item.rich) == "开展燃气安全检查。（县应急局供稿）"


def test_a_paragraph_with_its_unit_before_the_date_opens_an_entry():
    spans = entry_spans([parse_markup("11月29日，舞阳县开展夜查。"), parse_markup("郾城区　11月30日，组织演练。")])
    assert [[plain(p) for p in span] for span in spans] == [["11月29日，舞阳县开展夜查。"], ["郾城区　11月30日，组织演练。"]]


@pytest.mark.parametrize("pasted, shown", [
    ("舞阳县　12月1日，县应急管理局组织开展消防演练。", "12月1日，舞阳县应急管理局组织开展消防演练。"),
    ("郾城区　11月30日，区域内企业开展自查。", "11月30日，郾城区区域内企业开展自查。"),
])
def test_the_level_after_the_date_is_not_doubled_by_the_unit_before_it(qtbot, window, new_entry, pasted, shown):
    item = paste_text(qtbot, window, new_entry, pasted)
    assert item.unit == pasted[:3] and item.text == shown


@pytest.mark.parametrize("pasted, mark", [("◆舞阳县　11月19日，组织开展应急演练。", "◆"),
                                          ("2．11月19日，舞阳县组织开展应急演练。", "2．")])
def test_a_number_or_bullet_before_the_lead_goes_to_the_mark_field(qtbot, window, new_entry, pasted, mark):
    before = window.document.undo_stack.count()
    item = paste_text(qtbot, window, new_entry, pasted)
    assert (item.mark, item.date) == (mark, "11月19日")
    assert item.text == mark + "11月19日，舞阳县组织开展应急演练。"  # printed as pasted, the place after the date
    assert window.document.undo_stack.count() == before + 1
