"""What a search of the archive gives (hits) and takes (filters), and the values its
filters may take; loaded with the search, not with every opening of the archive."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import YearNumber
from ..model import number_line as number_line_of


@dataclass(frozen=True)
class SearchHit:
    issue_id: int
    series: str
    number: int
    date: dt.date
    section: str
    entry_uid: str
    kind: str  # "item" or "article"
    snippet: str
    match_start: int  # offsets of the first match inside ``snippet``
    match_end: int
    highlights: tuple[tuple[int, int], ...] = ()  # every occurrence of every term inside ``snippet``
    year_number: YearNumber | None = None  # None: a plain 第N期

    def number_line(self) -> str:
        return number_line_of(self.number, self.year_number)


@dataclass(frozen=True)
class SearchFilters:
    """What a search is narrowed to; None (or an empty string) leaves that dimension open.
    Dates are inclusive and compare with the issue's date; the section matches exactly, the
    unit as written or as the unit directory counts entries (a unit's name or alias)."""

    series: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    section: str | None = None
    unit: str | None = None

    @classmethod
    def year(cls, year: int, **others) -> "SearchFilters":
        return cls(date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31), **others)


@dataclass(frozen=True)
class SearchChoices:
    """The values the archive holds for each filter, for pick lists."""

    series: list[str]
    years: list[int]  # newest first
    sections: list[str]  # most used first
    units: list[str]  # most used first
