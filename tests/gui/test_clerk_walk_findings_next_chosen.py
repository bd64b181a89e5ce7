"""Working down the findings: once the chosen one is ignored or fixed, the one in its place is
chosen, its buttons ready, instead of nothing chosen and every button greyed."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bulletin_desktop.gui.text_input import type_text


def test_the_next_finding_is_chosen_after_one_is_ignored(qtbot, window):
    issue = window.document.issue
    window.ui.sectionTree.select_uid(issue.sections[0].entries[0].uid)
    body = window.ui.entryEditor.ui.itemBody
    qtbot.waitUntil(lambda: body.toPlainText().startswith("市安委会"))
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, "确保安全安全。")  # a second finding beside the sample's 形式
    qtbot.waitUntil(lambda: window.proofreading is not None and len(window.proofreading.items) >= 2)
    dock = window.proofreading.dock
    dock.raise_()
    QApplication.processEvents()
    first = next(dock._leaves())
    dock.ui.tree.setCurrentItem(first)
    ignored = dock.current_item()
    dock.ui.ignoreHereButton.click()
    chosen = dock.current_item()
    assert chosen is not None and chosen != ignored
    assert dock.ui.ignoreHereButton.isEnabled()
