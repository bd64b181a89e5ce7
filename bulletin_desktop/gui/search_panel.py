"""Ctrl+Shift+F: search every issue in the archive from a dock.

Results follow the box as the clerk types (after a short pause), narrowed by the
bulletin, a year or date range, a section title and a reporting unit; several words
must all occur. Enter in the box or on a result, or a click, asks to open that issue at
the entry (``hitActivated``). The panel asks the session, never the archive; on each of
the archive's change notices (an autosave, an import, a deletion) it searches again, so
what was just typed is found.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..core.archive import ArchiveError, SearchChoices, SearchFilters, SearchHit
from ..core.archive.search import split_terms
from .forms.ui_search_panel import Ui_SearchPanel
from .models.search_results_model import HitRole, HtmlRole, SearchResultsModel
from .session import Session
from .typed_choice import typed_choice

DEBOUNCE_MS = 250
RESULT_LIMIT = 200
_ANY = None  # the item data of "all …" in every filter box
_DATE_RANGE = "range"  # the item data of "date range" in the period box
_LAST_MONTH = "last-month"  # the month before this one, as the statistics name it (core.stats.preset_range)


class _HitDelegate(QStyledItemDelegate):
    """Paints a result's HTML (heading and marked snippet), wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(index.data(HtmlRole) or "")
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            width = option.widget.viewport().width()  # type: ignore[attr-defined]
        doc.setTextWidth(max(width, 80))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchPanel(QWidget):
    hitActivated = Signal(object, list)  # the SearchHit, the terms searched for
    leaveRequested = Signal()  # Esc: back to the issue being edited

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SearchPanel()
        self.ui.setupUi(self)
        self._session = session
        self._stale = False  # the archive changed while the panel was hidden
        self.model = SearchResultsModel(self)
        view = self.ui.resultsView
        view.setModel(self.model)
        view.setItemDelegate(_HitDelegate(view))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.ui.queryEdit.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.ui.seriesCombo, self.ui.sectionCombo, self.ui.unitCombo):
            combo.currentIndexChanged.connect(lambda _i: self.search_now())
        for combo in (self.ui.sectionCombo, self.ui.unitCombo):
            typed_choice(combo)
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        self.ui.fromDate.dateChanged.connect(lambda _d: self.search_now())
        self.ui.toDate.dateChanged.connect(lambda _d: self.search_now())
        view.activated.connect(self._activated)
        view.clicked.connect(self._activated)
        self.ui.queryEdit.installEventFilter(self)
        self.setFocusProxy(self.ui.queryEdit)  # Ctrl+Shift+F lands in the box, its text selected
        self.reload_choices()

    # -- what the window calls ------------------------------------------------------------

    def archive_changed(self, _change: object = None) -> None:
        """Another archive, or something saved, imported or deleted in it: search again
        (now, or when the panel is next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.reload_choices()
        self.search_now()

    def hits(self) -> list[SearchHit]:
        return self.model.hits()

    def filters(self) -> SearchFilters:
        ui = self.ui
        period = ui.periodCombo.currentData()
        date_from = date_to = None
        if period == _DATE_RANGE:
            date_from, date_to = _to_date(ui.fromDate.date()), _to_date(ui.toDate.date())
        elif isinstance(period, int):
            date_from, date_to = dt.date(period, 1, 1), dt.date(period, 12, 31)
        elif period == _LAST_MONTH:  # the entry of last month's issue the clerk looks for again
            from ..core.stats import preset_range

            date_from, date_to = preset_range(_LAST_MONTH, dt.date.today())
        return SearchFilters(series=ui.seriesCombo.currentData(), date_from=date_from, date_to=date_to,
                             section=ui.sectionCombo.currentData(), unit=ui.unitCombo.currentData())

    # -- searching ------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        query = self.ui.queryEdit.text()
        if not split_terms(query):
            self.model.set_hits([])
            self.ui.statusLabel.setText("")
            return
        current = self.ui.resultsView.currentIndex().data(HitRole)
        filters = self.filters()
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            self.model.set_hits([])  # as the command line refuses --from after --to: said, not "nothing found"
            self.ui.statusLabel.setText(self.tr("The first date is after the last: no issue can lie between them."))
            return
        try:
            hits = self._session.search(query, filters, RESULT_LIMIT)
        except ArchiveError as exc:
            self.model.set_hits([])
            self.ui.statusLabel.setText(exc.message)
            return
        self.model.set_hits(hits)
        if not hits and self._narrowed():  # the way on: the filters may hide what the clerk looks for
            self.ui.statusLabel.setText(self.tr("Nothing found within the chosen year, dates, section or unit. "
                                                "Set them back to “All” to search every issue."))
        elif not hits:
            self.ui.statusLabel.setText(self.tr("Nothing found."))
        elif len(hits) >= RESULT_LIMIT:
            self.ui.statusLabel.setText(self.tr("The first {count} results; add a word or a filter to narrow them.")
                                        .format(count=len(hits)))
        else:
            issues = len({h.issue_id for h in hits})
            self.ui.statusLabel.setText(self.tr("{count} results in {issues} issues").format(
                count=len(hits), issues=issues))
        if current is not None:  # keep the clerk's place when the results are refreshed
            for row, hit in enumerate(hits):
                if (hit.issue_id, hit.entry_uid) == (current.issue_id, current.entry_uid):
                    self.ui.resultsView.setCurrentIndex(self.model.index(row))
                    break

    def _narrowed(self) -> bool:
        ui = self.ui
        return any(combo.isVisible() and combo.currentData() is not _ANY
                   for combo in (ui.seriesCombo, ui.periodCombo, ui.sectionCombo, ui.unitCombo))

    def reload_choices(self) -> None:
        try:
            choices = self._session.search_choices()
        except ArchiveError:
            choices = SearchChoices([], [], [], [])
        ui = self.ui
        _fill(ui.seriesCombo, self.tr("All bulletins"), [(name, name) for name in choices.series])
        ui.seriesCombo.setVisible(len(choices.series) > 1 or ui.seriesCombo.currentIndex() > 0)
        _fill(ui.periodCombo, self.tr("All years"),
              [(str(year), year) for year in choices.years]
              # named as the statistics' period box names it, in its words
              + [(QCoreApplication.translate("StatisticsView", "Last month"), _LAST_MONTH),
                 (self.tr("Date range…"), _DATE_RANGE)])
        _fill(ui.sectionCombo, self.tr("All sections"), [(title, title) for title in choices.sections])
        _fill(ui.unitCombo, self.tr("All units"), [(unit, unit) for unit in choices.units])

    def _period_changed(self, _index: int) -> None:
        ranged = self.ui.periodCombo.currentData() == _DATE_RANGE
        if ranged and not self.ui.fromDate.isVisible():
            today = QDate.currentDate()
            for edit, date in ((self.ui.fromDate, QDate(today.year(), 1, 1)), (self.ui.toDate, today)):
                edit.blockSignals(True)
                edit.setDate(date)
                edit.blockSignals(False)
        self.ui.fromDate.setVisible(ranged)
        self.ui.toDate.setVisible(ranged)
        self.search_now()

    # -- opening ----------------------------------------------------------------------------

    def open_result(self, row: int) -> None:
        self._activated(self.model.index(row))

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HitRole) if index.isValid() else None
        if hit is not None:
            self.hitActivated.emit(hit, split_terms(self.ui.queryEdit.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.queryEdit and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            view = self.ui.resultsView
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self.model.rowCount() == 0:
                    self.search_now()
                current = view.currentIndex()
                self._activated(current if current.isValid() else self.model.index(0))
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(self.model.index(0))
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc from the panel's parts, which pass it on: the clerk goes back to editing (the hit
        opened, its words selected where they are edited), the panel staying open."""
        if event.key() == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.archive_changed()


def _to_date(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def _fill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
    """Replace a filter box's choices, keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, _ANY)
    for text, data in items:
        combo.addItem(text, data)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
    if chosen is not None and found < 0:  # what was chosen is gone: the results change too
        combo.currentIndexChanged.emit(0)
