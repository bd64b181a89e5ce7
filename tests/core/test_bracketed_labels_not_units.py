"""A word in square brackets before an entry's date is the entry's unit only where it ends as
a unit's name does (县, 局, 所, 一高, 二中, 车务段 …); a label over the news (【动态】, 【图片新闻】,
【经验做法】) credits no unit, whatever the sentence after it says: in an issue read in, in a
paste, and where the inbox reads a submission's unit before its date. A wrong unit would
count in the statistics for a unit that does not exist; no unit shows in their unattributed list."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import named_as_a_unit, unit_before_date
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, plain

MASTHEAD = "教育简报\n第31期\n方城县教育局　　2026年12月3日\n【工作动态】\n"

LABELS = ["【动态】12月3日，开展冬季消防演练。", "【图片新闻】12月3日，召开安全生产工作会议。",
          "【经验做法】12月3日，建立隐患排查台账制度。", "【热点】12月3日，开展燃气安全检查。",
          "【简讯】12月3日，开展消防演练。"]
UNITS = [("【方城一高】12月1日，学校开展消防演练。", "方城一高"), ("【二中】12月2日，组织防溺水教育。", "二中"),
         ("【漯河车务段】11月21日，开展设备检查。", "漯河车务段"), ("【庙湾所】3月26日，开展夜查。", "庙湾所"),
         ("【上蔡县】11月19日，开展演练。", "上蔡县")]


def _entries(text: str):
    issue = recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue
    return [entry for _, entry in issue.entries()]


@pytest.mark.parametrize("line", LABELS)
def test_a_label_alone_credits_no_unit_and_prints_as_written(line):
    [entry] = _entries(line)
    assert entry.unit == "" and entry.date == "12月3日"
    assert plain(entry.rich) == line
    assert unit_before_date(line) is None
    [pasted] = pasted_entries([parse_markup(line)])
    assert pasted.unit == ""


@pytest.mark.parametrize("line, unit", UNITS)
def test_a_name_that_ends_as_units_do_is_the_unit(line, unit):
    [entry] = _entries(line)
    assert entry.unit == unit and plain(entry.rich) == line
    assert unit_before_date(line)[0] == unit


@pytest.mark.parametrize("name, named", [("县应急局", True), ("城关一小", True), ("实验中学", True), ("平煤十矿", True),
                                         ("动态", False), ("一线传真", False), ("5处", False), ("全县", False)])
def test_named_as_a_unit(name, named):
    assert named_as_a_unit(name) is named
