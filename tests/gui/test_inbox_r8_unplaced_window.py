"""A co-sender written by its level alone in a city's archive (县住建局) is not dropped without
a word: the import says so, and 修改来稿 names it under 联合报送 until the clerk gives the unit.
A corrected copy dropped on the inbox is said to replace the submission it corrects."""
from __future__ import annotations

from PySide6.QtCore import Qt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import get_submission, list_rows


def test_the_clerk_is_told_of_a_co_sender_named_by_its_level_alone(qtbot, window, archive_path, tmp_path, monkeypatch):
    from bulletin_desktop.gui.inbox.edit_dialog import SubmissionDialog

    said: list[str] = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, message, *a: said.append(message))
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    text = tmp_path / "联合来稿.txt"
    text.write_text("报送单位：舞阳县应急管理局、县住建局\n舞阳县开展燃气安全检查\n11月21日，舞阳县组织开展城镇燃气安全检查。",
                    encoding="utf-8")
    [sid] = dock.import_files([text])
    assert any("县住建局" in message for message in said)
    assert dock.panel.select_id(sid)
    assert "县住建局" in dock.panel.ui.statusValue.text()  # beside the list too
    qtbot.mouseClick(dock.panel.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = dock.findChild(SubmissionDialog)
    assert dialog.unplaced_note is not None and "县住建局" in dialog.unplaced_note.text()
    assert dialog.ui.jointEdit.text() == ""
    dialog.reject()


def test_a_corrected_copy_replaces_the_submission_it_corrects(qtbot, window, archive_path, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, message, *a: said.append(message))
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    first, again = tmp_path / "西城区.txt", tmp_path / "西城区更正.txt"
    first.write_text("西城区开展燃气安全检查\n11月21日，西城区对餐饮场所开展燃气安全检查。\n（西城区应急管理局）", encoding="utf-8")
    again.write_text("西城区开展燃气安全检查（修改稿）\n11月21日，西城区对餐饮场所开展燃气安全检查，整改隐患6处。\n"
                     "（西城区应急管理局）", encoding="utf-8")
    [sid] = dock.import_files([first])
    assert dock.import_files([again]) == []
    assert any("西城区更正.txt" in message for message in said)
    with Archive.open(archive_path, readonly=True) as archive:
        assert "整改隐患6处" in get_submission(archive, sid).body
        assert [row.id for row in list_rows(archive)] == [sid]
