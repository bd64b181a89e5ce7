"""The section tree on the left: sections with their entries, drag and drop to reorder.

The view only shows and reports: the current node through ``currentNodeChanged``, and a
context menu built from the window's actions. What the actions do is wired in the main
window; drops go through the model's ``moveEntryRequested`` / ``moveSectionRequested``.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QMenu, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget,
)

from .models.section_tree_model import KindRole, SectionTreeModel, SegmentsRole, UidRole


ITEM_TEXT_MARGIN = 3
"""Pixels between an item's edge and its text's box, and again inside that box on the left: the common
style's rule (its focus-frame margin, 2, plus 1), which Fusion and the Windows styles keep.
Written here because asking the style object for it from Python builds the Python class of
QStyle and its 600 enum values (13 ms of every start); the sections' rows, drawn by Qt,
start their text at the same place."""


class EntryLabelDelegate(QStyledItemDelegate):
    """Draws an entry's label with the reporting unit in bold; sections as usual. The row's
    background, selection and focus are Qt's own, drawn without the label's text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(KindRole) != "section" and index.data(SegmentsRole):
            option.text = ""  # painted by paint() in its segments

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        segments = index.data(SegmentsRole)
        if index.data(KindRole) == "section" or not segments:
            return
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        palette = option.palette
        if isinstance(view, QWidget):
            group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
            if not view.isEnabled():
                group = QPalette.ColorGroup.Disabled
            palette.setCurrentColorGroup(group)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(palette.color(role))
        box = option.rect
        x = box.left() + 2 * ITEM_TEXT_MARGIN
        right = box.right() - ITEM_TEXT_MARGIN
        for text, bold in segments:
            font = QFont(option.font)
            font.setBold(bold)
            metrics = QFontMetrics(font)
            room = right - x
            if room <= 0:
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            rect = QRect(x, box.top(), room, box.height())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
            x += metrics.horizontalAdvance(shown)
            if shown != text:
                break
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


class SectionTreeView(QTreeView):
    currentNodeChanged = Signal(str, str)  # uid, kind ("section", "item", "article"; "" for none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._menu_actions: list[QAction | None] = []
        self._collapsed: set[str] = set()
        self._restoring = False
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(EntryLabelDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(14)
        self.collapsed.connect(self._remember_collapsed)
        self.expanded.connect(self._remember_expanded)

    # -- model ----------------------------------------------------------------------

    def setModel(self, model: SectionTreeModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._after_reset()

    def tree_model(self) -> SectionTreeModel:
        return self.model()  # type: ignore[return-value]

    def _before_reset(self) -> None:
        self._pending_uid = self.current_uid()

    def _after_reset(self) -> None:
        self._restoring = True
        try:
            model = self.tree_model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                self.setExpanded(index, index.data(UidRole) not in self._collapsed)
        finally:
            self._restoring = False
        uid = getattr(self, "_pending_uid", "")
        if uid and self.select_uid(uid):
            return
        self.currentNodeChanged.emit("", "")

    def _remember_collapsed(self, index: QModelIndex) -> None:
        if not self._restoring:
            self._collapsed.add(index.data(UidRole))

    def _remember_expanded(self, index: QModelIndex) -> None:
        if not self._restoring:
            self._collapsed.discard(index.data(UidRole))

    # -- current node ---------------------------------------------------------------

    def current_uid(self) -> str:
        index = self.currentIndex()
        return index.data(UidRole) or "" if index.isValid() else ""

    def current_kind(self) -> str:
        index = self.currentIndex()
        return index.data(KindRole) or "" if index.isValid() else ""

    def select_uid(self, uid: str) -> bool:
        index = self.tree_model().index_for_uid(uid)
        if not index.isValid():
            return False
        if index.parent().isValid():
            self.setExpanded(index.parent(), True)
        if index == self.currentIndex():
            self._current_changed(index, index)
        else:
            self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous=None) -> None:
        if current.isValid():
            self.currentNodeChanged.emit(current.data(UidRole), current.data(KindRole))
        else:
            self.currentNodeChanged.emit("", "")

    # -- menu -----------------------------------------------------------------------

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """The window's actions for the context menu; None is a separator."""
        self._menu_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def commitData(self, editor: QWidget) -> None:
        """A name typed in place and taken (Enter): the rename rebuilds the tree, which drops
        its editor before the view can take the focus back, and the focus went on to the
        entry editor's field; it stays in the tree, so that the arrow keys go on from there."""
        typing_here = editor.hasFocus()
        super().commitData(editor)
        if typing_here and not editor.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_editing(self) -> None:
        """A name being typed in place is handed over as it stands, as leaving the field would:
        a shortcut that saves or replaces the issue (Ctrl+S, Ctrl+N) moves no focus, and the
        editor would otherwise be closed with the issue, its text dropped."""
        editor = QApplication.focusWidget()
        if self.state() != QAbstractItemView.State.EditingState or editor is None or not self.isAncestorOf(editor):
            return
        from PySide6.QtWidgets import QAbstractItemDelegate  # its enums built when first needed

        self.commitData(editor)
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def edit_current(self) -> bool:
        """Start renaming the current section in place (F2)."""
        index = self.currentIndex()
        if index.isValid() and index.data(KindRole) == "section":
            self.edit(index)
            return True
        return False
