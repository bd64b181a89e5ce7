"""A short line over entries whose dates are written loosely (11.16，, 近日，, 本周，) before a
bold unit heads them as it heads entries dated 11月16日，: it is a section, or a numbered
topic among the entries, never an article's title."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Article, Item
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

MASTHEAD = "某某工作简报\n第17期\n2026年11月18日\n"


def issue_of(text: str):
    return recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue


@pytest.mark.parametrize("lead", ["11.16", "近日", "日前", "本周", "16日"])
@pytest.mark.parametrize("heading", ["工作动态", "**工作动态**"])
def test_a_short_line_over_loosely_dated_entries_is_a_section(lead, heading):
    issue = issue_of(f"{heading}\n{lead}，**城关镇**对辖区老旧小区改造项目开展巡查。\n"
                     f"{lead}，**县住建局**召开建筑施工安全会议。\n"
                     "安全监管\n近日，**县质监站**开展冬期施工专项检查。\n")
    assert [(s.title, len(s.entries)) for s in issue.sections] == [("工作动态", 2), ("安全监管", 1)]
    first = issue.sections[0].entries[0]
    assert isinstance(first, Item) and (first.date, first.unit) == (lead, "城关镇")


def test_a_loose_lead_without_a_bold_unit_is_no_dated_entry_under_a_title():
    # 近日，县质监站… is a sentence: the line over it stays an article's title
    issue = issue_of("县质监站强化冬期施工监管\n近日，县质监站开展冬期施工专项检查，下达整改通知书5份。\n")
    assert [e.title for s in issue.sections for e in s.entries if isinstance(e, Article)] == ["县质监站强化冬期施工监管"]


def test_a_numbered_topic_over_an_entry_led_by_this_week_stays_among_the_entries():
    issue = issue_of("（一）10月份工业增加值同比增长7.8%\n据统计，10月份全市规模以上工业增加值同比增长7.8%。\n"
                     "（二）本周统计工作动态\n本周，**市统计局**召开经济普查数据质量核查会议。\n"
                     "11月18日，**后河镇统计站**开展统计执法检查。\n")
    titles = [e.title for s in issue.sections for e in s.entries if isinstance(e, Article)]
    assert titles == ["（一）10月份工业增加值同比增长7.8%"]
    items = [e for s in issue.sections for e in s.entries if isinstance(e, Item)]
    assert [(i.date, i.unit) for i in items] == [("", ""), ("本周", "市统计局"), ("11月18日", "后河镇统计站")]
