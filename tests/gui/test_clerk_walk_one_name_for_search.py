"""The archive-wide search has one name wherever the clerk meets it: the 编辑 menu's item, the
视图 menu's item and the panel's title all say 全库检索 (the menu said 检索全部各期)."""
from __future__ import annotations

from bulletin_desktop.gui.actions import button_text


def test_search_is_named_alike_in_both_menus_and_on_its_panel(window):
    edit_item = button_text(window.action_set.search_archive.text())
    view_item = next(button_text(a.text()) for a in window.ui.menuView.actions()
                     if a.objectName() == "searchDockToggle")
    assert edit_item == view_item == window.search_dock.windowTitle() == "全库检索"
