"""A table by month lists every month of the range, the empty ones as noughts."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.stats.periods import months_of
from bulletin_desktop.core.units import registry


def test_every_month_of_a_quarter_is_a_row(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        unit = registry.add_unit(archive, "西平县")
        add_submissions(archive, [make_submission(paragraphs_from_text("西平县开展检查\n12月2日，西平县开展检查。"), source="粘贴",
                                                  received=dt.date(2025, 12, 3), unit_id=unit.id)])
        header, rows = compute_stats(archive, dt.date(2025, 10, 1), dt.date(2025, 12, 31)).table("month")
    assert header[0] == "月份" and rows == [["2025年10月", 0, 0, "—", 0, 0], ["2025年11月", 0, 0, "—", 0, 0],
                                          ["2025年12月", 1, 0, "0.0%", 0, 0]]


def test_months_of_a_range_across_a_year_and_too_long_a_range():
    assert months_of(dt.date(2025, 11, 15), dt.date(2026, 2, 1)) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert months_of(dt.date(1900, 1, 1), dt.date(2999, 12, 31)) == []
