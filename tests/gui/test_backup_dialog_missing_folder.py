"""备份到… a folder that is not there any more (a USB stick pulled out) says so and writes
nothing, as ``archive backup`` does."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.mark.parametrize("written", ["gone_usb/copy.sqlite", "gone_usb/", "gone_usb"])
def test_backing_up_into_a_missing_folder_is_refused(qtbot, window, tmp_path, monkeypatch, written):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog

    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (f"{tmp_path}/{written}", ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    qtbot.mouseClick(dialog.ui.backupToButton, Qt.MouseButton.LeftButton)
    assert len(warned) == 1 and f"{tmp_path / 'gone_usb'} 不存在（U 盘拔出了吗？）" in warned[0]
    assert not (tmp_path / "gone_usb").exists()
