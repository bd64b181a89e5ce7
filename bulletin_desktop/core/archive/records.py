"""Small read-only records the archive hands out: the rows of the issue list. (What a
search gives and takes is in search_records.py, loaded with the search.)"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Special, YearNumber
from ..model import number_line as number_line_of


@dataclass(frozen=True)
class IssueSummary:
    """An issue as the issue list shows it, read without its body."""
    id: int
    series: str
    series_id: int
    number: int
    special_name: str | None
    special_number: int | None
    date: dt.date
    office: str
    status: str
    entry_count: int
    updated_at: str
    year_number: YearNumber | None = None  # None: a plain 第N期

    def number_line(self) -> str:
        """The 期号 as the issue's masthead prints it (the list is still ordered by ``number``)."""
        return number_line_of(self.number, self.year_number)

    @property
    def special(self) -> Special | None:
        return Special(self.special_name, self.special_number) if self.special_name is not None else None
