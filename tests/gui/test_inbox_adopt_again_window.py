"""Adopting a submission a second time into the section that has it asks first."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox


def _entries(window, title):
    return len(next(s for s in window.document.issue.sections if s.title == title).entries)


def test_adopting_into_the_same_section_again_asks_and_no_leaves_the_issue_as_it_is(window, tmp_path, monkeypatch):
    text = tmp_path / "舞阳县来稿.txt"
    text.write_text("舞阳县组织专家复查隐患整改情况。", encoding="utf-8")
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    [sid] = dock.import_files([text])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("【隐患排查】", True))
    asked = []

    def answer(reply):
        def question(parent, title, message, *a):
            asked.append(message)
            return reply
        return question

    before = _entries(window, "隐患排查")
    assert dock.adopt_to(sid)
    assert _entries(window, "隐患排查") == before + 1 and asked == []
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not dock.adopt_to(sid)
    assert len(asked) == 1 and "第52期【隐患排查】" in asked[0]
    assert _entries(window, "隐患排查") == before + 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert dock.adopt_to(sid)
    assert _entries(window, "隐患排查") == before + 2
