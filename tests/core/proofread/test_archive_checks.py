"""Archive-aware checks on a four-issue archive that holds each case and its near miss."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section, Special, YearNumber
from bulletin_desktop.core.proofread.archive_checks import (
    _lead_dates, archive_context, check_archive, comparable, lead_date, one_apart,
)
from bulletin_desktop.core.proofread.issue_check import check_issue
from bulletin_desktop.core.richtext import from_plain
from bulletin_desktop.core.textformat import read_text

SERIES = "漯河安全生产简报"
SPECIAL = "安全生产大检查专刊"
INSPECTION = "组织专家对金大地、永银化工等5家企业重大危险源问题隐患整改情况进行复查，对发现的问题现场交办。"
SIMILAR = "组织专家对五洲丰、大为能源2家企业粉尘涉爆问题整改情况进行抽查，督促企业落实主体责任。"


def entry(date: str, unit: str, body: str) -> Item:
    return Item(body=from_plain(body), date=date, unit=unit)


WEEKLY = {
    "10月9日": ("召开燃气安全联席会议，部署本周燃气安全检查工作。", "开展有限空间作业专项检查，检查企业6家。"),
    "10月14日": ("对沙澧街道22家九小门店开展燃气安全督导。", "组织粉尘涉爆企业负责人培训，参训80人。"),
    "10月11日": ("约谈两家整改不力的餐饮企业。", "开展危化品运输车辆夜查，查处违规车辆3辆。"),
    "11月17日": ("完成老旧小区燃气管道改造验收。", "召开工贸行业安全生产会议，通报检查情况。"),
}


def weekly(date: str) -> list[Item]:
    """The units that report every week, each week with news of its own."""
    first, second = WEEKLY[date]
    return [entry(date, "源汇区", first), entry(date, "郾城区", second)]


def issue(number: int, date: dt.date, special: int, entries: list[Item]) -> Issue:
    return Issue(SERIES, number, date, special=Special(SPECIAL, special),
                 sections=[Section("隐患排查", entries)])


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        first = issue(1, dt.date(2022, 10, 10), 1, [entry("10月8日", "舞阳县", INSPECTION), *weekly("10月9日")])
        second = issue(2, dt.date(2022, 10, 17), 2, weekly("10月14日"))
        # number 3 is missing; this one is dated before number 2 and repeats its 专刊 number
        fourth = issue(4, dt.date(2022, 10, 12), 2, weekly("10月11日"))
        fifth = issue(5, dt.date(2022, 11, 21), 3, [
            entry("11月18日", "舞阳县", INSPECTION),  # reused from number 1 with the date changed
            entry("11月16日", "舞阳县", SIMILAR),  # a similar but different inspection
            entry("11月25日", "市应急管理局", "召开冬季安全生产工作会议。"),  # after the issue date
            entry("9月12日", "市消防救援支队", "开展高层建筑消防演练。"),  # 70 days older
            entry("11月17日", "偃城区", "要求各企业于12月31日前完成整改，逾期依法处理。"),  # unit spelt once
            *weekly("11月17日"),
        ])
        for item in (first, second, fourth, fifth):
            archive.add_issue(item)
        archive.issues = {i.number: i for i in (first, second, fourth, fifth)}  # type: ignore[attr-defined]
        yield archive


def rules_of(findings) -> list[str]:
    return sorted(f.rule for f in findings)


def test_first_issue_of_the_archive_is_silent(archive):
    assert check_archive(archive, archive.issues[1]) == []


def test_gap_date_order_and_repeated_special_number(archive):
    found = check_archive(archive, archive.issues[4])
    assert rules_of(found) == ["A-NUMBER-GAP", "A-NUMBER-ORDER", "A-SPECIAL-DUP"]
    messages = {f.rule: f.message for f in found}
    assert "上一期是第2期" in messages["A-NUMBER-GAP"]
    assert "第2期的日期是2022-10-17" in messages["A-NUMBER-ORDER"]
    # the issue before the late-dated one sees the order problem from its side
    assert rules_of(check_archive(archive, archive.issues[2])) == ["A-NUMBER-ORDER", "A-SPECIAL-DUP"]


COUNTY = "某某县应急管理工作简报"


@pytest.fixture
def year_numbered(tmp_path):
    """Issues numbered within their year: a new year restarting at 1 and a form without the
    printed year (near misses), a number skipped within a year and one not restarting, and a
    second bulletin whose two issues share a number within the year."""
    forms = {58: (dt.date(2025, 12, 22), YearNumber(50, 2025)), 59: (dt.date(2026, 1, 5), YearNumber(1, 2026)),
             60: (dt.date(2026, 1, 12), YearNumber(2, None)), 61: (dt.date(2026, 1, 19), YearNumber(4, 2026)),
             62: (dt.date(2027, 1, 4), YearNumber(2, 2027))}
    twins = {10: (dt.date(2026, 3, 2), YearNumber(3, 2026, total=False)),
             11: (dt.date(2026, 3, 9), YearNumber(3, 2026, total=False))}
    with Archive.open(tmp_path / "y.sqlite", auto_backup=False) as archive:
        issues = {}
        for series, numbered in ((COUNTY, forms), (SERIES, twins)):
            for number, (date, year_number) in numbered.items():
                issues[number] = Issue(series, number, date, year_number=year_number,
                                       sections=[Section("动态", [entry("", "", f"第{number}期的消息。")])])
                archive.add_issue(issues[number])
        archive.issues = issues  # type: ignore[attr-defined]
        yield archive


def test_numbers_within_the_year_skipped_or_repeated(year_numbered):
    found = {number: check_archive(year_numbered, issue) for number, issue in year_numbered.issues.items()}
    assert [f.message for f in found[61]] == ["年度期号不连续：上一期是2026年第2期，本期是2026年第4期"]
    assert [f.message for f in found[62]] == ["年度期号不连续：上一期是2026年第4期，本期是2027年第2期"]
    assert {f.rule for f in found[61] + found[62]} == {"A-YEAR-NUMBER-GAP"}
    assert found[61][0].found == "2026年第4期" and found[61][0].severity == "error"
    assert [f.message for f in found[11]] == ["年度期号重复：总第10期也是2026年第3期"]
    assert [f.rule for f in found[10]] == ["A-YEAR-NUMBER-DUP"]  # seen from either issue; no gap besides
    # the first issue, a new year starting at 第1期, a year taken from the date: silent
    assert found[58] == found[59] == found[60] == []
    year_numbered.proofread().add_ignore("A-YEAR-NUMBER-GAP", "2026年第4期")
    assert check_archive(year_numbered, year_numbered.issues[61]) == []


def test_reused_entry_lead_dates_and_unit_spelling(archive):
    fifth = archive.issues[5]
    found = check_archive(archive, fifth)
    assert rules_of(found) == ["A-LEAD-FUTURE", "A-LEAD-OLD", "A-REUSED", "A-UNIT"]
    by_rule = {f.rule: f for f in found}
    reused = by_rule["A-REUSED"]
    assert reused.message == "与第1期【隐患排查】一条相似 100%"
    assert reused.position.uid == fifth.sections[0].entries[0].uid
    assert reused.details["text"].startswith("10月8日，舞阳县组织专家")  # for the side-by-side view
    assert reused.details["line"] == "第1期"
    assert by_rule["A-LEAD-FUTURE"].found == "11月25日"
    assert "早70天" in by_rule["A-LEAD-OLD"].message
    unit = by_rule["A-UNIT"]
    assert (unit.found, unit.suggestion) == ("偃城区", "郾城区")
    # near misses: the similar inspection, the deadline inside the text, the weekly unit
    flagged = {f.position.uid for f in found}
    entries = fifth.sections[0].entries
    assert entries[1].uid not in flagged and entries[5].uid not in flagged and entries[6].uid not in flagged


def test_unit_answer_is_remembered(archive):
    archive.proofread().confirm_unit("偃城区", "郾城区")
    assert "A-UNIT" not in rules_of(check_archive(archive, archive.issues[5]))


def test_lead_age_follows_the_setting(archive):
    archive.proofread().set_setting("max_age_days", "90")
    assert "A-LEAD-OLD" not in rules_of(check_archive(archive, archive.issues[5]))


def test_terms_and_ignores_kept_in_the_archive(archive):
    queries = archive.proofread()
    queries.set_terms([("九小门店", "“九小”场所", "（市政府文件提法）")])
    context = archive_context(archive, archive.issues[2])
    found = [f.finding for f in check_issue(archive.issues[2], context)]
    assert [(f.rule, f.suggestion) for f in found] == [("TERM-PREFER", "“九小”场所")]
    queries.add_ignore("TERM-PREFER", "九小门店")
    assert check_issue(archive.issues[2], archive_context(archive, archive.issues[2])) == []
    queries.add_ignore("A-NUMBER-ORDER", "2022-10-17")
    assert rules_of(check_archive(archive, archive.issues[2])) == ["A-SPECIAL-DUP"]
    assert queries.ignores() == [("TERM-PREFER", "九小门店"), ("A-NUMBER-ORDER", "2022-10-17")]
    queries.remove_ignore("TERM-PREFER", "九小门店")
    assert len(check_issue(archive.issues[2], archive_context(archive, archive.issues[2]))) == 1


def test_export_records_unresolved_count(archive):
    queries = archive.proofread()
    assert queries.last_export(archive.issues[5].id) is None
    queries.record_export(archive.issues[5].id, 3)
    assert queries.last_export(archive.issues[5].id)[1] == 3


@pytest.mark.parametrize("a,b,expected", [("郾城区", "偃城区", True), ("源汇区", "源汇区", False),
                                          ("西城区", "西城区管委会", False), ("舞阳县", "舞阳县委", True)])
def test_one_apart(a, b, expected):
    assert one_apart(a, b) is expected


def test_comparison_ignores_lead_date_spaces_and_punctuation():
    assert comparable("11月18日，舞阳县 组织“回头看”。") == comparable("10月8日，舞阳县组织回头看") == "舞阳县组织回头看"


def test_lead_date_across_the_new_year():
    assert lead_date("12月30日", dt.date(2023, 1, 5)) == dt.date(2022, 12, 30)
    assert lead_date("11月25日", dt.date(2022, 11, 21)) == dt.date(2022, 11, 25)


def test_a_lead_dated_with_its_year_is_that_day():
    assert lead_date("2021年11月15日", dt.date(2022, 11, 21)) == dt.date(2021, 11, 15)  # a year old, not last week
    assert lead_date("2022年2月30日", dt.date(2022, 11, 21)) is None
    issue = read_text("某某简报\n\n第3期\n\n某某办公室\n\n2022年11月21日\n\n【动态】\n\n2021年11月15日，某县开会。\n")
    [old] = _lead_dates(issue, 30)
    assert (old.rule, old.found) == ("A-LEAD-OLD", "2021年11月15日")


@pytest.mark.parametrize("lead", ["9月5—6日", "9月5日下午", "9月5日至6日"])
def test_the_age_of_a_lead_written_with_a_range_of_days_or_the_time_of_day(lead):
    """The lead dates recognised on import are checked as the plain ones are: by their first day."""
    issue = read_text(f"某某简报\n\n第3期\n\n某某办公室\n\n2022年11月21日\n\n【动态】\n\n{lead}，某县开会。\n")
    [old] = _lead_dates(issue, 30)
    first_day = "9月5" if "—" in lead else "9月5日"
    assert (old.rule, old.found, old.position.start, old.position.end) == ("A-LEAD-OLD", first_day, 0, len(first_day))


def test_a_reused_entry_names_the_earlier_issue_as_it_prints_its_number(archive):
    first = archive.issues[1]
    first.year_number = YearNumber(40, 2022)
    archive.save_issue(first)
    reused = next(f for f in check_archive(archive, archive.issues[5]) if f.rule == "A-REUSED")
    assert reused.message == "与2022年第40期（总第1期）【隐患排查】一条相似 100%"
    assert reused.details["line"] == "2022年第40期（总第1期）"
