"""The points of one 一是, 二是 list set apart by one mark: 一是…，二是…；三是… mixes two."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text, found, right", [
    ("一是强化组织领导，二是压实工作责任；三是加强督导检查。", "；", "，"),
    ("会议要求：一是提高站位；二是压实责任，三是强化督导。", "，", "；"),
])
def test_a_point_set_apart_otherwise_is_reported(text, found, right):
    assert [(f.found, f.rule, f.suggestion) for f in check(text)] == [(found, "P-POINT-SEP", right)]


@pytest.mark.parametrize("text", [
    "一是抓排查，做到全覆盖；二是抓整改，做到闭环；三是抓督导。",  # commas inside a point
    "会议要求，一是提高站位，二是压实责任。下一步，一是抓排查；二是抓整改。",  # two lists
    "第一，一是加强领导，二是压实责任；第二，一是抓宣传；二是抓落实。",
])
def test_one_mark_per_list_stays_silent(text):
    assert check(text) == []
