"""A date lead with a space before the part of the day (7月12日 上午，…, 12月3日　下午，…, as a
clerk types it or a copy leaves it) dates the entry, kept as written, in an import and a paste
alike."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import is_valid_entry_date
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

MASTHEAD = "安全生产简报\n第8期\n某县应急管理局　　2026年12月4日\n【工作动态】\n"


@pytest.mark.parametrize("date", ["7月12日 上午", "12月3日 下午", "12月3日　晚上", "12月3日 上午 9时",
                                  "十二月三日 下午"])
def test_the_spaced_part_of_day_is_in_the_entry_date(date):
    line = f"{date}，**县住建局**开展燃气安全检查。"
    issue = recognise([parse_markup(text) for text in (MASTHEAD + line).splitlines()]).issue
    [(_, item)] = list(issue.entries())
    assert (item.date, item.unit) == (date, "县住建局")
    assert item.text == line.replace("**", "")
    [pasted] = pasted_entries([parse_markup(line)])
    assert (pasted.date, pasted.unit) == (date, "县住建局")
    assert is_valid_entry_date(date)


def test_a_word_after_the_space_that_is_no_part_of_day_is_not_the_date():
    assert not is_valid_entry_date("12月3日 全县")


@pytest.mark.parametrize("gap", ["\u00a0", "\u00a0\u00a0", "\u2002"])
@pytest.mark.parametrize("after", ["上午", "8时"])
def test_a_web_page_s_no_break_space_before_the_part_of_day_or_the_hour(gap, after):
    from bulletin_desktop.core.textformat import read_text, write_text

    date = f"12月3日{gap}{after}"
    line = f"{date}，**县住建局**开展燃气安全检查。"
    issue = recognise([parse_markup(text) for text in (MASTHEAD + line).splitlines()]).issue
    [(_, item)] = list(issue.entries())
    assert (item.date, item.unit) == (date, "县住建局")
    assert read_text(write_text(issue)) == issue
    [pasted] = pasted_entries([parse_markup(line)])
    assert (pasted.date, pasted.unit) == (date, "县住建局")
