"""A unit taking back a piece it sent (撤稿): “关于撤回《封丘县开展危化品检查》的说明”, “我局1月9日
报送的《……》一稿数据有误，现予撤回”. Such a notice is no news and no submission of its own
(counted, the unit's 报送 would grow by the piece it took back); the piece it names is set
aside as 未采用, the reason saying the unit withdrew it, unless an issue has adopted it
already: then the clerk is told where, and decides."""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from typing import Callable, NamedTuple

# the words that take a piece back, with the piece (稿件, 信息, 一文 …) near them, either way round
_PIECE = r"(?:稿件|来稿|信息|原稿|一稿|一文|该稿|此稿|该文|此文|文章)"
_TAKE_BACK = r"(?:撤回|撤销|收回|撤下)"
_WITHDRAWS = re.compile(rf"撤稿|{_TAKE_BACK}[^。！？，；]{{0,16}}{_PIECE}|{_PIECE}[^。！？]{{0,30}}{_TAKE_BACK}|"
                        rf"(?:现予|申请|予以|特此|请予)撤回|(?:请勿|请不要|不再|暂不)(?:刊用|采用|使用|刊发|编发)")
# a title tagged as taken back: 【撤稿】封丘县开展危化品检查, 撤稿：…
_TAGGED = re.compile(r"^\s*(?:[【\[（(]\s*撤稿\s*[】\]）)]|撤稿\s*[：:])\s*(\S.{3,59})$")
# the piece's title as the notice names it
_NAMED = re.compile(r"《([^《》]{4,60})》|“([^“”]{6,60})”")
# a notice is a few lines: a text longer than this is news that may speak of withdrawing things
_NOTICE_CHARS = 240


class Withdrawn(NamedTuple):
    """A notice taking a piece back, not stored: ``item``, its place in the batch; ``id``, the
    submission it takes back; ``title``, as the notice names it; ``places``, where an issue has
    adopted that submission (then it is left as it is)."""
    item: int
    id: int
    title: str
    places: tuple[str, ...] = ()


def withdrawn_title(title: str, lines: list[str]) -> str:
    """For a short notice that takes back a piece the unit sent, the title it names (《…》);
    else "" (news that speaks of withdrawing something is no notice: it names no piece the
    inbox holds, add_submissions stores it)."""
    if tagged := _TAGGED.match(title):
        return tagged.group(1).strip()
    text = "\n".join([title, *lines])
    if len(re.sub(r"\s", "", text)) > _NOTICE_CHARS or not _WITHDRAWS.search(text):
        return ""
    named = _NAMED.search(text)
    return next(group for group in named.groups() if group) if named else ""


def withdraw(conn: sqlite3.Connection, unit_id: int | None, title: str, received: dt.date,
             places: Callable[[sqlite3.Connection, int], list[str]]) -> tuple[int | None, tuple[str, ...]]:
    """Set aside the submission of ``unit_id`` (of any unit, when the notice's sender is not
    known and one submission alone has that title) titled ``title``, newest first; its id and
    where it is adopted (then it is left as it is), or (None, ()) when none is found."""
    wanted = _bare(title)
    rows = conn.execute("SELECT id, unit_id, title FROM submissions ORDER BY id DESC").fetchall()
    mine = [sid for sid, unit, known in rows if _bare(known) == wanted and (unit_id is None or unit == unit_id)]
    if not mine or (unit_id is None and len(mine) > 1):
        return None, ()
    found = mine[0]
    adopted = tuple(places(conn, found))
    if not adopted:
        conn.execute("UPDATE submissions SET status = 'declined', reason = ? WHERE id = ?",
                     (f"报送单位于{received.month}月{received.day}日撤稿", found))
    return found, adopted


def _bare(title: str) -> str:
    """A title compared without its spaces and quotation marks."""
    return re.sub(r"[\s《》“”\"]", "", title)
