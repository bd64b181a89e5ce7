"""The 印发 line printed on the right of the last distribution line (抄送：…。　　　　某某办公室
2026年11月20日印发, as a closing block laid out in a table reads): the list and the 印发 line apart."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

TOP = "工作简报\n第23期\n某县人民政府办公室　　2026年11月20日\n【动态】\n11月18日，**县应急局**召开会议。\n"


def distribution(closing: str):
    issue = recognise([parse_markup(line) for line in (TOP + closing).splitlines()]).issue
    return [(d.label, d.text) for d in issue.distribution]


@pytest.mark.parametrize("issued", ["某县人民政府办公室2026年11月20日印发", "某县人民政府办公室　　2026年11月20日印发"])
def test_the_issued_line_beside_the_list_is_a_line_of_its_own(issued):
    assert distribution(f"抄送：县委办公室，县人大办公室。　　　　　　{issued}") == [
        ("抄送", "县委办公室，县人大办公室。"), ("", issued)]


def test_a_list_spaced_out_stays_one_line():
    assert distribution("报送：市教育局　　　县委办　　　县政府办") == [("报送", "市教育局　　　县委办　　　县政府办")]


@pytest.mark.parametrize("date", ["2024年3月6日", "二〇二四年三月六日"])
def test_the_date_spaced_off_in_the_issued_line_stays_in_it(date):
    assert distribution(f"印发：某某办公室　　{date}印发") == [("印发", f"某某办公室　　{date}印发")]
