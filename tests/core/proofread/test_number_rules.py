"""Number usage (GB/T 15835—2011): what the suggestion says, beyond firing at all (the corpus)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text, found, suggestion", [
    ("培训人员达1千5百人。", "1千5百", "1500"), ("共有5百余人参加。", "5百", "500"),
    ("检查企业1千余家。", "1千", "1000"), ("参加人员1.5千人。", "1.5千", "1500"),
])
def test_arabic_digits_with_qian_or_bai_get_the_whole_number(text, found, suggestion):
    [finding] = [f for f in check(text) if f.rule == "N-QIANBAI"]
    assert (finding.found, finding.suggestion) == (found, suggestion)


def test_units_of_measure_after_qian_are_left_alone():
    assert [f for f in check("新建堤防3千米，装机5千瓦。") if f.rule == "N-QIANBAI"] == []
