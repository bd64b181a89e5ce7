"""The statistics view: a date range (this month, quarter, year, or custom) and a bulletin,
the table per unit, category or month, the lead sentence with the totals, the charts,
and the CSV, Excel and 通报 outputs."""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from ...core.archive import Archive
from ...core.errors import BulletinError
from ...core.stats import DEFAULT_PRESET, compute_stats, empty_period_note, newest_outside, office_of, preset_range
from ...core.stats.report import UNIT_HEAD, StatsReport
from ..forms.ui_statistics_view import Ui_StatisticsView
from ..settings import AppSettings
from .table_sort import TotalLastProxy

if TYPE_CHECKING:
    from .charts import StatsCharts
    from .unit_entries_dialog import UnitEntriesDialog
    from .unattributed_dialog import UnattributedDialog


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def _pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class StatisticsView(QWidget):
    reportChanged = Signal()
    exported = Signal(str)  # the file written
    openEntryRequested = Signal(int, str)  # issue id, entry uid: from the unattributed entries

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StatisticsView()
        self.ui.setupUi(self)
        self.archive: Archive | None = None
        self.report: StatsReport | None = None
        self.charts: StatsCharts | None = None  # made when the view is first shown
        self.unattributed_dialog: UnattributedDialog | None = None  # while it is open
        self.table_model = QStandardItemModel(self)
        ui = self.ui
        # a click on a head sorts the table (the 合计 row stays last); the report's ranked order
        # until then, and for the outputs
        self.table_proxy = TotalLastProxy(self)
        self.table_proxy.setSourceModel(self.table_model)
        ui.tableView.setModel(self.table_proxy)
        ui.tableView.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.tableView.setSortingEnabled(True)
        ui.tableView.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        # a unit's row opened: the entries its 采用 counts, and where (stats --unit)
        ui.tableView.doubleClicked.connect(self.show_unit_entries)
        ui.tableView.setToolTip(self.tr("Double-click a unit's row to list its adopted entries and where they were "
                                        "adopted. Click a column's head to sort."))
        self._settings: AppSettings | None = None  # read when the table is first sorted or filled
        self._restoring = False  # (putting back the remembered sort is no new choice of the clerk's)
        # 视图 → 采用统计 lands on the period, the first thing to choose (the view itself took
        # the focus, and the first Tab only then reached a control)
        self.setFocusProxy(ui.periodCombo)
        ui.tableView.verticalHeader().setVisible(False)
        ui.statsSplitter.setStretchFactor(0, 3)
        ui.statsSplitter.setStretchFactor(1, 2)
        ui.tableView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for key, text in (("month", self.tr("This month")), ("quarter", self.tr("This quarter")),
                          ("year", self.tr("This year")), ("last-month", self.tr("Last month")),
                          ("last-quarter", self.tr("Last quarter")), ("last-year", self.tr("Last year")),
                          ("custom", self.tr("Custom range"))):
            ui.periodCombo.addItem(text, key)
        for key, text in (("unit", self.tr("By unit")), ("category", self.tr("By category")),
                          ("month", self.tr("By month")), ("quarter", self.tr("By quarter")),
                          ("category-quarter", self.tr("Categories by quarter")), ("section", self.tr("Units by section")),
                          ("unit-month", self.tr("Units by month")), ("unit-quarter", self.tr("Units by quarter"))):
            ui.byCombo.addItem(text, key)
        # the 专刊's entries: with the others, as ever, left out or alone (StatsReport.special)
        for key, text in (("include", self.tr("Special issues counted")), ("exclude", self.tr("Special issues left out")),
                          ("only", self.tr("Special issues alone"))):
            ui.specialCombo.addItem(text, key)
        self._setting = False
        self._lead = ""  # the lead sentence with the totals, as rich text
        self._choose_period(DEFAULT_PRESET)
        ui.periodCombo.setCurrentIndex(ui.periodCombo.findData(DEFAULT_PRESET))
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self._choose_period(ui.periodCombo.currentData()))
        ui.fromDate.dateChanged.connect(self._dates_edited)
        ui.toDate.dateChanged.connect(self._dates_edited)
        ui.seriesCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.specialCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.byCombo.currentIndexChanged.connect(lambda _i: self._fill_table())
        ui.unitsButton.clicked.connect(self.edit_units)
        ui.unattributedButton.clicked.connect(self.show_unattributed)
        ui.unattributedButton.setEnabled(False)
        ui.csvButton.clicked.connect(lambda: self.export_dialog("csv"))
        ui.xlsxButton.clicked.connect(lambda: self.export_dialog("xlsx"))
        ui.noticeButton.clicked.connect(lambda: self.export_dialog("docx"))
        ui.leadValue.setTextFormat(Qt.TextFormat.RichText)
        ui.leadValue.linkActivated.connect(lambda year: self.set_range(*preset_range("year", dt.date(int(year), 1, 1))))

    # -- what is counted ------------------------------------------------------------------

    def set_archive(self, archive: Archive | None) -> None:
        self.archive = archive
        ui = self.ui
        self._setting = True
        ui.seriesCombo.clear()
        ui.seriesCombo.addItem(self.tr("All bulletins"), "")
        for series in archive.list_series() if archive is not None else []:
            ui.seriesCombo.addItem(series.name, series.name)
        self._setting = False
        self.refresh()

    def set_range(self, start: dt.date, end: dt.date) -> None:
        self._setting = True
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData("custom"))
        self.ui.fromDate.setDate(_qdate(start))
        self.ui.toDate.setDate(_qdate(end))
        self._setting = False
        self.refresh()

    def series(self) -> str | None:
        """The bulletin the figures are for; None for every bulletin."""
        return self.ui.seriesCombo.currentData() or None

    def special(self) -> str:
        """How the 专刊's entries are counted: include, exclude or only (compute_stats)."""
        return self.ui.specialCombo.currentData() or "include"

    def range(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.ui.fromDate.date()), _pydate(self.ui.toDate.date())

    def _choose_period(self, key: str) -> None:
        if key == "custom":
            return
        start, end = preset_range(key, dt.date.today())
        self._setting = True
        self.ui.fromDate.setDate(_qdate(start))
        self.ui.toDate.setDate(_qdate(end))
        self._setting = False
        self.refresh()

    def _dates_edited(self, _date) -> None:
        if self._setting:
            return
        self._setting = True
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData("custom"))
        self._setting = False
        self.refresh()

    # -- the figures ---------------------------------------------------------------------

    def refresh(self) -> None:
        if self._setting or self.archive is None:
            return
        start, end = self.range()
        try:
            self.report = compute_stats(self.archive, start, end, self.series(), self.special())
        except BulletinError as exc:
            self.report = None
            self._lead = html.escape(exc.in_window)
            self.ui.leadValue.setText(self._lead)
            self.table_model.clear()
            return
        self.ui.unattributedButton.setEnabled(self.report.unattributed > 0)
        if newest := newest_outside(self.archive, self.report):
            # the note, and a link to that year: one click from an empty table to figures
            self._lead = self.tr('{note} <a href="{year}">Show {year}</a>').format(
                note=html.escape(empty_period_note(newest)), year=newest.date.year)
        else:
            self._lead = html.escape(self.report.lead())
        from ...core.stats.split_units import split_note, split_units

        if split := split_note(split_units(self.archive, self.report)):  # one unit in two rows: said, not merged
            self._lead += "<br>" + html.escape(split)
        self._fill_table()
        if self.unattributed_dialog is not None:
            self.unattributed_dialog.show_range(start, end, self.series(), self.special())
        if self.charts is not None:
            self.charts.show_report(self.report)
        self.reportChanged.emit()

    def table(self) -> tuple[list[str], list[list]]:
        if self.report is None:
            return [], []
        return self.report.table(self.ui.byCombo.currentData())

    def table_note(self) -> str:
        return self.report.table_note(self.ui.byCombo.currentData()) if self.report is not None else ""

    def _fill_table(self) -> None:
        # under the totals, what adding up the table shown needs (joint entries, entries of no unit)
        note = self.table_note()
        self.ui.leadValue.setText(self._lead + (f"<br>{html.escape(note)}" if note else ""))
        header, rows = self.table()
        model = self.table_model
        model.clear()
        model.setHorizontalHeaderLabels(header)
        for row in rows:
            items = []
            for value in row:
                item = QStandardItem(str(value))
                if isinstance(value, (int, float)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            model.appendRow(items)
        self._restore_sort(header)

    def _settings_store(self) -> AppSettings:
        if self._settings is None:
            self._settings = AppSettings()
        return self._settings

    def _restore_sort(self, header: list[str]) -> None:
        """Sort the table as the clerk last sorted this kind of table (by its column's head)."""
        remembered = self._settings_store().statistics_sort(self.ui.byCombo.currentData())
        column = header.index(remembered[0]) if remembered and remembered[0] in header else -1
        order = Qt.SortOrder.DescendingOrder if remembered and remembered[1] else Qt.SortOrder.AscendingOrder
        self._restoring = True
        self.ui.tableView.horizontalHeader().setSortIndicator(column, order)
        self._restoring = False

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        if self._restoring or column < 0:
            return
        head = self.table_model.headerData(column, Qt.Orientation.Horizontal)
        if head:
            self._settings_store().set_statistics_sort(self.ui.byCombo.currentData(), str(head),
                                                       order == Qt.SortOrder.DescendingOrder)

    # wider than this many times its height (docked under the window): the charts go beside
    # the table, which would otherwise get a strip of a row or two
    _SIDE_BY_SIDE = 2.2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        wide = size.width() > self._SIDE_BY_SIDE * max(size.height(), 1)
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.ui.statsSplitter.orientation() != orientation:
            self.ui.statsSplitter.setOrientation(orientation)
            self._share_space()

    def _share_space(self) -> None:
        """Table and charts share the splitter anew when it turns or the charts arrive: the
        sizes it kept from the other way round (or from before the charts were made) left the
        charts a strip too narrow for a title or an axis."""
        splitter = self.ui.statsSplitter
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        total = splitter.width() if horizontal else splitter.height()
        if total <= 0:
            return
        table = total // 2 if horizontal else total * 3 // 5  # beside: half each; above: the table's rows first
        splitter.setSizes([table, total - table])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.charts is None:
            from .charts import StatsCharts  # Qt Charts loads here, the first time the view is seen

            self.charts = StatsCharts(self.ui.chartsPane)
            for widget in self.charts.widgets():
                self.ui.chartsLayout.addWidget(widget, 1)  # equal halves: a chart's own size hint would starve the other
            self._share_space()
            if self.report is not None:
                self.charts.show_report(self.report)

    def edit_units(self) -> None:
        if self.archive is None:
            return
        from .units_dialog import UnitsDialog

        UnitsDialog(self.archive, self).exec()
        self.refresh()

    def show_unattributed(self) -> None:
        """The entries counted for no unit, beside the window (the clerk may open them while
        it stays open; it follows the range chosen here)."""
        if self.archive is None:
            return
        from .unattributed_dialog import UnattributedDialog

        start, end = self.range()
        series = self.series()
        if self.unattributed_dialog is not None:
            self.unattributed_dialog.show_range(start, end, series, self.special())
            self.unattributed_dialog.raise_()
            return
        dialog = UnattributedDialog(self.archive, start, end, series, self, self.special())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openEntryRequested.connect(self.openEntryRequested)
        dialog.unitsRegistered.connect(self.refresh)
        dialog.destroyed.connect(self._unattributed_closed)
        dialog.show()
        self.unattributed_dialog = dialog

    def show_unit_entries(self, index: QModelIndex) -> UnitEntriesDialog | None:
        """The adopted entries of the unit whose row ``index`` (of the table as shown) is in,
        in the range, bulletin and counting of the 专刊 chosen here; None for a row of no unit
        (合计, a category, a month)."""
        if self.archive is None or self.report is None or not index.isValid():
            return None
        source = self.table_proxy.mapToSource(index)
        header, _rows = self.table()
        if UNIT_HEAD not in header:
            return None
        name = str(self.table_model.index(source.row(), header.index(UNIT_HEAD)).data() or "")
        row = self.report.row(name) if name else None
        if row is None:
            return None
        from .unit_entries_dialog import UnitEntriesDialog

        start, end = self.range()
        dialog = UnitEntriesDialog(self.archive, row.name, row.unit_id, start, end, self.series(), self.special(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openEntryRequested.connect(self.openEntryRequested)
        dialog.show()
        return dialog

    def _unattributed_closed(self) -> None:
        self.unattributed_dialog = None

    # -- output --------------------------------------------------------------------------

    def export_dialog(self, fmt: str) -> None:
        if self.report is None:
            return
        filters = {"csv": self.tr("CSV for Excel (*.csv)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "docx": self.tr("Word document (*.docx)")}
        from ..export_dialogs import export_start_dir

        settings = self._settings_store()
        # where the clerk keeps what is exported (the bulletins' Word files), not the home folder each time
        suggested = str(export_start_dir(settings) / f"{self.report.title}.{fmt}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export Statistics"), suggested, filters[fmt])
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":  # a name typed without it: Excel and Word would not know the file
            path = path.with_name(f"{path.name}.{fmt}")
        if self.export(path, fmt):
            settings.set_export_dir(path.parent)

    def export(self, path: Path, fmt: str) -> bool:
        from ..dialogs import show_error

        report, archive = self.report, self.archive
        if report is None or archive is None:
            return False
        try:
            if fmt == "csv":
                from ...export.stats_tables import write_csv

                write_csv(path, *self.table(), self.table_note())
            elif fmt == "xlsx":
                from ...export.stats_tables import write_xlsx

                write_xlsx(path, report.table_title(self.ui.byCombo.currentData()), *self.table(),
                           note=self.table_note(), made=report.made_line(office_of(archive, report.series),
                                                                         archive.today()))
            else:
                from ...export.stats_notice import write_notice

                write_notice(path, report, office_of(archive, report.series), archive.today())
        except BulletinError as exc:
            show_error(self, self.tr("Export Statistics"), exc)
            return False
        self.exported.emit(str(path))
        return True

    def exported_message(self, path: str) -> str:
        """Said in the status bar once a table or the notice is written: the file dialog closes
        on nothing else to show that it was."""
        return self.tr("Statistics exported to {path}").format(path=path)
