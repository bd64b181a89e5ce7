"""The archive's issues as rows of a table model, newest first."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.archive import IssueSummary
from ..dates import shown_date, shown_time

translate = QCoreApplication.translate

IssueIdRole = Qt.ItemDataRole.UserRole + 1
COLUMN_ISSUE, COLUMN_DATE, COLUMN_ENTRIES = range(3)



def issue_title(summary: IssueSummary, with_series: bool = False) -> str:
    """How the window names an issue: its 期号 line as the masthead prints it, the 专刊 after it."""
    title = summary.number_line()
    special = summary.special
    if special is not None and special.number is not None:
        title += translate("IssueListModel", " ({special} No. {number})").format(special=special.name,
                                                                               number=special.number)
    elif special is not None:
        title += translate("IssueListModel", " ({special})").format(special=special.name)
    if with_series:
        title = f"{summary.series} {title}"
    return title


class IssueListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[IssueSummary] = []
        self._current_id: int | None = None
        self._many_series = False

    def set_summaries(self, rows: list[IssueSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._many_series = len({r.series for r in rows}) > 1
        self.endResetModel()

    def summaries(self) -> list[IssueSummary]:
        return list(self._rows)

    def current_id(self) -> int | None:
        return self._current_id

    def update_summaries(self, rows: list[IssueSummary]) -> bool:
        """Replace rows in place; False (nothing replaced) when one is missing or would
        sort elsewhere, so that the caller reads the whole list again."""
        positions = [self.row_of(r.id) for r in rows]
        for row, summary in zip(positions, rows):
            if row < 0:
                return False
            old = self._rows[row]
            if (old.date, old.number, old.series_id) != (summary.date, summary.number, summary.series_id):
                return False
        for row, summary in zip(positions, rows):
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def set_current_id(self, issue_id: int | None) -> None:
        """The open issue is shown in bold; only its row and the previous one repaint."""
        previous, self._current_id = self._current_id, issue_id
        for changed in {previous, issue_id} - {None}:
            row = self.row_of(changed)  # type: ignore[arg-type]
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2), [Qt.ItemDataRole.FontRole])

    def row_of(self, issue_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == issue_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("IssueListModel", "Issue"), translate("IssueListModel", "Date"), translate("IssueListModel", "Entries"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_ISSUE:
                title = issue_title(summary, self._many_series)
                return title + translate("IssueListModel", " · final") if summary.status == "final" else title
            if column == COLUMN_DATE:
                return shown_date(summary.date)
            return str(summary.entry_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("IssueListModel", "{series}, {issue}, {date}; last saved {saved}").format(
                series=summary.series, issue=issue_title(summary), date=shown_date(summary.date),
                saved=shown_time(summary.updated_at))
        if role == Qt.ItemDataRole.FontRole and summary.id == self._current_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_ENTRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IssueIdRole:
            return summary.id
        return None
