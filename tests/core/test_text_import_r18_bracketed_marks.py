"""A masthead's mark in the brackets a section's heading has (【内部资料】, 〔内部资料〕,
［内部资料］, 【内部资料　注意保存】) over the bulletin's name is its mark, not a heading that
leaves the bulletin without a name."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

REST = "医疗保障信息\n第16期\n县医疗保障局　　2026年12月4日\n【工作动态】\n12月3日，**县医保局**召开会议。"


@pytest.mark.parametrize("mark", ["【内部资料】", "〔内部资料〕", "［内部资料］", "【内部资料　注意保存】"])
def test_a_bracketed_mark_over_the_name_is_the_masthead_mark(mark):
    issue = recognise([parse_markup(line) for line in f"{mark}\n{REST}".splitlines()]).issue
    assert (issue.series, issue.number, issue.marking) == ("医疗保障信息", 16, mark)
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert read_text(write_text(issue)) == issue


def test_a_bracketed_heading_that_is_no_mark_still_ends_the_masthead():
    issue = recognise([parse_markup(line) for line in f"{REST}\n【内部交流】\n12月3日，**县医保中心**开展培训。".splitlines()]).issue
    assert [s.title for s in issue.sections] == ["工作动态", "内部交流"]
