"""未归属条目: the window form of ``stats --unattributed``. The adopted entries counted for
no unit, each with the unit it seems to come from; registering that unit (one archive
transaction) counts them at once, and an entry opens in the window for a closer look."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from ...core.archive import Archive
from ...core.errors import BulletinError
from ...core.stats.unattributed import UnattributedEntry, unattributed_entries
from ...core.units.registry import add_units_named
from ..dates import shown_date
from ..forms.ui_unattributed_dialog import Ui_UnattributedDialog

UNIT_COLUMN = 3
_SNIPPET = 60


class UnattributedDialog(QDialog):
    openEntryRequested = Signal(int, str)  # issue id, entry uid
    unitsRegistered = Signal()

    def __init__(self, archive: Archive, date_from: dt.date, date_to: dt.date, series: str | None,
                 parent: QWidget | None = None, special: str = "include"):
        super().__init__(parent)
        self.ui = Ui_UnattributedDialog()
        self.ui.setupUi(self)
        self.archive = archive
        self._range = (date_from, date_to, series, special)
        self.entries: list[UnattributedEntry] = []
        self.model = QStandardItemModel(self)
        ui = self.ui
        ui.entryTable.setModel(self.model)
        ui.entryTable.verticalHeader().setVisible(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.registerButton.clicked.connect(self.register_selected)
        ui.registerButton.setEnabled(not archive.readonly)
        ui.openButton.clicked.connect(self.open_selected)
        ui.entryTable.doubleClicked.connect(lambda index: self._open_row(index.row())
                                            if index.column() != UNIT_COLUMN else None)
        self.reload()

    def show_range(self, date_from: dt.date, date_to: dt.date, series: str | None, special: str = "include") -> None:
        """The statistics view's range (or bulletin, or how it counts the 专刊) changed: this list follows it."""
        self._range = (date_from, date_to, series, special)
        self.reload()

    def reload(self) -> None:
        date_from, date_to, series, special = self._range
        self.entries = unattributed_entries(self.archive, date_from, date_to, series, special)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Issue"), self.tr("Section"),
                                              self.tr("Unit to register"), self.tr("Entry")])
        for entry in self.entries:
            text = entry.text.replace("\n", " ")
            cells = [shown_date(entry.date), f"{entry.series} {entry.number_line}",  # as the window writes dates
                     entry.section, entry.suggestion, text[:_SNIPPET] + ("…" if len(text) > _SNIPPET else "")]
            row = [QStandardItem(cell) for cell in cells]
            for column, item in enumerate(row):
                if column != UNIT_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.model.appendRow(row)
        header = self.ui.entryTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.openButton.setEnabled(bool(self.entries))

    def _selected_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.ui.entryTable.selectionModel().selectedIndexes()})
        current = self.ui.entryTable.currentIndex()
        return rows or ([current.row()] if current.isValid() else [])

    def register_selected(self) -> None:
        names = [self.model.item(row, UNIT_COLUMN).text().strip() for row in self._selected_rows()]
        from ..dialogs import show_error

        if not any(names):
            show_error(self, self.windowTitle(),
                       self.tr("Choose entries with a unit name to register, or type the name in the table."))
            return
        try:
            add_units_named(self.archive, names)
        except BulletinError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        self.reload()
        self.unitsRegistered.emit()

    def open_selected(self) -> None:
        rows = self._selected_rows()
        if rows:
            self._open_row(rows[0])

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            self.openEntryRequested.emit(entry.issue_id, entry.uid)
