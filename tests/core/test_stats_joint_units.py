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
