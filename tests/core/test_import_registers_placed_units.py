"""Importing an issue registers the bold units it prints, as the inbox registers a sender:
in a city's bulletin a unit named by its level alone (县应急局: which county?) is not
registered and its entries count as without a unit; in a county's own bulletin it is that
county's office and registered as before."""
from __future__ import annotations

import copy

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import from_plain
from bulletin_desktop.core.units import registry


def bulletin_of(sample_issue, office: str):
    issue = copy.deepcopy(sample_issue)
    issue.office = office
    issue.sections[0].entries[:0] = [Item(body=from_plain("开展燃气安全专项检查。"), date="12月3日", unit=unit)
                                     for unit in ("县应急局", "临颍县应急局")]
    return issue


def test_a_city_bulletin_s_level_only_unit_is_not_registered(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(bulletin_of(sample_issue, "漯河市应急管理局"))
        names = {unit.name for unit in registry.list_units(archive)}
        assert "县应急局" not in names
        assert registry.find_unit(archive, "县应急局") is None
        # another county's office is that county's, as the inbox registers its sender
        assert registry.resolve_unit(archive, "临颍县应急局").name == "临颍县"


def test_a_county_s_own_bulletin_registers_its_offices(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(bulletin_of(sample_issue, "西平县应急管理局"))
        names = {unit.name for unit in registry.list_units(archive)}
        assert {"县应急局", "临颍县"} <= names
