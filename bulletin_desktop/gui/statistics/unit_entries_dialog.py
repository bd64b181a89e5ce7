"""A statistics row opened: the adopted entries one unit's 采用 counts in the range, where each
was adopted (issue, section) and from which submission; an entry opens in the window. The
window form of ``stats --unit``."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from ...core.archive import Archive
from ...core.stats.unit_entries import AdoptedEntry, adopted_entries
from ..dates import shown_date
from ..forms.ui_unit_entries_dialog import Ui_UnitEntriesDialog

_SNIPPET = 60


class UnitEntriesDialog(QDialog):
    openEntryRequested = Signal(int, str)  # issue id, entry uid

    def __init__(self, archive: Archive, name: str, unit_id: int | None, date_from: dt.date, date_to: dt.date,
                 series: str | None, special: str = "include", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnitEntriesDialog()
        self.ui.setupUi(self)
        self.model = QStandardItemModel(self)
        ui = self.ui
        ui.entryTable.setModel(self.model)
        ui.entryTable.verticalHeader().setVisible(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.openButton.clicked.connect(self.open_selected)
        ui.entryTable.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.setWindowTitle(self.tr("Adopted Entries of {unit}").format(unit=name))
        # (a 未登记 row has no unit: its entries are those printing its bold name as written)
        self.entries: list[AdoptedEntry] = adopted_entries(archive, date_from, date_to, unit_id,
                                                           "" if unit_id is not None else name, series, special)
        joint = sum(entry.joint for entry in self.entries)
        summary = self.tr("{unit}, {start} to {end}: {count} entries adopted").format(
            unit=name, start=shown_date(date_from), end=shown_date(date_to),
            count=len(self.entries))
        if joint:
            summary += self.tr(" ({joint} of them reported together with other units)").format(joint=joint)
        ui.summaryLabel.setText(summary)
        self.model.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Issue"), self.tr("Section"), self.tr("Entry"),
                                              self.tr("Submission No."), self.tr("Note")])
        for entry in self.entries:
            text = entry.text.replace("\n", " ")
            cells = [shown_date(entry.date), f"{entry.series} {entry.number_line}", entry.section,
                     text[:_SNIPPET] + ("…" if len(text) > _SNIPPET else ""),
                     str(entry.submission_id) if entry.submission_id else "",
                     self.tr("Reported together") if entry.joint else ""]
            row = [QStandardItem(cell) for cell in cells]
            for item in row:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.model.appendRow(row)
        header = ui.entryTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.openButton.setEnabled(bool(self.entries))

    def open_selected(self) -> None:
        current = self.ui.entryTable.currentIndex()
        self._open_row(current.row() if current.isValid() else 0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            self.openEntryRequested.emit(entry.issue_id, entry.uid)
