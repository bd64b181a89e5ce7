"""修改来稿 of a submission already adopted: the dialog says where it went and that the
adopted entries are the issue's own (an edit here leaves them as printed); Tab in the text
moves on to the note instead of typing a tab into the submission."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from bulletin_desktop.gui.inbox.edit_dialog import SubmissionDialog


def test_editing_an_adopted_submission_says_the_entries_stay(qtbot, window, tmp_path, monkeypatch):
    window.show_view("inbox")
    view = window.inbox_dock.content()
    text = tmp_path / "来稿.txt"
    text.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    [sid] = view.import_files([text])
    assert view.panel.select_id(sid)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("【督导检查】", True))
    qtbot.mouseClick(view.panel.ui.adoptButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.panel.ui.statusValue.text().startswith("状态：已采用到"), timeout=5000)

    assert view.panel.select_id(sid)
    qtbot.mouseClick(view.panel.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(SubmissionDialog)
    assert dialog is not None and dialog.isVisible()
    note = dialog.ui.adoptedNote
    assert note.isVisible()
    assert note.text() == ("这篇来稿已采用到第52期【督导检查】。这里的修改不会改动简报中已采用的条目，"
                           "那些请在简报中修改。")

    body = dialog.ui.bodyEdit
    dialog.activateWindow()
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.noteEdit
    assert "\t" not in body.toPlainText()
    dialog.reject()


def test_a_submission_not_adopted_has_no_such_note(qtbot, window, tmp_path):
    window.show_view("inbox")
    view = window.inbox_dock.content()
    text = tmp_path / "来稿.txt"
    text.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    [sid] = view.import_files([text])
    dialog = view.edit(sid)
    assert dialog is not None and not dialog.ui.adoptedNote.isVisible()
    dialog.reject()
