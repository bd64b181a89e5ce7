"""A save error too long for the status bar is read whole: on hover and by a click on it."""
from __future__ import annotations

from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def test_a_long_save_error_is_read_whole_by_a_click(window, qtbot):
    window.issues.new_issue()  # 第53期, after the sample's 第52期
    spin = window.ui.mastheadPanel.ui.numberSpin
    spin.setValue(52)
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is not None)
    label = window.status.save_label
    whole = "其他修改随后一并保存"
    assert label.text().endswith("…") and whole in label.toolTip()
    read: list[str] = []
    when_modal(QMessageBox, lambda box: (read.append(box.text()), box.accept()))
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    spin.setValue(54)
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is None)
    assert len(read) == 1 and whole in read[0] and "第52期已有" in read[0]
