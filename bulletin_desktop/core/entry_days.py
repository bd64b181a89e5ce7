"""Whether the days an entry's date names are days of the calendar: 12月32日 and 2月30日
are written as dates but name none; 2月29日 is one, in the years that have it. The entry
editor marks such a date as it is typed, and ``entry edit --date`` refuses it."""
from __future__ import annotations

import datetime as dt

from .lazy_pattern import LazyPattern

_MONTH_DAY = LazyPattern(r"(\d{1,2})月(\d{1,2})日")


def days_exist(text: str) -> bool:
    """Every 月日 written in ``text`` is a day of some year (11月14日—11月18日: both)."""
    try:
        for found in _MONTH_DAY.finditer(text):
            dt.date(2000, int(found.group(1)), int(found.group(2)))  # a leap year
    except ValueError:
        return False
    return True
