"""The two charts of the statistics view: submitted and adopted per unit (bars), and the
monthly trend (lines). The only module that imports Qt Charts."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ...core.stats.report import StatsReport

MAX_UNITS = 15  # more bars than this cannot be read; the table has them all
translate = QCoreApplication.translate
# bars, an axis and the legend still legible; the view and the window's panes fit a
# 768-pixel screen together
CHART_MIN_HEIGHT = 155


ROTATE_AFTER = 4  # more unit names than this are slanted under the bars
LABEL_CHARS = 6  # a unit's name under its bars; the table beside has it whole
# steps up the count axis: the plot is some 60 pixels high in the dock under a 768 screen's
# window, where six figures overlapped and each was cut to "…"
AXIS_STEPS = 3
SMALL_LABELS = 0.8  # upright labels in a row that many: a size at which 10, 11 and 12 are not cut to "…"
SHORT_LABEL = 3  # characters a label may have and still stand upright however many there are (12月)


def short_label(name: str) -> str:
    """A unit's name short enough to stand under its bars: 郾城区应急管理局 -> 郾城区应急…"""
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1] + "…"


def unit_labels(names: list[str]) -> list[str]:
    """Short names under the bars, each its own (an axis takes a name once): a name whose short
    form another shares stays whole."""
    short = [short_label(name) for name in names]
    return [s if short.count(s) == 1 else name for s, name in zip(short, names)]


def month_labels(months: list[str]) -> list[str]:
    """2024-05 as 5 under the trend (24年5月 when the range spans years): short enough to
    stand upright, where the slanted 2024-05 took the height of the plot and was cut to "…"."""
    years = {month[:4] for month in months}
    labels = []
    for month in months:
        year, _, number = month.partition("-")
        if not number.isdigit():
            labels.append(month)
        elif len(years) == 1:
            labels.append(str(int(number)))
        else:
            labels.append(f"{year[2:]}年{int(number)}月")
    return labels


def whole_ticks(top: int, most: int = 5) -> tuple[int, int]:
    """(step, tick count) of a count axis from 0 past ``top``: whole steps, at most ``most`` of them."""
    top = max(1, top)
    step = -(-top // most)  # ceiling
    return step, -(-top // step) + 1


def _view(parent: QWidget) -> QChartView:
    view = QChartView(QChart(), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart = view.chart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # the dock under the window is a third of a 768 screen high: the frame's default margins
    # and rounded box took the room of the axis' figures
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setMargins(QMargins(4, 2, 4, 2))
    chart.setBackgroundRoundness(0)
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
        self._axes(chart, series, unit_labels([r.name for r in rows]), max([r.submitted for r in rows] + [r.adopted for r in rows] + [1]))

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
        self._axes(chart, submitted, month_labels([m.month for m in report.months]), top, also=adopted)

    @staticmethod
    def _axes(chart: QChart, series, categories: list[str], top: int, also=None) -> None:
        x = QBarCategoryAxis()
        x.append(categories)
        # slanted, long names keep their width instead of "…"; short ones stand upright
        if len(categories) > ROTATE_AFTER and max(map(len, categories)) > SHORT_LABEL:
            x.setLabelsAngle(-45)
        elif len(categories) > ROTATE_AFTER:  # twelve months side by side in a third of the dock
            font = x.labelsFont()
            font.setPointSizeF(font.pointSizeF() * SMALL_LABELS)
            x.setLabelsFont(font)
        y = QValueAxis()
        step, ticks = whole_ticks(top, AXIS_STEPS)
        y.setRange(0, step * (ticks - 1))
        y.setLabelFormat("%d")
        y.setTickCount(ticks)  # whole numbers only, each once: a count has no fractions
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for each in (series, also):
            if each is not None:
                each.attachAxis(x)
                each.attachAxis(y)
