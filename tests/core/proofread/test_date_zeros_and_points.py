"""A month or a day written with a zero in front (2026年06月05日), and 个百分比 for 个百分点."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.found, f.rule, f.suggestion) for f in check(text)]


def test_zeros_in_a_date_are_reported_each():
    assert _found("2026年06月05日，县委召开常委会议。") == [("06", "D-ZERO", "6"), ("05", "D-ZERO", "5")]


@pytest.mark.parametrize("text, expected", [
    ("6月05日，县委召开会议。", ("05", "D-ZERO", "5")),
    ("2026年06月，县里召开三级干部会议。", ("06", "D-ZERO", "6")),
    ("全县城镇化率比上年提高1.2个百分比。", ("个百分比", "B:个百分比", "个百分点")),
])
def test_reported(text, expected):
    assert expected in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "2026年6月5日、10月10日，县委召开常委会议。",
    "该批产品型号为X06月版。",
    "用百分比表示的指标有12个。",
])
def test_silent(text):
    assert check(text) == []
