"""The two charts of the statistics view: submitted and adopted per unit (bars), and the
monthly trend (lines). The only module that imports Qt Charts."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from ...core.stats.report import StatsReport

MAX_UNITS = 15  # more bars than this cannot be read; the table has them all
translate = QCoreApplication.translate
# bars and an axis still legible; the view and the window's panes fit a 768-pixel screen
# together, at 125 % too (614 logical px: with 155, when a legend took 44 of them, the window
# needed 641). The plot is as high as it was then: the colours' names are in the title's line.
CHART_MIN_HEIGHT = 120


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
    # the series' names and colours go in the title's line (titled): a legend beside the plot
    # took a third of its width in the dock under a 1366×768 window, one under it 44 of its
    # 155 px, leaving a plot some 55 px high
    chart.legend().hide()
    # the dock under the window is a third of a 768 screen high: the frame's default margins
    # and rounded box took the room of the axis' figures
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setMargins(QMargins(4, 2, 4, 2))
    chart.setBackgroundRoundness(0)
    view.setMinimumHeight(CHART_MIN_HEIGHT)
    # the axes stay and are given each report's names and counts: axes removed from a chart
    # left their figures and names painted under the new ones (12 over 2, 9 over 1)
    chart.addAxis(QBarCategoryAxis(), Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(QValueAxis(), Qt.AlignmentFlag.AlignLeft)
    return view


def titled(title: str, named: list[tuple[str, QColor]]) -> str:
    """A chart's title with what each colour stands for after it: 逐月趋势　■报送　■采用."""
    from html import escape

    keys = "".join(f'\u3000<span style="color:{colour.name()}">■</span>{escape(name)}' for name, colour in named)
    return escape(title) + keys


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
        chart.removeAllSeries()
        rows = [r for r in report.rows if r.submitted or r.adopted][:MAX_UNITS]
        submitted = QBarSet(translate("StatsCharts", "Submitted"))
        adopted = QBarSet(translate("StatsCharts", "Adopted"))
        for row in rows:
            submitted.append(row.submitted)
            adopted.append(row.adopted)
        series = QBarSeries()
        series.append(submitted)
        series.append(adopted)
        chart.addSeries(series)  # the chart's theme colours the sets
        chart.setTitle(titled(translate("StatsCharts", "Submitted and adopted per unit"),
                              [(each.label(), each.color()) for each in (submitted, adopted)]))
        self._axes(chart, [series], unit_labels([r.name for r in rows]),
                   max([r.submitted for r in rows] + [r.adopted for r in rows] + [1]))

    def _trend(self, report: StatsReport) -> None:
        chart = self.trend.chart()
        chart.removeAllSeries()
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
        chart.setTitle(titled(translate("StatsCharts", "Monthly trend"),
                              [(each.name(), each.color()) for each in (submitted, adopted)]))
        self._axes(chart, [submitted, adopted], month_labels([m.month for m in report.months]), top)

    @staticmethod
    def _axes(chart: QChart, series: list, categories: list[str], top: int) -> None:
        x = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
        y = next(a for a in chart.axes() if isinstance(a, QValueAxis))
        x.clear()
        x.append(categories)
        # slanted, long names keep their width instead of "…"; short ones stand upright
        font = QFont(y.labelsFont())  # the axes' own size: the month labels' may be smaller from an earlier report
        angle = 0
        if len(categories) > ROTATE_AFTER and max(map(len, categories)) > SHORT_LABEL:
            angle = -45
        elif len(categories) > ROTATE_AFTER:  # twelve months side by side in a third of the dock
            font.setPointSizeF(font.pointSizeF() * SMALL_LABELS)
        x.setLabelsAngle(angle)
        x.setLabelsFont(font)
        step, ticks = whole_ticks(top, AXIS_STEPS)
        y.setRange(0, step * (ticks - 1))
        y.setLabelFormat("%d")
        y.setTickCount(ticks)  # whole numbers only, each once: a count has no fractions
        for each in series:
            each.attachAxis(x)
            each.attachAxis(y)
