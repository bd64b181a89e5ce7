"""Arguments checked where argparse reads them. Whole numbers, each bounded: an id the archive can
hold, an issue number 1–99999, a count of something sensible. Out of range, argparse says so
in Chinese (parser.py translates its "argument X: …" line) instead of SQLite's OverflowError. Paths: never empty."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Callable

from ..core.errors import BulletinError
from ..core.number_limits import ISSUE_NUMBER_MAX, SQLITE_INTEGER_MAX


class UsageError(BulletinError):
    """The command is written wrongly (options that exclude each other, an empty term): found
    after argparse, but exits 2 as argparse's own refusals do, not 1 as a refused action."""



def whole(low: int, high: int, what: str = "") -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high``."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{shown(text)}”不是整数") from None
        if high == SQLITE_INTEGER_MAX and value > high:
            raise argparse.ArgumentTypeError(f"没有这么大的{what or '编号'}（{shown(text.strip())}）")
        if high == SQLITE_INTEGER_MAX and value < low:  # not "不在 1 到 9223372036854775807 之间"
            raise argparse.ArgumentTypeError(f"{what or '编号'}从 {low} 起，没有 {shown(text.strip())}")
        if not low <= value <= high:
            named = f"{what} " if what else ""
            raise argparse.ArgumentTypeError(f"{named}{shown(text.strip())} 不在 {low} 到 {high} 之间")
        return value
    return parse


def shown(text: str, limit: int = 24) -> str:
    """``text`` as a message quotes what the clerk typed or wrote: cut short past ``limit``
    characters, so that a long one does not bury the sentence."""
    return text if len(text) <= limit else text[:limit - 4] + "…"


ID = whole(1, SQLITE_INTEGER_MAX, "编号")
"""An id shown by a listing (trash list, inbox list, ignores list --issue)."""
ISSUE_NUMBER = whole(1, ISSUE_NUMBER_MAX, "期号")
YEAR = whole(1900, 2999, "年份")


def day(text: str) -> dt.date:
    """An argparse ``type`` for a date in the forms the clerk writes one (2022-11-21,
    2022年11月21日, 2022/11/21), read by the statistics' reader as ``stats`` and ``masthead --date`` read it."""
    from ..core.stats.periods import parse_date  # loaded only when a date is given

    try:
        return parse_date(text)
    except BulletinError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _bound(text: str, end: bool) -> dt.date:
    """A day, or a year or month (a period ``named_range`` knows) whose first or last day it means."""
    from ..core.stats.periods import named_range, parse_date

    try:
        return parse_date(text)
    except BulletinError as exc:
        try:
            named = named_range(text)
        except BulletinError:
            named = None
        if named is None:
            raise argparse.ArgumentTypeError(exc.message) from None
        return named[1] if end else named[0]


def first_day(text: str) -> dt.date:
    """An argparse ``type`` for ``--from``: a day, or a year or month from its first day
    (``--from 2023`` is 2023-01-01)."""
    return _bound(text, end=False)


def last_day(text: str) -> dt.date:
    """An argparse ``type`` for ``--to``: a day, or a year or month to its last day
    (``--to 2024-06`` is 2024-06-30)."""
    return _bound(text, end=True)



def path(text: str) -> Path:
    """An argparse ``type`` for a file or folder: an empty one (an unset variable in a script)
    is refused, not read as the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("路径是空的，请给出文件或文件夹的路径")
    return Path(text)


def written_path(text: str) -> Path:
    """``path`` for what is written or kept: the archive, an export, a backup. A name in bytes
    that are not UTF-8 (a folder named on a system using GBK) reads fine, but the archive
    cannot record it and SQLite cannot write to it: refused before any work."""
    return path(_utf8_only(text))


def _utf8_only(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError("路径中有不能识别的字符（文件名不是 UTF-8 编码），"
                                         "请换一个文件夹或文件名") from None
    return text


def one_line(what: str) -> Callable[[str], str]:
    """An argparse ``type`` for text that lands inside one paragraph or one list row (what
    replace puts in, a term): the window's one-line fields cannot take a line break or a
    control character, nor can this."""
    def parse(text: str) -> str:
        if any(ch in "\n\r\u2028\u2029" for ch in text):
            raise argparse.ArgumentTypeError(f"{what}只能写一行，不能换行")
        if any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in text):
            raise argparse.ArgumentTypeError(f"{what}里有看不见的控制字符（如制表符），请重新输入")
        return text
    return parse
