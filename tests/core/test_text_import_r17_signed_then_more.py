"""An entry that signs its unit at its end (……。（县疾控中心供稿）) and goes on after it (its next
paragraph, 会议要求，…; a credit, （通讯员　陈晨）): its unit read and its text printed as written,
the unit's name never printed twice (县疾控中心县疾控中心在…), by the import and a paste alike."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

MASTHEAD = "卫生健康信息\n第21期\n临颍县卫生健康委员会　　2026年11月30日\n【疾病防控】\n"
MORE = "会议要求，各地要加强监测。"


def read(text: str):
    return recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue


@pytest.mark.parametrize("first, after, unit", [
    ("11月26日，县疾控中心在全县开展督导。（县疾控中心供稿）", MORE, "县疾控中心"),
    ("11月27日，**县医院**开展义诊。（县医院供稿）", MORE, "县医院"),
    ("11月26日，县疾控中心在全县开展督导。（县疾控中心供稿）", "（通讯员　陈晨）", "县疾控中心"),
])
def test_the_text_after_the_signature_joins_and_the_unit_prints_once(first, after, unit):
    issue = read(f"{first}\n{after}")
    [(_, item)] = list(issue.entries())
    assert item.unit == unit
    assert item.text == (first + after).replace("**", "")
    assert read_text(write_text(issue)) == issue
    [pasted] = pasted_entries([parse_markup(first), parse_markup(after)])
    assert (pasted.unit, pasted.text) == (unit, item.text)


def test_where_the_unit_is_named_only_in_the_signature_the_next_paragraph_stands_apart():
    first = "11月26日，全县开展流感监测督导。（县疾控中心供稿）"
    issue = read(f"{first}\n{MORE}")
    assert [(e.unit, e.text) for _, e in issue.entries()] == [("县疾控中心", first), ("", MORE)]
