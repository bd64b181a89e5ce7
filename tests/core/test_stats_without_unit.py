"""Submissions whose unit is not given yet are in no row: the report counts them and says so."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.inbox.submissions import edit_submission
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def test_a_submission_without_unit_is_counted_apart_until_its_unit_is_given(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        unit = registry.add_unit(archive, "西平县", aliases=["西平县应急局"])
        items = [make_submission(paragraphs_from_text(text), source="粘贴", received=dt.date(2026, 3, day), unit_id=None,
                                 names=registry.unit_names(archive))
                 for text, day in (("西平县应急局开展检查\n3月2日，西平县开展检查。", 3),
                                   ("开展消防检查\n3月4日，县应急局对商场开展消防检查。\n县应急局\n2026年3月5日", 5))]
        first, unsigned = add_submissions(archive, items)
        report = compute_stats(archive, *MARCH)
        assert (report.total.submitted, report.without_unit) == (1, 1)
        assert "另有1篇来稿尚未确定报送单位，未计入报送数" in report.lead()
        assert report.to_dict()["submissions_without_unit"] == 1
        edit_submission(archive, unsigned, unit_id=unit.id)
        report = compute_stats(archive, *MARCH)
        assert (report.row("西平县").submitted, report.total.submitted, report.without_unit) == (2, 2, 0)
        assert "尚未确定" not in report.lead() and first != unsigned
