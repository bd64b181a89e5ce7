"""Small read-only records the archive hands out: rows of the issue list and search hits."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class IssueSummary:
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
