"""A masthead that states how many pages the issue runs to (本期4版, 共8页): the count is the
original's layout, left out with a warning, and the line it ends is read as without it."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

BODY = "【就业创业】\n11月16日，**县就业服务中心**举办招聘会。"


def read(masthead: str):
    return recognise([parse_markup(line) for line in f"{masthead}\n{BODY}".splitlines()])


@pytest.mark.parametrize("masthead", [
    "人社工作简报\n2026年第15期（总第186期）　　　　本期4版\n某某县人社局　　2026年11月19日",
    "人社工作简报\n2026年第15期（总第186期）\n（本期共4版）\n某某县人社局　　2026年11月19日",
    "人社工作简报\n2026年第15期（总第186期）\n某某县人社局　　2026年11月19日　　共4页",
    "人社工作简报\n2026年第15期（总第186期）\n某某县人社局　　2026年11月19日\n本期四版",
])
def test_the_page_count_is_left_out_and_said(masthead):
    result = read(masthead)
    issue = result.issue
    assert (issue.number, issue.year_number.number, issue.office) == (186, 15, "某某县人社局")
    assert issue.date == dt.date(2026, 11, 19)
    assert [s.title for s in issue.sections] == ["就业创业"]
    assert len(result.warnings) == 1 and "版数" in result.warnings[0]


def test_a_body_sentence_about_pages_stays_in_the_body():
    result = read("人社工作简报\n第15期\n某某县人社局　　2026年11月19日\n【动态】\n县人社局印发政策汇编，共8页")
    assert result.warnings == []
    assert [s.title for s in result.issue.sections] == ["动态", "就业创业"]
