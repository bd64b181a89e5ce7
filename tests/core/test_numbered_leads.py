"""An entry's number before its bracketed unit, its bold run-in title or its bold unit: the
number is the entry's mark, and the rest of its lead is read as it is without one."""
import pytest

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.recognise.body import read_item
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup


@pytest.mark.parametrize("number", ["3.", "3．", "（三）", "三、", "◆"])
def test_a_number_before_a_bold_bracketed_unit(number):
    item = read_item(parse_markup(f"{number}**【庙湾所】**3月26日，庙湾所开展“3·15”消费维权进乡村活动。"))
    assert (item.mark, item.date, item.unit) == (f"{number}【】", "3月26日", "庙湾所")
    assert plain(item.rich) == f"{number}【庙湾所】3月26日，庙湾所开展“3·15”消费维权进乡村活动。"


def test_a_number_bold_with_its_bracketed_unit():
    item = read_item(parse_markup("**3.【庙湾所】**3月26日，庙湾所开展活动。"))
    assert (item.mark, item.date, item.unit) == ("3.【】", "3月26日", "庙湾所")


def test_a_number_before_a_bracketed_unit_in_plain_text():
    item = read_item(parse_markup("12、〔东皇所〕近日，东皇所开展检查。"))
    assert (item.mark, item.date, item.unit) == ("12、〔〕", "近日", "东皇所")
    assert plain(item.rich) == "12、〔东皇所〕近日，东皇所开展检查。"


def test_a_number_before_a_bold_run_in_title():
    item = read_item(parse_markup("1．**强化培训。**12月4日，**某局**组织培训。"))
    assert (item.mark, item.date, item.unit) == ("1．强化培训。", "12月4日", "某局")
    assert plain(item.rich) == "1．强化培训。12月4日，某局组织培训。"
    assert plain(item.body) == "组织培训。"


@pytest.mark.parametrize("markup, unit, body", [
    ("（三）**县应急局**11月5日开展检查。", "县应急局", "11月5日开展检查。"),
    ("（三）**县应急局：**11月5日，开展检查。", "县应急局", "：11月5日，开展检查。"),
    ("2．**县住建局、县应急局**联合开展检查。", "县住建局、县应急局", "联合开展检查。"),
])
def test_a_number_before_a_bold_unit(markup, unit, body):
    """As without the number (**县应急局**11月5日…: the unit, the rest as text), the number the mark."""
    numbered, alone = read_item(parse_markup(markup)), read_item(parse_markup(markup[markup.index("**"):]))
    assert (numbered.unit, plain(numbered.body)) == (alone.unit, plain(alone.body)) == (unit, body)
    assert numbered.mark == markup[:markup.index("**")] and alone.mark == ""


def test_numbered_entries_of_a_bulletin_read_as_unnumbered_ones():
    lines = ["某某简报", "第3期", "某某办公室　　2024年3月5日", "【工作动态】",
             "1.**【县市场监管局】**3月24日，县市场监管局开展检查。",
             "2.【东皇市场监管所】3月25日，东皇市场监管所开展宣传。",
             "3.**【庙湾所】**3月26日，庙湾所开展活动。"]
    issue = recognise([parse_markup(line) for line in lines]).issue
    entries = issue.sections[0].entries
    assert [(e.mark, e.date, e.unit) for e in entries] == [
        ("1.【】", "3月24日", "县市场监管局"), ("2.【】", "3月25日", "东皇市场监管所"), ("3.【】", "3月26日", "庙湾所")]
    assert [to_markup(e.rich) for e in entries][2] == "3.【庙湾所】3月26日，庙湾所开展活动。"


def test_a_numbered_entry_made_in_the_window_prints_its_unit_in_its_brackets():
    item = Item(body=parse_markup("开展检查。"), date="3月26日", unit="庙湾所", mark="3.【】")
    assert to_markup(item.rich) == "3.【庙湾所】3月26日，开展检查。"
