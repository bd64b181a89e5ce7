"""Text fields' context menus offer what works there: no 加粗 in a one-line field, no undo of
something else in the issue (撤销 删除栏目); the body keeps the window's undo and bold."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu


def context_menu(widget) -> list[tuple[str, bool]]:
    """(text, enabled) of the widget's context menu, read while it is open, then closed."""
    seen: list[tuple[str, bool]] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend((action.text(), action.isEnabled()) for action in menu.actions() if not action.isSeparator())
        menu.close()

    QTimer.singleShot(50, read)
    point = QPoint(5, 5)
    target = widget.viewport() if hasattr(widget, "viewport") else widget  # a text edit's menu is its viewport's
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, target.mapToGlobal(point)))
    assert seen
    return seen


def _first_item(window):
    entry = next(entry for _section, entry in window.document.issue.entries() if hasattr(entry, "unit"))
    window.ui.sectionTree.select_uid(entry.uid)
    return window.ui.entryEditor.ui


def test_line_fields_offer_neither_bold_nor_the_issues_undo(window, qtbot):
    _first_item(window)
    window.ui.sectionTree.setFocus()
    window.action_set.delete.trigger()  # something else to undo: 撤销 删除…
    assert window.action_set.undo.isEnabled()
    editor = _first_item(window)
    for field in (editor.unitEdit, editor.dateEdit, window.ui.mastheadPanel.ui.officeEdit):
        texts = [text for text, _enabled in context_menu(field)]
        assert window.action_set.bold.text() not in texts
        assert not any(text.startswith("撤销") or text.startswith("重做") for text in texts), texts


def test_the_body_keeps_undo_and_bold(window, qtbot):
    editor = _first_item(window)
    entries = dict(context_menu(editor.itemBody))
    assert entries.get(window.action_set.bold.text()) is True
    assert window.action_set.undo.text() in entries
