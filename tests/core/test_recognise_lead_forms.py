"""How offices type an entry's lead: the date's comma half-width (11月16日,…), the unit in
bold brackets (**【县应急局】**11月16日，…), units reporting together in one bold run
(**县应急局、县消防救援大队**联合…)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.textformat import read_text

MASTHEAD = "某某简报\n\n第3期\n\n某某办公室\n\n2026年11月20日\n\n【工作动态】\n\n"


def entry_of(line: str) -> Item:
    entry = read_text(MASTHEAD + line + "\n").sections[0].entries[0]
    assert isinstance(entry, Item)
    return entry


@pytest.mark.parametrize("line, unit", [("11月16日,**县应急局**开展检查。", "县应急局"),
                                        ("11月16日, **县应急局**开展检查。", "县应急局"),
                                        ("11月16日,县应急局开展检查。", ""),
                                        ("1．11月16日,**县应急局**开展检查。", "县应急局")])
def test_a_half_width_comma_after_the_date_is_the_dates_separator(line, unit):
    entry = entry_of(line)
    assert (entry.date, entry.unit) == ("11月16日", unit)
    assert entry.text.endswith("11月16日，县应急局开展检查。")


def test_days_listed_with_a_half_width_comma_are_no_date_and_its_separator():
    assert entry_of("11月16日,17日，县应急局开展检查。").text == "11月16日,17日，县应急局开展检查。"


@pytest.mark.parametrize("line, date, unit", [("**【县应急局】**11月16日，县应急局开展检查。", "11月16日", "县应急局"),
                                              ("**【召陵区】**近日，召陵区开展检查。", "近日", "召陵区")])
def test_a_unit_in_bold_brackets_before_the_date_is_the_unit(line, date, unit):
    entry = entry_of(line)
    assert (entry.date, entry.unit, entry.mark) == (date, unit, "【】")
    assert entry.text == line.replace("**", "")


def test_a_bold_bracket_over_text_is_no_unit():
    entry = entry_of("**【典型案例】**某企业违规动火作业被查处。")
    assert entry.unit == "" and entry.text == "【典型案例】某企业违规动火作业被查处。"


@pytest.mark.parametrize("line, date, unit", [
    ("**县疾控中心、县妇幼保健院**联合开展义诊活动。", "", "县疾控中心、县妇幼保健院"),
    ("11月15日，**繁城镇、台陈镇**联合开展消防检查。", "11月15日", "繁城镇、台陈镇"),
    ("11月15日，**县应急管理局、县消防救援大队、县市场监管局**联合开展检查。", "11月15日", "县应急管理局、县消防救援大队、县市场监管局"),
    ("11月15日，**县住建局会同县城管局**开展检查。", "11月15日", "县住建局会同县城管局"),
    ("5月22日，**县人社局、县总工会**联合处置一起欠薪诉求。", "5月22日", "县人社局、县总工会"),
])
def test_units_reporting_together_in_one_bold_run_are_the_unit_as_written(line, date, unit):
    entry = entry_of(line)
    assert (entry.date, entry.unit) == (date, unit)
    assert entry.text == line.replace("**", "")


@pytest.mark.parametrize("line", ["**强化组织领导、压实工作责任**全县成立专班。", "11月15日，**安全第一、预防为主**是方针。"])
def test_a_bold_phrase_listing_no_units_is_no_unit(line):
    assert entry_of(line).unit == ""
