"""Searching the archive for last month's entry: the period box offers 上个月 (the calendar month
before this one, as the statistics' period box names it), which took two date edits before."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.stats import preset_range
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.gui.text_input import type_text
from test_translations import untranslated, visible_texts

LAST_MONTH = preset_range("last-month", dt.date.today())


@pytest.fixture
def archive_path(tmp_path, sample_text):
    """The sample as an issue of two months ago, of last month and of this month."""
    path = tmp_path / "archive.sqlite"
    first_of_month = dt.date.today().replace(day=1)
    dates = [LAST_MONTH[0] - dt.timedelta(days=20), LAST_MONTH[0] + dt.timedelta(days=10), first_of_month]
    with Archive.open(path, auto_backup=False) as archive:
        for number, date in enumerate(dates, 60):
            issue = read_text(sample_text)
            issue.number, issue.date = number, date
            archive.add_issue(issue)
    return path


def test_last_month_finds_last_months_issue_only(qtbot, window):
    window.action_set.search_archive.trigger()
    panel = window.search_dock.widget()
    qtbot.waitUntil(lambda: window.search_dock.isVisible() and panel.ui.queryEdit.hasFocus())
    type_text(panel.ui.queryEdit, "回头看")
    qtbot.waitUntil(lambda: {h.number for h in panel.hits()} == {60, 61, 62})
    combo = panel.ui.periodCombo
    combo.setCurrentIndex(combo.findData("last-month"))
    qtbot.waitUntil(lambda: {h.number for h in panel.hits()} == {61})
    assert (panel.filters().date_from, panel.filters().date_to) == LAST_MONTH
    assert not panel.ui.fromDate.isVisible()
    assert [text for _where, text in visible_texts(panel) if untranslated(text)] == []
