"""A slip of an office word is reported when a real word the list watches (形式, 检察) lies in it
but the slipped character is elsewhere; where that word holds the slipped character, the list's
own entry decides, with its guards."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.found, f.rule) for f in check(text)]


@pytest.mark.parametrize("text, found", [
    ("要坚决杜绝形式主意、官僚主义。", "形式主意"),
    ("各级干部要提高政治站为。", "政治站为"),
    ("会议要求切时加强组织领导。", "切时加强"),
])
def test_slip_beside_a_listed_word_is_reported(text, found):
    assert (found, "W-TERM-SLIP") in _rules(text)


@pytest.mark.parametrize("text", [
    "要坚决杜绝形式主义、官僚主义。",
    "县委组织集中政治学习。",  # 政治 holds the character a slip of 集中整治 would change
    "会议作出安排部署。",
    "物权法规定了取得时效制度。",
])
def test_right_words_stay_silent(text):
    assert check(text) == []


def test_listed_word_holding_the_slip_keeps_its_own_report():
    assert [rule for _, rule in _rules("会议对秋收工作进行了安排部属。")] == ["B:部属"]
