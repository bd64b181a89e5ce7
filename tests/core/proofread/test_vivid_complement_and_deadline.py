"""得 before a vivid adjective closing the clause (打扫的干干净净 → 得), and 截至 before a week or
a part of a month (截止上周五 → 截至)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, expected", [
    ("大家把会场打扫的干干净净。", ("的", "得")),
    ("各村把垃圾清理的一干二净，群众拍手称快。", ("的", "得")),
    ("截止上周五，全县共排查隐患126处。", ("截止", "截至")),
    ("截止本月中旬，全县已完成秋播任务的八成。", ("截止", "截至")),
])
def test_reported(text, expected):
    assert expected in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "村民把院子收拾得干干净净，干干净净的街道让人舒心。",
    "惠及村里的家家户户。",
    "群众对这次活动的轰轰烈烈印象深刻。",
    "报名截止后，上周五起不再受理。",
])
def test_silent(text):
    assert check(text) == []
