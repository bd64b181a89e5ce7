"""A unit registered under a misspelt name (浙川县 for 淅川县, from a submission's signature), one of
its pieces adopted before the clerk noticed: merging it into 淅川县 moves the count, and the clerk
is told which issues still print the misspelt name (the merge never rewrites an issue), with the
replace command that corrects it. A unit merged away that no issue prints: nothing said."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submissions, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Section
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.merges import merge_units, merged_names, still_printed, still_printed_note


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "nanyang.sqlite", auto_backup=False) as archive:
        for name in ("淅川县", "西峡县", "唐河县"):
            registry.add_unit(archive, name)
        archive.add_issue(Issue(series="南阳应急管理信息", number=62, date=dt.date(2026, 11, 29), office="南阳市应急管理局",
                                sections=[Section("县区动态", [])]))
        yield archive


def _submit(archive, text: str) -> int:
    items = make_submissions(paragraphs_from_text(text), source="粘贴", received=dt.date(2026, 11, 18), unit_id=None,
                             names=registry.unit_names(archive), today=dt.date(2026, 11, 30))
    registered: list[str] = []
    (sid,) = add_submissions(archive, items, registered)
    return sid


def test_the_issue_printing_a_misspelt_unit_is_named_after_the_merge(archive):
    sid = _submit(archive, "淅川县开展库区安全巡查\n11月17日，开展丹江口库区安全巡查。\n（浙川县应急管理局）")
    assert registry.find_unit(archive, "浙川县") is not None  # registered from the signature, as written
    adopt_into(archive, sid, archive.load_issue(archive.list_issues()[0].id), "县区动态")
    unit, record = merge_units(archive, "浙川县", "淅川县")
    found = still_printed(archive, merged_names(record))
    assert [(p.number_line, p.name, p.entries) for p in found] == [("第62期", "浙川县", 1)]
    note = still_printed_note(found, unit.name)
    assert "第62期1条印作“浙川县”" in note and "replace 南阳应急管理信息:62 浙川县 淅川县" in note
    assert compute_stats(archive, dt.date(2026, 11, 1), dt.date(2026, 11, 30)).row("淅川县").adopted == 1


def test_a_unit_no_issue_prints_is_merged_with_nothing_said(archive):
    registry.add_unit(archive, "唐河")
    _unit, record = merge_units(archive, "唐河", "唐河县")
    assert still_printed(archive, merged_names(record)) == [] and still_printed_note([], "唐河县") == ""


def test_renaming_a_misspelt_unit_names_the_issue_that_prints_the_old_name(tmp_path):
    """淅川县 not registered: the clerk renames 浙川县 to 淅川县 (the old name stays an alias); 第62期
    still prints 浙川县, and the clerk is told so."""
    with Archive.open(tmp_path / "other.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "西峡县")
        archive.add_issue(Issue(series="南阳应急管理信息", number=62, date=dt.date(2026, 11, 29), office="南阳市应急管理局",
                                sections=[Section("县区动态", [])]))
        sid = _submit(archive, "淅川县开展库区安全巡查\n11月17日，开展丹江口库区安全巡查。\n（浙川县应急管理局）")
        adopt_into(archive, sid, archive.load_issue(archive.list_issues()[0].id), "县区动态")
        unit = registry.rename_unit(archive, "浙川县", "淅川县")
        assert "第62期1条印作“浙川县”" in still_printed_note(still_printed(archive, ["浙川县"]), unit.name)
