"""A sign-off line printed without colons, as a table of cells gives it back (编辑　张三　　审核
　李四　　签发　王五): two roles at least, each a label and its names, is the sign-off; one
role alone, or other words among them, stays text."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Signoff
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

TOP = "教育简报\n第8期\n鄢陵县教育局　2026年11月20日\n【动态】\n11月15日，**陶城镇**开展校园安全检查。"


def read(closing: str):
    return recognise([parse_markup(line) for line in f"{TOP}\n{closing}\n报：市教育局".splitlines()]).issue


@pytest.mark.parametrize("line, signoff", [
    ("编辑　张三　　审核　李四　　签发　王五", Signoff(["张三"], ["李四"], ["王五"])),
    ("编辑  张三  审核  李四  签发  王五", Signoff(["张三"], ["李四"], ["王五"])),
    ("签发　王五　　审核　李四　　编辑　张三", Signoff(["张三"], ["李四"], ["王五"])),
    ("责任编辑　张三　赵六　　签发　王五", Signoff(["张三", "赵六"], [], ["王五"])),
    # labels and names letter-spaced to one width, as their cells were: a wider gap parts them
    ("编　辑　张　华　　审　核　李　强　　签　发　王　明", Signoff(["张华"], ["李强"], ["王明"])),
    ("编　辑　　张　华　　审　核　　李　强", Signoff(["张华"], ["李强"], [])),
    ("编 辑 张三  审 核 李四  签 发 王五", Signoff(["张三"], ["李四"], ["王五"])),
])
def test_roles_spaced_from_their_names_are_the_signoff(line, signoff):
    issue = read(line)
    assert issue.signoff == signoff
    assert [len(s.entries) for s in issue.sections] == [1]


@pytest.mark.parametrize("line", ["编辑　张三", "编辑　张三　　校对　李四", "编辑　张三　　审核　李四，签发　王五",
                                  "编　辑　部　　审　核　李　强", "联　系　人　张　华　　审　核　李　强"])
def test_a_line_that_is_not_only_roles_and_names_is_no_signoff(line):
    issue = read(line)
    assert issue.signoff == Signoff()


@pytest.mark.parametrize("rows, signoff", [
    ("编辑　审核　签发\n张三　李四　王五", Signoff(["张三"], ["李四"], ["王五"])),
    ("编　辑　　审　核　　签　发\n张　三　　李　四　　王　五", Signoff(["张三"], ["李四"], ["王五"])),
    ("责任编辑  签发\n张三  王五", Signoff(["张三"], [], ["王五"])),
])
def test_roles_in_one_row_and_their_names_in_the_next_are_the_signoff(rows, signoff):
    """A sign-off laid out as a table's two rows (the roles over their names), read back a row a line."""
    issue = read(rows)
    assert issue.signoff == signoff
    assert [len(s.entries) for s in issue.sections] == [1]


@pytest.mark.parametrize("rows", ["编辑　审核　签发\n张三　李四", "编辑　审核\n县应急局　县住建局"])
def test_rows_that_do_not_pair_roles_with_names_are_no_signoff(rows):
    assert read(rows).signoff == Signoff()


def test_the_three_reviews_named_as_printed_are_kept_as_printed():
    """一审：张三　二审：李四　三审：王五 is the sign-off line, its roles kept as written."""
    issue = read("一审：张三　二审：李四　三审：王五")
    assert issue.signoff == Signoff(others=["一审：张三", "二审：李四", "三审：王五"])
    assert [len(s.entries) for s in issue.sections] == [1]
