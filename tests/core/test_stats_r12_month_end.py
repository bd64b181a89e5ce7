"""The clerk's month end, round 12: which units sent nothing this month (the table's note, the
JSON, the 通报 say so), and "how many of 禹州市's pieces were adopted this year, and where": the
entries behind a row's 采用, as many as the row counts, joint pieces and past issues' entries
among them. What the clerk expects is written before each check."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submissions, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section, Special
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.stats.unit_entries import adopted_entries
from bulletin_desktop.core.units import registry

SERIES = "许昌应急管理信息"
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
COUNTIES = ("禹州市", "长葛市", "鄢陵县", "襄城县", "魏都区", "建安区")


def _issue(number: int, date: dt.date, *items: str, special: str | None = None) -> Issue:
    return Issue(series=SERIES, number=number, date=date, office="许昌市应急管理局",
                 special=Special(special, 1) if special else None,
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(t)) for t in items]), Section("县区动态", [])])


def _submit(archive, text: str, received: dt.date) -> int:
    items = make_submissions(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                             names=registry.unit_names(archive), today=dt.date(2026, 11, 30))
    return add_submissions(archive, items)[0]


@pytest.fixture
def city(tmp_path):
    with Archive.open(tmp_path / "xuchang.sqlite", auto_backup=False) as archive:
        for name in COUNTIES:
            registry.add_unit(archive, name)
        registry.add_unit(archive, "市住房和城乡建设局", category="市直单位")
        registry.change_aliases(archive, "市住房和城乡建设局", add=["市住建局"])
        # a past issue imported in March: bold units, one joint, one not registered
        archive.add_issue(_issue(10, dt.date(2026, 3, 6), "3月2日，**禹州市**开展危化品企业检查。",
                                 "3月3日，**禹州市**、**长葛市**联合开展交界区域检查。",
                                 "3月4日，**许昌市气象局**发布大风预警。"))
        archive.add_issue(_issue(11, dt.date(2026, 6, 5), "6月1日，**禹州市**开展安全生产月宣传。", special="安全生产月专刊"))
        november = archive.add_issue(_issue(20, dt.date(2026, 11, 20)))
        yu = _submit(archive, "禹州市开展燃气检查\n11月10日，禹州市检查燃气企业8家。\n（禹州市应急管理局）", dt.date(2026, 11, 11))
        joint = _submit(archive, "联合检查\n11月12日，开展高层住宅消防检查。\n市住房和城乡建设局\n禹州市应急管理局\n2026年11月13日",
                        dt.date(2026, 11, 13))
        _submit(archive, "鄢陵县开展花木市场检查\n11月14日，鄢陵县检查花木市场商户54家。\n（鄢陵县应急管理局）", dt.date(2026, 11, 15))
        for sid in (yu, joint):
            adopt_into(archive, sid, archive.load_issue(november), "县区动态")
        yield archive


def test_every_row_s_adopted_entries_are_as_many_as_its_adopted_count(city):
    """Whatever row the clerk opens (a county, a city office, a unit not registered, a year or
    a month), the entries listed are as many as the row's 采用."""
    for span in (YEAR, NOVEMBER):
        for special in ("include", "exclude", "only"):
            report = compute_stats(city, *span, special=special)
            for row in report.rows:
                listed = adopted_entries(city, *span, row.unit_id, "" if row.unit_id else row.name, special=special)
                assert len(listed) == row.adopted, (span, special, row.name)


def test_where_a_county_s_pieces_were_adopted_this_year(city):
    """禹州市 this year: 5 entries, in March's issue (its own and the joint one with 长葛市), the
    June 专刊, November's issue (its own submission, and the one it signed with 市住建局)."""
    listed = adopted_entries(city, *YEAR, registry.resolve_unit(city, "禹州市").id)
    assert [(e.number_line, e.section, e.joint) for e in listed] == [
        ("第10期", "工作动态", False), ("第10期", "工作动态", True), ("第11期", "工作动态", False),
        ("第20期", "县区动态", False), ("第20期", "县区动态", True)]
    assert [e.submission_id is not None for e in listed] == [False, False, False, True, True]
    assert compute_stats(city, *YEAR).row("禹州市").adopted == 5


def test_the_joint_piece_is_listed_for_each_of_its_units(city):
    """The piece 禹州市 and 长葛市 reported together in March is in both units' lists, marked joint."""
    for name in ("禹州市", "长葛市"):
        listed = adopted_entries(city, *YEAR, registry.resolve_unit(city, name).id)
        assert [e.text for e in listed if e.joint and e.number_line == "第10期"] == [
            "3月3日，禹州市、长葛市联合开展交界区域检查。"]


def test_the_units_that_sent_nothing_this_month_are_named(city):
    """November: 禹州市, 市住建局 and 鄢陵县 sent pieces; the clerk expects 长葛市, 襄城县, 魏都区,
    建安区 and 市气象局 (registered from March's bold name) named as sending nothing, in the note
    under the table and the JSON."""
    report = compute_stats(city, *NOVEMBER)
    assert report.silent_units == ["长葛市", "襄城县", "魏都区", "建安区", "市气象局"]
    assert "2026年11月没有报送信息的单位（5个）：长葛市、襄城县、魏都区、建安区、市气象局" in report.table_note("unit")
    assert report.to_dict()["silent_units"] == report.silent_units
    # a unit whose entry a past issue printed sent something, though not through the inbox
    assert "长葛市" not in compute_stats(city, *YEAR).silent_units


def test_a_retired_unit_is_not_called_silent(city):
    registry.retire_unit(city, "建安区")
    assert "建安区" not in compute_stats(city, *NOVEMBER).silent_units


def test_the_office_issuing_the_bulletin_is_not_among_those_that_sent_nothing(city):
    """许昌市应急管理局 issues the bulletin (registered as 市应急管理局 from a bold name): in a month
    it wrote nothing of its own it is still no unit that failed to send."""
    registry.add_unit(city, "市应急管理局", category="市直单位")
    report = compute_stats(city, *NOVEMBER)
    assert report.row("市应急管理局") is not None and "市应急管理局" not in report.silent_units


def test_a_month_nobody_sent_anything_lists_no_unit_by_name(city):
    """October: nothing received, nothing printed; the lead says so, the note does not list every unit."""
    report = compute_stats(city, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert "没有报送信息的单位" not in report.table_note("unit")
