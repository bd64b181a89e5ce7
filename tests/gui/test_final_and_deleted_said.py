"""What the window says about an issue's state: a final issue's title says 已定稿 (not 只读,
which read as the archive's state), and deleting an issue says in the status bar that it went
to the trash and where to get it back (the message of the step before stayed there)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from modal import when_modal


def test_a_final_issue_is_named_final_in_the_title(qtbot, window):
    window.archive_tools.finalize.trigger()
    qtbot.waitUntil(lambda: window.document.issue.status == "final")
    title = window.windowTitle()
    assert title.startswith("漯河安全生产简报 第52期") and "只读" not in title
    assert "final" in title or "定稿" in title
    window.archive_tools.reopen.trigger()
    qtbot.waitUntil(lambda: window.document.issue.status != "final")
    assert window.windowTitle() == "漯河安全生产简报 第52期 — 简报编辑器"


def test_deleting_an_issue_says_it_is_in_the_trash(qtbot, window, sample_issue):
    sample_issue.number, sample_issue.date = 53, dt.date(2022, 11, 28)
    window.session.archive.add_issue(sample_issue)
    qtbot.waitUntil(lambda: window.ui.issueList.model.rowCount() == 2)
    other = next(s.id for s in window.session.summaries_of([1, 2]) if s.number == 53)
    window.statusBar().showMessage("已撤销定稿，本期可以修改了。")
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.issues.delete_issue(other)
    qtbot.waitUntil(lambda: window.ui.issueList.model.rowCount() == 1)
    message = window.statusBar().currentMessage()
    assert "第53期" in message and ("trash" in message or "回收站" in message)
