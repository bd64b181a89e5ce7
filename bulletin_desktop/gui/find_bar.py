"""Ctrl+F: find text in the open issue; Enter or F3 for the next match, Shift+Enter or Shift+F3
the previous; Esc gives the focus back to the field the clerk came from."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
import shiboken6

from .forms.ui_find_bar import Ui_FindBar
from ..core.find import find_in_issue
from ..core.positions import Position
from .models.issue_document import IssueDocument


class FindBar(QWidget):
    matchChosen = Signal(object)  # a core.positions.Position
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FindBar()
        self.ui.setupUi(self)
        self._doc: IssueDocument | None = None
        self._matches: list[Position] = []
        self._position = -1
        self._stale = True
        self._came_from: QWidget | None = None  # focus goes back there when the bar closes
        self.ui.findEdit.textChanged.connect(self._query_changed)
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.previousButton.clicked.connect(lambda: self.step(-1))
        self.ui.closeButton.clicked.connect(self.close_bar)
        self.ui.findEdit.installEventFilter(self)

    def set_document(self, doc: IssueDocument) -> None:
        self._doc = doc
        doc.changed.connect(self._mark_stale)
        doc.issueReplaced.connect(self._mark_stale)

    def open_bar(self, text: str = "") -> None:
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._came_from = focused
        self.show()
        if text:
            self.ui.findEdit.setText(text)
        self.ui.findEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.findEdit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def came_from(self) -> QWidget | None:
        """The widget that had the focus before the bar opened, if it can take it back."""
        widget = self._came_from
        if widget is None or not shiboken6.isValid(widget) or not widget.isVisible() or not widget.isEnabled():
            return None
        return widget

    def find_again(self, direction: int) -> None:
        """F3 / Shift+F3: the next or previous match; the bar opens if there is nothing to find yet."""
        if self.isHidden() or not self.ui.findEdit.text():
            self.open_bar()
        else:
            self.step(direction)

    def matches(self) -> list[Position]:
        self._refresh()
        return list(self._matches)

    def _mark_stale(self) -> None:
        self._stale = True

    def _refresh(self) -> None:
        if self._stale:
            issue = self._doc.issue if self._doc is not None else None
            self._matches = find_in_issue(issue, self.ui.findEdit.text())
            self._position = min(self._position, len(self._matches) - 1)
            self._stale = False

    def _query_changed(self, _text: str) -> None:
        self._stale = True
        self._position = -1
        self.step(1)

    def step(self, direction: int) -> None:
        self._refresh()
        if not self._matches:
            self._position = -1
            text = self.ui.findEdit.text()
            self.ui.matchLabel.setText(self.tr("Not found") if text else "")
            return
        self._position = (self._position + direction) % len(self._matches)
        self.ui.matchLabel.setText(self.tr("{current} of {total}").format(
            current=self._position + 1, total=len(self._matches)))
        self.matchChosen.emit(self._matches[self._position])
        self.ui.findEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.findEdit and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if key_event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
