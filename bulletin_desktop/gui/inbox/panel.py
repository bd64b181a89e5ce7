"""The inbox panel: filters, the table of submissions, the chosen one's unit, where it
was adopted and its candidate entries, and the buttons. It reports what the clerk asks
for through signals; ``InboxController`` does it."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from ...core.inbox.submissions import SET_ASIDE, STATUS_LABELS
from ...core.units.registry import Unit
from ..dates import shown_date
from ..forms.ui_inbox_panel import Ui_InboxPanel
from .flow_layout import flowed
from .models import CandidateListModel, InboxTableModel, SubmissionIdRole

SEARCH_PAUSE_MS = 250  # filter once the clerk stops typing, not at every key
VISUAL_ORDER = (4, 1, 2, 0, 3)  # the model's columns as shown: status, unit, title, received, source
NARROW_HIDDEN = (0, 3)  # received and source: left out while the dock is too narrow for every column
NARROWER_HIDDEN = (1,)  # and the unit (the details under the list name it) where it would leave the title no room
TITLE_LEAST = 6  # characters of a title in sight in the narrowest dock
ROWS_LEAST = 4  # submissions in sight in the shortest dock


def _pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class InboxPanel(QWidget):
    filtersChanged = Signal()
    currentChanged = Signal(int)  # submission id, 0 for none
    importRequested = Signal()
    pasteRequested = Signal()
    filesDropped = Signal(list)  # of Path
    adoptRequested = Signal(int, int)  # submission id, candidate (0: all)
    declineRequested = Signal(int)
    reopenRequested = Signal(int)  # a declined or returned submission back to 待处理
    editRequested = Signal(int)
    unitChosen = Signal(int, int)  # submission id, unit id (0: none)

    def __init__(self, model: InboxTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InboxPanel()
        self.ui.setupUi(self)
        # the filters, the dates and the buttons wrap onto further lines in a narrow dock
        # (a laptop at 150 % leaves it some 160 px) instead of making it scroll sideways; the
        # dock opens as wide as the filters in one line, where the screen has room for that
        flowed(self.ui.inboxLayout, self.ui.filterRow, one_line=True)
        for row in (self.ui.dateRow, self.ui.buttonRow):
            flowed(self.ui.inboxLayout, row)
        self.model = model
        self.candidates = CandidateListModel(self)
        ui = self.ui
        ui.submissionView.setModel(model)
        ui.candidateView.setModel(self.candidates)
        header = ui.submissionView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # the dock opens a quarter of a 1366 screen wide: the status, unit and title the clerk
        # scans come first; the date and file name follow where there is room for them (the
        # row's tooltip has them all), never pushing the status out of sight
        for logical in VISUAL_ORDER:
            header.moveSection(header.visualIndex(logical), VISUAL_ORDER.index(logical))
        metrics = ui.submissionView.fontMetrics()
        for column, sample in ((0, shown_date(dt.date(2024, 12, 31))), (1, "舞阳县应急局"), (3, "来稿.docx"),
                               (4, "已采用")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        self._room_for_all = sum(header.sectionSize(c) for c in (0, 1, 3, 4)) + metrics.horizontalAdvance("标" * 12)
        self._room_for_unit = sum(header.sectionSize(c) for c in (1, 4)) + metrics.horizontalAdvance("标" * TITLE_LEAST)
        ui.submissionView.viewport().installEventFilter(self)
        ui.submissionView.verticalHeader().setVisible(False)
        ui.submissionView.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        # a few rows in sight however short the dock: in a narrow one the wrapped filters and
        # buttons take the height, and the dock scrolls rather than squeeze the list to a row
        ui.submissionView.setMinimumHeight(header.sizeHint().height() + ROWS_LEAST * (metrics.height() + 8)
                                           + 2 * ui.submissionView.frameWidth())
        ui.statusCombo.addItem(self.tr("All statuses"), "")
        for key, label in STATUS_LABELS.items():
            ui.statusCombo.addItem(label, key)
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addMonths(-1))
        ui.toDate.setDate(today)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.filtersChanged)
        self._filling_units = False

        ui.statusCombo.currentIndexChanged.connect(lambda _i: self.filtersChanged.emit())
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._unit_filter_changed())
        ui.dateCheck.toggled.connect(lambda _on: self.filtersChanged.emit())
        ui.fromDate.dateChanged.connect(self._dates_changed)
        ui.toDate.dateChanged.connect(self._dates_changed)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.submissionView.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.importButton.clicked.connect(self.importRequested)
        ui.pasteButton.clicked.connect(self.pasteRequested)
        ui.adoptButton.clicked.connect(self._adopt_clicked)
        ui.declineButton.clicked.connect(self._decline_clicked)
        self._decline_text = ui.declineButton.text()  # the form's, in the clerk's language
        self._set_aside = False  # the chosen submission is declined or returned (the button reopens it)
        ui.editButton.clicked.connect(self._edit_clicked)
        ui.submissionView.doubleClicked.connect(lambda _index: self._edit_clicked())
        # a candidate double-clicked (or Enter on it): 采用到… for that one, the section asked as for the button
        ui.candidateView.activated.connect(lambda _index: self._adopt_clicked())
        ui.detailUnitCombo.activated.connect(self._detail_unit_chosen)
        model.modelReset.connect(lambda: self._row_changed(ui.submissionView.currentIndex(), QModelIndex()))
        self._update_buttons()

    # -- filters --------------------------------------------------------------------

    def set_units(self, units: list[Unit]) -> None:
        """Fill both unit lists, keeping the choices."""
        ui = self.ui
        self._filling_units = True
        chosen = ui.unitCombo.currentData()
        ui.unitCombo.clear()
        ui.unitCombo.addItem(self.tr("All units"), 0)
        ui.detailUnitCombo.clear()
        ui.detailUnitCombo.addItem(self.tr("(unit not known)"), 0)
        for unit in units:
            ui.unitCombo.addItem(unit.name, unit.id)
            if unit.active:
                ui.detailUnitCombo.addItem(unit.name, unit.id)
        index = ui.unitCombo.findData(chosen)
        ui.unitCombo.setCurrentIndex(max(0, index))
        self._filling_units = False

    def _dates_changed(self, _date) -> None:
        if self.ui.dateCheck.isChecked():
            self.filtersChanged.emit()
        else:  # a date the clerk changes is meant to filter by: the box ticks itself (and filters)
            self.ui.dateCheck.setChecked(True)

    def _unit_filter_changed(self) -> None:
        if not self._filling_units:
            self.filtersChanged.emit()

    def filters(self) -> dict:
        ui = self.ui
        filters: dict = {"status": ui.statusCombo.currentData() or None,
                         "unit_id": ui.unitCombo.currentData() or None, "search": ui.searchEdit.text()}
        if ui.dateCheck.isChecked():
            filters["date_from"] = _pydate(ui.fromDate.date())
            filters["date_to"] = _pydate(ui.toDate.date())
        return filters

    def set_filters(self, *, status: str = "", unit_id: int = 0, search: str | None = None,
                    dates: tuple[dt.date, dt.date] | None = None) -> None:
        ui = self.ui
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(status)))
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(unit_id)))
        if search is not None:
            ui.searchEdit.setText(search)
            self._search_timer.stop()
        ui.dateCheck.setChecked(dates is not None)
        if dates is not None:
            ui.fromDate.setDate(QDate(dates[0].year, dates[0].month, dates[0].day))
            ui.toDate.setDate(QDate(dates[1].year, dates[1].month, dates[1].day))
        self.filtersChanged.emit()

    # -- the chosen submission ------------------------------------------------------

    def current_id(self) -> int:
        index = self.ui.submissionView.currentIndex()
        return int(index.data(SubmissionIdRole)) if index.isValid() else 0

    def select_id(self, submission_id: int) -> bool:
        row = self.model.row_of(submission_id)
        if row < 0:
            return False
        self.ui.submissionView.selectRow(row)
        # the first column shown, so that the view does not scroll the status out of sight
        self.ui.submissionView.setCurrentIndex(self.model.index(row, VISUAL_ORDER[0]))
        return True

    def show_details(self, unit_id: int | None, places: list[str], candidates, submission_id: int,
                     status: str = "", reason: str = "", sections: list[str] = (),  # type: ignore[assignment]
                     unplaced: list[str] = ()) -> None:  # type: ignore[assignment]
        """``sections``: the section the submission lists each candidate under ("" none);
        ``unplaced``: the co-senders its text names that no unit stands for (县住建局)."""
        ui = self.ui
        ui.detailUnitCombo.setCurrentIndex(max(0, ui.detailUnitCombo.findData(unit_id or 0)))
        self._show_decline_or_reopen(bool(submission_id) and not places and status in SET_ASIDE)
        status_text = self._status_text(status, reason, places) if submission_id else ""
        if unplaced and submission_id:  # said beside the list as well as in 修改来稿
            status_text = "\n".join(filter(None, [status_text, self.tr(
                "Also sent by {names}, not counted: which county or town's is not said (Edit Submission).").format(
                names="、".join(f"“{name}”" for name in unplaced))]))
        ui.statusValue.setText(status_text)
        self.candidates.set_candidates(submission_id or None, candidates, sections)

    def _status_text(self, status: str, reason: str, places: list[str]) -> str:
        """What became of the submission, with where it went or why not: the table's status
        column may be scrolled out of a narrow dock, and the reason is shown nowhere else."""
        if places:
            return self.tr("Status: adopted into {places}").format(places=_counted(places))
        label = STATUS_LABELS.get(status, "")
        if not label:
            return ""
        if reason.strip():
            return self.tr("Status: {status} (reason: {reason})").format(status=label, reason=reason.strip())
        return self.tr("Status: {status}").format(status=label)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.currentChanged.emit(int(current.data(SubmissionIdRole)) if current.isValid() else 0)

    def _detail_unit_chosen(self, _index: int) -> None:
        if self.current_id():
            self.unitChosen.emit(self.current_id(), int(self.ui.detailUnitCombo.currentData() or 0))

    def _show_decline_or_reopen(self, set_aside: bool) -> None:
        """One button for the one way the submission can go: 不采用… while it waits (or was
        adopted: the refusal says why not), 恢复为待处理 once declined or returned, the way
        back from a slip of the hand or a decision changed."""
        self._set_aside = set_aside
        button = self.ui.declineButton
        if set_aside:
            button.setText(self.tr("Back to &Pending"))
            button.setToolTip(self.tr("Mark this submission as waiting again, its reason cleared"))
        else:
            button.setText(self._decline_text)
            button.setToolTip("")

    def _decline_clicked(self) -> None:
        if self.current_id():
            (self.reopenRequested if self._set_aside else self.declineRequested).emit(self.current_id())

    def _edit_clicked(self) -> None:
        if self.current_id():
            self.editRequested.emit(self.current_id())

    def _adopt_clicked(self) -> None:
        submission_id = self.current_id()
        if not submission_id:
            return
        candidate = self.ui.candidateView.currentIndex()
        self.adoptRequested.emit(submission_id, candidate.row() + 1 if candidate.isValid() else 0)

    def _update_buttons(self) -> None:
        chosen = self.ui.submissionView.currentIndex().isValid()
        for button in (self.ui.adoptButton, self.ui.declineButton, self.ui.editButton, self.ui.detailUnitCombo):
            button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.submissionView.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The columns the viewport has room for, the title stretched over the rest: the
        list never scrolls sideways (the row's tooltip names what is left out)."""
        table = self.ui.submissionView
        width = table.viewport().width()
        for columns, room in ((NARROW_HIDDEN, self._room_for_all), (NARROWER_HIDDEN, self._room_for_unit)):
            narrow = width < room
            for column in columns:
                if table.isColumnHidden(column) != narrow:
                    table.setColumnHidden(column, narrow)

    # -- files dropped on the inbox ---------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)


def _counted(places: list[str]) -> str:
    """第53期【督导检查】（2条）、第54期【工作动态】: each place once, with how many entries went there."""
    counts = Counter(places)
    return "、".join(place if counts[place] == 1 else f"{place}（{counts[place]}条）" for place in dict.fromkeys(places))
