"""Export and print from the window: the GUI-free writers are called, their errors shown."""
from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bulletin_desktop.core.safe_write import WriteError
from bulletin_desktop.gui.export_dialogs import default_file_name


def test_default_file_name(sample_issue):
    assert default_file_name(sample_issue, ".docx") == "漯河安全生产简报第52期（安全生产大检查专刊第34期）.docx"
    sample_issue.special = None
    sample_issue.series = "a/b:c"
    assert default_file_name(sample_issue, ".pdf") == "a_b_c第52期.pdf"


@pytest.fixture
def fake_writer(monkeypatch):
    """A stand-in docx writer module recording its calls (or failing when told to)."""
    calls = []
    module = types.ModuleType("bulletin_desktop.export.docx.writer")

    def write_docx(issue, path, options):
        calls.append((issue.number, path, options))
        if module.fail is not None:
            raise module.fail
        path.write_bytes(b"PK")

    module.write_docx = write_docx
    module.fail = None
    package = types.ModuleType("bulletin_desktop.export.docx")
    package.writer = module
    monkeypatch.setitem(sys.modules, "bulletin_desktop.export.docx", package)
    monkeypatch.setitem(sys.modules, "bulletin_desktop.export.docx.writer", module)
    module.calls = calls
    return module


def test_export_word_asks_for_a_path_and_writes(qtbot, window, fake_writer, tmp_path, monkeypatch):
    target = tmp_path / "out"
    asked = {}

    def save_dialog(parent, title, start, file_filter):
        asked.update(title=title, start=start, filter=file_filter)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.action_set.export_word.trigger()
    assert asked["title"] == "导出为 Word"
    assert asked["start"].endswith("漯河安全生产简报第52期（安全生产大检查专刊第34期）.docx")
    assert fake_writer.calls[0][:2] == (52, tmp_path / "out.docx")
    assert (tmp_path / "out.docx").exists()
    assert "已导出到" in window.statusBar().currentMessage()


def test_export_error_is_a_message_not_a_traceback(qtbot, window, fake_writer, tmp_path, monkeypatch):
    fake_writer.fail = WriteError("无法写入 x.docx：该文件正被其他程序（如 Word、WPS）打开。", tmp_path / "x.docx")
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.docx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    window.action_set.export_word.trigger()
    assert shown == [("导出 Word 失败", "无法写入 x.docx：该文件正被其他程序（如 Word、WPS）打开。")]


def test_unexpected_error_is_shown_in_chinese(qtbot, window, fake_writer, tmp_path, monkeypatch):
    fake_writer.fail = KeyError("oops")
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "y.docx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window.action_set.export_word.trigger()
    assert shown and shown[0].startswith("内部错误（KeyError")
    assert "Traceback" not in shown[0]


def test_cancelled_dialog_writes_nothing(qtbot, window, fake_writer, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    window.action_set.export_word.trigger()
    assert fake_writer.calls == []
