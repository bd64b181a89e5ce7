"""视图 → 校对 (F7) brings the proofreading dock back after it was closed, also at the next start."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from bulletin_desktop.gui.main_window import MainWindow


def _dock(window) -> QDockWidget:
    return window.findChild(QDockWidget, "proofreadDock")


def test_closed_proofreading_dock_comes_back_from_the_view_menu(window, qtbot, archive_path):
    toggle = window.action_set.proofread_dock
    assert toggle in window.ui.menuView.actions()
    assert toggle.text() == "校对(&P)" and toggle.shortcut().toString() == "F7"
    qtbot.waitUntil(lambda: _dock(window) is not None)
    dock = _dock(window)
    qtbot.waitUntil(toggle.isChecked)  # the dock is made first, shown (and its toggle checked) next

    dock.close()  # its close button
    assert not toggle.isChecked()
    toggle.trigger()
    assert dock.isVisible() and toggle.isChecked()

    dock.close()
    window.close()  # the layout is saved with the dock closed

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1400, 900)
    assert again.open_archive(archive_path)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: _dock(again) is not None)
    assert not _dock(again).isVisible() and not again.action_set.proofread_dock.isChecked()
    qtbot.keyClick(again, Qt.Key.Key_F7)
    assert _dock(again).isVisible() and again.action_set.proofread_dock.isChecked()
    again.close()
