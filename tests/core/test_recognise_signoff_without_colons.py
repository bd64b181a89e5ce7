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
