"""A masthead numbering its issue otherwise than 第N期: No.3, NO.3, 第3号, 2024年第3号 and
总第152号 are read as the 期 forms are, with a word to the clerk (the masthead prints the 期
form); 总第152期 beside 第3期 is the running number and the number within the year; a number
among other words on a line, which is not read, is named in the refusal."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import YearNumber
from bulletin_desktop.core.recognise import BulletinFormatError, recognise
from bulletin_desktop.core.textformat import text_paragraphs

BODY = "\n\n某县应急管理局\n\n2024年3月5日\n\n【动态】\n\n3月1日，**县应急局**开展检查。\n"


def read_text_with_warnings(text: str):
    read = recognise(text_paragraphs(text))
    return read.issue, read.warnings


@pytest.mark.parametrize("line", ["No.3", "NO.3", "No. 3", "NO：3", "Ｎｏ．３", "第3号", "第三号"])
def test_no_and_hao_numbers_are_the_issues_number_and_the_clerk_is_told(line):
    issue, warnings = read_text_with_warnings("安全生产简报\n\n" + line + BODY)
    assert (issue.number, issue.year_number, issue.series, issue.office) == (3, None, "安全生产简报", "某县应急管理局")
    assert any(line in w and "“第3期”" in w for w in warnings)


@pytest.mark.parametrize("lines, number, year_number", [
    ("2024年第3号", 3, YearNumber(3, 2024, total=False)),
    ("总第152号", 152, YearNumber(None)),
    ("第3号\n\n总第152号", 152, YearNumber(3, None)),
])
def test_hao_numbers_within_the_year_and_running(lines, number, year_number):
    issue, warnings = read_text_with_warnings("安全生产简报\n\n" + lines + BODY)
    assert (issue.number, issue.year_number, issue.office) == (number, year_number, "某县应急管理局")
    assert warnings


@pytest.mark.parametrize("line, year", [("总第152期 第3期", None), ("第3期（总第152期）", None),
                                        ("2024年第3期 总第152期", 2024), ("总第152期　2024年第3期", 2024)])
def test_a_running_number_beside_the_number_within_the_year(line, year):
    issue, _ = read_text_with_warnings("安全生产简报\n\n" + line + BODY)
    assert (issue.number, issue.year_number) == (152, YearNumber(3, year))


@pytest.mark.parametrize("head, named", [("安全生产简报 No.3", "No.3"), ("安全生产简报\n\n某县No.3号文件", "No.3")])
def test_a_number_among_other_words_is_named_in_the_refusal(head, named):
    with pytest.raises(BulletinFormatError, match=f"“{named}”与其他文字在同一行"):
        recognise(text_paragraphs(head + "\n\n某县应急管理局\n\n2024年3月5日\n\n【动态】\n\n3月1日，开展检查。\n"))
