"""A span of days or hours written with a hyphen (3-5天), a phrase in half-width single quotes,
a quarter a year has not (第五季度) and a per cent sign typed twice."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.found, f.rule) for f in check(text)]


@pytest.mark.parametrize("text, found, rule", [
    ("预计未来3-5天全县以晴好天气为主。", "-", "P-RANGE"),
    ("请于2-3个工作日内办结。", "-", "P-RANGE"),
    ("每次培训时长为2-3小时。", "-", "P-RANGE"),
    ("县政府办公室发布了'关于做好防汛工作的通知'。", "'关于做好防汛工作的通知'", "P-HALF-QUOTE"),
    ("全县2026年第五季度经济运行平稳。", "第五季度", "D-INVALID"),
    ("整改率达到95.6%%。", "%%", "P-DOUBLE"),
])
def test_reported(text, found, rule):
    assert (found, rule) in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "预计未来3~5天全县以晴好天气为主，3—5天后气温回升。",  # the wave dash and the 一字线 both mark a range
    "1-2号楼已完工，3-5年级学生参加演练。",  # numbering, not a span of time
    "执行GB 5749-2022标准，值班电话0374-6123456。",
    "Xi'an和Chang'an都是地名。",  # apostrophes, not quotes
    "全县第四季度经济运行平稳，整改率达到95.6%。",
])
def test_silent(text):
    assert check(text) == []
