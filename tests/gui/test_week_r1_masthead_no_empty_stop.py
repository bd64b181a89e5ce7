"""Tab through the masthead panel stops at its fields only: the scrolling frame around them
takes no focus of its own (a stop where nothing shows as focused), and still scrolls the
field Tab reaches into sight."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bulletin_desktop.gui.in_sight import in_sight


def test_tab_into_the_masthead_lands_on_its_first_field(window, qtbot):
    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: in_sight(window.ui.mastheadDock))
    panel = window.ui.mastheadPanel.ui
    reached = []
    panel.seriesEdit.setFocus()
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        reached.append(QApplication.focusWidget())
        if not window.ui.mastheadPanel.isAncestorOf(reached[-1]):
            break
    assert panel.scrollArea not in reached


def test_the_last_field_tabbed_to_is_in_sight(window, qtbot):
    window.resize(1000, 500)  # the panel taller than its room
    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: in_sight(window.ui.mastheadDock))
    panel = window.ui.mastheadPanel.ui
    panel.signersEdit.setFocus()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert window.ui.mastheadPanel.isAncestorOf(focused)
    assert in_sight(focused)
