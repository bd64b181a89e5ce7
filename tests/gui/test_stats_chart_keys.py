"""The statistics view's charts docked under a 1366×768 window: what each colour stands for is
said in the chart's title line, so the plot keeps the chart's width and height (a legend at
the right took a third of the width, one under the plot 44 of its 155 px); a new range or
grouping leaves no figures of the old axes painted under the new ones; the months under the
trend are named every other (or third …) month, so that 10, 11 and 12 are read, not "…"."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QCategoryAxis, QChartView, QValueAxis
from PySide6.QtCore import Qt

from bulletin_desktop.gui.statistics.charts import labelled_months


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


def test_the_series_names_take_neither_width_nor_height_from_the_plot(qtbot, statistics):
    for chart_view in statistics.charts.widgets():
        chart = chart_view.chart()
        assert not chart.legend().isVisible()
        assert "报送" in chart.title() and "采用" in chart.title()  # with their colours, in the title's line
        plot = chart.plotArea()
        assert plot.width() >= chart_view.width() * 0.8, (plot, chart_view.width())
        assert plot.height() >= chart_view.height() * 0.45, (plot, chart_view.height())


def test_a_new_range_leaves_no_old_axis_behind(qtbot, statistics):
    trend = statistics.charts.trend
    statistics.set_range(dt.date(2022, 10, 1), dt.date(2022, 12, 31))
    qtbot.wait(50)
    statistics.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    qtbot.wait(50)
    painted = len(trend.scene().items())
    for _ in range(3):
        statistics.set_range(dt.date(2022, 10, 1), dt.date(2022, 12, 31))
        statistics.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
        qtbot.wait(50)
    assert len(trend.scene().items()) == painted  # the removed axes' names and figures stayed in the scene
    axes = trend.chart().axes()
    assert sorted(type(a).__name__ for a in axes) == sorted([QCategoryAxis.__name__, QValueAxis.__name__])
    months = trend.chart().axes(Qt.Orientation.Horizontal)[0]
    assert months.categoriesLabels() == ["1", "3", "5", "7", "9", "11"]


@pytest.mark.parametrize("count, named", [(1, [0]), (3, [0, 1, 2]), (6, [0, 1, 2, 3, 4, 5]), (7, [0, 2, 4, 6]),
                                          (12, [0, 2, 4, 6, 8, 10]), (13, [0, 3, 6, 9, 12]), (24, [0, 4, 8, 12, 16, 20])])
def test_the_trend_names_at_most_six_months(count, named):
    assert labelled_months(count) == named


def test_months_named_with_their_year_are_fewer_and_upright(qtbot, statistics):
    statistics.set_range(dt.date(2021, 1, 1), dt.date(2022, 12, 31))
    qtbot.wait(50)
    months = statistics.charts.trend.chart().axes(Qt.Orientation.Horizontal)[0]
    assert months.categoriesLabels() == ["21年1月", "21年7月", "22年1月", "22年7月"]  # slanted they read "2…"
    assert months.labelsAngle() == 0
