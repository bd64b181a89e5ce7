"""A pair closed by the other half of another pair (“回头看’, 《安全生产法〉): reported once, with
the right closing mark suggested in its place."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text, found, right", [
    ("开展“回头看’专项行动。", "“回头看’", "“回头看”"),
    ("开展“回头看」专项行动。", "“回头看」", "“回头看”"),
    ("会议传达学习了《安全生产法〉。", "《安全生产法〉", "《安全生产法》"),
    ("县应急局【县安委办）牵头组织检查。", "【县安委办）", "【县安委办】"),
])
def test_wrong_closing_mark_is_reported_with_the_right_one(text, found, right):
    assert [(f.found, f.rule, f.suggestion) for f in check(text)] == [(found, "PAIR-MISSING", right)]


@pytest.mark.parametrize("text", [
    "他说：“要把‘安全第一’落到实处。”",
    "县应急局转发了《〈生产安全事故应急预案管理办法〉解读》。",
])
def test_nested_pairs_stay_silent(text):
    assert check(text) == []
