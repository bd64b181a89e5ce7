"""The two ends of a range in one kind of numerals: 五至10户 and 3到五天 are flagged (5至10户,
三到五天); 统一至12月, 第三至5名, 周五至10日 are no such ranges."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _ranges(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text) if f.rule == "N-RANGE-MIXED"]


@pytest.mark.parametrize("text, found, right", [
    ("每名农村党员联系五至10户群众。", "五至10", "5至10"),
    ("培训持续3到五天。", "3到五", "3到5"),
    ("参训人员约十至15人。", "十至15", "10至15"),
    ("参赛学生年龄为十三至15岁。", "十三至15", "13至15"),
])
def test_a_range_in_two_kinds_of_numerals_is_reported(text, found, right):
    assert _ranges(text) == [(found, right)]


@pytest.mark.parametrize("text", [
    "每名党员联系5至10户群众，培训持续三到五天。",
    "各项工作统一至12月底前完成，第三至5名获优秀奖。",
    "每周五至10日前报送数据，每周一至5天开展巡查。",
    "1至三季度全市经济运行平稳，3到十几个部门参与。",
])
def test_one_kind_of_numerals_or_no_range_is_silent(text):
    assert _ranges(text) == []
