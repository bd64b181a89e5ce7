"""The charts' keys say by which date 报送 and 采用 count, as the table's heads do, in the
very words of the heads (one definition), whole on the title's line of a docked chart, on a
1366×768 screen and on one at 125 % (where the keys stand alone, smaller)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QChartView

from bulletin_desktop.core.stats.report import ADOPTED_HEAD, SUBMITTED_HEAD
from bulletin_desktop.gui.statistics.charts import _html_width
from model_text import header_texts


@pytest.mark.parametrize("size", [(1366, 738), (1093, 614)])
def test_the_keys_name_the_dates_the_heads_name(qtbot, window, size):
    window.show_view("statistics")
    dock = window.statistics_dock
    qtbot.waitUntil(lambda: len(dock.findChildren(QChartView)) == 2, timeout=10000)
    view = dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.height() == size[1])
    qtbot.wait(100)
    heads = header_texts(view.table_model)
    assert SUBMITTED_HEAD in heads and ADOPTED_HEAD in heads
    for chart_view in view.charts.widgets():
        chart = chart_view.chart()
        title = chart.title()
        assert SUBMITTED_HEAD in title and ADOPTED_HEAD in title and "<br>" not in title
        assert _html_width(title, chart.titleFont()) <= chart.size().width()  # not cut to "…"
        assert chart_view.toolTip() in ("各单位报送与采用", "逐月趋势", "Submitted and adopted per unit", "Monthly trend")


def test_the_statistics_panel_shows_a_year_by_quarter_and_by_level(qtbot, window):
    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("quarter"))
    model = view.table_model
    assert [model.item(row, 0).text() for row in range(model.rowCount())] == [
        f"2022年第{n}季度" for n in "一二三四"]
    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("category-quarter"))
    heads = header_texts(model)
    assert heads[:3] == ["类别", "单位数", "2022年第一季度报送（按收稿日期）"]
    assert model.item(model.rowCount() - 1, 0).text() == "合计"
    assert "按收稿日期" in view.ui.leadValue.text()
