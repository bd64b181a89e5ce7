"""A merge of two units recorded in the archive, listed and taken back later — after the dialog
and the archive were closed — in 六安市's archive (金安区, 裕安区, 霍邱县, 舒城县, the city's
offices). What the clerk expects is written before each check."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions, get_submission
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.merges import list_merges, merge_units, undo_merge
from bulletin_desktop.core.units.registry import UnitError
from older_archive import older_archive

TODAY = dt.date(2026, 11, 30)
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
SERIES = "六安应急管理信息"


def _issue(number: int, date: dt.date, *items: str) -> Issue:
    return Issue(series=SERIES, number=number, date=date, office="六安市应急管理局",
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(t)) for t in items]), Section("县区动态", [])])


def _submit(archive, text: str, received: dt.date):
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                           names=registry.unit_names(archive), today=TODAY)
    return get_submission(archive, add_submissions(archive, [item])[0])


def _registry(archive) -> dict:
    return {u.name: (u.category, u.active, sorted(u.aliases)) for u in registry.list_units(archive)}


@pytest.fixture
def path(tmp_path):
    where = tmp_path / "luan.sqlite"
    with Archive.open(where, auto_backup=False) as archive:
        archive.add_issue(_issue(1, dt.date(2026, 3, 10), "3月6日，**舒城县安监局**开展危化品企业检查。",
                                 "3月8日，**霍邱县**开展矿山安全检查。"))
        # (霍邱县, and 舒城县 known also as 舒城县安监局: from the issue's bold names)
        for name in ("金安区", "裕安区", "舒城县应急管理局", "市消防救援支队", "叶集区", "叶集试验区", "叶集改革发展试验区"):
            registry.add_unit(archive, name)
        registry.change_aliases(archive, "舒城县应急管理局", add=["舒城县应急局"])
        _submit(archive, "舒城县开展燃气排查\n3月2日，舒城县应急局开展燃气排查。\n（舒城县应急管理局）", dt.date(2026, 3, 3))
        _submit(archive, "联合开展消防演练\n4月9日，开展消防演练。\n报送单位：舒城县应急管理局、市消防救援支队",
                dt.date(2026, 4, 10))
        _submit(archive, "霍邱县开展防汛检查\n5月2日，霍邱县开展防汛检查。\n（霍邱县应急管理局）", dt.date(2026, 5, 3))
    return where


def test_a_merge_is_listed_after_the_archive_was_closed_and_undone_exactly(path):
    """The clerk merges 舒城县应急管理局 into 舒城县 one day; weeks later (the archive closed and
    opened again) the merge is listed with what it moved — its two names, its two pieces —
    and taking it back makes every figure, every name and the joint piece's senders as
    before."""
    with Archive.open(path, auto_backup=False) as archive:
        before = compute_stats(archive, *YEAR).to_dict()
        names_before = _registry(archive)
        joint = [s for s in (get_submission(archive, i) for i in (1, 2, 3)) if s.joint_units][0]
        senders_before = (joint.unit, list(joint.joint_units))
        assert senders_before == ("舒城县应急管理局", ["市消防救援支队"])
        merge_units(archive, "舒城县应急管理局", "舒城县")
        assert compute_stats(archive, *YEAR).row("舒城县应急管理局") is None
    with Archive.open(path, auto_backup=False) as archive:
        (record,) = list_merges(archive)
        assert (record.source, record.target, record.undone_at) == ("舒城县应急管理局", "舒城县", None)
        assert sorted(record.names) == ["舒城县应急局", "舒城县应急管理局"] and len(record.submission_ids) == 2
        assert record.to_dict()["submissions"] == 2 and "来稿2篇" in record.moved_text()
        restored = undo_merge(archive, record.id)
        assert restored.name == "舒城县应急管理局"
        assert compute_stats(archive, *YEAR).to_dict() == before
        assert _registry(archive) == names_before
        again = get_submission(archive, joint.id)
        assert (again.unit, list(again.joint_units)) == senders_before
        assert list_merges(archive)[0].undone_at is not None and list_merges(archive, include_undone=False) == []


def test_a_merge_taken_back_twice_or_unknown_is_refused_in_chinese(path):
    """Undoing the same merge again, or a number never given, is refused with a sentence that
    says which merges there are; nothing changes."""
    with Archive.open(path, auto_backup=False) as archive:
        _, record = merge_units(archive, "金安区", "裕安区")
        undo_merge(archive, record)
        names = _registry(archive)
        with pytest.raises(UnitError, match="已在.*撤销"):
            undo_merge(archive, record.id)
        with pytest.raises(UnitError, match="没有第99号合并记录。最近的合并：1"):
            undo_merge(archive, 99)
        assert _registry(archive) == names


def test_a_chain_of_merges_is_taken_back_from_the_last(path):
    """叶集试验区 (a piece sent, an item printed) is merged into 叶集改革发展试验区 (its full
    name), which is then merged into 叶集区 (the district it became). Taking back the first
    while the second stands is refused and names the second; taking back the second, then
    the first, gives the registry and the statistics as they were before either."""
    with Archive.open(path, auto_backup=False) as archive:
        _submit(archive, "叶集试验区开展消防检查\n6月2日，叶集试验区开展消防检查。\n（叶集试验区应急管理局）",
                dt.date(2026, 6, 3))
        archive.add_issue(_issue(3, dt.date(2026, 6, 20), "6月16日，**叶集试验区**开展防汛演练。"))
        before = compute_stats(archive, *YEAR).to_dict()
        assert compute_stats(archive, *YEAR).row("叶集试验区").adopted == 1
        names = _registry(archive)
        _, first = merge_units(archive, "叶集试验区", "叶集改革发展试验区")
        _, second = merge_units(archive, "叶集改革发展试验区", "叶集区")
        assert (compute_stats(archive, *YEAR).row("叶集区").adopted, compute_stats(archive, *YEAR).row("叶集区").submitted) \
            == (1, 1)
        with pytest.raises(UnitError, match=f"请先撤销第{second.id}号合并"):
            undo_merge(archive, first)
        undo_merge(archive, second)
        undo_merge(archive, first)
        assert _registry(archive) == names
        assert compute_stats(archive, *YEAR).to_dict() == before


def test_an_item_printed_after_the_merge_with_the_old_name_goes_back_with_it(path):
    """After the merge an issue prints 舒城县应急局 in bold (the name now counts for 舒城县).
    Undoing the merge gives the name back to 舒城县应急管理局, and the item with it, as if
    it had been printed before the merge."""
    with Archive.open(path, auto_backup=False) as archive:
        _, record = merge_units(archive, "舒城县应急管理局", "舒城县")
        archive.add_issue(_issue(2, dt.date(2026, 6, 12), "6月10日，**舒城县应急局**开展汛前检查。"))
        assert compute_stats(archive, *YEAR).row("舒城县").adopted == 2  # with March's 舒城县安监局
        undo_merge(archive, record)
        report = compute_stats(archive, *YEAR)
        assert (report.row("舒城县").adopted, report.row("舒城县应急管理局").adopted) == (1, 1)


def test_a_unit_taking_the_merged_name_meanwhile_blocks_the_undo(path):
    """After 金安区 was merged into 裕安区 the clerk removed the alias and registered 金安区 anew:
    the merge cannot be taken back (two units would share the name), and says so."""
    with Archive.open(path, auto_backup=False) as archive:
        _, record = merge_units(archive, "金安区", "裕安区")
        registry.change_aliases(archive, "裕安区", remove=["金安区"])
        registry.add_unit(archive, "金安区")
        with pytest.raises(UnitError, match="已有另一个单位叫“金安区”"):
            undo_merge(archive, record)


def test_an_archive_of_the_version_before_is_upgraded_with_no_merge_recorded(tmp_path):
    """An archive written before merges were recorded opens with an empty record; the first
    merge made after is recorded and can be taken back."""
    path = tmp_path / "older.sqlite"
    older_archive(path, _issue(1, dt.date(2026, 3, 10), "3月8日，**霍邱县**开展矿山安全检查。"))
    with Archive.open(path, auto_backup=False) as archive:
        assert list_merges(archive) == []
        for name in ("霍邱县", "霍邱县应急管理局"):
            registry.add_unit(archive, name)
        _, record = merge_units(archive, "霍邱县应急管理局", "霍邱县")
        assert [m.id for m in list_merges(archive)] == [record.id]

