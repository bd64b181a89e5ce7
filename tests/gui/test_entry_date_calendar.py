"""The entry's date field marks a day the calendar has not (12月32日) as it marks other
dates that cannot be right."""
from __future__ import annotations

from bulletin_desktop.gui.entry_editor import INVALID_DATE_STYLE
from bulletin_desktop.gui.text_input import type_text


def test_a_day_past_the_end_of_the_month_is_marked(window, qtbot):
    date = window.ui.entryEditor.ui.dateEdit
    for text, marked in (("12月32日", True), ("2月30日", True), ("13月1日", True), ("12月31日", False),
                         ("2月29日", False), ("11月14日—11月18日", False), ("11月30日—11月31日", True)):
        date.selectAll()
        type_text(date, text)
        assert (date.styleSheet() == INVALID_DATE_STYLE) is marked, text
