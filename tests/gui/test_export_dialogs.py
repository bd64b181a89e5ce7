"""Export and print from the window: the GUI-free writers run in the background, their
errors are shown as messages."""
from __future__ import annotations

import copy
import json
import sys
import threading
import types
import zipfile

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
    """A stand-in docx writer recording its calls, failing when told to, and holding on
    until released when told to."""
    module = types.ModuleType("bulletin_desktop.export.docx.writer")
    module.calls, module.fail, module.hold = [], None, None

    def write_docx(issue, path, options):
        module.calls.append((issue, path, threading.current_thread() is threading.main_thread()))
        if module.hold is not None:
            module.hold.wait(10)
        if module.fail is not None:
            raise module.fail
        path.write_bytes(b"PK")

    module.write_docx = write_docx
    package = types.ModuleType("bulletin_desktop.export.docx")
    package.writer = module
    monkeypatch.setitem(sys.modules, "bulletin_desktop.export.docx", package)
    monkeypatch.setitem(sys.modules, "bulletin_desktop.export.docx.writer", module)
    return module


def export(qtbot, window, action):
    with qtbot.waitSignal(window.exportFinished, timeout=30000) as finished:
        action.trigger()
    return finished.args


def test_export_word_writes_in_the_background_from_a_copy(qtbot, window, fake_writer, tmp_path, monkeypatch):
    asked = {}

    def save_dialog(parent, title, start, file_filter):
        asked.update(title=title, start=start, filter=file_filter)
        return str(tmp_path / "out"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert export(qtbot, window, window.action_set.export_word) == [str(tmp_path / "out.docx"), True]
    assert asked["title"] == "导出为 Word"
    assert asked["start"].endswith("漯河安全生产简报第52期（安全生产大检查专刊第34期）.docx")
    issue, path, in_main_thread = fake_writer.calls[0]
    assert path == tmp_path / "out.docx" and path.exists()
    assert not in_main_thread
    assert issue == window.document.issue and issue is not window.document.issue
    assert "已导出到" in window.statusBar().currentMessage()


def test_the_window_stays_usable_while_exporting(qtbot, window, fake_writer, tmp_path, monkeypatch):
    fake_writer.hold = threading.Event()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "slow.docx"), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        window.action_set.export_word.trigger()
        assert "正在导出" in window.statusBar().currentMessage()
        assert not window.action_set.export_pdf.isEnabled()
        entry = window.document.issue.sections[0].entries[0]
        window.editing.edit_entry(entry.uid, "date", "11月1日")  # editing goes on meanwhile
        fake_writer.hold.set()
    assert fake_writer.calls[0][0].sections[0].entries[0].date == "11月15日"  # the snapshot
    assert window.action_set.export_pdf.isEnabled()


def test_export_error_is_a_message_not_a_traceback(qtbot, window, fake_writer, tmp_path, monkeypatch):
    fake_writer.fail = WriteError("无法写入 x.docx：该文件正被其他程序（如 Word、WPS）打开。", tmp_path / "x.docx")
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.docx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    assert export(qtbot, window, window.action_set.export_word)[1] is False
    assert shown == [("导出 Word 失败", "无法写入 x.docx：该文件正被其他程序（如 Word、WPS）打开。")]


def test_unexpected_error_is_shown_in_chinese(qtbot, window, fake_writer, tmp_path, monkeypatch):
    fake_writer.fail = KeyError("oops")
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "y.docx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    export(qtbot, window, window.action_set.export_word)
    assert shown and shown[0].startswith("内部错误（KeyError")
    assert "Traceback" not in shown[0]


def test_cancelled_dialog_writes_nothing(qtbot, window, fake_writer, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    window.action_set.export_word.trigger()
    assert fake_writer.calls == []


def test_real_word_export(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "简报.docx"), ""))
    assert export(qtbot, window, window.action_set.export_word)[1] is True
    with zipfile.ZipFile(tmp_path / "简报.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    assert "第52期" in document and "市应急管理局" in document


@pytest.mark.slow
def test_real_pdf_export(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "简报.pdf"), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=240000) as finished:
        window.action_set.export_pdf.trigger()
    assert finished.args[1] is True
    assert (tmp_path / "简报.pdf").read_bytes().startswith(b"%PDF")


def test_an_export_is_recorded_for_the_issue_and_layout_it_was_written_with(qtbot, window, fake_writer, tmp_path,
                                                                            monkeypatch):
    """The clerk opens another issue while the file is being written: the record still
    names the exported issue, and the layout that issue was written with."""
    archive = window.session.archive
    exported = window.document.issue
    other = copy.deepcopy(exported)
    other.id, other.number = None, 53
    other_id = archive.add_issue(other)
    written_with = json.loads(json.dumps(window.session.layout_options().to_dict()))  # as the archive keeps it
    fake_writer.hold = threading.Event()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "52.docx"), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        window.action_set.export_word.trigger()
        window.open_issue(other_id)
        fake_writer.hold.set()
    assert window.document.issue.id == other_id
    assert archive.issue_history(other_id)["exports"] == []
    [record] = archive.issue_history(exported.id)["exports"]
    assert record["file"] == str(tmp_path / "52.docx") and record["settings"] == written_with
