"""The entry editor's Tab order follows its layout: 日期 → 报送单位 → 正文 → 序号, top to bottom."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_tab_goes_down_the_fields_as_they_are_shown(window, qtbot):
    entry = next(entry for _section, entry in window.document.issue.entries() if hasattr(entry, "unit"))
    window.ui.sectionTree.select_uid(entry.uid)
    editor = window.ui.entryEditor.ui
    order = [editor.dateEdit, editor.unitEdit, editor.itemBody, editor.markEdit]
    editor.dateEdit.setFocus()
    qtbot.waitUntil(editor.dateEdit.hasFocus)
    reached = [QApplication.focusWidget()]
    for _field in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == order
    tops = [field.mapTo(window, field.rect().topLeft()).y() for field in order]
    assert tops == sorted(tops)
