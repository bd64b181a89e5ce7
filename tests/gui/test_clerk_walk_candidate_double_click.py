"""A candidate entry of a submission double-clicked (or Enter on it) is adopted alone through
采用到…, the section asked as for the button; the label under the list says so beside the drag."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from plain_docx import plain_docx


def test_double_clicking_a_candidate_adopts_that_one(qtbot, window, tmp_path, monkeypatch):
    word = plain_docx(tmp_path / "舞阳县报送信息.docx",
                      ["舞阳县应急管理局信息", "11月19日，舞阳县开展燃气安全检查。", "11月20日，舞阳县召开防汛工作会议。"])
    window.show_view("inbox")
    inbox = window.inbox_dock.content()
    [submission] = inbox.import_files([word])
    asked: list[str] = []

    def choose(_parent, _title, label, items, *_args, **_kw):
        asked.append(label)
        return "【应急演练】", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    assert inbox.panel.select_id(submission)
    view = inbox.panel.ui.candidateView
    second = inbox.panel.candidates.index(1, 0)
    inbox_dock = window.inbox_dock
    inbox_dock.raise_()
    qtbot.waitUntil(view.isVisible)
    view.scrollTo(second)
    at = view.visualRect(second).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a double-click's first press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert len(asked) == 1
    drills = next(s for s in window.document.issue.sections if s.title == "应急演练")
    assert drills.entries[-1].text == "11月20日，舞阳县召开防汛工作会议。"
    assert "双击" in inbox.panel.ui.candidatesLabel.text()
