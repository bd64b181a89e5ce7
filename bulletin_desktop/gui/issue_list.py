"""The issue list: every issue in the archive, newest first; open, start the next, delete.

It follows the archive's change notices: a changed issue has its row read again, an
added or deleted issue or a renamed series has the whole list read again.
"""
from __future__ import annotations

import json
import logging
import re
from typing import Callable, Iterable

from PySide6.QtCore import (
    QEvent, QMimeData, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..core.archive import ArchiveChange, ArchiveError, IssueSummary
from .forms.ui_issue_list import Ui_IssueListPanel
from .in_sight import in_sight
from .models.issue_list_model import IssueIdRole, IssueListModel


log = logging.getLogger(__name__)


class _IssueDelegate(QStyledItemDelegate):
    """A row of an archive of several bulletins names the bulletin before the number
    (漯河市安全生产委员会办公室简报 第7期 · 已定稿); in a narrow dock the bulletin's name is cut,
    not the number and final mark after it (cut at the end, every row read "漯河市安全生…").
    ``series_of``: the bulletin's name of an issue id."""

    def __init__(self, parent: QObject, series_of: Callable[[int], str | None]):
        super().__init__(parent)
        self._series_of = series_of

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        text = option.text
        metrics = option.fontMetrics
        room = option.rect.width() - 10  # (the cell's margins)
        if index.column() != 0 or metrics.horizontalAdvance(text) <= room:
            return
        name = self._series_of(index.data(IssueIdRole))
        if not name or not text.startswith(name + " "):
            return  # one bulletin: the row is its number line alone
        rest = text[len(name) + 1:]
        # at least the name's first two characters; a number line too long even so (a 专刊's)
        # is then cut at its end by the view, after the number
        name_room, shortest = room - metrics.horizontalAdvance(" " + rest), name[:2] + "…"
        cut = (metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_room)
               if name_room > metrics.horizontalAdvance(shortest) else shortest)
        option.text = f"{cut} {rest}"


class IssueListPanel(QWidget):
    openRequested = Signal(int)
    newRequested = Signal()
    deleteRequested = Signal(int)
    # an entry dragged from the section tree onto another issue's row: its uid, that issue's id
    entryDropped = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_IssueListPanel()
        self.ui.setupUi(self)
        self.model = IssueListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = self.ui.issueView
        view.setModel(self.proxy)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the font: sizing to contents would read every row of a
        # thousand-issue archive whenever a row changes
        metrics = view.fontMetrics()
        for column, sample in ((1, "2022年11月21日"), (2, "999")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 24)
        self.ui.filterEdit.textChanged.connect(lambda text: self.proxy.setFilterFixedString(listed_form(text)))
        self._series: dict[int, str] = {}  # each listed issue's bulletin, for cutting its name
        self.model.modelReset.connect(self._note_series)
        self.model.dataChanged.connect(self._note_series)
        view.setItemDelegate(_IssueDelegate(view, self._series.get))
        view.setSelectionMode(view.SelectionMode.ExtendedSelection)  # several, for exporting them at once
        view.activated.connect(self._activated)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.ui.openIssueButton.clicked.connect(lambda: self._activated(view.currentIndex()))
        self.ui.newIssueButton.clicked.connect(self.newRequested)
        self.ui.deleteIssueButton.clicked.connect(self._delete_clicked)
        # the buttons' two, also in the list's context menu
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.triggered.connect(lambda: self._activated(view.currentIndex()))
        self.delete_action = QAction(self.tr("De&lete"), self)
        self.delete_action.triggered.connect(self._delete_clicked)
        self._readonly = False
        self._outdated = False  # the rows are to be read again when the list is next shown
        self._all_rows: Callable[[], list[IssueSummary]] = list
        self._some_rows: Callable[[Iterable[int]], list[IssueSummary]] = lambda _ids: []
        self._takes_drops = False  # see showEvent
        self._update_buttons()

    def set_source(self, all_rows: Callable[[], list[IssueSummary]],
                   some_rows: Callable[[Iterable[int]], list[IssueSummary]]) -> None:
        """Where the list reads its rows: all of them, and those of some issue ids."""
        self._all_rows, self._some_rows = all_rows, some_rows

    def reload(self) -> None:
        """Read every row again; while the list is out of sight (its tab behind another,
        its dock closed) only note that it must, and read when ``dock_shown``: a
        thousand rows read at start-up for a tab nobody has opened would delay the window."""
        if not in_sight(self):
            self._outdated = True
            self.model.set_summaries([])  # nothing of another archive, or of before, left behind
            return
        self._read_all()

    def dock_shown(self, shown: bool) -> None:
        """Its dock's visibilityChanged: shown, or its tab brought to the front (or not)."""
        if shown:
            self._take_drops()
        if shown and self._outdated:
            self._read_all()

    def _read_all(self) -> None:
        self._outdated = False
        try:
            rows = self._all_rows()
        except ArchiveError:  # the archive cannot be read just now: keep showing what was read last
            log.warning("the issue list could not be read again", exc_info=True)
            return
        self.set_summaries(rows, self.model.current_id())

    def apply_change(self, change: ArchiveChange) -> None:
        if self._outdated:
            return  # read whole when it comes in sight
        if change.issues_listed_differently:
            self.reload()
            return
        if not change.issues_changed:
            return
        try:
            rows = self._some_rows(change.issues_changed)
        except ArchiveError:
            log.warning("changed rows of the issue list could not be read", exc_info=True)
            return
        if not self.model.update_summaries(rows):
            self.reload()  # a changed date or number moves the row

    def set_summaries(self, rows: list[IssueSummary], current_id: int | None) -> None:
        self.model.set_summaries(rows)
        self.set_current_id(current_id, centred=True)  # the list read anew: the open issue amid its neighbours

    def set_current_id(self, issue_id: int | None, centred: bool = False) -> None:
        """The open issue, current in the list and scrolled into view (to the middle of it
        when ``centred``; otherwise the list moves only when the row is out of view)."""
        self.model.set_current_id(issue_id)
        if issue_id is not None:
            row = self.model.row_of(issue_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                view = self.ui.issueView
                view.setCurrentIndex(index)
                view.scrollTo(index, view.ScrollHint.PositionAtCenter if centred else view.ScrollHint.EnsureVisible)
        self._update_buttons()

    def set_readonly(self, readonly: bool) -> None:
        self._readonly = readonly
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.ui.issueView.currentIndex()
        return index.data(IssueIdRole) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The issues chosen (Ctrl+click, Shift+click), in the list's order."""
        rows = sorted(self.ui.issueView.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(IssueIdRole) for index in rows]

    def set_context_actions(self, actions: list) -> None:
        view = self.ui.issueView
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        separator = QAction(self)
        separator.setSeparator(True)
        view.addActions([self.open_action, self.delete_action, separator, *actions])

    def _note_series(self, *_changed) -> None:
        self._series.clear()
        self._series.update((s.id, s.series) for s in self.model.summaries())

    def showEvent(self, event) -> None:
        """An entry of the open issue dragged onto another issue's row moves there: set up
        once the list is really on the screen (a hidden list takes no drops), not when it
        is built. The first ``viewport()`` asked of Python makes PySide look through every
        widget class it knows for the viewport's type (about 12 ms), and at start-up the
        list usually sits behind the 报头 tab, where it counts as shown (in_sight.py): its
        tab brought forward calls ``dock_shown``."""
        super().showEvent(event)
        if not self._takes_drops:
            QTimer.singleShot(0, self, self._take_drops)

    def _take_drops(self) -> None:
        if not self._takes_drops and in_sight(self):
            self._takes_drops = True
            viewport = self.ui.issueView.viewport()
            viewport.setAcceptDrops(True)
            viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.ui.issueView.viewport() and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                                                 QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent are drop events
            uid = None if self._readonly else dragged_entry(event.mimeData())
            # entering anywhere is accepted, so that moving on over the rows is reported;
            # over a row it lands only on another issue than the open one
            issue_id = self._issue_at(event) if kind != QEvent.Type.DragEnter else None
            if uid is None or (kind != QEvent.Type.DragEnter and issue_id is None):
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            if kind == QEvent.Type.Drop:
                # after the drag has ended: the move may ask (a section to choose, a refusal to read)
                QTimer.singleShot(0, lambda: self.entryDropped.emit(uid, issue_id))
            return True
        return super().eventFilter(watched, event)

    def _issue_at(self, event: QDropEvent) -> int | None:
        index = self.ui.issueView.indexAt(event.position().toPoint())
        issue_id = index.data(IssueIdRole) if index.isValid() else None
        return issue_id if issue_id is not None and issue_id != self.model.current_id() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.data(IssueIdRole))

    def _delete_clicked(self) -> None:
        issue_id = self.selected_id()
        if issue_id is not None:
            self.deleteRequested.emit(issue_id)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.ui.openIssueButton.setEnabled(has)
        self.ui.deleteIssueButton.setEnabled(has and not self._readonly)
        self.open_action.setEnabled(has)
        self.delete_action.setEnabled(has and not self._readonly)
        self.ui.newIssueButton.setEnabled(not self._readonly)


def dragged_entry(data: QMimeData) -> str | None:
    """The uid of the entry a drag from the section tree carries (not a section, nor a submission)."""
    from .models.section_tree_model import MIME_TYPE

    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        nodes = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        node = nodes[0]
        return str(node["uid"]) if node.get("kind") == "entry" else None
    except (ValueError, LookupError, TypeError, AttributeError):
        return None


def listed_form(text: str) -> str:
    """The filter as the list writes numbers: 第五十二期 and 五十二 find 第52期; other words
    with a numeral in them (一体化) stay as typed."""
    from ..core.numerals import CN_NUMERAL, to_int

    whole = text.strip()
    if re.fullmatch(f"{CN_NUMERAL}+", whole):
        return str(to_int(whole))
    return re.sub(f"第({CN_NUMERAL}+)期", lambda m: f"第{to_int(m.group(1))}期", text)
