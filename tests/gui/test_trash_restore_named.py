"""Restoring from 回收站 in the window: the status bar names what came back (an issue's row
is not selected for it, and several are often restored in a row), the issue list shows the
issue again; and the unattributed entries write their dates as the rest of the window does."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog
from modal import when_modal


def test_a_restored_issue_is_named_and_listed(qtbot, window, sample_issue):
    sample_issue.number, sample_issue.date = 53, dt.date(2022, 11, 28)
    window.session.archive.add_issue(sample_issue)
    qtbot.waitUntil(lambda: window.ui.issueList.model.rowCount() == 2)
    other = next(s.id for s in window.session.summaries_of([1, 2]) if s.number == 53)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.issues.delete_issue(other)
    qtbot.waitUntil(lambda: window.ui.issueList.model.rowCount() == 1)

    def restore(dialog: TrashDialog) -> None:
        dialog.ui.itemList.setCurrentItem(dialog.ui.itemList.topLevelItem(0))
        assert dialog.restore_selected()
        dialog.reject()

    when_modal(TrashDialog, restore)
    window.archive_tools.show_trash()
    assert window.statusBar().currentMessage() == "已恢复：《漯河安全生产简报》第53期（2022年11月28日）"
    qtbot.waitUntil(lambda: window.ui.issueList.model.rowCount() == 2)


def test_unattributed_entries_show_dates_as_the_window_writes_them(qtbot, window):
    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    view.show_unattributed()
    dialog = view.unattributed_dialog
    assert dialog is not None and dialog.model.rowCount() > 0
    assert dialog.model.item(0, 0).text() == "2022年11月21日"
    dialog.close()
