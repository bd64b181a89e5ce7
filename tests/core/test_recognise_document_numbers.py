"""A masthead numbered as documents are (舞农简〔2026〕12号): the 12th issue of 2026, kept as the
number within the year and printed as 2026年第12期, with a warning, as 〔2026〕第12期 is read."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import YearNumber
from bulletin_desktop.core.recognise import Role, recognise
from bulletin_desktop.core.richtext import parse_markup

BODY = "【秋冬种生产】\n11月15日，**辛安镇**指导农户开展小麦冬前管理。"


def read(masthead: str):
    return recognise([parse_markup(line) for line in f"{masthead}\n{BODY}".splitlines()])


@pytest.mark.parametrize("line", ["舞农简〔2026〕12号", "〔2026〕12号", "舞农简［2026］12号", "舞农简〔2026〕第12号",
                                  "舞农简 〔2026〕 12号", "舞农简（2026）12号"])
def test_a_document_number_line_is_the_number_within_its_year(line):
    result = read(f"农业农村工作动态\n{line}\n舞阳县农业农村局　　2026年11月19日")
    issue = result.issue
    assert (issue.series, issue.number, issue.year_number) == ("农业农村工作动态", 12, YearNumber(12, 2026, total=False))
    assert (issue.office, str(issue.date)) == ("舞阳县农业农村局", "2026-11-19")
    assert any("按年度期号记为2026年第12期" in w for w in result.warnings)
    assert Role.NUMBER in result.roles[1]


def test_a_document_number_beside_the_date_is_read_too():
    issue = read("农业农村工作动态\n舞农简〔2026〕12号　　　2026年11月19日").issue
    assert (issue.number, issue.year_number, str(issue.date)) == (12, YearNumber(12, 2026, total=False), "2026-11-19")


def test_a_document_number_in_an_entry_stays_the_entry_text():
    issue = read("农业农村工作动态\n第12期\n2026年11月19日\n【文件】\n豫农〔2026〕3号").issue
    assert (issue.number, issue.year_number) == (12, None)
