"""A folder of many submissions brought into the inbox: read in the background behind a
progress dialog (the window does not freeze with nothing said), then registered together
and listed."""
from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog

from plain_docx import plain_docx


def test_a_folder_of_submissions_is_read_behind_a_progress_dialog(qtbot, window, tmp_path):
    folder = tmp_path / "来稿"
    folder.mkdir()
    for day in range(1, 13):
        plain_docx(folder / f"舞阳县报送信息{day:02d}.docx", [f"11月{day}日，舞阳县开展第{day}次燃气安全检查。"])
    window.show_view("inbox")
    view = window.inbox_dock.content()

    with qtbot.waitSignal(view.importFinished, timeout=30000) as finished:
        assert view.import_files([folder]) == []  # returns at once; the reading goes on
        assert isinstance(view.reader.progress, QProgressDialog)
        assert view.reader.progress.maximum() == 12
    assert len(finished.args[0]) == 12
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    assert {view.model.index(row, 1).data() for row in range(12)} == {"舞阳县"}
