"""The window on an office laptop's 1366×768 screen: with any one of its views open it can
be made small enough to fit (1366 wide, 768 less a taskbar and a title bar high), and a first
start on a screen smaller than the form's size fills the screen instead of running past it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

FREE_WIDTH, FREE_HEIGHT = 1366, 768 - 40 - 30  # a taskbar and the window's title bar


def _settled(qtbot, window) -> None:
    """The findings dock is added once the first check has run; the charts a moment after
    the statistics view is opened."""
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "proofreadDock") is not None, timeout=10000)
    qtbot.wait(200)


@pytest.mark.parametrize("dock", ["inbox_dock", "statistics_dock", "search_dock", None])
def test_with_one_view_open_the_window_fits_a_1366_by_768_screen(qtbot, window, dock):
    _settled(qtbot, window)
    if dock is not None:
        getattr(window, dock).open()
        qtbot.waitUntil(lambda: getattr(window, dock).widget() is not None and getattr(window, dock).isVisible())
    if dock == "statistics_dock":
        from PySide6.QtCharts import QChartView

        qtbot.waitUntil(lambda: len(window.statistics_dock.findChildren(QChartView)) == 2, timeout=10000)
    smallest = window.minimumSizeHint()
    assert smallest.width() <= FREE_WIDTH - 80 and smallest.height() <= FREE_HEIGHT, (dock, smallest)
    window.resize(FREE_WIDTH, FREE_HEIGHT)
    qtbot.wait(50)
    assert (window.width(), window.height()) == (FREE_WIDTH, FREE_HEIGHT)
    # every pane keeps a usable width: the entry editor and the preview above their minimum
    assert window.ui.editorSlot.width() >= window.ui.editorSlot.minimumWidth() >= 200
    assert window.ui.previewSlot.width() >= window.ui.previewSlot.minimumWidth() >= 160  # a 1024 screen: test_narrow_window


def test_with_every_view_open_the_window_is_still_no_wider_than_the_screen(qtbot, window):
    _settled(qtbot, window)
    for dock in (window.inbox_dock, window.statistics_dock, window.search_dock):
        dock.open()
    qtbot.wait(200)
    assert window.minimumSizeHint().width() <= FREE_WIDTH


def test_a_first_start_on_a_smaller_screen_fills_it(qtbot):
    from bulletin_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    free = win.screen().availableGeometry()
    win.resize(free.width() + 200, free.height() + 100)  # the form's size on a small screen
    win.window_layout.fit_to_screen()
    assert win.windowState() & Qt.WindowState.WindowMaximized

    fitting = MainWindow()
    qtbot.addWidget(fitting)
    fitting.resize(free.width() - 100, free.height() - 100)
    fitting.window_layout.fit_to_screen()
    assert not fitting.windowState() & Qt.WindowState.WindowMaximized


def test_the_import_check_dialog_is_no_larger_than_the_screen(qtbot):
    """The form's 1100×720 and a title bar do not fit a 1366×768 screen; the test's own
    screen (800×800) is narrower still."""
    from bulletin_desktop.core.importing import read_file
    from bulletin_desktop.gui.importing.review_dialog import SCREEN_ALLOWANCE, ImportReviewDialog
    from bulletin_desktop.resources import sample_bulletin_path

    dialog = ImportReviewDialog(read_file(sample_bulletin_path()))
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    assert free.width() < 1100  # or this test shows nothing
    assert dialog.width() + SCREEN_ALLOWANCE[0] <= free.width()
    assert dialog.height() + SCREEN_ALLOWANCE[1] <= free.height()
    assert dialog.height() == 720  # what fits is not shrunk
