"""Two distribution lists typed on one line with no gap between them (报：市委办公室。抄报：市政府办公室。):
each is a line of its own, as when a gap sets them apart; a label-like word inside a list
(发改委：) does not split it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

TOP = "工作动态\n第48期\n县委办公室\n2026年11月24日\n【工作推进】\n11月22日，**县财政局**召开预算执行工作推进会。\n编辑：赵敏　审核：李明　签发：王刚\n"


def lists(closing: str) -> list[tuple[str, str]]:
    issue = recognise([parse_markup(line) for line in (TOP + closing).splitlines()]).issue
    return [(line.label, line.text) for line in issue.distribution]


@pytest.mark.parametrize("closing, expected", [
    ("报：市委办公室。抄报：市政府办公室。", [("报", "市委办公室。"), ("抄报", "市政府办公室。")]),
    ("送：县委、县政府领导；发：各乡镇人民政府。", [("送", "县委、县政府领导；"), ("发", "各乡镇人民政府。")]),
    # the wrapped rest of a list runs on into the next one
    ("送：县委常委，县人大常委会、县政府、县政协分管领\n导。发：各乡镇人民政府。",
     [("送", "县委常委，县人大常委会、县政府、县政协分管领导。"), ("发", "各乡镇人民政府。")]),
    ("报：市委办公室。　发：各乡镇。", [("报", "市委办公室。"), ("发", "各乡镇。")]),
    ("发：各乡镇，发改委、财政局。", [("发", "各乡镇，发改委、财政局。")]),
])
def test_each_list_is_a_line(closing, expected):
    assert lists(closing) == expected


def test_the_text_format_writes_them_apart_and_reads_them_back():
    issue = read_text(TOP + "报：市委办公室。抄报：市政府办公室。")
    assert "\n报：市委办公室。\n抄报：市政府办公室。" in write_text(issue)
    assert read_text(write_text(issue)) == issue
