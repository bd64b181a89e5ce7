"""Units an archive holds apart that look like one: offered for merging, never merged unasked."""
from __future__ import annotations

import datetime as dt

import pytest

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.same_unit import likely_same, likely_targets


def test_short_and_full_forms_and_a_county_s_offices_are_offered(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        issue = plain_issue(1, dt.date(2024, 3, 20), ["3月2日，**长葛市**开展检查。"])
        issue.office = "许昌市安全生产委员会办公室"
        archive.add_issue(issue)
        # as an archive filled before imports registered spellings as aliases holds them
        for name in ("长葛市应急管理局", "市住建局", "市住房和城乡建设局", "市城市管理局", "市城市管理综合执法局",
                     "许昌市交通运输局", "花都街道办事处", "花都街道"):
            registry.add_unit(archive, name)
        pairs = {(p.source, p.target) for p in likely_same(archive)}
        assert pairs == {("长葛市应急管理局", "长葛市"), ("市住建局", "市住房和城乡建设局"), ("花都街道办事处", "花都街道")}
        assert likely_targets(archive, "市住建局") == ["市住房和城乡建设局"]
        assert likely_targets(archive, "市城市管理局") == []  # a rename is the clerk's to say
        assert registry.find_unit(archive, "长葛市应急管理局").name == "长葛市应急管理局"


def test_an_office_and_the_one_a_reform_gave_its_work_to_are_offered(tmp_path):
    from bulletin_desktop.core.units.reformed import successors

    assert successors("县安监局") == ("安监局", "应急管理局", ["县应急局"])
    assert successors("市国土资源局")[2] == ["市自然资源局"]  # (市自然资源和规划局 written short)
    assert successors("市环保局")[2] == ["市生态环境局", "市生态环境分局"]
    assert successors("县应急管理局") == ("", "", []) and successors("安监局") == ("", "", [])
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("县安监局", "县应急局", "市质监局", "市市场监督管理局", "县环保局", "市生态环境局"):
            registry.add_unit(archive, name)
        pairs = {(p.source, p.target): p.reason for p in likely_same(archive)}
        assert pairs == {("县安监局", "县应急局"): "机构改革后安监局的职责划入应急管理局",
                         ("市质监局", "市市场监督管理局"): "机构改革后质监局的职责划入市场监督管理局"}
        with pytest.raises(registry.UnitError) as refused:  # the command says how to make them one
            registry.rename_unit(archive, "县安监局", "县应急局")
        assert "units merge 县安监局 县应急局" in refused.value.message
