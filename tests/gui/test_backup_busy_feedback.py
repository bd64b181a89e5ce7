"""备份与恢复: while a backup or a copy to another folder (a USB stick) is written, the status
bar says so and the cursor waits; afterwards the copy is said written and the cursor is back."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog


def _watching(monkeypatch, window, name: str) -> list:
    seen: list = []
    archive = window.session.archive
    original = getattr(archive, name)

    def watched(*args, **kwargs):
        cursor = QApplication.overrideCursor()
        seen.append((cursor.shape() if cursor is not None else None, window.statusBar().currentMessage()))
        return original(*args, **kwargs)

    monkeypatch.setattr(archive, name, watched)
    return seen


def test_copying_to_a_stick_says_so_while_it_writes(qtbot, window, tmp_path, monkeypatch):
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    seen = _watching(monkeypatch, window, "backup_to")
    stick = tmp_path / "U盘"
    stick.mkdir()
    assert dialog.backup_to(str(stick))
    [(cursor, message)] = seen
    assert cursor == Qt.CursorShape.WaitCursor
    assert message.startswith(f"正在把档案库的副本写入 {stick}")
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage().startswith("档案库的副本已写入")


def test_backing_up_now_says_so_while_it_writes(qtbot, window, monkeypatch):
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    before = dialog.ui.backupList.topLevelItemCount()
    seen = _watching(monkeypatch, window, "backup_now")
    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.MouseButton.LeftButton)
    assert seen == [(Qt.CursorShape.WaitCursor, "正在备份档案库…")]
    assert QApplication.overrideCursor() is None
    assert dialog.ui.backupList.topLevelItemCount() == before + 1
