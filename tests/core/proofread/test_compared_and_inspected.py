"""比去年同期相比 (two ways of comparing run together), 检察 for 检查 after 进行了, and 检察开放日,
a procuratorate's open day, left alone."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.found, f.rule) for f in check(text)]


@pytest.mark.parametrize("text, expected", [
    ("今年全县粮食产量比去年同期相比增长3.2%。", ("相比", "G-BLEND")),
    ("一般公共预算收入比上年相比增加1.2亿元。", ("相比", "G-BLEND")),
    ("检查组对企业安全管理制度的落实情况进行了检察。", ("检察", "B:检察")),
])
def test_reported(text, expected):
    assert expected in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "与去年同期相比，全县粮食产量增长3.2%，比上年增加1.2万吨。",
    "税收占比与上年相比有所提高，同比增长5%。",
    "县人民检察院开展检察开放日活动，对该案进行了检察监督。",
])
def test_silent(text):
    assert check(text) == []
