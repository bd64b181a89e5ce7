"""Entries that name their unit only in their words (no bold unit): a registered unit written
otherwise counts, and the unit suggested for the rest is a whole department's name."""
from __future__ import annotations

import datetime as dt

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.stats.unattributed import unattributed_entries
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.detect import unit_named_at_start

YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_level_s_department_is_not_cut_at_a_place_s_ending():
    assert unit_named_at_start("县市场监督管理局组织开展检查") == "县市场监督管理局"
    assert unit_named_at_start("市住房和城乡建设局召开会议") == "市住房和城乡建设局"
    assert unit_named_at_start("长葛市应急管理局组织开展检查") == "长葛市"
    assert unit_named_at_start("马栏镇组织开展检查") == "马栏镇"


def _county_issue(number, texts):
    issue = plain_issue(number, dt.date(2024, 3, number), texts, series="鄢陵县安全生产简报")
    issue.office = "鄢陵县安全生产委员会办公室"
    return issue


def test_an_opening_name_written_otherwise_counts_for_the_registered_unit(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(_county_issue(1, ["3月1日，**县市场监督管理局**开展检查。"]))
        archive.add_issue(_county_issue(2, ["3月2日，县市场监管局组织开展食品安全检查。",
                                            "3月2日，县住房和城乡建设局召开会议。"]))
        report = compute_stats(archive, *YEAR)
        assert report.row("县市场监督管理局").adopted == 2
        assert registry.find_unit(archive, "县住房和城乡建设局") is None  # named only in the text: not registered
        [left] = unattributed_entries(archive, *YEAR)
        assert left.suggestion == "县住房和城乡建设局"
        # registered from the list of entries without a unit, written short it is the same unit
        registry.add_unit(archive, "县住建局")
        assert registry.add_units_named(archive, ["县住房和城乡建设局"]) == []
        assert registry.resolve_unit(archive, "县住房和城乡建设局").name == "县住建局"
        assert compute_stats(archive, *YEAR).row("县住建局").adopted == 1
