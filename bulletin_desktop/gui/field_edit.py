"""Ctrl+Z belongs to the window: the one undo stack covers typing, bold, structure and
masthead edits, so text widgets must not keep undo histories of their own."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateEdit, QLineEdit, QMenu, QWidget

from ..core.positions import utf16_offset
from ..core.richtext import RichText, plain

_CTRL_Y = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y).toCombined()


def is_undo_redo(event: QKeyEvent) -> bool:
    return (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination().toCombined() == _CTRL_Y)


class UndoKeyRouter(QObject):
    """Event filter: lets undo/redo key presses reach the window's shortcuts instead of
    the widget's own undo (spin boxes, date edits)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent)
                and is_undo_redo(event)):
            event.ignore()
            return True
        return False


def route_undo_keys(owner: QObject, *widgets: QWidget) -> None:
    router = UndoKeyRouter(owner)
    for widget in widgets:
        widget.installEventFilter(router)
        for child in widget.findChildren(QLineEdit):
            child.installEventFilter(router)


def replace_undo_entries(menu: QMenu, actions: list[QAction]) -> None:
    """Put the window's undo/redo (and friends) where a standard context menu has its own."""
    for action in menu.actions():
        if action.objectName() in ("edit-undo", "edit-redo"):
            menu.removeAction(action)
    if actions:
        existing = menu.actions()
        if existing:
            menu.insertActions(existing[0], actions)
            menu.insertSeparator(existing[0])
        else:
            menu.addActions(actions)
            menu.addSeparator()


class FieldLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._extra_actions: list[QAction] = []
        route_undo_keys(self, self)

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._extra_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        replace_undo_entries(menu, self._extra_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()


def show_readonly(widget: QWidget, readonly: bool) -> None:
    """A field that cannot be changed looks it: the window's background behind its text
    instead of the white of a field to type in (the text can still be selected and copied)."""
    palette = QPalette(widget.palette())
    app = QApplication.palette(widget)
    palette.setColor(QPalette.ColorRole.Base, app.color(QPalette.ColorRole.Window if readonly else QPalette.ColorRole.Base))
    widget.setPalette(palette)


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Replace the text of a line edit without reporting it. Where the clerk is typing,
    the cursor stays near the change; elsewhere the start of the text shows."""
    if edit.text() == text:
        return
    position = changed_end(edit.text(), text) if edit.hasFocus() else 0
    blocked = edit.blockSignals(True)
    edit.setText(text)
    edit.setCursorPosition(utf16_offset(text, position))
    edit.blockSignals(blocked)


def changed_end(old: str, new: str) -> int:
    """Where in ``new`` the edit that made it from ``old`` ends: the place for the cursor,
    in code points (convert with ``utf16_offset`` before giving it to Qt)."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return len(new) - suffix


def weight_changed_span(old: list[RichText], new: list[RichText]) -> tuple[int, int] | None:
    """Where only bold changed (the same characters, some bold now or no longer: 加粗 undone
    or redone): the first and past-the-last code point whose weight differs, paragraphs
    counted with one break between them as the editor counts them. None when characters
    were typed or taken out, or nothing changed."""
    if "\n".join(map(plain, old)) != "\n".join(map(plain, new)):
        return None

    def weights(paragraphs: list[RichText]) -> list[bool | None]:
        flags: list[bool | None] = []
        for i, paragraph in enumerate(paragraphs):
            if i:
                flags.append(None)  # the break between paragraphs
            flags += [run.bold for run in paragraph for _ch in run.text]
        return flags

    before, after = weights(old), weights(new)
    differ = [i for i, (was, now) in enumerate(zip(before, after)) if was != now]
    return (differ[0], differ[-1] + 1) if differ else None


class FieldDateEdit(QDateEdit):
    """A date box that Tab leaves at once, as it does every other field of a form: the year,
    month and day are typed or stepped with the arrow keys, not reached with Tab."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        return QAbstractSpinBox.focusNextPrevChild(self, next)
