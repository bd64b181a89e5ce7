"""A pasted entry whose unit is named only in its signature keeps that unit where the entry goes
on in another paragraph: the signature (（县应急管理局供稿）) closing a paragraph that more
follow parts the entry there, as the import reads it; a unit's name alone on the last line
signs what is above it, joined after a gap as a flush-right signature reads."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

FIRST = "12月3日，全县开展燃气安全检查，共排查隐患12处。"
MORE = "会议要求，各乡镇要抓好落实。"
MASTHEAD = "安全生产简报\n第8期\n某县应急管理局　　2026年12月4日\n【工作动态】\n"


def paste(*paragraphs: str):
    return [(item.date, item.unit, item.text) for item in pasted_entries([parse_markup(p) for p in paragraphs])]


@pytest.mark.parametrize("signature, unit", [("（舞阳县应急管理局供稿）", "舞阳县应急管理局"),
                                             ("（供稿：县疾控中心）", "县疾控中心")])
def test_a_signature_before_another_paragraph_keeps_its_unit_as_the_import_does(signature, unit):
    pasted = paste(FIRST + signature, MORE)
    assert pasted == [("12月3日", unit, FIRST + signature), ("", "", MORE)]
    issue = recognise([parse_markup(line) for line in (MASTHEAD + FIRST + signature + "\n" + MORE).splitlines()]).issue
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == pasted


def test_a_unit_named_at_the_start_as_well_keeps_the_paragraphs_together():
    first = "12月3日，县疾控中心开展督导。（县疾控中心供稿）"
    assert paste(first, MORE) == [("12月3日", "县疾控中心", first + MORE)]


@pytest.mark.parametrize("lines", [(FIRST, "县应急管理局"), (FIRST, MORE, "舞阳县应急管理局")])
def test_a_name_alone_on_the_last_line_signs_the_entry(lines):
    [(date, unit, text)] = paste(*lines)
    assert (date, unit) == ("12月3日", lines[-1])
    assert text == "".join(lines[:-1]) + "　　" + lines[-1]


def test_a_last_line_that_is_no_name_stays_text():
    assert paste(FIRST, "请各单位抓好落实") == [("12月3日", "", FIRST + "请各单位抓好落实")]


def test_a_name_alone_under_each_entry_of_a_paste_signs_the_entry_above_it():
    first, second = "12月1日，县科协举办“科普进校园”活动。", "12月2日，全县开展冬季送温暖活动。"
    assert paste(first, "县科学技术协会", second, "县总工会") == [
        ("12月1日", "县科学技术协会", first + "　　县科学技术协会"), ("12月2日", "县总工会", second + "　　县总工会")]


def test_a_name_over_the_entries_still_names_their_place():
    pasted = paste("县市场监管局", "5月28日，开展食品安全检查。", "5月29日，开展特种设备检查。")
    assert [unit for _, unit, _ in pasted] == ["县市场监管局", "县市场监管局"]
