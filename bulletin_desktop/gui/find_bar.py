"""Ctrl+F: find text in the open issue as printed (masthead, sections, entries, closing
block); Enter or F3 for the next match, Shift+Enter or Shift+F3 the previous; Esc gives the
focus back to the field the clerk came from. Ctrl+H adds the replace row: 替换 replaces the
match shown and goes to the next, 全部替换 every match as one undo step. The replacing itself
is ``IssueEditing.replace`` (``core.edits``); the bar only says what came of it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QWidget
import shiboken6

from .field_edit import route_undo_keys
from .forms.ui_find_bar import Ui_FindBar
from ..core.find import find_in_issue, next_after_replacing
from ..core.positions import FOUND_ONLY_FIELDS, Position
from .models.issue_document import IssueDocument

if TYPE_CHECKING:
    from .undo_commands import IssueEditing


class FindBar(QWidget):
    matchChosen = Signal(object)  # a core.positions.Position
    closed = Signal()
    statusMessage = Signal(str)  # what a replace did, for the window's status bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FindBar()
        self.ui.setupUi(self)
        self._doc: IssueDocument | None = None
        self._editing: IssueEditing | None = None
        self._matches: list[Position] = []
        self._position = -1
        self._stale = True
        self._came_from: QWidget | None = None  # focus goes back there when the bar closes
        self.ui.findEdit.textChanged.connect(self._query_changed)
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.previousButton.clicked.connect(lambda: self.step(-1))
        self.ui.closeButton.clicked.connect(self.close_bar)
        self.ui.replaceButton.clicked.connect(self.replace_current)
        self.ui.replaceAllButton.clicked.connect(self.replace_all)
        self.ui.replaceRow.hide()
        self.ui.findEdit.installEventFilter(self)
        self.ui.replaceEdit.installEventFilter(self)
        # Ctrl+Z right after 全部替换 (the keyboard still in these fields) undoes the replacing,
        # as everywhere else in the window, not the typing of the words in the field
        route_undo_keys(self, self.ui.findEdit, self.ui.replaceEdit)

    def set_document(self, doc: IssueDocument, editing: IssueEditing | None = None) -> None:
        self._doc = doc
        self._editing = editing
        doc.changed.connect(self._mark_stale)
        doc.issueReplaced.connect(self._mark_stale)

    def open_bar(self, text: str = "", replace: bool = False) -> None:
        """Ctrl+F, or with ``replace`` Ctrl+H: the replace row too, its box taking the typing
        once there is something to find."""
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._came_from = focused
            text = text or _selected_words(focused)  # a word selected is what the clerk means to find
        self.ui.replaceRow.setVisible(replace)
        self.show()
        if text:
            self.ui.findEdit.setText(text)
        edit = self.ui.replaceEdit if replace and self.ui.findEdit.text() else self.ui.findEdit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

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
        # "已替换 13 处" or "第 3 处，共 13 处" no longer holds once the issue changes (Ctrl+Z
        # undid the replacing, the clerk typed): the next Enter counts again and says so
        self.ui.matchLabel.clear()

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
        typing_in = self.ui.replaceEdit if self.ui.replaceEdit.hasFocus() else self.ui.findEdit
        self._position = (self._position + direction) % len(self._matches)
        self.ui.matchLabel.setText(self.tr("{current} of {total}").format(
            current=self._position + 1, total=len(self._matches)))
        self.matchChosen.emit(self._matches[self._position])
        typing_in.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- replacing ----------------------------------------------------------------------

    def replace_current(self) -> None:
        """替换: the match shown is replaced, then the next one is shown (the first click,
        with none shown yet, only shows one)."""
        if self._refused():
            return
        self._refresh()
        if self._position < 0:
            self.step(1)
            return
        at = self._position
        current, new = self._matches[at], self.ui.replaceEdit.text()
        if current.field in FOUND_ONLY_FIELDS:  # not a silent skip: the clerk would think it done
            self.statusMessage.emit(self._found_only_text())
            self.step(1)
            return
        if self._editing is not None and self._editing.replace([current], new):
            self._refresh()
            self._position = next_after_replacing(self._matches, at, current, len(new)) - 1
        self.step(1)

    def replace_all(self) -> None:
        """全部替换: every match in the issue, one undo step; the count is said."""
        if self._refused():
            return
        matches = self.matches()
        if not matches or self._editing is None:
            self.step(1)  # says that nothing was found
            return
        count = self._editing.replace(matches, self.ui.replaceEdit.text())
        self._position = -1
        message = self.tr("{count} replaced").format(count=count)
        self.ui.matchLabel.setText(message)
        kept = sum(1 for place in matches if place.field in FOUND_ONLY_FIELDS)
        if kept:  # 14 found, 13 replaced: the status bar says where the one left is, and why
            message = self.tr("{replaced}; {kept} left in the bulletin's name, issue number or date").format(
                replaced=message, kept=kept)
        self.statusMessage.emit(message)

    def _found_only_text(self) -> str:
        return self.tr("The bulletin's name, the issue number and the date are found, not replaced: "
                       "change them in the masthead panel.")

    def _refused(self) -> bool:
        """Nothing is replaced in a final issue or a read-only archive, and the clerk is told why."""
        doc = self._doc
        issue = doc.issue if doc is not None else None
        if doc is None or issue is None:
            return True
        if not doc.readonly:
            return False
        from PySide6.QtWidgets import QMessageBox

        from .archive_tools.final_actions import refuse_final

        if issue.status == "final":
            refuse_final(self, self.tr("Replace"), issue.series, issue.number_line())
        else:
            QMessageBox.warning(self, self.tr("Replace"), QCoreApplication.translate(
                "StatusIndicators", "This archive is open read-only; nothing is saved."))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc on one of the bar's buttons (the clerk tabbed to 全部替换 and pressed Space):
        the buttons pass it on to the bar, which closes as from its fields."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.ui.findEdit, self.ui.replaceEdit) and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is self.ui.replaceEdit:
                self.replace_current()
                return True
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if key_event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)


def _selected_words(widget: QWidget) -> str:
    """The text selected in a field, when it is a few words on one line (not a whole
    paragraph or more: that is no search)."""
    if isinstance(widget, QLineEdit):
        selected = widget.selectedText()
    elif isinstance(widget, QTextEdit):
        selected = widget.textCursor().selectedText()
    else:
        return ""
    return selected if selected.strip() and len(selected) <= 50 and "\u2029" not in selected else ""
