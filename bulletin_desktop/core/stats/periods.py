"""Date ranges as the office names them: 2024年5月, 2024年第二季度, 2024年, or from … to …."""
from __future__ import annotations

import datetime as dt
import re

from ..errors import BulletinError

_QUARTERS = "一二三四"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_CN = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


class StatsRangeError(BulletinError):
    """A date or date range that cannot be used."""


YEAR_RANGE = (1900, 2999)
"""The years a statistics range may name (the command line's --year takes the same)."""


def parse_date(text: str) -> dt.date:
    """2024-05-01, 2024/5/1 or 2024年5月1日, in full-width characters too (２０２４年５月１日,
    typed with the input method's full-width mode on)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).strip()
    for pattern in (_ISO, _CN, _SLASH):
        match = pattern.match(text)
        if match:
            try:
                date = dt.date(*map(int, match.groups()))
            except ValueError:
                break
            if not YEAR_RANGE[0] <= date.year <= YEAR_RANGE[1]:  # 9999-12-31 has no next day to count to
                raise StatsRangeError(f"日期“{text}”的年份不在 {YEAR_RANGE[0]} 到 {YEAR_RANGE[1]} 年之间。")
            return date
    raise StatsRangeError(f"无法识别日期“{text}”，请写成 2024-05-01 或 2024年5月1日。")


def check_range(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise StatsRangeError(f"结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}，请检查日期范围。")


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


# a by-month table lists every month of a range up to this long, those with nothing too
_LISTED_MONTHS = 240


def months_of(start: dt.date, end: dt.date) -> list[str]:
    """Every month the range touches (2024-05), for a table that shows the empty ones too;
    [] for a range too long to list month by month."""
    count = (end.year - start.year) * 12 + end.month - start.month + 1
    if count > _LISTED_MONTHS:
        return []
    return [f"{(start.year * 12 + start.month - 1 + i) // 12:04d}-{(start.month - 1 + i) % 12 + 1:02d}" for i in range(count)]


# A quarter, as every table, title and range names it: one definition
def quarter_of(month: int) -> int:
    """The quarter (1–4) a month (1–12) is in."""
    return (month - 1) // 3 + 1


def quarter_months(quarter: int) -> tuple[int, int]:
    """The first and last month of a quarter (1–4)."""
    return 3 * quarter - 2, 3 * quarter


def quarter_range(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a quarter (1–4) of ``year``."""
    first, last = quarter_months(quarter)
    return dt.date(year, first, 1), _month_end(year, last)


def longer_than_a_quarter(start: dt.date, end: dt.date) -> bool:
    """Whether the range from ``start`` to ``end`` is longer than three months (a half year, a
    year, 2024年1—4月), not merely touching two quarters as December to January does: such a
    range's 通报 goes on to each category quarter by quarter."""
    month = start.month + 3
    year, month = start.year + (month - 1) // 12, (month - 1) % 12 + 1
    three_months_on = dt.date(year, month, min(start.day, _month_end(year, month).day))
    return end >= three_months_on


def quarter_name(year: int, quarter: int) -> str:
    """2024年第二季度."""
    return f"{year}年第{_QUARTERS[quarter - 1]}季度"


PRESETS = ("month", "quarter", "year", "last-month", "last-quarter", "last-year")
DEFAULT_PRESET = "quarter"  # what the statistics show when no range is asked for


def preset_range(kind: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """'month', 'quarter' or 'year' containing ``today``; 'last-month', 'last-quarter' or
    'last-year' before it (the 通报 for the period just ended)."""
    if kind.startswith("last-"):
        kind = kind[len("last-"):]
        start, _ = preset_range(kind, today)
        return preset_range(kind, start - dt.timedelta(days=1))
    if kind == "month":
        return today.replace(day=1), _month_end(today.year, today.month)
    if kind == "quarter":
        return quarter_range(today.year, quarter_of(today.month))
    if kind == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    raise ValueError(kind)


def period_title(start: dt.date, end: dt.date) -> str:
    """The range as a 通报 title names it."""
    if start.day == 1 and end == _month_end(end.year, end.month) and start.year == end.year:
        if start.month == 1 and end.month == 12:
            return f"{start.year}年"
        if start.month == end.month:
            return f"{start.year}年{start.month}月"
        if (start.month, end.month) == quarter_months(quarter_of(start.month)):
            return quarter_name(start.year, quarter_of(start.month))
        if (start.month, end.month) in ((1, 6), (7, 12)):
            return f"{start.year}年{'上' if start.month == 1 else '下'}半年"
        return f"{start.year}年{start.month}—{end.month}月"
    return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"


_QUARTER_NAMES = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
# as clerks write them: 2024年度, 2024年10月份, 2024.10, 2024年三季度 (第 left out), 2024年第3季度
_NAMED_YEAR = re.compile(r"^(\d{4})(?:年度?|年全年)?$")
_NAMED_MONTH = re.compile(r"^(\d{4})(?:[-./]|年)(\d{1,2})(?:月份?)?$")
_NAMED_QUARTER = re.compile(r"^(\d{4})(?:-?[Qq]|年第?)([1-4一二三四])(?:季度)?$")
_NAMED_HALF = re.compile(r"^(\d{4})(?:-?[Hh]([12])|年?([上下])半年)$")
# months of one year, as a report to date names them (2024年1—6月, 2024年1月至10月), and
# the first quarters of a year (2024年前三季度)
_NAMED_MONTHS = re.compile(r"^(\d{4})年(\d{1,2})月?[-—–－～~至到](\d{1,2})月份?$")
_FIRST_QUARTERS = re.compile(r"^(\d{4})年?前([1-3一二三])(?:个)?季度$")


PERIOD_FORMS = ("2024、2024-10、2024Q4、2024H1（或 2024年、2024年10月、2024年第四季度、2024年上半年、"
                "2024年1—10月、2024年前三季度）")
"""How a period may be named, as a refusal of one says it."""


# the presets as the window's period list and a clerk name them
_PRESET_NAMES = {"本月": "month", "本季度": "quarter", "本季": "quarter", "本年": "year", "今年": "year", "本年度": "year",
                 "上月": "last-month", "上个月": "last-month", "上季度": "last-quarter", "上个季度": "last-quarter",
                 "上年": "last-year", "去年": "last-year", "上年度": "last-year"}


def period_range(text: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """A period as the command line's --period takes it, for stats and search alike: one of
    PRESETS around ``today`` (or as the window names it: 上月, 本季度), or a period named
    (named_range); written in full-width characters too (２０２４年１０月, ２０２４Ｑ４,
    ｌａｓｔ－ｍｏｎｔｈ, typed with an input method's full-width mode on)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).strip()
    text = _PRESET_NAMES.get(text, text.lower() if text.lower() in PRESETS else text)
    if text in PRESETS:
        return preset_range(text, today)
    named = named_range(text)
    if named is None:
        raise StatsRangeError(f"--period 只能是 {'、'.join(PRESETS)} 之一，或写明期间，如 {PERIOD_FORMS}；"
                              f"“{text}”不是。")
    return named


def named_range(text: str) -> tuple[dt.date, dt.date] | None:
    """A period named as the office names it: 2024 (2024年), 2024-10 (2024年10月), 2024Q4
    (2024年第四季度), 2024H1 (2024年上半年), 2024年1—10月, 2024年前三季度; None when ``text``
    names none; in full-width characters too, as parse_date reads a day."""
    import unicodedata

    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if found := _NAMED_YEAR.match(text):
        year = int(found.group(1))
        first, last = (1, 12)
    elif found := _NAMED_MONTH.match(text):
        year, first = int(found.group(1)), int(found.group(2))
        last = first
    elif found := _NAMED_QUARTER.match(text):
        year, quarter = int(found.group(1)), _QUARTER_NAMES[found.group(2)]
        first, last = quarter_months(quarter)
    elif found := _NAMED_HALF.match(text):
        year = int(found.group(1))
        first = 1 if (found.group(2) == "1" or found.group(3) == "上") else 7
        last = first + 5
    elif found := _NAMED_MONTHS.match(text):
        year, first, last = int(found.group(1)), int(found.group(2)), int(found.group(3))
        if not 1 <= first <= last <= 12:
            raise StatsRangeError(f"“{text}”不是一个统计期间（月份应在 1 到 12 之间，前一个月份不晚于后一个）。")
    elif found := _FIRST_QUARTERS.match(text):
        year, first = int(found.group(1)), 1
        last = quarter_months(_QUARTER_NAMES[found.group(2)])[1]
    else:
        return None
    if not 1 <= first <= 12 or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise StatsRangeError(f"“{text}”不是一个统计期间（月份应在 1 到 12 之间，年份在 {YEAR_RANGE[0]} 到 {YEAR_RANGE[1]} 年之间）。")
    return dt.date(year, first, 1), _month_end(year, last)
