"""Dates as the clerk reads them in the window: 2022年11月21日, as the bulletin prints them
(the command line and JSON keep ISO 8601)."""
from __future__ import annotations

import datetime as dt

from ..core.model import format_cn_date


def shown_date(value: dt.date | str) -> str:
    """2022年11月21日 for a date, a datetime or an ISO string (its time left out); text that
    is not a date is shown as it is."""
    parsed = _parse(value)
    if parsed is None:
        return str(value)
    return format_cn_date(parsed.date() if isinstance(parsed, dt.datetime) else parsed)


def shown_time(value: dt.datetime | str, seconds: bool = False) -> str:
    """2022年11月21日 14:05 (or 14:05:09: two backups in one minute told apart)."""
    parsed = _parse(value)
    if not isinstance(parsed, dt.datetime):
        return shown_date(value)
    return f"{format_cn_date(parsed.date())} {parsed:%H:%M:%S}" if seconds else \
        f"{format_cn_date(parsed.date())} {parsed:%H:%M}"


def _parse(value: dt.date | str) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)
    except ValueError:
        return None
