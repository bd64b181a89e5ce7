"""A search typed in traditional characters (檢查) in the window finds the archive's
simplified text, and opening a result selects the text found (检查) in the editor."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_search_panel import open_panel, search


def test_a_traditional_query_opens_at_the_simplified_match(qtbot, window):
    panel = open_panel(qtbot, window)
    expected = len(window.session.archive.search("检查", 200))
    assert expected > 0
    hits = search(qtbot, panel, "檢查", expected)
    assert all(h.snippet[h.match_start:h.match_end] == "检查" for h in hits)
    view = panel.ui.resultsView
    index = panel.model.index(0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.ui.sectionTree.current_uid() == hits[0].entry_uid
    assert window.ui.entryEditor.ui.itemBody.textCursor().selectedText() == "检查"
