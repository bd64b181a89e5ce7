"""A masthead numbering its issue otherwise than 第N期: No.3, NO.3, 第3号 are read as the
issue's number with a word to the clerk (it prints 第3期); 总第152期 beside 第3期 is the
running number and the number within the year."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import YearNumber
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.textformat import text_paragraphs

def read_text_with_warnings(text: str):
    read = recognise(text_paragraphs(text))
    return read.issue, read.warnings


BODY = "\n\n某县应急管理局\n\n2024年3月5日\n\n【动态】\n\n3月1日，**县应急局**开展检查。\n"


@pytest.mark.parametrize("line", ["No.3", "NO.3", "No. 3", "NO：3", "Ｎｏ．３", "第3号", "第三号"])
def test_no_and_hao_numbers_are_the_issues_number_and_the_clerk_is_told(line):
    issue, warnings = read_text_with_warnings("安全生产简报\n\n" + line + BODY)
    assert (issue.number, issue.year_number, issue.series) == (3, None, "安全生产简报")
    assert any(line in w and "第3期" in w for w in warnings)


@pytest.mark.parametrize("line, year", [("总第152期 第3期", None), ("第3期（总第152期）", None),
                                        ("2024年第3期 总第152期", 2024), ("总第152期　2024年第3期", 2024)])
def test_a_running_number_beside_the_number_within_the_year(line, year):
    issue, _ = read_text_with_warnings("安全生产简报\n\n" + line + BODY)
    assert (issue.number, issue.year_number) == (152, YearNumber(3, year))
