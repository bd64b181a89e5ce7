"""An alias another unit is known by already: refused, with how to make the two one."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.registry import UnitError


def test_an_alias_of_another_unit_says_how_to_make_them_one(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "市应急局")  # as an imported issue's bold name registers it
        registry.add_unit(archive, "市应急管理局")
        with pytest.raises(UnitError, match="units merge 市应急局 市应急管理局"):
            registry.change_aliases(archive, "市应急管理局", add=["市应急局"])
        with pytest.raises(UnitError, match="units rename 市应急局 应急局"):
            registry.add_unit(archive, "应急局", aliases=["市应急局"])
        with pytest.raises(UnitError) as refused:
            registry.add_unit(archive, "市应急管理局")
        assert refused.value.message == "单位名录中已有“市应急管理局”。"
        assert registry.find_unit(archive, "应急局") is None
