"""One number, one date or one time in one kind of digits; a short year opening a clause."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, expected", [
    ("24年全县共完成农村改厕5600户。", ("N-YEAR-SHORT", "24", "2024")),
    ("截至目前，23年我县新增就业3000人。", ("N-YEAR-SHORT", "23", "2023")),
    ("今年全县粮食总产量2O.5万吨。", ("N-LETTER-O", "2O.5", "20.5")),
    ("合格率为9O.5%。", ("N-LETTER-O", "9O.5", "90.5")),
    ("县防指于二〇二四年7月启动应急响应。", ("N-DATE-MIXED", "二〇二四年7月", "2024年7月")),
    ("二〇二三年12月5日召开会议。", ("N-DATE-MIXED", "二〇二三年12月5日", "2023年12月5日")),
    ("县委于十一时30分召开紧急会议。", ("D-TIME-MIXED", "十一时30分", "11时30分")),
    ("会议于9时三十分开始。", ("D-TIME-MIXED", "9时三十分", "9时30分")),
])
def test_mixed_forms_fire(text, expected):
    assert expected in _rules(text), _rules(text)


@pytest.mark.parametrize("text", [
    "连续24年全县未发生较大事故。",
    "全县24年来未发生较大事故。",
    "CO2排放下降，PM2.5浓度下降，O2O平台上线，增长20.5%。",
    "二〇二四年七月召开会议，2024年7月完成验收。",
    "会议于十二时三十分开始，12时30分结束。",
    "县第十五届人大三次会议于1时许闭幕。",
])
def test_one_kind_of_digits_stays_silent(text):
    assert check(text) == []
