"""The window's 删除这一期 on a 定稿 issue says it cannot be deleted (not “cannot be changed”)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def test_deleting_a_final_issue_in_the_window_is_refused_as_deleting(qtbot, window, monkeypatch):
    issue_id = window.document.issue.id
    window.archive_tools.finalize.trigger()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said.append(text))
    window.issues.delete_issue(issue_id)
    assert len(said) == 1
    from bulletin_desktop.gui.archive_tools.final_actions import refusal

    assert said[0] == refusal(window.document.issue.series, window.document.issue.number_line(), deleting=True)
    assert said[0] != refusal(window.document.issue.series, window.document.issue.number_line())
