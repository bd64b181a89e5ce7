"""The search panel as the archive changes under it and as the clerk sets its filters oddly:
a deleted issue leaves the results and comes back with a restore; a range whose first day is
after its last is said as such; a number typed in full-width finds and opens its match."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.textformat import read_text

from test_search_panel import choose, open_panel, search

ISSUES = ((50, dt.date(2021, 12, 31)), (51, dt.date(2022, 1, 1)), (52, dt.date(2022, 11, 21)))


@pytest.fixture
def archive_path(tmp_path, sample_text):
    """Three issues of the sample: the last day of a year, the first of the next, and one later."""
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for number, date in ISSUES:
            issue = read_text(sample_text)
            issue.number, issue.date = number, date
            archive.add_issue(issue)
    return path


def _numbers(panel) -> list[int]:
    return [h.number for h in panel.hits()]


def test_a_deleted_issue_leaves_the_results_and_a_restored_one_comes_back(qtbot, window, monkeypatch):
    from bulletin_desktop.gui.archive_tools.trash_dialog import TrashDialog

    panel = open_panel(qtbot, window)
    search(qtbot, panel, "燃气", 3)
    gone = next(s.id for s in window.session.summaries() if s.number == 51)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.issues.delete_issue(gone)
    qtbot.waitUntil(lambda: _numbers(panel) == [52, 50])
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.restore_selected()
    qtbot.waitUntil(lambda: _numbers(panel) == [52, 51, 50])


def test_the_years_meet_at_midnight_of_new_years_eve(qtbot, window):
    panel = open_panel(qtbot, window)
    search(qtbot, panel, "燃气", 3)
    choose(panel.ui.periodCombo, 2021)
    qtbot.waitUntil(lambda: _numbers(panel) == [50])
    choose(panel.ui.periodCombo, 2022)
    qtbot.waitUntil(lambda: _numbers(panel) == [52, 51])
    choose(panel.ui.periodCombo, "range")
    panel.ui.fromDate.setDate(dt.date(2021, 12, 31))
    panel.ui.toDate.setDate(dt.date(2022, 1, 1))
    qtbot.waitUntil(lambda: _numbers(panel) == [51, 50])
    panel.ui.fromDate.setDate(dt.date(2022, 1, 1))  # one day: inclusive at both ends
    qtbot.waitUntil(lambda: _numbers(panel) == [51])


def test_a_range_whose_first_day_is_after_its_last_is_said_so(qtbot, window):
    panel = open_panel(qtbot, window)
    search(qtbot, panel, "燃气", 3)
    choose(panel.ui.periodCombo, "range")
    panel.ui.fromDate.setDate(dt.date(2022, 12, 1))
    panel.ui.toDate.setDate(dt.date(2022, 1, 1))
    qtbot.waitUntil(lambda: panel.hits() == [])
    said = panel.ui.statusLabel.text()
    assert said == panel.tr("The first date is after the last: no issue can lie between them.")
    assert said != panel.tr("Nothing found.") and "全部" not in said  # not "nothing found: widen the filters"
    panel.ui.fromDate.setDate(dt.date(2021, 12, 31))  # put right: the results come back
    qtbot.waitUntil(lambda: _numbers(panel) == [51, 50])


def test_a_number_typed_in_full_width_finds_and_opens_its_match(qtbot, window):
    panel = open_panel(qtbot, window)
    search(qtbot, panel, "２２家", 3)  # the sample writes 22家
    panel.open_result(0)
    assert window.document.issue.number == 52
    assert window.ui.entryEditor.ui.itemBody.textCursor().selectedText() == "22家"
