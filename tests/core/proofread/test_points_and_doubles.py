"""A point of a 一是, 二是 list typed as a heading's number (三、), a word's last character typed
again at a clause's end (制度度。), and a quoted activity's noun typed twice (“…”活动活动)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.found, f.rule, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, expected", [
    ("会议提出，一是抓好组织领导，二是抓好宣传发动，三、抓好督导考核。", ("三、", "H-SERIES", "三是")),
    ("防汛期间，各乡镇要严格落实24小时值班制度度。", ("度度", "DUP-IN-WORD", "度")),
    ("检查中发现的隐患，已责令其立即整改改，限期销号。", ("改改", "DUP-IN-WORD", "改")),
    ("县卫健委开展了“健康义诊进乡村”活动活动。", ("活动活动", "DUP-WORD", "活动")),
])
def test_reported(text, expected):
    assert expected in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "一是完善一、二级响应，二是规范三、四级响应，三是加强演练。",  # levels counted, not points
    "一是抓好领导，二是抓好宣传；三、四级响应由乡镇启动。",
    "大家一起去看看。他们说说笑笑，看望了老奶奶，问题要一个个解决。",
    "工间休息时起身活动活动。",
    "对《实施方案》请大家再研究研究。",
])
def test_silent(text):
    assert check(text) == []
