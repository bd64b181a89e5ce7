"""Entries written before their units were registered (typed into an issue, or added with
the entry command; only an import registers bold units): registering a unit by its full
name counts the entries that write it short or as its government (县住建局, 城关镇人民政府),
in bold, at their start or signed, and the joint ones with it."""
from __future__ import annotations

import datetime as dt

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
TEXTS = ["3月2日，**县住建局**开展燃气检查。", "3月3日，**城关镇人民政府**召开会议。",
         "近日，县住建局召开安全生产工作会议。", "3月4日，开展应急演练。（县交通局）",
         "3月5日，县交通局和县住房和城乡建设局联合开展执法检查。", "3月6日，**李庄镇**开展巡查。"]


def _typed(path):
    archive = Archive.open(path, auto_backup=False)
    issue = plain_issue(1, dt.date(2025, 3, 20), [])
    archive.save_issue(issue)  # as the window's autosave and the entry command store an issue
    issue.sections[0].entries = plain_issue(1, dt.date(2025, 3, 20), TEXTS).sections[0].entries
    archive.save_issue(issue)
    return archive


def test_a_unit_registered_by_its_full_name_counts_its_other_writings(tmp_path):
    with _typed(tmp_path / "a.sqlite") as archive:
        assert registry.list_units(archive) == []  # saving registers no unit
        before = compute_stats(archive, *YEAR)
        assert before.unattributed == 3 and {r.name for r in before.rows} == {"县住建局", "城关镇人民政府", "李庄镇"}
        for name in ("县住房和城乡建设局", "城关镇", "县交通运输局"):
            registry.add_unit(archive, name)
        registry.add_units_named(archive, ["李庄镇"])
        assert registry.find_unit(archive, "县住房和城乡建设局").aliases == ["县住建局"]
        assert registry.find_unit(archive, "城关镇").aliases == ["城关镇人民政府"]
        assert registry.find_unit(archive, "县交通运输局").aliases == ["县交通局"]
        report = compute_stats(archive, *YEAR)
        assert report.unattributed == 0 and report.joint_entries == 1
        assert {r.name: r.adopted for r in report.rows} == {
            "县住房和城乡建设局": 3, "城关镇": 1, "县交通运输局": 2, "李庄镇": 1}
        assert report.total.adopted == len(TEXTS)


def test_a_renamed_unit_counts_the_writings_of_its_new_name(tmp_path):
    with _typed(tmp_path / "a.sqlite") as archive:
        registry.add_unit(archive, "县交通运输局")
        registry.add_unit(archive, "建设局")
        registry.rename_unit(archive, "建设局", "县住房和城乡建设局")
        assert sorted(registry.find_unit(archive, "县住房和城乡建设局").aliases) == ["县住建局", "建设局"]


def test_an_alias_the_clerk_took_away_stays_away(tmp_path):
    with _typed(tmp_path / "a.sqlite") as archive:
        registry.add_unit(archive, "县住房和城乡建设局")
        registry.change_aliases(archive, "县住房和城乡建设局", remove=["县住建局"])
        registry.add_unit(archive, "县交通运输局")  # another unit's registering leaves it alone
        registry.change_aliases(archive, "县住房和城乡建设局", add=["县建委"])
        assert registry.find_unit(archive, "县住房和城乡建设局").aliases == ["县建委"]
