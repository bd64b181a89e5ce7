"""Naming an issue on the command line (``show 52``, ``export 漯河安全生产简报:52``, ``gui --issue``):
running numbers, numbers within a year as the masthead prints them, ids, and the messages
when the name fits none or several."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.issue_ref import IssueRefError, resolve_issue
from bulletin_desktop.core.model import YearNumber
from bulletin_desktop.core.textformat import read_text


@pytest.fixture
def archive(tmp_path, sample_text):
    """The sample (第52期), another bulletin's 第52期, and a bulletin numbered by the year:
    2025年第5期 (总第110期) and 2026年第5期 (总第128期, its masthead without the year)."""
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as opened:
        ids = {"sample": opened.add_issue(read_text(sample_text))}
        other = read_text(sample_text)
        other.series = "防汛工作简报"
        ids["other"] = opened.add_issue(other)
        for key, total, year_number, date in (("2025", 110, YearNumber(5, 2025), dt.date(2025, 3, 8)),
                                              ("2026", 128, YearNumber(5, None), dt.date(2026, 3, 6))):
            issue = read_text(sample_text)
            issue.series, issue.number, issue.year_number, issue.date = "应急管理信息", total, year_number, date
            ids[key] = opened.add_issue(issue)
        yield opened, ids


def test_running_numbers_series_and_ids(archive):
    opened, ids = archive
    assert resolve_issue(opened, "漯河安全生产简报:52") == ids["sample"]
    assert resolve_issue(opened, "防汛工作简报：第52期") == ids["other"]
    assert resolve_issue(opened, f"id:{ids['other']}") == ids["other"]
    assert resolve_issue(opened, "128") == resolve_issue(opened, "第128期") == ids["2026"]
    with pytest.raises(IssueRefError) as both:
        resolve_issue(opened, "52")
    message = str(both.value)
    assert "第52期不止一期" in message and f"漯河安全生产简报:52（id:{ids['sample']}）" in message
    assert resolve_issue(opened, "防汛工作简报:52") == ids["other"]  # a candidate named as the message names it


def test_numbers_within_a_year_as_the_masthead_prints_them(archive):
    opened, ids = archive
    for ref in ("2025年第5期", "2025-5", "2025年5期", "应急管理信息:2025年第5期"):
        assert resolve_issue(opened, ref) == ids["2025"], ref
    # a masthead without its year: the year of the issue's date
    assert resolve_issue(opened, "2026年第5期") == ids["2026"]
    # a number no issue runs under falls back to the numbers within a year, and lists them when several
    with pytest.raises(IssueRefError) as two:
        resolve_issue(opened, "5")
    listed = str(two.value)
    assert "应急管理信息:2025年第5期（id:" in listed and f"应急管理信息:2026年第5期（id:{ids['2026']}）" in listed
    assert resolve_issue(opened, "应急管理信息:2026年第5期") == ids["2026"]
    with pytest.raises(IssueRefError) as none:
        resolve_issue(opened, "2024年第5期")
    assert "档案库中没有2024年第5期" in str(none.value)
    with pytest.raises(IssueRefError) as unreadable:
        resolve_issue(opened, "五月那期")
    assert "无法识别期次" in str(unreadable.value) and "2024年第5期" in str(unreadable.value)


def test_numbers_in_chinese_numerals_as_a_masthead_prints_them(archive):
    opened, ids = archive
    assert resolve_issue(opened, "漯河安全生产简报:第五十二期") == ids["sample"]
    assert resolve_issue(opened, "第一百二十八期") == resolve_issue(opened, "一二八") == ids["2026"]
    assert resolve_issue(opened, "应急管理信息:二〇二五年第五期") == ids["2025"]
    assert resolve_issue(opened, "第１２８期") == ids["2026"]  # full-width digits, as an input method types them
    with pytest.raises(IssueRefError) as none:
        resolve_issue(opened, "第九十九期")
    assert "第99期" in none.value.message
