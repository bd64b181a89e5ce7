"""A masthead's line of the office, the date and the hour it was sent on one line
(漯河市应急管理局　　2026年12月3日 16:00), as a daily report prints it: shaped as a WeChat
account line or a chat's sender line is, it is the masthead's where the issue's number stands
over it or under it; the office and the date are read, the review saying the hour is not kept.
A post's own account line over the masthead is still left out."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

ENTRY = "【工作动态】\n12月3日，**县应急局**召开寒潮防御调度会。\n"


def read(text: str):
    return recognise([parse_markup(line) for line in text.splitlines()])


@pytest.mark.parametrize("line, hour", [("漯河市应急管理局　　2026年12月3日 16:00", "16:00"),
                                        ("漯河市应急管理局 2026年12月3日 16:00", "16:00"),
                                        ("漯河市应急管理局　2026-12-03 16:00", "16:00"),
                                        ("漯河市应急管理局　2026/12/3 8:30", "8:30"),
                                        ("漯河市应急管理局　2026/12/3 16:00", "16:00"),  # (the 3rd at 16:00, not the 31st)
                                        ("漯河市应急管理局　　2026年12月3日16时", "16时")])
@pytest.mark.parametrize("number_first", [True, False])
def test_the_office_the_date_and_the_hour_on_one_line_are_the_mastheads(line, hour, number_first):
    head = f"安全生产简报\n第5期\n{line}\n" if number_first else f"安全生产简报\n{line}\n第5期\n"
    result = read(head + ENTRY)
    issue = result.issue
    assert (issue.series, issue.number, issue.date, issue.office) == ("安全生产简报", 5, dt.date(2026, 12, 3), "漯河市应急管理局")
    assert any(hour in warning and "未保存" in warning for warning in result.warnings)
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("12月3日", "县应急局")]


def test_a_posts_account_line_over_the_masthead_is_still_the_pages():
    result = read("安全生产简报第5期\n漯河应急　2026年12月3日 16:00　河南\n安全生产简报\n第5期\n"
                  "漯河市应急管理局　　2026年12月3日\n" + ENTRY)
    assert (result.issue.number, result.issue.office) == (5, "漯河市应急管理局")
    assert any("不属于简报的 2 行" in warning for warning in result.warnings)


@pytest.mark.parametrize("head", ["第5期\n2026年12月3日 16:00　　漯河市应急管理局",
                                  "第5期　　2026年12月3日 16:00\n漯河市应急管理局",
                                  "漯河市应急管理局　　第5期　　2026年12月3日 16:00",
                                  "第5期\n漯河市应急管理局　　2026年12月3日（星期四）16:00",
                                  "第5期\n2026年12月3日（星期四）16:00\n漯河市应急管理局"])
def test_the_hour_beside_the_number_before_the_office_or_after_the_weekday(head):
    result = read(f"安全生产简报\n{head}\n" + ENTRY)
    issue = result.issue
    assert (issue.series, issue.number, issue.date, issue.office) == ("安全生产简报", 5, dt.date(2026, 12, 3), "漯河市应急管理局")
    assert any("16:00" in warning and "未保存" in warning for warning in result.warnings)
