"""Adopted entries by section (栏目) and in special issues (专刊), unit by unit."""
from __future__ import annotations

import datetime as dt

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Special
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_units_by_section_and_special_issue(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("长葛市", "禹州市"):
            registry.add_unit(archive, name)
        regular = plain_issue(1, dt.date(2024, 3, 20), ["3月2日，**长葛市**开展检查。"], section="督导检查")
        regular.sections.append(plain_issue(1, dt.date(2024, 3, 20), [
            "3月3日，**长葛市、禹州市**联合开展演练。", "3月4日，**禹州市**召开会议。"]).sections[0])
        regular.sections[1].title = "应急演练"
        archive.add_issue(regular)
        special = plain_issue(2, dt.date(2024, 6, 28), ["6月20日，**禹州市**开展防汛检查。"], section="防汛动态")
        special.special = Special("防汛专刊", 1)
        archive.add_issue(special)
        report = compute_stats(archive, *YEAR)
        assert report.sections == ["督导检查", "应急演练", "防汛动态"]
        assert report.row("长葛市").by_section == {"督导检查": 1, "应急演练": 1}
        assert report.row("禹州市").by_section == {"应急演练": 2, "防汛动态": 1}
        assert (report.row("禹州市").special, report.row("长葛市").special, report.total.special) == (1, 0, 1)
        header, rows = report.table("section")
        assert header == ["单位", "督导检查", "应急演练", "防汛动态", "合计"]
        # the joint drill is one entry in each unit's row, and one entry in the 合计 row, as in the totals
        assert rows == [["禹州市", 0, 2, 1, 3], ["长葛市", 1, 1, 0, 2], ["合计", 1, 2, 1, 4]]
        assert report.total.adopted == 4 and report.joint_entries == 1
        assert "有1篇信息由几个单位联合报送，在每个单位中各计一篇，合计只计一篇，所以各行相加多于合计" in report.table_note("section")
        header, rows = report.table("unit")
        assert rows[0][header.index("其中专刊")] == 1
        assert report.to_dict()["units"][0]["sections"] == {"应急演练": 2, "防汛动态": 1}


def test_units_by_month_and_quarter(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "长葛市")
        registry.add_unit(archive, "禹州市")
        for number, date in ((1, dt.date(2024, 2, 20)), (2, dt.date(2024, 3, 20)), (3, dt.date(2024, 7, 20))):
            archive.add_issue(plain_issue(number, date, ["1日，**长葛市、禹州市**联合开展检查。", "2日，**长葛市**召开会议。"]))
        report = compute_stats(archive, *YEAR)
        header, rows = report.table("unit-quarter")
        assert header == ["单位", "2024年第一季度", "2024年第二季度", "2024年第三季度", "2024年第四季度", "合计"]
        assert rows == [["长葛市", 4, 0, 2, 0, 6], ["禹州市", 2, 0, 1, 0, 3], ["合计", 4, 0, 2, 0, 6]]
        header, rows = report.table("unit-month")
        assert header[1:4] == ["2024年1月", "2024年2月", "2024年3月"] and len(header) == 14
        assert rows[0][1:4] == [0, 2, 2] and rows[0][-1] == 6
        assert report.to_dict()["units"][0]["months"] == {"2024-02": 2, "2024-03": 2, "2024-07": 2}
