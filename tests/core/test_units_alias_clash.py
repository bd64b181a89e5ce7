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


def test_the_window_is_told_which_button_instead_of_which_command(tmp_path):
    """The units dialog shows ``in_window``: the same refusal, with its buttons named."""
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "市应急局")
        registry.add_unit(archive, "市应急管理局")
        with pytest.raises(UnitError) as refused:
            registry.change_aliases(archive, "市应急管理局", add=["市应急局"])
        assert "units merge" in refused.value.message
        assert "units" not in refused.value.in_window and "“并入”" in refused.value.in_window
        assert refused.value.in_window.startswith("单位名录中已有“市应急局”。")
        with pytest.raises(UnitError) as renamed:
            registry.rename_unit(archive, "市应急局", "市应急管理局")
        assert "units merge" in renamed.value.message and "把“市应急局”并入“市应急管理局”" in renamed.value.in_window
        with pytest.raises(UnitError) as unknown:
            registry.rename_unit(archive, "不存在的局", "新名")
        assert "units add" in unknown.value.message and "units" not in unknown.value.in_window


def test_errors_without_a_window_form_show_their_message_there():
    from bulletin_desktop.core.errors import BulletinError

    assert BulletinError("某事不成。").in_window == "某事不成。"
