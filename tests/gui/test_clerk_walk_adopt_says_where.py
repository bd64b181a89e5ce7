"""采用到… says in the status bar where the submission went and that Ctrl+Z takes it back, as
the window's other edits do: the inbox beside the tree does not show the new entry's place."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog


def test_adopting_says_where_and_the_undo_takes_the_hint_away(qtbot, window, tmp_path, monkeypatch):
    piece = tmp_path / "西城区来稿.txt"
    piece.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    window.show_view("inbox")
    inbox = window.inbox_dock.content()
    [submission] = inbox.import_files([piece])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("【应急演练】", True))
    assert inbox.panel.select_id(submission)
    qtbot.mouseClick(inbox.panel.ui.adoptButton, Qt.MouseButton.LeftButton)
    said = window.statusBar().currentMessage()
    assert said == "已采用到【应急演练】（1 条）。按 Ctrl+Z 可以撤销。"

    window.action_set.undo.trigger()
    assert window.statusBar().currentMessage() == ""
    assert "西城区召开工贸企业" not in "".join(e.text for _s, e in window.document.issue.entries())
