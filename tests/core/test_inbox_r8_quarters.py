"""A year's statistics by quarter and by the units' level (category: 县区, 市直单位, 乡镇街道):
报送 by the day received, 采用 by the issue's date, each quarter one definition
(periods.quarter_of) for the ranges, the titles and the tables; a submission several units of
two levels sent counts in each level and once in the totals."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import NewSubmission, add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.model import Issue, Section
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.stats.periods import named_range, period_title, preset_range, quarter_months, quarter_of
from bulletin_desktop.core.units import registry

YEAR = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


@pytest.fixture
def year(tmp_path):
    with Archive.open(tmp_path / "city.sqlite", auto_backup=False) as archive:
        for number, day in enumerate((dt.date(2023, 2, 10), dt.date(2023, 5, 10), dt.date(2023, 8, 10),
                                      dt.date(2023, 11, 10)), 1):
            archive.add_issue(Issue(series="漯河应急信息", number=number, date=day, office="漯河市应急管理局",
                                    sections=[Section("工作动态", [])]))
        units = {name: registry.add_unit(archive, name, category=category).id for name, category in (
            ("郾城区", "县区"), ("源汇区", "县区"), ("市住房和城乡建设局", "市直单位"), ("北舞渡镇", "乡镇街道"))}

        def sent(unit: str, received: dt.date, title: str, joint: tuple[str, ...] = ()) -> int:
            item = NewSubmission(received, units[unit], title, f"{received.month}月{received.day}日，{title}。", "粘贴",
                                 joint=[unit, *joint] if joint else [])
            return add_submissions(archive, [item])[0]

        ids = {
            "q1": sent("郾城区", dt.date(2023, 1, 20), "郾城区开展节前检查"),
            "q1b": sent("市住房和城乡建设局", dt.date(2023, 3, 28), "市住建局开展燃气检查"),  # adopted in Q2's issue
            "q2": sent("北舞渡镇", dt.date(2023, 4, 15), "北舞渡镇开展防汛演练"),
            "q2j": sent("郾城区", dt.date(2023, 6, 2), "郾城区与市住建局联合检查工地", ("市住房和城乡建设局",)),
            "q3j": sent("郾城区", dt.date(2023, 7, 9), "郾城区与源汇区联合开展河道巡查", ("源汇区",)),
            "q4": sent("源汇区", dt.date(2023, 10, 30), "源汇区开展森林防火检查"),
        }
        issues = {i.number: i.id for i in archive.list_issues()}
        for key, number in (("q1", 1), ("q1b", 2), ("q2j", 2), ("q3j", 3), ("q4", 4)):
            adopt_into(archive, ids[key], archive.load_issue(issues[number]), "工作动态")
        yield archive


def test_a_year_by_quarter(year):
    report = compute_stats(year, *YEAR)
    header, rows = report.table("quarter")
    assert header[0] == "季度" and header[1] == "报送（按收稿日期）" and header[4] == "采用（按刊发日期）"
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("2023年第一季度", 2, 2, 1), ("2023年第二季度", 2, 1, 2), ("2023年第三季度", 1, 1, 1), ("2023年第四季度", 1, 1, 1)]
    assert sum(r[1] for r in rows) == report.total.submitted == 6
    assert [q["quarter"] for q in report.to_dict()["quarters"]] == ["2023Q1", "2023Q2", "2023Q3", "2023Q4"]


def test_a_year_by_level_and_quarter(year):
    report = compute_stats(year, *YEAR)
    header, rows = report.table("category-quarter")
    assert header[:4] == ["类别", "单位数", "2023年第一季度报送（按收稿日期）", "2023年第一季度采用（按刊发日期）"]
    by = {row[0]: row for row in rows}
    #            Q1 sent/adopted, Q2, Q3, Q4, the year's
    assert by["县区"][2:] == [1, 1, 1, 1, 1, 1, 1, 1, 4, 4]  # the Q3 joint piece of two 县区 once in 县区
    assert by["市直单位"][2:] == [1, 0, 1, 2, 0, 0, 0, 0, 2, 2]  # received in March, adopted in May
    assert by["乡镇街道"][2:] == [0, 0, 1, 0, 0, 0, 0, 0, 1, 0]
    assert by["合计"][2:] == [2, 1, 2, 2, 1, 1, 1, 1, 6, 5]  # the Q2 joint piece of two levels once
    note = report.table_note("category-quarter")
    assert "按收稿日期" in note and "联合报送" in note


def test_one_definition_of_a_quarter():
    assert [quarter_of(month) for month in range(1, 13)] == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]
    for quarter in range(1, 5):
        first, last = quarter_months(quarter)
        start, end = named_range(f"2023Q{quarter}")
        assert (start.month, end.month) == (first, last)
        assert preset_range("quarter", dt.date(2023, last, 15)) == (start, end)
        assert period_title(start, end) == f"2023年第{'一二三四'[quarter - 1]}季度"
