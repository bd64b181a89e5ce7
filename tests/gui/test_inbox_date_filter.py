"""The inbox's received-date filter: a date the clerk changes filters the list at once (its
box ticks itself), where before the list silently ignored dates changed with the box unticked."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt


def test_changing_a_date_filters_by_it(qtbot, window, tmp_path):
    window.show_view("inbox")
    view = window.inbox_dock.content()
    text = tmp_path / "来稿.txt"
    text.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    view.import_files([text])
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    ui = view.panel.ui
    assert not ui.dateCheck.isChecked()

    window.activateWindow()
    ui.toDate.setFocus()
    ui.toDate.setDate(QDate.currentDate().addDays(-1))  # up to yesterday: today's submission is outside
    assert ui.dateCheck.isChecked()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)

    ui.dateCheck.setFocus()
    qtbot.keyClick(ui.dateCheck, Qt.Key.Key_Space)  # unticked: every date again
    assert not ui.dateCheck.isChecked()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
