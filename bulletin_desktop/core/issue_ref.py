"""Naming an issue the way the clerk does: ``52``, ``第52期``, ``漯河安全生产简报:52``, ``id:17``;
and an issue numbered by the year as its masthead prints it: ``2024年第5期``, ``2024-5``."""
from __future__ import annotations

import re

from .errors import BulletinError
from .lazy_pattern import LazyPattern
from .number_limits import ISSUE_NUMBER_MAX, SQLITE_INTEGER_MAX
from .numerals import CN_NUMERAL, to_int


FORMS = "52、第52期、2024年第5期、漯河安全生产简报:52 或 id:17"
"""The ways of naming an issue, for help texts and messages."""
ISSUE_HELP = f"如 {FORMS}"

# compiled on first use: the window's command line names these forms in its help before it paints
_ID = LazyPattern(r"^id\s*[:：]\s*(\d+)$", re.IGNORECASE)
# a number as digits, or in Chinese numerals as a masthead may print it (第五十二期, 二〇二四年)
_N = rf"(\d+|{CN_NUMERAL}+)"
_NUMBER = LazyPattern(rf"^(?:第\s*)?{_N}(?:\s*期)?$")
_SERIES_NUMBER = LazyPattern(rf"^(.+?)\s*[:：]\s*(?:第\s*)?{_N}(?:\s*期)?$")
_YEAR_NUMBER = LazyPattern(rf"^(?:(.+?)\s*[:：]\s*)?(\d{{4}}|{CN_NUMERAL}{{4}})\s*(?:年|[-/.])\s*(?:第\s*)?{_N}(?:\s*期)?$")


class IssueRefError(BulletinError):
    """The text names no issue of the archive, or more than one. ``plain`` says so alone;
    the message adds where the command line lists the issues (the window points to its own
    list instead)."""

    def __init__(self, plain: str, listing: str = ""):
        super().__init__(plain + listing)
        self.plain = plain


_LIST_ISSUES = "可用 list 命令查看已有各期。"


def resolve_issue(archive, ref: str) -> int:
    """The archive id of the issue ``ref`` names; IssueRefError says what is wrong and, when
    the number alone is ambiguous, lists the candidates."""
    text = ref.strip()
    if m := _ID.match(text):
        issue_id = int(m.group(1))
        if not 1 <= issue_id <= SQLITE_INTEGER_MAX or not archive.summaries_of([issue_id]):
            raise IssueRefError(f"档案库中没有内部编号为 {issue_id} 的一期。", _LIST_ISSUES)
        return issue_id
    if m := _YEAR_NUMBER.match(text):
        series, year, number = m.group(1), _int(m.group(2)), _number(_int(m.group(3)))
        return _one(archive.find_issues_by_year_number(number, year, series), f"{year}年第{number}期", series)
    if m := _NUMBER.match(text):
        series, number = None, _number(_int(m.group(1)))
    elif m := _SERIES_NUMBER.match(text):
        series, number = m.group(1), _number(_int(m.group(2)))
    else:
        raise IssueRefError(f"无法识别期次“{ref}”。可以这样写：{FORMS}。")
    # a running number first; else the number within a year, for offices that number by the year
    found = archive.find_issues(number, series) or archive.find_issues_by_year_number(number, None, series)
    return _one(found, f"第{number}期", series)


def _int(text: str) -> int:
    value = int(text) if text.isdigit() else to_int(text)  # digits as an input method types them too (１２８)
    if value is None:
        raise IssueRefError(f"无法识别期号“{text}”。可以这样写：{FORMS}。")
    return value


def _number(number: int) -> int:
    """An issue number as the archive can hold it: 1 to 99999, as every issue's is."""
    if not 1 <= number <= ISSUE_NUMBER_MAX:
        shown = str(number) if abs(number) < 10 ** 24 else "（一个二十多位以上的数）"
        raise IssueRefError(f"期号 {shown} 超出范围：期号在 1 到 {ISSUE_NUMBER_MAX} 之间。", _LIST_ISSUES)
    return number


def _one(found, named: str, series: str | None) -> int:
    if not found:
        where = f"《{series}》" if series else "档案库"
        raise IssueRefError(f"{where}中没有{named}。", _LIST_ISSUES)
    if len(found) > 1:
        candidates = "；".join(f"{_ref_of(s)}（id:{s.id}）" for s in found)
        raise IssueRefError(f"{named}不止一期，请指明是哪一期：{candidates}")
    return found[0].id


def _ref_of(summary) -> str:
    """A name for the issue that ``resolve_issue`` reads back, as its masthead numbers it."""
    year_number = summary.year_number
    if year_number is None or year_number.number is None:
        return f"{summary.series}:{summary.number}"
    return f"{summary.series}:{year_number.year or summary.date.year}年第{year_number.number}期"


def first_issue_id(archive, ref: str | None, remembered: int | None) -> tuple[int | None, IssueRefError | None]:
    """The issue a window opens with: the one ``ref`` names; else the one open when the clerk
    last left this archive (``remembered``), if it is still there; else the newest (None in
    an empty archive). With it, the error ``ref`` gave, for the window to show."""
    error = None
    if ref:
        try:
            return resolve_issue(archive, ref), None
        except IssueRefError as exc:
            error = exc
    if (isinstance(remembered, int) and 1 <= remembered <= SQLITE_INTEGER_MAX
            and archive.summaries_of([remembered])):  # one row read, not the list
        return remembered, error
    return archive.latest_issue_id(), error
