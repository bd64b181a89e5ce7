"""忽略此处 and 全部忽略 take the finding off the list; the status bar says where it comes back
(词表…, 忽略的提示), the one way to undo it, which nothing else on the screen shows."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _dock_with_finding(qtbot, window):
    issue = window.document.issue
    window.ui.sectionTree.select_uid(issue.sections[0].entries[0].uid)  # the sample's 形式 for 形势
    qtbot.waitUntil(lambda: window.proofreading is not None and len(window.proofreading.items) > 0)
    dock = window.proofreading.dock
    dock.raise_()
    QApplication.processEvents()
    leaf = next(dock._leaves())
    dock.ui.tree.setCurrentItem(leaf)
    return dock, leaf.text(0)


def test_ignore_here_says_where_to_bring_it_back(qtbot, window):
    dock, _text = _dock_with_finding(qtbot, window)
    before = len(window.proofreading.items)
    dock.ui.ignoreHereButton.click()
    assert len(window.proofreading.items) == before - 1
    said = window.statusBar().currentMessage()
    assert "词表…" in said and "忽略的提示" in said and "这里重新提示" in said


def test_ignore_everywhere_names_the_words_and_where_to_undo(qtbot, window):
    dock, _text = _dock_with_finding(qtbot, window)
    found = dock.current_item().found
    dock.ui.ignoreEverywhereButton.click()
    said = window.statusBar().currentMessage()
    assert f"“{found}”" in said and "词表…" in said and "取消忽略" in said
