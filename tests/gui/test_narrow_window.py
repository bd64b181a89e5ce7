"""A 1024-pixel-wide screen: the window fits with the 来稿 or 采用统计 dock open, and the preview
in 适合页宽 keeps a whole page width in view, with no horizontal scroll bar, as the view narrows."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def _page_view(window) -> QAbstractScrollArea:
    return window.ui.preview.findChildren(QAbstractScrollArea)[0]


def test_the_window_fits_a_1024_screen_with_a_dock_open(window, qtbot):
    window.inbox_dock.open()
    qtbot.waitUntil(lambda: window.inbox_dock.widget().isVisible())
    assert window.minimumSizeHint().width() <= 1024
    window.inbox_dock.hide()
    window.statistics_dock.open()
    qtbot.waitUntil(lambda: window.statistics_dock.widget().isVisible())
    assert window.minimumSizeHint().width() <= 1024


def test_fit_width_follows_the_view_and_leaves_no_scroll_bar(window, qtbot):
    view = _page_view(window)
    preview = window.ui.preview
    window.action_set.zoom_fit.trigger()
    assert view.horizontalScrollBar().maximum() == 0
    wide = preview.zoom()

    window.inbox_dock.open()  # a dock opens beside the preview
    qtbot.waitUntil(lambda: preview.zoom() < wide)
    assert view.horizontalScrollBar().maximum() == 0
    window.inbox_dock.hide()
    qtbot.waitUntil(lambda: preview.zoom() == wide)

    window.resize(1150, 900)  # the window shrinks
    qtbot.waitUntil(lambda: preview.zoom() < wide)
    assert view.horizontalScrollBar().maximum() == 0

    window.action_set.zoom_in.trigger()  # zoomed by hand: no longer fitted
    zoomed = preview.zoom()
    window.resize(1400, 900)
    qtbot.wait(50)
    assert preview.zoom() == zoomed
