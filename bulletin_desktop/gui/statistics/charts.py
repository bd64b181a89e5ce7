"""The two charts of the statistics view: submitted and adopted per unit (bars), and the
monthly trend (lines). The only module that imports Qt Charts."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

from ...core.stats.report import ADOPTED_HEAD, SUBMITTED_HEAD, StatsReport

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
SMALL_LABELS = 0.8  # upright labels in a row that many: a smaller size, so that more of them fit
SHORT_LABEL = 3  # characters a label may have and still stand upright however many there are (12月)
MONTH_LABELS = 6  # months named under the trend at most: twelve in a third of the dock cut 10, 11 and 12 to "…"
YEAR_MONTH_LABELS = 4  # … with the year in them (24年5月), upright: slanted they were cut to "2…"


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
            labels.append(translate("StatsCharts", "{month}/{year}").format(year=year[2:], month=int(number)))
    return labels


def whole_ticks(top: int, most: int = 5) -> tuple[int, int]:
    """(step, tick count) of a count axis from 0 past ``top``: whole steps, at most ``most`` of them."""
    top = max(1, top)
    step = -(-top // most)  # ceiling
    return step, -(-top // step) + 1


def labelled_months(count: int, most: int = MONTH_LABELS) -> list[int]:
    """Which of ``count`` months the trend names: every one, every other, every third … so
    that at most ``most`` are named (1 3 5 7 9 11 for a year), the first always."""
    step = max(1, -(-count // most))
    return list(range(0, count, step))


def _view(parent: QWidget, months: bool = False) -> QChartView:
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
    along = QCategoryAxis() if months else QBarCategoryAxis()  # months: named where they are, not all of them
    if isinstance(along, QCategoryAxis):
        along.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    chart.addAxis(along, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(QValueAxis(), Qt.AlignmentFlag.AlignLeft)
    return view


def titled(title: str, named: list[tuple[str, QColor]], width: float | None = None, font: QFont | None = None) -> str:
    """A chart's title with what each colour stands for after it: 逐月趋势　■报送（按收稿日期）
    ■采用（按刊发日期）. The chart cuts a title wider than it to "…": when that line is wider
    than ``width`` in ``font``, the keys alone (the axes tell the charts apart; the view's
    tooltip names it), in a smaller size if need be."""
    from html import escape

    keys = [f'<span style="color:{colour.name()}">■</span>{escape(name)}' for name, colour in named]
    lines = ["\u3000".join([escape(title), *keys]), "\u3000".join(keys)]
    if width is None or font is None:
        return lines[0]
    if font.pointSizeF() > 0:  # the keys alone in the smaller size the axes' crowded labels take
        lines.append(f'<span style="font-size:{font.pointSizeF() * SMALL_LABELS:.1f}pt">{lines[1]}</span>')
    # one line always: a second would take a plot of some 50 px the room of its figures
    return next((line for line in lines if _html_width(line, font) <= width), lines[-1])


def _html_width(html: str, font: QFont) -> float:
    """How wide the chart's title item lays ``html`` out on one line, its margins included."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setHtml(html)
    return document.idealWidth() + 2 * document.documentMargin()


class StatsCharts:
    def __init__(self, parent: QWidget):
        self.units = _view(parent)
        self.trend = _view(parent, months=True)
        # each chart's title and keys, set again to its width when it is resized (_fit_title)
        self._titles: dict[int, tuple[str, list[tuple[str, QColor]]]] = {}
        for view in self.widgets():
            chart = view.chart()
            # after the layout pass under way: a title set inside it left the plot laid out for the old one
            chart.geometryChanged.connect(lambda chart=chart: QTimer.singleShot(0, chart, lambda: self._fit_title(chart)))

    def _title(self, view: QChartView, title: str, named: list[tuple[str, QColor]]) -> None:
        view.setToolTip(title)  # (a narrow chart's title line has its keys alone)
        self._titles[id(view.chart())] = (title, named)
        self._fit_title(view.chart())

    def _fit_title(self, chart: QChart) -> None:
        if id(chart) not in self._titles:
            return
        title, named = self._titles[id(chart)]
        margins = chart.margins()
        text = titled(title, named, chart.size().width() - margins.left() - margins.right(), chart.titleFont())
        if text != chart.title():  # (a title lays the plot out, not the chart: no loop)
            chart.setTitle(text)

    def widgets(self) -> list[QChartView]:
        return [self.units, self.trend]

    def show_report(self, report: StatsReport) -> None:
        self._units(report)
        self._trend(report)

    def _units(self, report: StatsReport) -> None:
        chart = self.units.chart()
        chart.removeAllSeries()
        counted = [r for r in report.rows if r.submitted or r.adopted]
        rows = counted[:MAX_UNITS]
        # named as the table's columns, with the date each counts by (report.SUBMITTED_HEAD):
        # 报送 by the day received, 采用 by the date, which need not agree
        submitted = QBarSet(SUBMITTED_HEAD)
        adopted = QBarSet(ADOPTED_HEAD)
        for row in rows:
            submitted.append(row.submitted)
            adopted.append(row.adopted)
        series = QBarSeries()
        series.append(submitted)
        series.append(adopted)
        chart.addSeries(series)  # the chart's theme colours the sets
        # more units than bars: the title says these are the first of the table's ranking, not all
        title = translate("StatsCharts", "Submitted and adopted per unit") if len(rows) == len(counted) else translate(
            "StatsCharts", "Submitted and adopted, the first {shown} of {count} units").format(
                shown=len(rows), count=len(counted))
        self._title(self.units, title,
                    [(each.label(), each.color()) for each in (submitted, adopted)])
        names = unit_labels([r.name for r in rows])
        x = chart.axes(Qt.Orientation.Horizontal)[0]
        assert isinstance(x, QBarCategoryAxis)
        x.clear()
        x.append(names)
        # slanted, long names keep their width instead of "…"; short ones stand upright
        font = QFont(chart.axes(Qt.Orientation.Vertical)[0].labelsFont())  # the axes' size, not an earlier report's
        angle = 0
        if len(names) > ROTATE_AFTER and max(map(len, names)) > SHORT_LABEL:
            angle = -45
        elif len(names) > ROTATE_AFTER:
            font.setPointSizeF(font.pointSizeF() * SMALL_LABELS)
        x.setLabelsAngle(angle)
        x.setLabelsFont(font)
        self._counts(chart, [series], x, max([r.submitted for r in rows] + [r.adopted for r in rows] + [1]))

    def _trend(self, report: StatsReport) -> None:
        chart = self.trend.chart()
        chart.removeAllSeries()
        submitted = QLineSeries()
        submitted.setName(SUBMITTED_HEAD)  # (as the bars')
        adopted = QLineSeries()
        adopted.setName(ADOPTED_HEAD)
        for place, month in enumerate(report.months):
            submitted.append(place, month.submitted)
            adopted.append(place, month.adopted)
        top = max([m.submitted for m in report.months] + [m.adopted for m in report.months] + [1])
        for series in (submitted, adopted):
            chart.addSeries(series)
        self._title(self.trend, translate("StatsCharts", "Monthly trend"),
                    [(each.name(), each.color()) for each in (submitted, adopted)])
        labels = month_labels([m.month for m in report.months])
        x = chart.axes(Qt.Orientation.Horizontal)[0]
        assert isinstance(x, QCategoryAxis)
        for label in x.categoriesLabels():
            x.remove(label)
        with_year = max(map(len, labels), default=0) > SHORT_LABEL  # the range spans years
        for index in labelled_months(len(labels), YEAR_MONTH_LABELS if with_year else MONTH_LABELS):
            x.append(labels[index], index)
        x.setRange(-0.5, max(len(labels), 1) - 0.5)  # each month's point in the middle of its place, as a bar's
        self._counts(chart, [submitted, adopted], x, top)

    @staticmethod
    def _counts(chart: QChart, series: list, x, top: int) -> None:
        """The count axis up the side, from 0 past ``top`` in whole steps; the series on both axes."""
        y = chart.axes(Qt.Orientation.Vertical)[0]
        assert isinstance(y, QValueAxis)
        step, ticks = whole_ticks(top, AXIS_STEPS)
        y.setRange(0, step * (ticks - 1))
        y.setLabelFormat("%d")
        y.setTickCount(ticks)  # whole numbers only, each once: a count has no fractions
        for each in series:
            each.attachAxis(x)
            each.attachAxis(y)
