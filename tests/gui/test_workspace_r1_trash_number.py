"""Restoring onto a taken number: the window asks for another within the numbers an issue may
have (第1期 … 第99999期), so a number it would refuse cannot be typed into the question; it
names the issue in the way by its date, as the issue list shows it, not by the internal
number only commands take."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog, QMessageBox

from bulletin_desktop.core.number_limits import ISSUE_NUMBER_MAX
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog


def test_the_number_asked_for_is_one_an_issue_may_have(qtbot, window, sample_text, monkeypatch):
    archive = window.session.archive
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.issues.delete_issue(window.document.issue.id)
    again = read_text(sample_text)
    again.date = dt.date(2022, 12, 5)
    archive.add_issue(again)  # number 52 is taken again
    asked, said = [], []

    def answer(parent, title, label, value, low, high, *rest):
        asked.append((low, high))
        said.append(label)
        return value, True  # the free number offered

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.restore_selected()
    assert asked == [(1, ISSUE_NUMBER_MAX)]
    assert "第52期已被另一期（2022年12月5日）占用" in said[0] and "内部编号" not in said[0]
    assert sorted(s.number for s in window.session.summaries()) == [52, 53]
