"""Submissions as rows. A submission's status is 待处理, 未采用 or 退回 as the clerk set it,
except while an entry adopted from it exists: then it is 已采用 (see the archive schema)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Sequence

from ..archive import Archive
from ..archive.store import YEAR_NUMBER_COLUMNS, inserted_id, year_number_of
from ..errors import BulletinError
from ..model import number_line
from ..units.registry import insert_unit, known_unit, unit_stated
from .joint_senders import CO_SENDER_NAMES_SQL
from .withdrawals import Withdrawn, withdraw

STATUS_LABELS = {"pending": "待处理", "adopted": "已采用", "declined": "未采用", "returned": "退回"}
STATUS_BY_LABEL = {label: key for key, label in STATUS_LABELS.items()}

# True while an entry adopted from submission ``s`` is in the archive (the schema's triggers keep ``live``).
ADOPTED_SQL = "s.live > 0"
STATUS_SQL = f"CASE WHEN {ADOPTED_SQL} THEN 'adopted' ELSE s.status END"


class InboxError(BulletinError):
    """An inbox action that cannot be done as asked."""


def parse_status(text: str) -> str:
    """'adopted' from 'adopted' or 已采用."""
    text = text.strip()
    if text in STATUS_LABELS:
        return text
    if text in STATUS_BY_LABEL:
        return STATUS_BY_LABEL[text]
    raise InboxError(f"无法识别的状态“{text}”，可选：{'、'.join(STATUS_LABELS.values())}。")


@dataclass
class NewSubmission:
    received: dt.date
    unit_id: int | None
    title: str
    body: str  # markup, one paragraph a line
    source: str
    note: str = ""
    # the sender the text names outright when no registered unit matched: registered on storing
    stated_unit: str = ""
    # the units the text names as sending it together (报送单位：A、B), the first its unit's:
    # each is credited with it (joint_senders)
    joint: list[str] = field(default_factory=list)
    # a corrected copy (更正稿、修改稿): it replaces the unit's earlier copy of the same title
    corrects: bool = False
    # a notice taking back (撤稿) the unit's piece of this title: no news, not stored, the piece
    # set aside (withdrawals); stored as any other when the inbox holds no piece of that title
    withdraws: str = ""


class SubmissionRow(NamedTuple):
    """What the inbox list shows of a submission."""
    id: int
    received: str
    unit: str
    title: str
    source: str
    status: str
    joint_units: tuple[str, ...] = ()  # the units that sent it with ``unit`` (joint_senders), in order

    @property
    def senders(self) -> str:
        """The unit and its co-senders as the list shows them (A、B); "" for none recognised."""
        return "、".join(name for name in (self.unit, *self.joint_units) if name)


@dataclass
class Submission:
    id: int
    received: dt.date
    unit_id: int | None
    unit: str
    title: str
    body: str
    source: str
    status: str
    reason: str = ""
    note: str = ""
    places: list[str] = field(default_factory=list)  # 第53期【隐患排查】 for each adopted entry
    joint_units: list[str] = field(default_factory=list)  # the units sending it with ``unit`` (joint_senders)

    def to_dict(self) -> dict:
        return {"id": self.id, "received": self.received.isoformat(), "unit": self.unit, "title": self.title,
                "body": self.body, "source": self.source, "status": self.status,
                "status_label": STATUS_LABELS[self.status], "reason": self.reason, "note": self.note,
                "adopted_into": list(self.places), "joint_units": list(self.joint_units)}


class Unplaced(NamedTuple):
    """A sender's name that does not say which county or town's it is (县住建局 in a city's
    archive), so no unit was registered for it: the submission's own sender (``joint``
    False: it has no unit), or one of the units sending it together (left out)."""
    id: int
    name: str
    joint: bool = False


class Repeated(NamedTuple):
    """A submission not stored again: ``item``, its place in the batch; ``id``, the one it repeats."""
    item: int
    id: int
    # of a corrected copy: the status (未采用, 退回) the copy it replaced had, now pending again; else ""
    reopened: str = ""
    # of a copy that took another's place: True when it did not say it corrects it (no 更正稿,
    # 修改稿), the same piece sent again with some words changed; the clerk is told so in words
    # that do not call it a correction
    resent: bool = False


def add_submissions(archive: Archive, items: Sequence[NewSubmission],
                    registered: list[str] | None = None, repeated: list[Repeated] | None = None,
                    unplaced: list[Unplaced] | None = None,
                    replaced: list[Repeated] | None = None,
                    withdrawn: list[Withdrawn] | None = None) -> list[int]:
    """Store them all in one transaction; the new ids in order. A submission that names its
    sender outright, a unit the registry does not know, gets that unit, registered with it;
    ``registered`` (when given) receives the names of the units registered so. A submission
    the inbox holds already, the same news from the same sender (the same file registered
    twice, a mail and its paper copy, a mail and the same news pasted from the chat, one file
    twice in the batch), is not stored again: ``repeated`` (when given) receives it with the
    id it has. A sender signed by a name that does not say which county or town it is
    (registry.says_its_place) is registered as no unit: ``unplaced`` (when given) receives
    the id of each such submission with the name, for the clerk to give its unit, and of each
    co-sender dropped so (joint_senders.store_co_senders). A corrected copy (更正稿, 修改稿)
    of a submission of the same unit and title takes that one's place, its title, text and
    source, keeping its number and the day it was received (the unit sent it then): counted
    twice, the unit's 报送 would count one piece twice; one declined or sent back is pending
    again. ``replaced`` (when given) receives it with the id it replaced. A notice taking back
    a piece the inbox holds (撤稿, withdrawals) is not stored: the piece is set aside as 未采用
    unless it is adopted; ``withdrawn`` (when given) receives each such notice."""
    from .joint_senders import store_co_senders
    from .sameness import same_news

    now = archive.now_text()
    ids: list[int] = []
    known: dict[int | None, dict[str, int]] = {}  # by unit, read when a submission of that unit comes

    def of_unit(unit_id: int | None) -> dict[str, int]:
        if unit_id not in known:
            # (those it sent with other units too: the same news sent again by one of them alone)
            rows = conn.execute("SELECT id, title, body FROM submissions WHERE unit_id IS ? OR id IN "
                                "(SELECT submission_id FROM submission_units WHERE unit_id = ?) ORDER BY id DESC",
                                (unit_id, unit_id))
            known[unit_id] = {same_news(title, body): sid for sid, title, body in rows}
        return known[unit_id]

    with archive.transaction("登记来稿") as conn:
        for index, s in enumerate(items):
            unit_id, new, unit = s.unit_id, False, None
            if s.withdraws:  # (a sender not known yet is not registered for it)
                sender = unit_id if unit_id is not None else known_id(conn, s.stated_unit)
                found, places = withdraw(conn, sender, s.withdraws, s.received, _places)
                if found is not None:
                    if withdrawn is not None:
                        withdrawn.append(Withdrawn(index, found, s.withdraws, places))
                    continue
                # no piece of that title: stored as it came, nothing lost to a misreading
            if unit_id is None and s.stated_unit:
                unit, new = unit_stated(conn, s.stated_unit)
                unit_id = unit.id if unit is not None else None
            same = of_unit(unit_id)
            key = same_news(s.title, s.body)
            if key in same:
                if repeated is not None:
                    repeated.append(Repeated(index, same[key]))
                continue
            # a corrected copy, or the same piece sent again mended without a word of it
            earlier = _corrected(conn, unit_id, s.title, key) if s.corrects else _resent(conn, unit_id, same, key)
            if earlier is not None:
                # a copy declined or sent back (退回, often to be mended) and mended is to be
                # judged again: it is pending once more, not left among the declined unseen
                was = conn.execute(f"SELECT {STATUS_SQL} FROM submissions s WHERE s.id = ?", (earlier,)).fetchone()[0]
                conn.execute("UPDATE submissions SET title = ?, body = ?, source = ?, status = 'pending', reason = '' "
                             "WHERE id = ?", (s.title, s.body, s.source, earlier))
                same[key] = earlier
                if replaced is not None:
                    replaced.append(Repeated(index, earlier, STATUS_LABELS[was] if was in SET_ASIDE else "",
                                             resent=not s.corrects))
                continue
            if new and unit is not None and registered is not None:
                registered.append(unit.name)
            ids.append(inserted_id(conn.execute(
                "INSERT INTO submissions (received, unit_id, title, body, source, note, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (s.received.isoformat(), unit_id, s.title, s.body, s.source, s.note, now))))
            same[key] = ids[-1]
            if s.joint:
                dropped: list[str] = []
                store_co_senders(conn, ids[-1], unit_id, s.joint, registered, dropped)
                if unplaced is not None:
                    unplaced += [Unplaced(ids[-1], name, True) for name in dropped]
            if unit_id is None and s.stated_unit and unplaced is not None:
                unplaced.append(Unplaced(ids[-1], s.stated_unit))
    return ids


def known_id(conn: sqlite3.Connection, stated: str) -> int | None:
    """The registered unit a sender's name names (registry.known_unit), registering none."""
    unit = known_unit(conn, stated) if stated else None
    return unit.id if unit is not None else None


# the statuses of a submission set aside by the clerk: a corrected copy puts them back to
# pending, and so does the clerk (reopen)
SET_ASIDE = ("declined", "returned")

# A corrected copy mends a figure or a word further on; its news opens as the copy it corrects
_SAME_OPENING = 20


def _corrected(conn: sqlite3.Connection, unit_id: int | None, title: str, news: str) -> int | None:
    """The newest submission of ``unit_id`` (not of no unit: two units' pieces may share a
    title) titled ``title``, or else whose news (sameness.same_news) opens with the same
    words as ``news``, which a corrected copy replaces; or None."""
    from .sameness import same_news

    if unit_id is None:
        return None
    rows = conn.execute("SELECT id, title, body FROM submissions WHERE unit_id = ? ORDER BY id DESC", (unit_id,)).fetchall()
    return next((sid for sid, known, _body in rows if known == title.strip()), None) or next(
        (sid for sid, known, body in rows if len(news) >= _SAME_OPENING
         and same_news(known, body)[:_SAME_OPENING] == news[:_SAME_OPENING]), None)


def _resent(conn: sqlite3.Connection, unit_id: int | None, same: dict[str, int], news: str) -> int | None:
    """The submission of ``unit_id`` whose news ``news`` mends (sameness.nearly_same_news,
    whatever its title), which the copy sent again replaces; or None. ``same``: the news of
    the unit's submissions, as add_submissions read them, the newest first."""
    from .sameness import nearly_same_news

    if unit_id is None:
        return None
    return next((sid for known, sid in same.items() if nearly_same_news(known, news) and conn.execute(
        "SELECT 1 FROM submissions WHERE id = ? AND unit_id = ?", (sid, unit_id)).fetchone()), None)


def _places(conn: sqlite3.Connection, submission_id: int) -> list[str]:
    """Where the submission's entries are (第53期【隐患排查】), each issue named with its
    bulletin (《防汛专报》第3期【…】) when the archive holds more than one: each numbers its own."""
    rows = conn.execute(
        f"SELECT sec.title, i.number, {YEAR_NUMBER_COLUMNS}, sr.name FROM adoptions a "
        "JOIN entries e ON e.uid = a.entry_uid JOIN issues i ON i.id = e.issue_id "
        "JOIN series sr ON sr.id = i.series_id JOIN sections sec ON sec.id = e.section_id "
        "WHERE a.submission_id = ? ORDER BY i.date, i.number, sec.position, e.position", (submission_id,)).fetchall()
    several = bool(rows) and conn.execute("SELECT count(DISTINCT series_id) FROM issues").fetchone()[0] > 1
    return [f"{f'《{series}》' if several else ''}{number_line(number, year_number_of(*year))}【{title}】"
            for title, number, *year, series in rows]


def get_submission(archive: Archive, submission_id: int) -> Submission:
    from .joint_senders import co_sender_names

    with archive.reading() as conn:
        row = conn.execute(
            f"SELECT s.id, s.received, s.unit_id, coalesce(u.name, ''), s.title, s.body, s.source, {STATUS_SQL}, "
            "s.reason, s.note FROM submissions s LEFT JOIN units u ON u.id = s.unit_id WHERE s.id = ?",
            (submission_id,)).fetchone()
        if row is None:
            raise InboxError(f"收件箱中没有编号为 {submission_id} 的来稿。可用 inbox list 查看。")
        places = _places(conn, submission_id)
        joint = co_sender_names(conn, submission_id)
    sid, received, unit_id, unit, title, body, source, status, reason, note = row
    return Submission(sid, dt.date.fromisoformat(received), unit_id, unit, title, body, source, status, reason,
                      note, places, joint)


def _filters(status: str | None, unit_id: int | None, date_from: dt.date | None, date_to: dt.date | None,
             search: str) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if unit_id is not None:  # its own submissions and those it sent with others
        where.append("(s.unit_id = ? OR s.id IN (SELECT submission_id FROM submission_units WHERE unit_id = ?))")
        params += [unit_id, unit_id]
    if date_from is not None:
        where.append("s.received >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("s.received <= ?")
        params.append(date_to.isoformat())
    if status == "adopted":
        where.append(ADOPTED_SQL)
    elif status is not None:
        where.append(f"NOT {ADOPTED_SQL} AND s.status = ?")
        params.append(status)
    if search.strip():
        where.append("(instr(s.title, ?) > 0 OR instr(s.body, ?) > 0 OR instr(s.source, ?) > 0)")
        params += [search.strip()] * 3
    return ("WHERE " + " AND ".join(where)) if where else "", params


_NEWEST_FIRST = "ORDER BY s.received DESC, s.id DESC"
_CO_SENDER_SEPARATOR = "\x1f"  # in no unit's name
_ROW_SQL = (f"SELECT s.id, s.received, coalesce(u.name, ''), s.title, s.source, {STATUS_SQL}, "
            f"(SELECT group_concat(name, char({ord(_CO_SENDER_SEPARATOR)})) "
            f"FROM ({CO_SENDER_NAMES_SQL.format(submission='s.id')})) "
            "FROM submissions s LEFT JOIN units u ON u.id = s.unit_id")


def _row(values: Sequence) -> SubmissionRow:
    sid, received, unit, title, source, status, joint = values
    return SubmissionRow(sid, received, unit, title, source, status,
                         tuple(joint.split(_CO_SENDER_SEPARATOR)) if joint else ())


def list_ids(archive: Archive, *, status: str | None = None, unit_id: int | None = None,
             date_from: dt.date | None = None, date_to: dt.date | None = None, search: str = "") -> list[int]:
    """The ids of the filtered inbox, newest first: all a view of tens of thousands of rows
    needs up front (it reads the rows it shows with ``rows_by_id``)."""
    where, params = _filters(status, unit_id, date_from, date_to, search)
    with archive.reading() as conn:
        return [r[0] for r in conn.execute(f"SELECT s.id FROM submissions s {where} {_NEWEST_FIRST}", params)]


def rows_by_id(archive: Archive, ids: Sequence[int]) -> dict[int, SubmissionRow]:
    out: dict[int, SubmissionRow] = {}
    with archive.reading() as conn:
        for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
            chunk = list(ids[start:start + 500])
            sql = f"{_ROW_SQL} WHERE s.id IN ({', '.join('?' * len(chunk))})"
            out.update((r[0], _row(r)) for r in conn.execute(sql, chunk))
    return out


def list_rows(archive: Archive, *, status: str | None = None, unit_id: int | None = None,
              date_from: dt.date | None = None, date_to: dt.date | None = None, search: str = "",
              limit: int | None = None) -> list[SubmissionRow]:
    """The filtered inbox, newest first, whole rows (for the command line)."""
    where, params = _filters(status, unit_id, date_from, date_to, search)
    sql = f"{_ROW_SQL} {where} {_NEWEST_FIRST}" + (f" LIMIT {int(limit)}" if limit is not None else "")
    with archive.reading() as conn:
        return [_row(r) for r in conn.execute(sql, params)]


def decline(archive: Archive, submission_id: int, reason: str, *, returned: bool = False) -> None:
    """未采用 (or 退回 to the unit) with the reason, refused while an adopted entry exists."""
    if not reason.strip():
        raise InboxError("请写明不采用（或退回）的原因。")
    with archive.transaction("退回来稿" if returned else "不采用来稿") as conn:
        row = conn.execute(f"SELECT {STATUS_SQL} FROM submissions s WHERE s.id = ?", (submission_id,)).fetchone()
        if row is None:
            raise InboxError(f"收件箱中没有编号为 {submission_id} 的来稿。可用 inbox list 查看。")
        if row[0] == "adopted":
            raise InboxError(f"来稿 {submission_id} 已被采用；请先撤销或删除采用后的条目。")
        conn.execute("UPDATE submissions SET status = ?, reason = ? WHERE id = ?",
                     ("returned" if returned else "declined", reason.strip(), submission_id))


def reopen(archive: Archive, submission_id: int) -> None:
    """未采用 or 退回 taken back (a slip of the clerk's, or the unit sent its reasons): the
    submission is 待处理 again and its reason goes."""
    with archive.transaction("恢复来稿为待处理") as conn:
        row = conn.execute(f"SELECT {STATUS_SQL} FROM submissions s WHERE s.id = ?", (submission_id,)).fetchone()
        if row is None:
            raise InboxError(f"收件箱中没有编号为 {submission_id} 的来稿。可用 inbox list 查看。")
        if row[0] == "adopted":
            raise InboxError(f"来稿 {submission_id} 已被采用，不是未采用或退回的来稿。")
        if row[0] not in SET_ASIDE:
            raise InboxError(f"来稿 {submission_id} 本来就是待处理。")
        conn.execute("UPDATE submissions SET status = 'pending', reason = '' WHERE id = ?", (submission_id,))


def set_unit(archive: Archive, submission_id: int, unit_id: int | None) -> None:
    with archive.transaction("修改来稿单位") as conn:
        if conn.execute("UPDATE submissions SET unit_id = ? WHERE id = ?", (unit_id, submission_id)).rowcount == 0:
            raise InboxError(f"收件箱中没有编号为 {submission_id} 的来稿。")
        # (a unit is never its own co-sender)
        conn.execute("DELETE FROM submission_units WHERE submission_id = ? AND unit_id IS ?", (submission_id, unit_id))


KEEP: object = object()
"""``edit_submission(unit_id=KEEP)``: leave the unit as it is (None clears it)."""


def edit_submission(archive: Archive, submission_id: int, *, received: dt.date | None = None,
                    unit_id: int | None | object = KEEP, new_unit: str | None = None, title: str | None = None,
                    body: str | None = None, note: str | None = None,
                    co_senders: Sequence[int] | None = None) -> None:
    """Change what was given (None: leave it) in one transaction; the archive's notice
    refreshes the inbox and the statistics. ``new_unit`` (instead of ``unit_id``) names a
    unit the registry does not know yet: it is registered in the same transaction, so an
    edit refused for any reason leaves no new unit behind. ``co_senders``: the units that
    sent it together with its unit (joint_senders; [] for none)."""
    fields: dict[str, object] = {}
    if received is not None:
        fields["received"] = received.isoformat()
    if unit_id is not KEEP:
        fields["unit_id"] = unit_id
    if title is not None:
        if not title.strip():
            raise InboxError("来稿标题不能为空。")
        fields["title"] = title.strip()
    if body is not None:
        if not body.strip():
            raise InboxError("来稿正文不能为空。")
        fields["body"] = body.strip()
    if note is not None:
        fields["note"] = note.strip()
    with archive.transaction("修改来稿") as conn:
        if conn.execute("SELECT 1 FROM submissions WHERE id = ?", (submission_id,)).fetchone() is None:
            raise InboxError(f"收件箱中没有编号为 {submission_id} 的来稿。可用 inbox list 查看。")
        if new_unit is not None:
            fields["unit_id"] = insert_unit(conn, new_unit).id
        elif fields and unit_id is not KEEP and unit_id is not None and conn.execute(
                "SELECT 1 FROM units WHERE id = ?", (unit_id,)).fetchone() is None:
            raise InboxError("所选单位已不在单位名录中，请重新选择。")
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            conn.execute(f"UPDATE submissions SET {assignments} WHERE id = ?", (*fields.values(), submission_id))
        if co_senders is not None or "unit_id" in fields:  # (a unit is never its own co-sender)
            from .joint_senders import set_co_senders

            kept = co_senders if co_senders is not None else [r[0] for r in conn.execute(
                "SELECT unit_id FROM submission_units WHERE submission_id = ? ORDER BY position", (submission_id,))]
            set_co_senders(conn, submission_id, kept)


def adopted_uids(archive: Archive, submission_id: int) -> set[str]:
    """The uids of the entries adopted from the submission (saved or still being saved)."""
    with archive.reading() as conn:
        return {r[0] for r in conn.execute("SELECT entry_uid FROM adoptions WHERE submission_id = ?", (submission_id,))}


def link_adoption(archive: Archive, submission_id: int, entry_uids: Iterable[str]) -> None:
    """Record that these entries come from the submission. The submission counts as adopted
    while any of them exists in the archive, so the entries may be saved before or after."""
    with archive.transaction("采用来稿") as conn:
        if conn.execute("SELECT 1 FROM submissions WHERE id = ?", (submission_id,)).fetchone() is None:
            raise InboxError(f"收件箱中没有编号为 {submission_id} 的来稿。")
        uids = list(entry_uids)
        # delete, then insert: a REPLACE would not run the delete trigger that keeps ``live``
        conn.executemany("DELETE FROM adoptions WHERE entry_uid = ?", [(uid,) for uid in uids])
        conn.executemany("INSERT INTO adoptions (entry_uid, submission_id) VALUES (?, ?)",
                         [(uid, submission_id) for uid in uids])
        conn.execute("UPDATE submissions SET status = 'pending', reason = '' WHERE id = ?", (submission_id,))
