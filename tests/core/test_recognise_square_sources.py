"""An entry's sender named in square brackets (【来源：县应急局】, 〔县应急局供稿〕) or after
作者单位： is its attribution, as （来源：县应急局） is: at the end of the entry or on a line of
its own under it, never a section's title. A bare 【西平县】 stays a section."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item, attribution, is_source_line, unit_lead
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, plain

MASTHEAD = "卫生健康工作动态\n第42期\n临沂市卫生健康委员会　　2024年5月10日\n【县区动态】\n"
ENTRY = "5月8日，郯城县开展“健康进万家”宣传活动，发放宣传资料1.2万份。"
CLOSING = "编辑：王丽　审核：刘强　签发：孙志刚"


def read(text: str):
    return recognise([parse_markup(line) for line in text.splitlines()]).issue


@pytest.mark.parametrize(("source", "sender"), [
    ("【来源：郯城县卫生健康局】", "郯城县卫生健康局"), ("[来源：郯城县卫生健康局]", "郯城县卫生健康局"),
    ("〔供稿单位：郯城县卫健局〕", "郯城县卫健局"), ("【郯城县卫健局供稿】", "郯城县卫健局供稿"),
    ("（作者单位：郯城县卫健局）", "郯城县卫健局"), ("【作者单位：郯城县卫健局】", "郯城县卫健局")])
def test_a_sender_closing_an_entry_names_its_unit(source, sender):
    assert attribution(ENTRY + source) == sender
    issue = read(f"{MASTHEAD}{ENTRY}{source}\n{CLOSING}")
    [entry] = [entry for _, entry in issue.entries()]
    assert unit_lead(entry) == sender


@pytest.mark.parametrize("source", ["【来源：郯城县卫生健康局】", "〔郯城县卫健局供稿〕", "（作者单位：郯城县卫健局）"])
def test_on_a_line_of_its_own_it_ends_the_entry_above_and_is_no_section(source):
    assert is_source_line(source)
    issue = read(f"{MASTHEAD}{ENTRY}\n{source}\n5月9日，**沂南县**开展病媒生物防制宣传活动。\n{CLOSING}")
    assert [section.title for section in issue.sections] == ["县区动态"]
    first, second = [entry for _, entry in issue.entries()]
    assert isinstance(first, Item) and plain(first.body).endswith(source)
    assert unit_lead(first).startswith("郯城县卫")
    assert (second.date, second.unit) == ("5月9日", "沂南县")


def test_a_bracketed_name_alone_is_still_a_section():
    issue = read(f"{MASTHEAD}{ENTRY}\n【沂南县】\n5月9日，**县卫健局**开展病媒生物防制宣传活动。\n{CLOSING}")
    assert [section.title for section in issue.sections] == ["县区动态", "沂南县"]
    assert not is_source_line("【沂南县】") and attribution(ENTRY + "【沂南县】") == ""


def test_an_articles_sender_under_its_title_names_its_unit():
    """（作者单位：某镇党政办） under an article's title, as its byline: the unit the article is
    credited to, as at its end."""
    issue = read(f"{MASTHEAD}郯城县“三个聚焦”抓好健康宣传\n（作者单位：郯城县卫健局）\n今年以来，郯城县抓好健康宣传。\n{CLOSING}")
    [article] = [entry for _, entry in issue.entries()]
    assert unit_lead(article) == "郯城县卫健局"
