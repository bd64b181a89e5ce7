"""An issue restored from the trash under another number (its own was taken) is named in
the status bar with the number it now has, not only the one it had when deleted."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog, QMessageBox

from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog


def test_the_status_bar_names_the_number_the_restored_issue_was_given(qtbot, window, sample_text, monkeypatch):
    archive = window.session.archive
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.issues.delete_issue(window.document.issue.id)
    again = read_text(sample_text)
    again.date = dt.date(2022, 12, 5)
    archive.add_issue(again)  # number 52 is taken again
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (61, True))
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.restore_selected()
    assert sorted(s.number for s in window.session.summaries()) == [52, 61]
    said = window.statusBar().currentMessage()
    assert "61" in said and "52" in said  # what was deleted, and where it is now


def test_an_issue_restored_under_its_own_number_is_named_as_before(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.issues.delete_issue(window.document.issue.id)
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    label = dialog.ui.itemList.topLevelItem(0).text(2)
    assert dialog.restore_selected()
    assert window.statusBar().currentMessage() == dialog.tr("Restored: {item}").format(item=label)
