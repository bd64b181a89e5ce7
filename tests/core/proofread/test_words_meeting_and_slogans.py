"""Correct prose the checker once underlined: two words meeting on a shared word (党组织组织力),
a quoted slogan of parallel halves set apart by a space, and a byline line of 记者 and 通讯员."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[str]:
    return [f.rule for f in check(text)]


@pytest.mark.parametrize("text", [
    "会议强调，要全面提升基层党组织组织力。",
    "市委宣传部举办“奋进新征程 建功新时代”主题宣讲活动。",
    "活动以“人人讲安全　个个会应急”为主题。",
    "“学党史 悟思想 办实事 开新局”主题活动扎实开展。",  # three characters a part, four parts
    "记者 王磊 通讯员 李华",
    "本报记者 张楠",
])
def test_stays_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, rule", [
    ("全市安全生产生产形势总体平稳。", "DUP-WORD"),  # a four-character word's end typed again
    ("要进一步加强加强组织力建设。", "DUP-WORD"),
    ("主题为“奋进新征程 建功时代”。", "S-HAN-HAN"),  # halves of unequal length: a stray space
    ("开展“安全月 宣传日”活动。", "S-HAN-HAN"),  # two parts of three characters: a name cut by a space
    ("他说“全市共排查 隐患十二处”。", "S-HAN-HAN"),
    ("记者 王磊说要加强 安全", "S-HAN-HAN"),
])
def test_near_misses_still_reported(text, rule):
    assert rule in _rules(text), check(text)
