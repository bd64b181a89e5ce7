"""A number or bullet before a pasted entry's place and date (◆舞阳县　11月19日，…, 1. 舞阳县　…,
（1）…, ①…) is the entry's mark, not part of its unit; a numbered dated paste is read as a lead
like an unnumbered one; and the place with its office in bold after the date is one unit,
joined in one function that the paste and the inbox both call."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from bulletin_desktop.core import model
from bulletin_desktop.core.inbox import candidates
from bulletin_desktop.core.model import Item, unit_before_date, unit_moved_after_date
from bulletin_desktop.core.pasted_entries import entry_spans, pasted_entries, pasted_item, pasted_lead
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup


def _counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if re.match(r"[\u4e00-\u9fff0-9]", ch))


@pytest.mark.parametrize("pasted, mark, unit, body", [
    ("◆舞阳县　11月19日，县应急局组织开展安全检查。", "◆", "舞阳县", "应急局组织开展安全检查。"),
    ("●临颍县：3月2日，县住建局开展燃气检查。", "●", "临颍县", "住建局开展燃气检查。"),
    ("▲郾城区　11月30日，区域内企业开展自查。", "▲", "郾城区", "区域内企业开展自查。"),
    ("1. 舞阳县　11月19日，组织开展应急演练。", "1. ", "舞阳县", "组织开展应急演练。"),
    ("（2）出山镇　5月30日上午，镇政府组织排查。", "（2）", "出山镇", "政府组织排查。"),
    ("③孟庙乡　6月1日，乡派出所开展夜查。", "③", "孟庙乡", "派出所开展夜查。"),
    ("2．【上蔡县】11月19日，县应急局开展检查。", "2．", "上蔡县", "应急局开展检查。"),
    ("☆舞阳县　12月1日，**县应急局**组织演练。", "☆", "舞阳县应急局", "组织演练。"),
])
def test_the_mark_before_a_place_and_a_date_is_the_entrys_mark(pasted, mark, unit, body):
    item = pasted_item([parse_markup(pasted)])
    assert (item.mark, item.unit, to_markup(item.body)) == (mark, unit, body)
    assert item.date and item.date in pasted
    # nothing lost or doubled but the level's character the place would double (县 of 县应急局)
    lost = _counted(pasted) - _counted(plain(item.rich))
    assert not _counted(plain(item.rich)) - _counted(pasted)
    assert sum(lost.values()) <= 1 and set(lost) <= {unit[2]}


@pytest.mark.parametrize("pasted, mark, date, unit", [
    ("1．11月19日，**县应急局**组织开展安全检查。", "1．", "11月19日", "县应急局"),
    ("◆ 5月30日上午，**县水利局**开展汛前检查。", "◆ ", "5月30日上午", "县水利局"),
    ("①6月2日，**县交通运输局**召开会议。", "①", "6月2日", "县交通运输局"),
    ("（一）近日，**县医保局**开展基金监管检查。", "（一）", "近日", "县医保局"),
    ("— 5月30日，**县水利局**开展汛前检查。", "— ", "5月30日", "县水利局"),
])
def test_a_numbered_dated_paste_is_a_lead_and_keeps_its_number(pasted, mark, date, unit):
    lead = pasted_lead(parse_markup(pasted))
    assert lead is not None and (lead.mark, lead.date, lead.unit) == (mark, date, unit)
    item = pasted_item([parse_markup(pasted)])
    assert to_markup(item.rich) == pasted  # printed as pasted


def test_numbered_places_before_dates_split_a_paste_into_entries():
    paragraphs = [parse_markup(p) for p in (
        "1. 舞阳县　11月19日，组织开展应急演练。", "参演人员120人。",
        "2. 郾城区　11月20日，召开安委会全体会议。", "◆临颍县　11月21日，开展燃气安全检查。")]
    assert [len(span) for span in entry_spans(paragraphs)] == [2, 1, 1]
    items = pasted_entries(paragraphs)
    assert [(i.mark, i.date, i.unit) for i in items] == [
        ("1. ", "11月19日", "舞阳县"), ("2. ", "11月20日", "郾城区"), ("◆", "11月21日", "临颍县")]
    assert plain(items[0].body) == "组织开展应急演练。参演人员120人。"


@pytest.mark.parametrize("text", ["◆舞阳县　11月19日，", "1. 舞阳县　11月19日，", "①【舞阳县】11月19日，"])
def test_the_unit_before_the_date_is_named_without_the_mark(text):
    found = unit_before_date(text)
    assert found is not None and found[0] == "舞阳县" and text[found[1]:].startswith("11月19日")


def test_a_bullet_that_is_the_whole_name_is_no_unit():
    assert unit_before_date("◆　11月19日，县应急局组织。") is None


def test_the_place_and_its_office_are_joined_by_one_function_both_readers_call(monkeypatch):
    calls: list[str] = []
    real = model.place_and_office

    def spy(moved, bold):
        calls.append(bold)
        return real(moved, bold)

    monkeypatch.setattr(candidates, "place_and_office", spy)
    monkeypatch.setattr("bulletin_desktop.core.pasted_entries.place_and_office", spy)
    message = "◆舞阳县　12月1日，**县应急局**组织演练。"
    pasted = pasted_item([parse_markup(message)])
    (adopted,) = candidates.candidate_entries("", message, dt.date(2026, 12, 2), "", ())
    assert len(calls) == 2 and set(calls) == {"应急局"}
    assert isinstance(adopted, Item)
    assert pasted.unit == adopted.unit == "舞阳县应急局"
    moved = unit_moved_after_date(parse_markup(message))
    assert moved is not None and model.place_and_office(moved, "") == ""


@pytest.mark.parametrize("pasted, mark, date, unit, body", [
    ("舞阳县　近日，县应急局组织开展检查。", "", "近日", "舞阳县", "应急局组织开展检查。"),
    ("舞阳县　近日，组织开展消防检查。", "", "近日", "舞阳县", "组织开展消防检查。"),
    ("◆郾城区：近期，**区住建局**开展燃气检查。", "◆", "近期", "郾城区住建局", "开展燃气检查。"),
    ("【出山镇】日前，镇政府组织排查。", "", "日前", "出山镇", "政府组织排查。"),
    ("舞阳县　5.30，县应急局开展汛前检查。", "", "5.30", "舞阳县", "应急局开展汛前检查。"),
    ("◆兴安县：2024年5月28日，组织开展汛前检查。", "◆", "2024年5月28日", "兴安县", "组织开展汛前检查。"),
])
def test_a_place_before_a_recent_days_lead_or_a_date_in_figures_is_moved_after_it(pasted, mark, date, unit, body):
    item = pasted_item([parse_markup(pasted)])
    assert (item.mark, item.date, item.unit, to_markup(item.body)) == (mark, date, unit, body)


@pytest.mark.parametrize("pasted", ["我县　近日，开展消防检查。", "全市　11月19日，开展消防检查。"])
def test_our_county_or_the_whole_city_before_the_date_is_no_unit(pasted):
    assert unit_before_date(pasted) is None
    assert pasted_item([parse_markup(pasted)]).unit == ""


@pytest.mark.parametrize("pasted", ["9月3日 ，**区公安分局**开展清查。", "9月3日,**区公安分局**开展清查。",
                                    "3．9月3日，**区公安分局**开展清查。"])
def test_the_text_after_the_date_keeps_no_comma_of_the_lead(pasted):
    """What stays in the text when the entry has another unit: from the unit on, the lead's
    comma (after a stray space, half-width) not repeated after the date field's own."""
    lead = pasted_lead(parse_markup(pasted))
    assert lead is not None and to_markup(lead.after_date) == "**区公安分局**开展清查。"
