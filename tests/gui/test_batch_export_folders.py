"""The window's year compilation and export of chosen issues make missing folders as the
command line does, and say in the same words when a file stands in the way."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


def test_a_year_compiled_into_a_folder_not_there_yet(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "新建" / "汇编.docx"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("2022", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filt: (str(target), filt))
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_year.trigger()
    assert finished.args[0] == [target] and target.is_file()


def test_a_file_in_the_way_is_told_as_on_the_command_line(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    target = tmp_path / "afile" / "汇编.docx"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: told.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("2022", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filt: (str(target), filt))
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_year.trigger()
    assert finished.args[0] == []
    assert told == [f"无法写入 {target}：路径中的某一级是文件，不是文件夹。"]


def test_chosen_issues_into_a_folder_not_there_yet(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "新建" / "二级"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    window.ui.issueList.ui.issueView.selectAll()
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_selected.trigger()
    [written] = finished.args[0]
    assert written.parent == folder and written.is_file()
