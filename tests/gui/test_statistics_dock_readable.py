"""The statistics view docked under the window on a 1366×768 screen: the charts beside the
table get room enough for their titles, figures and names, and an exported table says where
it went."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QCategoryAxis, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


@pytest.fixture
def statistics(qtbot, window):
    window.resize(1366, 738)
    window.show_view("statistics")
    dock = window.statistics_dock
    qtbot.waitUntil(lambda: len(dock.findChildren(QChartView)) == 2, timeout=10000)
    view = dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))  # the sample issue's year
    qtbot.wait(100)
    return view


def test_the_charts_beside_the_table_are_readable(qtbot, window, statistics):
    units, trend = statistics.charts.widgets()
    assert statistics.ui.statsSplitter.orientation() == Qt.Orientation.Horizontal  # a wide, low dock
    table_width = statistics.ui.tableView.width()
    assert units.width() >= 250 and trend.width() >= 250, (units.width(), trend.width(), table_width)
    assert abs(units.width() - trend.width()) <= 20

    months = trend.chart().axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(months, QCategoryAxis)  # every other month named, each readable (10, 11, 12 were "…")
    assert months.categoriesLabels() == ["1", "3", "5", "7", "9", "11"] and months.labelsAngle() == 0
    for chart in (units.chart(), trend.chart()):
        counts = chart.axes(Qt.Orientation.Vertical)[0]  # (the months' axis is a value axis too)
        assert isinstance(counts, QValueAxis)
        assert counts.tickCount() <= 4  # figures that do not overlap in a plot some 60 pixels high


def test_an_exported_table_says_where_it_went(qtbot, window, statistics, tmp_path, monkeypatch):
    target = tmp_path / "采用情况.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(statistics.ui.csvButton, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert window.statusBar().currentMessage() == f"采用统计已导出到 {target}"
