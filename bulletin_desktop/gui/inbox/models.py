"""The inbox table (tens of thousands of rows: ids up front, row details read a page at a
time as they scroll into view) and the list of a submission's candidate entries. Both
drag what they hold onto the section tree."""
from __future__ import annotations

import json
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel, QAbstractTableModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex,
    Qt,
)

from ...core.inbox.submissions import STATUS_LABELS, SubmissionRow
from ...core.model import Entry
from ..dates import shown_date
from ..models.section_tree_model import SUBMISSION_MIME_TYPE

SubmissionIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200  # rows read at once when the view asks for one not yet read
ModelIndex = QModelIndex | QPersistentModelIndex


def submission_mime(submission_id: int, candidate: int | None) -> QMimeData:
    mime = QMimeData()
    payload = json.dumps({"submission": submission_id, "candidate": candidate})
    mime.setData(SUBMISSION_MIME_TYPE, QByteArray(payload.encode("utf-8")))
    return mime


class SubmissionDrag:
    """What the two models share: their rows drag a submission (or one of its candidate
    entries) onto the section tree, which adopts it. Put before the Qt model class; the
    model says what a row stands for in ``dragged``."""

    def dragged(self, row: int) -> tuple[int, int | None] | None:
        """The submission id and candidate number (None: the whole submission) a row drags."""
        raise NotImplementedError

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)  # type: ignore[misc]
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [SUBMISSION_MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData:
        rows = [i.row() for i in indexes if i.isValid()]
        dragged = self.dragged(rows[0]) if rows else None
        return submission_mime(*dragged) if dragged is not None else QMimeData()


class InboxTableModel(SubmissionDrag, QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, read_rows: Callable[[Sequence[int]], dict[int, SubmissionRow]], parent=None):
        super().__init__(parent)
        self._read_rows = read_rows
        self._ids: list[int] = []
        self._rows: dict[int, SubmissionRow] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, submission_id: int) -> int:
        try:
            return self._ids.index(submission_id)
        except ValueError:
            return -1

    def submission_row(self, row: int) -> SubmissionRow | None:
        if not 0 <= row < len(self._ids):
            return None
        submission_id = self._ids[row]
        if submission_id not in self._rows:
            start = max(0, row - PAGE // 4)
            self._rows.update(self._read_rows(self._ids[start:start + PAGE]))
        return self._rows.get(submission_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate
            return (translate("InboxTableModel", "Received"), translate("InboxTableModel", "Unit"),
                    translate("InboxTableModel", "Title"), translate("InboxTableModel", "Source"),
                    translate("InboxTableModel", "Status"))[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == SubmissionIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.submission_row(index.row())
        if row is None:
            return None
        shown = (shown_date(row.received), row.senders or "—", row.title, row.source, STATUS_LABELS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole:  # every column, as the narrow dock shows only a few
            return "\n".join(f"{self.headerData(c, Qt.Orientation.Horizontal)}：{text}" for c, text in enumerate(shown))
        return shown[index.column()]

    def dragged(self, row: int) -> tuple[int, int | None] | None:
        return (self._ids[row], None) if 0 <= row < len(self._ids) else None


class CandidateListModel(SubmissionDrag, QAbstractListModel):
    """The entries a submission offers; dragging one adopts just that one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.submission_id: int | None = None
        self._entries: list[Entry] = []
        self.sections: list[str] = []  # the section the submission lists each under ("" none)

    def set_candidates(self, submission_id: int | None, entries: list[Entry], sections: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self.submission_id = submission_id
        self._entries = entries
        self.sections = list(sections) + [""] * (len(entries) - len(sections))
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._entries[index.row()].text
        if section := self.sections[index.row()]:  # where the submission puts it (【隐患排查】)
            text = f"【{section}】{text}"
        return text if role == Qt.ItemDataRole.ToolTipRole or len(text) <= 80 else text[:80] + "…"

    def dragged(self, row: int) -> tuple[int, int | None] | None:
        if self.submission_id is None or not 0 <= row < len(self._entries):
            return None
        return self.submission_id, row + 1
