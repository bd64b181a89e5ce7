"""Ctrl+H on a 1366×768 laptop at 150 % (911 logical pixels across): the find and replace rows,
with a match count or a message beside them, never make the window wider than the screen (the
two fields' 240 px minimum and the count pushed it to 930, its 关闭 past the edge)."""
from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

FREE_WIDTH_AT_150 = 911


def test_the_replace_rows_fit_a_150_percent_laptop(qtbot, window):
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "proofreadDock") is not None, timeout=10000)
    window.action_set.replace.trigger()
    bar = window.ui.findBar
    qtbot.waitUntil(lambda: bar.ui.replaceEdit.isVisible())
    bar.ui.findEdit.setText("安全")
    qtbot.waitUntil(lambda: bar.ui.matchLabel.text() != "")
    assert window.minimumSizeHint().width() <= FREE_WIDTH_AT_150, bar.ui.matchLabel.text()
    bar.ui.replaceEdit.setText("安全生产")
    bar.replace_all()
    assert bar.ui.matchLabel.text()
    assert window.minimumSizeHint().width() <= FREE_WIDTH_AT_150, bar.ui.matchLabel.text()
    assert bar.ui.findEdit.minimumWidth() >= 120  # still room for a search term
