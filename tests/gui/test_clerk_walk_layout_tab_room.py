"""设置 → 本刊版式 on a short screen (a laptop at 150 %): the fields and the preview take the
height, not the line over them, which stood in an empty band as tall as they were."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def test_the_fields_and_preview_get_the_height(qtbot, window):
    from bulletin_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    dialog.resize(895, 464)  # what the dialog gets of 1366×768 at 150 %
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    ui = dialog.ui
    qtbot.waitUntil(ui.layoutSplitter.isVisible)
    line = ui.layoutSeriesLabel
    assert line.height() < 3 * line.fontMetrics().height()
    assert ui.layoutSplitter.height() > dialog.height() // 2


def test_the_fields_are_whole_and_the_preview_a_page_wide(qtbot, window):
    from bulletin_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    dialog.resize(980, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    zoom_before = dialog.preview.zoom()
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    ui = dialog.ui
    qtbot.waitUntil(lambda: dialog.preview.zoom() != zoom_before)
    assert not ui.layoutScroll.horizontalScrollBar().isVisible()  # no field cut off at its right
    page = dialog.preview.page_pixel_size()
    assert page.width() <= ui.previewHolder.width()  # a whole page wide in sight
