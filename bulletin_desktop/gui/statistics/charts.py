"""The two charts of the statistics view: submitted and adopted per unit (bars), and the
monthly trend (lines). The only module that imports Qt Charts."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ...core.stats.report import StatsReport

MAX_UNITS = 15  # more bars than this cannot be read; the table has them all
translate = QCoreApplication.translate
# bars, an axis and the legend still legible; the view and the window's panes fit a
# 768-pixel screen together
CHART_MIN_HEIGHT = 155


def _view(parent: QWidget) -> QChartView:
    view = QChartView(QChart(), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setMinimumHeight(CHART_MIN_HEIGHT)
    return view


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


class StatsCharts:
    def __init__(self, parent: QWidget):
        self.units = _view(parent)
        self.trend = _view(parent)

    def widgets(self) -> list[QChartView]:
        return [self.units, self.trend]

    def show_report(self, report: StatsReport) -> None:
        self._units(report)
        self._trend(report)

    def _units(self, report: StatsReport) -> None:
        chart = self.units.chart()
        _reset(chart)
        chart.setTitle(translate("StatsCharts", "Submitted and adopted per unit"))
        rows = [r for r in report.rows if r.submitted or r.adopted][:MAX_UNITS]
        submitted = QBarSet(translate("StatsCharts", "Submitted"))
        adopted = QBarSet(translate("StatsCharts", "Adopted"))
        for row in rows:
            submitted.append(row.submitted)
            adopted.append(row.adopted)
        series = QBarSeries()
        series.append(submitted)
        series.append(adopted)
        chart.addSeries(series)
        self._axes(chart, series, [r.name for r in rows], max([r.submitted for r in rows] + [r.adopted for r in rows] + [1]))

    def _trend(self, report: StatsReport) -> None:
        chart = self.trend.chart()
        _reset(chart)
        chart.setTitle(translate("StatsCharts", "Monthly trend"))
        submitted = QLineSeries()
        submitted.setName(translate("StatsCharts", "Submitted"))
        adopted = QLineSeries()
        adopted.setName(translate("StatsCharts", "Adopted"))
        for x, month in enumerate(report.months):
            submitted.append(x, month.submitted)
            adopted.append(x, month.adopted)
        top = max([m.submitted for m in report.months] + [m.adopted for m in report.months] + [1])
        for series in (submitted, adopted):
            chart.addSeries(series)
        self._axes(chart, submitted, [m.month for m in report.months], top, also=adopted)

    @staticmethod
    def _axes(chart: QChart, series, categories: list[str], top: int, also=None) -> None:
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        y.setRange(0, top)
        y.setLabelFormat("%d")
        y.setTickCount(min(top, 5) + 1)  # whole numbers only: a count has no fractions
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for each in (series, also):
            if each is not None:
                each.attachAxis(x)
                each.attachAxis(y)
