"""An entry two units reported together counts for each of them, once in the totals."""
from __future__ import annotations

import datetime as dt

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.stats import compute_stats, set_points
from bulletin_desktop.core.stats.joint import joint_unit_ids
from bulletin_desktop.core.units import registry

YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
NAMES = {"市住建局": 1, "市住房和城乡建设局": 1, "市应急管理局": 2, "长葛市": 3, "长葛市应急局": 3}


def test_the_units_an_entry_opens_with_one_after_another():
    assert joint_unit_ids("市住建局、市应急管理局联合开展检查", NAMES) == [1, 2]
    assert joint_unit_ids("长葛市应急局和市住房和城乡建设局召开会议", NAMES) == [3, 1]
    assert joint_unit_ids("市住建局与市住房和城乡建设局", NAMES) == []  # one unit twice
    assert joint_unit_ids("市应急管理局组织长葛市开展检查", NAMES) == []  # the other is what it did
    assert joint_unit_ids("市应急管理局", NAMES) == []


def test_a_jointly_reported_entry_counts_for_each_unit(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("市住建局", "市应急管理局", "长葛市"):
            registry.add_unit(archive, name)
        set_points(archive, "item", 2)
        archive.add_issue(plain_issue(1, dt.date(2024, 3, 20), [
            "3月2日，**市住建局、市应急管理局**联合开展燃气安全检查。",
            "3月3日，开展建筑工地检查。（市应急管理局、长葛市）",
            "3月4日，**长葛市**召开会议。"]))
        report = compute_stats(archive, *YEAR)
        counts = {row.name: (row.adopted, row.points) for row in report.rows}
        assert counts == {"市住建局": (1, 2), "市应急管理局": (2, 4), "长葛市": (2, 4)}
        assert report.total.adopted == 3 and report.total.points == 10
        assert report.unattributed == 0


def test_a_joint_entry_is_one_entry_in_the_totals_of_every_table_and_in_a_category(tmp_path):
    """Two 市直单位 and a county report one drill together: a credit in each unit's row, one
    entry in the 合计 row of the tables by section and by month and in each category, as in
    the totals; the tables say so under them."""
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("市住建局", "市应急管理局", "长葛市"):
            registry.add_unit(archive, name)
        archive.add_issue(plain_issue(1, dt.date(2024, 3, 20), [
            "3月2日，**市住建局、市应急管理局、长葛市**联合开展演练。", "3月4日，**长葛市**召开会议。"]))
        report = compute_stats(archive, *YEAR)
        assert {row.name: row.adopted for row in report.rows} == {"市住建局": 1, "市应急管理局": 1, "长葛市": 2}
        assert (report.total.adopted, report.total.direct, report.joint_entries) == (2, 2, 1)
        assert report.total.by_section == {"工作动态": 2} and report.total.by_month == {"2024-03": 2}
        for by in ("section", "unit-month", "unit-quarter"):
            header, rows = report.table(by)
            assert rows[-1][0] == "合计" and rows[-1][-1] == 2 and sum(rows[-1][1:-1]) == 2, by
            assert "联合报送" in report.table_note(by) and "合计只计一篇" in report.table_note(by)
        header, rows = report.table("unit")
        adopted = header.index("采用（按刊发日期）")
        assert rows[-1][:4] == ["", "合计", "", 0] and rows[-1][adopted] == 2
        assert sum(r[adopted] for r in rows[:-1]) == 4
        header, rows = report.table("category")
        assert rows[-1][:3] == ["合计", 3, 0] and rows[-1][header.index("采用（按刊发日期）")] == 2
        categories = {c.name: (c.units, c.adopted) for c in report.categories}
        assert categories == {"市直单位": (2, 1), "县区": (1, 2)}
        assert "在该类别也只计一篇" in report.table_note("category")
        assert "联合报送" not in report.table_note("month")  # a month's row counts each entry once
        assert report.to_dict()["joint_entries"] == 1


def test_the_note_goes_under_the_table_in_csv_and_excel(tmp_path):
    import io

    from openpyxl import load_workbook

    from bulletin_desktop.export.stats_tables import csv_text, xlsx_bytes

    note = "注：有1篇信息由几个单位联合报送。"
    lines = csv_text(["单位", "合计"], [["长葛市", 2]], note).splitlines()
    assert lines == ["单位,合计", "长葛市,2", "", note]
    assert csv_text(["单位", "合计"], [["长葛市", 2]]).splitlines() == ["单位,合计", "长葛市,2"]
    sheet = load_workbook(io.BytesIO(xlsx_bytes("标题", ["单位", "合计"], [["长葛市", 2]], note=note))).active
    assert [c.value for c in sheet["A"]] == ["标题", "单位", "长葛市", None, note]


def test_units_reporting_together_in_one_bold_run_are_each_registered_and_credited(tmp_path):
    """**县住建局、县应急局**联合…, which the import keeps as the entry's unit as written: each
    name is registered, none of the run, and the entry counts for the first and is credited
    to the other; a second name written short counts for its unit registered in full."""
    from bulletin_desktop.core.textformat import read_text

    text = ("临颍县应急管理工作简报\n第5期\n临颍县应急管理局　　2024年3月20日\n【工作动态】\n"
            "3月2日，**县住建局、县应急局**联合开展燃气安全检查。\n3月3日，**县住建局**开展检查。\n")
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(read_text(text))
        assert sorted(u.name for u in registry.list_units(archive)) == ["县住建局", "县应急局"]
        report = compute_stats(archive, *YEAR)
        assert {r.name: r.adopted for r in report.rows} == {"县住建局": 2, "县应急局": 1}
        assert (report.total.adopted, report.joint_entries, report.unattributed) == (2, 1, 0)
        archive.add_issue(plain_issue(6, dt.date(2024, 3, 27), ["3月25日，县住建局和县交通局联合开展执法检查。"]))
        registry.add_unit(archive, "县交通运输局")  # the second name, written short, counts for it
        assert compute_stats(archive, *YEAR).row("县交通运输局").adopted == 1
