"""Exporting into a folder that is gone (a USB stick taken out): the message says to insert it
or choose another folder, and the next export's dialog opens at the nearest folder still there."""
from __future__ import annotations

import sys
import types

from PySide6.QtWidgets import QFileDialog, QMessageBox

from bulletin_desktop.core.safe_write import WriteError


def test_a_missing_folder_says_what_to_do(qtbot, window, tmp_path, monkeypatch):
    usb = tmp_path / "media" / "usb"
    writer = types.ModuleType("bulletin_desktop.export.docx.writer")

    def write_docx(_issue, path, _options):  # the drive is gone: its folder cannot be written
        raise WriteError(f"无法写入 {path}：文件夹不存在。", path)

    writer.write_docx = write_docx  # type: ignore[attr-defined]
    package = types.ModuleType("bulletin_desktop.export.docx")
    package.writer = writer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bulletin_desktop.export.docx", package)
    monkeypatch.setitem(sys.modules, "bulletin_desktop.export.docx.writer", writer)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(usb / "第52期.docx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    with qtbot.waitSignal(window.exportFinished, timeout=20000) as done:
        window.action_set.export_word.trigger()
    assert done.args[1] is False and not usb.exists()
    assert len(shown) == 1 and "文件夹不存在" in shown[0] and "U盘" in shown[0] and "另选" in shown[0]


def test_the_next_dialog_opens_at_the_nearest_folder_still_there(qtbot, window, tmp_path, monkeypatch):
    window.settings.set_export_dir(tmp_path / "media" / "usb" / "简报")
    starts: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (starts.append(start), ("", ""))[1])
    window.action_set.export_word.trigger()
    assert starts and starts[0].startswith(str(tmp_path) + "/")
