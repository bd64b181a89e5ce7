"""采用统计 docked under the window on a 1366×768 laptop at 125 % (1093×614 logical pixels): the
window still fits the screen's height (it needed 641), and the charts' plots keep the height
they had when a legend under them took 44 px of each chart."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChartView

WIDTH_AT_125, HEIGHT_AT_125 = 1093, 614
OLD_PLOT_HEIGHT = 53  # the per-unit chart's plot under its legend at this size


def test_the_window_with_statistics_fits_a_125_percent_laptop(qtbot, window):
    window.show_view("statistics")
    dock = window.statistics_dock
    qtbot.waitUntil(lambda: len(dock.findChildren(QChartView)) == 2, timeout=10000)
    dock.content().set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert window.minimumSizeHint().height() <= HEIGHT_AT_125
    window.resize(WIDTH_AT_125, HEIGHT_AT_125)
    qtbot.waitUntil(lambda: window.height() == HEIGHT_AT_125)
    qtbot.wait(100)
    for chart_view in dock.content().charts.widgets():
        assert chart_view.chart().plotArea().height() >= OLD_PLOT_HEIGHT, chart_view.chart().plotArea()
