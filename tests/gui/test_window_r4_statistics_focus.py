"""采用统计 opened (gui --view statistics) puts the keyboard on the period, the first thing the clerk chooses there;
it was on the view itself, from which a Tab was needed to reach any control. The down
arrow then changes the period, as in any drop-down."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_the_statistics_open_on_their_period(qtbot, window):
    window.show_view("statistics")
    view = window.statistics_dock.content()
    combo = view.ui.periodCombo
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    before = combo.currentIndex()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == before + 1
