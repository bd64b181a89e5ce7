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
