"""Exporting the chosen issues into a folder that already holds files of their names asks
once for the batch: replace, skip or save under new names; never replaces unasked."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog

from bulletin_desktop.export.file_names import compilation_file_name, default_file_name

from test_batch_export import SERIES, answer_existing, archive_path, click_rows  # noqa: F401  (12 issues of 2022)

HAND_EDITED = b"the clerk's own edits"


def export_chosen(qtbot, window, button_text: str, seen: dict) -> list:
    QTimer.singleShot(0, lambda: answer_existing(window, button_text, seen))
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_selected.trigger()
    return finished.args


def test_files_already_in_the_folder_are_asked_about_once(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "导出"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    click_rows(qtbot, window, [0, 1, 2])  # 52, 51, 50
    issues = [window.session.archive.load_issue(i) for i in window.ui.issueList.selected_ids()]
    names = [default_file_name(issue, ".docx") for issue in issues]
    for name in names[:2]:
        (folder / name).write_bytes(HAND_EDITED)

    seen: dict = {}
    written, message = export_chosen(qtbot, window, "跳过", seen)
    assert "2 个" in seen["text"] and seen["names"].split("\n") == names[:2]
    assert {"替换", "跳过", "另存为新名称（2）", "取消"} == set(seen["buttons"])
    assert [p.name for p in written] == names[2:] and "跳过" in message
    assert all((folder / name).read_bytes() == HAND_EDITED for name in names[:2])

    written, _ = export_chosen(qtbot, window, "另存为新名称（2）", seen)
    assert "3 个" in seen["text"]  # the one written a moment ago is there too now
    assert [p.name for p in written] == [n.replace(".docx", "（2）.docx") for n in names]
    assert all((folder / name).read_bytes() == HAND_EDITED for name in names[:2])

    written, _ = export_chosen(qtbot, window, "替换", seen)
    assert [p.name for p in written] == names and (folder / names[0]).read_bytes() != HAND_EDITED


def test_a_year_completed_with_docx_asks_before_replacing(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / compilation_file_name(SERIES, 2022)
    target.write_bytes(HAND_EDITED)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("2022", True))
    typed = str(target.with_suffix(""))  # the save dialog asked about this name, which is not there
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filt: (typed, filt))
    seen: dict = {}
    QTimer.singleShot(0, lambda: answer_existing(window, "另存为新名称（2）", seen))
    with qtbot.waitSignal(window.batch_export().finished) as finished:
        window.action_set.export_year.trigger()
    assert target.name in seen["names"] and "跳过" not in seen["buttons"]
    assert finished.args[0] == [target.with_name(target.stem + "（2）.docx")] and target.read_bytes() == HAND_EDITED
