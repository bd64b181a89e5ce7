"""Periods as the office names them: the one just ended, or a year, month, quarter or half named."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.stats import StatsRangeError, preset_range
from bulletin_desktop.core.stats.periods import named_range, period_title

D = dt.date


def test_the_period_just_ended():
    today = D(2025, 1, 15)
    assert preset_range("last-quarter", today) == (D(2024, 10, 1), D(2024, 12, 31))
    assert preset_range("last-month", today) == (D(2024, 12, 1), D(2024, 12, 31))
    assert preset_range("last-year", today) == (D(2024, 1, 1), D(2024, 12, 31))
    assert preset_range("last-month", D(2024, 3, 31)) == (D(2024, 2, 1), D(2024, 2, 29))


@pytest.mark.parametrize("text, title", [
    ("2024", "2024年"), ("2024年", "2024年"), ("2024-10", "2024年10月"), ("2024年3月", "2024年3月"),
    ("2024Q4", "2024年第四季度"), ("2024-q2", "2024年第二季度"), ("2024年第四季度", "2024年第四季度"),
    ("2024年第1季度", "2024年第一季度"), ("2024H1", "2024年上半年"), ("2024年下半年", "2024年下半年"),
])
def test_a_named_period(text, title):
    assert period_title(*named_range(text)) == title


def test_no_period_or_a_wrong_one():
    assert named_range("hello") is None and named_range("2024Q5") is None
    with pytest.raises(StatsRangeError):
        named_range("2024-13")
