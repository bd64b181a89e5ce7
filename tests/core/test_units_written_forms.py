"""One unit, however its name is written: a county's office in a city's bulletin is that
county's (长葛市应急管理局 → 长葛市), a department written short or in full is one unit
(市住建局 and 市住房和城乡建设局), as imports and the inbox register them."""
from __future__ import annotations

import datetime as dt

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.short_names import same_department, short_form

YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
CITY = "某市安全生产简报"


def test_short_and_full_department_names_are_one_department():
    assert short_form("市住房和城乡建设局") == "市住建局"
    assert same_department("临颍县应急管理局", "临颍县应急局")
    assert same_department("县市场监督管理局", "县市场监管局")
    assert not same_department("市城市管理局", "市城市管理综合执法局")  # renamed: the clerk says so
    assert not same_department("市应急管理局", "县应急管理局")


def _city_issue(number: int, texts: list[str]):
    issue = plain_issue(number, dt.date(2024, 3, number), texts, series=CITY)
    issue.office = "许昌市安全生产委员会办公室"
    return issue


def test_a_city_bulletin_s_spellings_of_one_unit_count_for_it(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(_city_issue(1, ["3月1日，**长葛市**开展检查。", "3月1日，**市住建局**开展检查。"]))
        archive.add_issue(_city_issue(2, [
            "3月2日，**长葛市应急管理局**开展检查。", "3月2日，**长葛市应急局**开展检查。",
            "3月2日，**市住房和城乡建设局**开展检查。", "3月2日，**市应急局**开展检查。",
            "3月2日，**许昌市应急管理局**开展检查。"]))
        names = {unit.name: unit for unit in registry.list_units(archive)}
        assert set(names) == {"长葛市", "市住建局", "市应急局"}
        assert {"长葛市应急管理局", "长葛市应急局"} <= set(names["长葛市"].aliases)
        assert names["市应急局"].aliases == ["许昌市应急管理局"]
        counts = {row.name: row.adopted for row in compute_stats(archive, *YEAR).rows}
        assert counts == {"长葛市": 3, "市住建局": 2, "市应急局": 2}


def test_a_level_s_department_is_no_place(tmp_path):
    """市住房和城乡建设局 begins with 市住房和城乡, 县市场监督管理局 with 县市: neither is a
    town or a county the office belongs to."""
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(_city_issue(1, ["3月1日，**市住房和城乡建设局**开展检查。"]))
        with archive.transaction("登记") as conn:
            unit, new = registry.unit_stated(conn, "市城乡规划局")
        assert new and unit is not None and unit.name == "市城乡规划局"
        assert [u.name for u in registry.list_units(archive)] == ["市住房和城乡建设局", "市城乡规划局"]


def test_a_submission_signed_in_the_other_form_is_the_registered_unit_s(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(_city_issue(1, ["3月1日，**市住建局**开展检查。"]))
        with archive.transaction("登记") as conn:
            unit, new = registry.unit_stated(conn, "市住房和城乡建设局")
        assert not new and unit is not None and unit.name == "市住建局"


def test_a_county_s_own_departments_are_its_county_level_units(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        issue = plain_issue(1, dt.date(2024, 3, 1), ["3月1日，**县应急局**开展检查。", "3月1日，**马栏镇**开展检查。",
                                                     "3月1日，**县应急管理局**开展检查。"], series="鄢陵县安全生产简报")
        issue.office = "鄢陵县安全生产委员会办公室"
        archive.add_issue(issue)
        units = {unit.name: unit for unit in registry.list_units(archive)}
        assert set(units) == {"县应急局", "马栏镇"}
        assert (units["县应急局"].category, units["马栏镇"].category) == ("县直单位", "乡镇街道")
        assert units["县应急局"].aliases == ["县应急管理局"]


def test_a_unit_asked_for_in_the_other_form_is_found(tmp_path):
    """inbox add --unit, inbox edit --unit and the window's 修改来稿 look a unit up so."""
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "市住建局")
        assert registry.resolve_unit(archive, "市住房和城乡建设局").name == "市住建局"
        assert registry.find_unit(archive, "市应急管理局") is None
