"""A template's field left unfilled in 【】 (【时间】, 【单位名称】) is a placeholder; a unit's
name or a column's name in 【】 is not."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text, found", [
    ("会议于【时间】在县政府会议室召开。", "【时间】"),
    ("报送单位：【单位名称】", "【单位名称】"),
    ("参加培训的共有【人数】人。", "【人数】"),
])
def test_unfilled_field_is_reported(text, found):
    assert [(f.found, f.rule) for f in check(text)] == [(found, "PH-MARK")]


@pytest.mark.parametrize("text", [
    "【长葛市】6月3日，市应急局开展安全生产检查。",
    "【工作动态】",
    "【禹州市】市防指召开防汛会商会。",
])
def test_names_in_square_brackets_stay_silent(text):
    assert check(text) == []
