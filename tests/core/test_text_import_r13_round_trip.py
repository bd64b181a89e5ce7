"""The text format gives back what it wrote: an entry whose unit prints before its text, with
a wide gap or a tab in that text, written next to another such entry, is read back with its
unit (two lines of two cells each are read as the rows of a table, whose text has no unit:
such an entry is written as an explicit line)."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text


def test_entries_with_a_gap_in_their_text_come_back_with_their_units():
    issue = Issue(series="某某简报", number=3, date=dt.date(2026, 11, 20), sections=[Section("动态", [
        Item(body=parse_markup("检查燃气12  整改演练部署。"), unit="西城区"),
        Item(body=parse_markup("消防\t检查部署会议。"), unit="郾城区"),
    ])])
    text = write_text(issue)
    assert read_text(text) == issue
    assert write_text(read_text(text)) == text


def test_a_row_of_two_cells_with_no_fields_is_written_as_it_reads():
    issue = Issue(series="某某简报", number=3, date=dt.date(2026, 11, 20), sections=[Section("统计", [
        Item(body=parse_markup("采矿业增加值增长5.2%，拉动1.1个百分点。  制造业增长8.1%。")),
        Item(body=parse_markup("电力行业增长6.3%，拉动1.1个百分点。  建筑业增长4.0%。")),
    ])])
    text = write_text(issue)
    assert "\\条目" not in text and read_text(text) == issue
