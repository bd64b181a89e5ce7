"""全库检索 finding nothing while a filter is set says so and how to widen the search; with no
filter it just says nothing was found."""
from __future__ import annotations


def test_nothing_found_under_a_filter_says_how_to_widen(qtbot, window):
    window.search_dock.open()
    panel = window.search_dock.widget()
    ui = panel.ui
    ui.queryEdit.setText("燃气")
    panel.search_now()
    assert panel.model.rowCount() >= 1  # found in 【隐患排查】

    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData("安排部署"))
    assert panel.model.rowCount() == 0
    assert ui.statusLabel.text() == ("在所选的年份、日期、栏目或单位中没有找到。把它们改回“全部”，"
                                     "即在所有各期中检索。")

    ui.sectionCombo.setCurrentIndex(0)
    ui.queryEdit.setText("没有这个词语")
    panel.search_now()
    assert ui.statusLabel.text() == "没有找到。"
