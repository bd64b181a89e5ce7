"""An entry dated with the part of the day a report also names it by (12月3日清晨, 12月3日深夜,
12月3日夜, 12月3日午后), or with the part of the day after the last of its days (12月3日至4日上午),
is read with its date, kept as written."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import is_valid_entry_date
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

MASTHEAD = "防汛工作简报\n第8期\n县防汛办　　2026年12月4日\n【汛情动态】\n"


@pytest.mark.parametrize("date", ["12月3日清晨", "12月3日早晨", "12月3日深夜", "12月3日夜", "12月3日夜里",
                                  "12月3日午后", "12月3日至4日上午"])
def test_the_part_of_day_is_in_the_entry_date(date):
    line = f"{date}，**县水利局**组织巡查河道堤防。"
    issue = recognise([parse_markup(text) for text in (MASTHEAD + line).splitlines()]).issue
    [(_, item)] = list(issue.entries())
    assert (item.date, item.unit, item.text) == (date, "县水利局", line.replace("**", ""))
    [pasted] = pasted_entries([parse_markup(line)])
    assert (pasted.date, pasted.unit) == (date, "县水利局")


def test_words_that_only_begin_as_a_part_of_day_are_not_the_date():
    assert not is_valid_entry_date("12月3日夜以继日")
