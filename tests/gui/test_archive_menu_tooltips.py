"""The 档案库 menu's tooltips are plain names: no "(R)" left of a mnemonic."""
from __future__ import annotations


def test_archive_menu_tooltips_have_no_mnemonic(window):
    tips = {a.objectName(): a.toolTip() for a in window.ui.menuArchive.actions() if not a.isSeparator()}
    assert tips["reopen"] == "撤销定稿" and tips["trash"] == "回收站"
    assert not [tip for tip in tips.values() if "(" in tip or "&" in tip], tips
