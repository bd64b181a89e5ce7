"""The issue's sections and entries as a two-level Qt item model.

Section rows carry a stable integer key as the internal id of their children's
indexes, so a child finds its section even after sections were reordered. Structural
changes reset the model (an issue has a few dozen rows); text edits update one row.
Drops do not change the issue here: they ask for a move through a signal, and the
window turns that into an undoable command.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QFont

from ...core.model import Article, Entry, Item, Section
from ...core.richtext import plain
from .issue_document import IssueDocument

translate = QCoreApplication.translate

MIME_TYPE = "application/x-bulletin-desktop-node"
# a submission (or one of its candidate entries) dragged from the inbox: {"submission": id, "candidate": n or null}
SUBMISSION_MIME_TYPE = "application/x-bulletin-desktop-submission"
LABEL_CHARS = 16

UidRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2  # "section", "item" or "article"
SegmentsRole = Qt.ItemDataRole.UserRole + 3  # [(text, bold)] for the entry label
ModelIndex = QModelIndex | QPersistentModelIndex


def entry_label_segments(entry: Entry, limit: int = LABEL_CHARS) -> list[tuple[str, bool]]:
    """The first ``limit`` characters of an entry as (text, bold) pieces; the unit is bold."""
    if isinstance(entry, Article):
        pieces = [(entry.title or "", False)]
    else:
        pieces = [(run.text, run.bold) for run in entry.rich]
    pieces = [(" ".join(text.split()), bold) for text, bold in pieces]
    pieces = [(text, bold) for text, bold in pieces if text]
    out: list[tuple[str, bool]] = []
    left = limit
    for i, (text, bold) in enumerate(pieces):
        if len(text) > left or (len(text) == left and i < len(pieces) - 1):
            out.append((text[:left] + "…", bold))
            break
        out.append((text, bold))
        left -= len(text)
    return out


class SectionTreeModel(QAbstractItemModel):
    moveEntryRequested = Signal(str, str, int)  # entry uid, target section uid, row before the move
    moveSectionRequested = Signal(str, int)  # section uid, row before the move
    renameSectionRequested = Signal(str, str)  # section uid, new title
    adoptRequested = Signal(int, int, str, int)  # submission id, candidate (0: all), section uid, row

    def __init__(self, document: IssueDocument, parent=None):
        super().__init__(parent)
        self._doc = document
        self._keys: dict[str, int] = {}
        self._sections_by_key: dict[int, Section] = {}
        self._next_key = 0  # section keys are never reused, so a stale index finds nothing
        self._editable = True
        document.issueReplaced.connect(self._reset)
        document.structureChanged.connect(self._reset)
        document.entryChanged.connect(self._entry_changed)
        self._reset()

    # -- keeping up with the document -----------------------------------------------

    def _sections(self) -> list[Section]:
        issue = self._doc.issue
        return issue.sections if issue is not None else []

    def _reset(self) -> None:
        self.beginResetModel()
        self._editable = not self._doc.readonly
        live = {s.uid for s in self._sections()}
        for uid in list(self._keys):
            if uid not in live:
                del self._sections_by_key[self._keys.pop(uid)]
        for section in self._sections():
            key = self._keys.get(section.uid)
            if key is None:
                self._next_key += 1
                key = self._keys[section.uid] = self._next_key
            self._sections_by_key[key] = section
        self.endResetModel()

    def _entry_changed(self, uid: str) -> None:
        index = self.index_for_uid(uid)
        if index.isValid():
            self.dataChanged.emit(index, index)

    # -- lookups --------------------------------------------------------------------

    def index_for_uid(self, uid: str) -> QModelIndex:
        for s_row, section in enumerate(self._sections()):
            if section.uid == uid:
                return self.index(s_row, 0)
            for e_row, entry in enumerate(section.entries):
                if entry.uid == uid:
                    return self.index(e_row, 0, self.index(s_row, 0))
        return QModelIndex()

    def node(self, index: ModelIndex) -> Section | Entry | None:
        if not index.isValid():
            return None
        key = index.internalId()
        if key == 0:
            sections = self._sections()
            return sections[index.row()] if index.row() < len(sections) else None
        section = self._sections_by_key.get(key)
        if section is None or index.row() >= len(section.entries):
            return None
        return section.entries[index.row()]

    # -- QAbstractItemModel ---------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._sections()) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        sections = self._sections()
        if parent.row() >= len(sections):
            return QModelIndex()
        section = sections[parent.row()]
        if row >= len(section.entries):
            return QModelIndex()
        return self.createIndex(row, 0, self._keys[section.uid])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        section = self._sections_by_key.get(index.internalId())
        for row, candidate in enumerate(self._sections()):
            if candidate is section:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._sections())
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        sections = self._sections()
        return len(sections[parent.row()].entries) if parent.row() < len(sections) else 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if isinstance(node, Section):
            return self._section_data(node, role)
        return self._entry_data(node, role)

    def _section_data(self, section: Section, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"【{section.title}】"
        if role == Qt.ItemDataRole.EditRole:
            return section.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SectionTreeModel", "Section {title}: {count} entries").format(title=section.title, count=len(section.entries))
        if role == UidRole:
            return section.uid
        if role == KindRole:
            return "section"
        return None

    def _entry_data(self, entry: Entry, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = "".join(t for t, _ in entry_label_segments(entry))
            return text or (translate("SectionTreeModel", "(untitled article)") if isinstance(entry, Article) else translate("SectionTreeModel", "(empty entry)"))
        if role == SegmentsRole:
            return entry_label_segments(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            full = entry.text if isinstance(entry, Item) else entry.title + "\n" + "\n".join(
                plain(p) for p in entry.paragraphs[:2])
            return full[:300] + ("…" if len(full) > 300 else "")
        if role == UidRole:
            return entry.uid
        if role == KindRole:
            return entry.kind
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if role != Qt.ItemDataRole.EditRole or not isinstance(node, Section):
            return False
        title = str(value).strip().strip("【】").strip()
        if title and title != node.title:
            self.renameSectionRequested.emit(node.uid, title)
        return False  # the rename command changes the issue and notifies us

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.internalId() == 0:
                flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop --------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE, SUBMISSION_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        nodes = []
        for index in indexes:
            node = self.node(index)
            if node is not None:
                nodes.append({"kind": "section" if isinstance(node, Section) else "entry", "uid": node.uid})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(nodes[:1]).encode("utf-8")))
        return mime

    @staticmethod
    def _dragged(data: QMimeData) -> dict | None:
        if data.hasFormat(SUBMISSION_MIME_TYPE):
            try:
                payload = json.loads(bytes(data.data(SUBMISSION_MIME_TYPE).data()).decode("utf-8"))
                return {"kind": "submission", "submission": int(payload["submission"]),
                        "candidate": int(payload.get("candidate") or 0)}
            except (ValueError, KeyError, TypeError):
                return None
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            nodes = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        except ValueError:
            return None
        return nodes[0] if nodes else None

    def _drop_target(self, data: QMimeData, row: int, parent: ModelIndex) -> tuple[str, str, int] | None:
        """(kind, target section uid or "", row) for a drop, or None where it cannot land."""
        dragged = self._dragged(data)
        if dragged is None or not self._editable:
            return None
        sections = self._sections()
        if not sections:
            return None
        parent_node = self.node(parent)
        if dragged["kind"] == "section":
            if parent_node is None:
                return "section", "", row if row >= 0 else len(sections)
            if isinstance(parent_node, Section):  # between the entries of a section: after that section
                return "section", "", parent.row() + 1
            return None
        if isinstance(parent_node, Section):
            return "entry", parent_node.uid, row if row >= 0 else len(parent_node.entries)
        if parent_node is None:
            # between two section rows: the end of the section above, or the start of the first one
            if row > 0:
                above = sections[min(row, len(sections)) - 1]
                return "entry", above.uid, len(above.entries)
            return "entry", sections[0].uid, 0
        section = self._sections_by_key.get(parent.internalId())
        return ("entry", section.uid, parent.row() + 1) if section is not None else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: ModelIndex) -> bool:
        return action == Qt.DropAction.MoveAction and self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: ModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._drop_target(data, row, parent)
        dragged = self._dragged(data)
        if target is None or dragged is None:
            return False
        kind, section_uid, target_row = target
        if dragged["kind"] == "submission":
            self.adoptRequested.emit(dragged["submission"], dragged["candidate"], section_uid, target_row)
            return False  # nothing to remove at the source: the inbox keeps its row
        if kind == "section":
            self.moveSectionRequested.emit(dragged["uid"], target_row)
        else:
            self.moveEntryRequested.emit(dragged["uid"], section_uid, target_row)
        # The move is done; removeRows is not implemented, so the view's follow-up
        # "remove the source rows" after a move drop changes nothing.
        return True
