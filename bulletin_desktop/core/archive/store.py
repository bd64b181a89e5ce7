"""Issues and series between model objects and rows. Runs inside the caller's transaction.

Saving an issue that is already stored compares it with its rows by uid and writes only
what changed: an autosave after typing one character updates one entry row, and the
search triggers run for that row alone.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
from typing import Any, Iterable, Sequence

from ..issue_json import signoff_from_dict, signoff_to_dict
from ..model import (
    Article, DistributionLine, Entry, Issue, Item, NumberingDefaults, Section, Series, Signoff, Special, YearNumber,
    SQLITE_INTEGER_MAX, format_cn_date, new_uid, number_line, number_problem, series_name_problem,
    signed_again, unit_bracket, unit_lead, unspaced_name,
)
from ..richtext import parse_markup, to_markup
from .connection import clock_of, time_text
from .errors import ArchiveError, DuplicateSeriesError, InvalidSeriesNameError, SeriesNotFoundError
from .records import IssueSummary

Row = Sequence[Any]


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (never None after a successful INSERT)."""
    rowid = cursor.lastrowid
    assert rowid is not None
    return rowid


def now_text(conn: sqlite3.Connection) -> str:
    """Now, by the clock of the archive ``conn`` belongs to: every date a row is given."""
    return time_text(clock_of(conn)())


# -- JSON columns ---------------------------------------------------------------------

def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def signoff_json(signoff: Signoff) -> str:
    return _json(signoff_to_dict(signoff))


def signoff_from_json(text: str) -> Signoff:
    return signoff_from_dict(json.loads(text or "{}"))


def distribution_json(lines: Iterable[DistributionLine]) -> str:
    return _json([{"label": d.label, "text": d.text} for d in lines])


def distribution_from_json(text: str) -> list[DistributionLine]:
    return [DistributionLine(d.get("label", ""), d.get("text", "")) for d in json.loads(text or "[]")]


# -- entries --------------------------------------------------------------------------

ENTRY_COLUMNS = ("kind", "date", "unit", "title", "body", "lead", "text")
# "title" is an article's title, and an item's mark (1．, ◆ printed before its date), which
# has no title to share the column with
# "text" follows from the others, so comparing those tells whether an entry changed; "lead"
# (where a unit without bold is looked for, model.unit_lead) does too, and is compared so
# that a rule for it changed in a later version reaches an entry with its next save
_STORED_COLUMNS = ENTRY_COLUMNS[:-1]


def entry_row(entry: Entry) -> tuple[str, str, str, str, str, str, str]:
    """The stored columns of an entry, in ENTRY_COLUMNS order."""
    if isinstance(entry, Article):
        body = _json([to_markup(p) for p in entry.paragraphs])
        return ("article", "", "", entry.title, body, unit_lead(entry), entry.text)
    return ("item", entry.date, entry.unit, entry.mark, to_markup(entry.body), unit_lead(entry), entry.text)


def fill_entry_leads(conn: sqlite3.Connection) -> None:
    """Write every entry's ``lead`` from its stored text, by today's model.unit_lead."""
    rows = conn.execute("SELECT id, uid, kind, date, unit, title, body FROM entries").fetchall()
    conn.executemany("UPDATE entries SET lead = ? WHERE id = ?",
                     [(unit_lead(entry_from_row(*row[1:])), row[0]) for row in rows])


def print_signed_units_as_before(conn: sqlite3.Connection) -> None:
    """An entry with its unit bold after the date whose text also signs with that unit at
    its end (**县应急局**开展……。（县应急局供稿））, stored before such an entry came to print
    its unit at the end only (model.Item.rich): that unit goes to the start of its text
    (model.signed_again), so that it prints as it did, a final issue's export unchanged."""
    rows = conn.execute("SELECT id, uid, kind, date, unit, title, body FROM entries "
                        "WHERE kind = 'item' AND unit != ''").fetchall()
    updates = []
    for entry_id, *columns in rows:
        item = entry_from_row(*columns)
        if not isinstance(item, Item) or unit_bracket(item.mark) >= 0:  # printed in its brackets either way
            continue
        body = signed_again(item.unit, item.body)
        if body != item.body:
            item.body = body
            updates.append((to_markup(body), unit_lead(item), item.text, entry_id))
    conn.executemany("UPDATE entries SET body = ?, lead = ?, text = ? WHERE id = ?", updates)


def entry_from_row(uid: str, kind: str, date: str, unit: str, title: str, body: str) -> Entry:
    if kind == "article":
        return Article(title=title, paragraphs=[parse_markup(p) for p in json.loads(body or "[]")], uid=uid)
    return Item(body=parse_markup(body), date=date, unit=unit, uid=uid, mark=title)


def make_uids_unique(issue: Issue) -> None:
    """Give a fresh uid to a section or entry repeating one seen earlier in the issue
    (e.g. an entry pasted twice), since uids identify rows within an issue."""
    seen_sections: set[str] = set()
    seen_entries: set[str] = set()
    for section in issue.sections:
        if section.uid in seen_sections:
            section.uid = new_uid()
        seen_sections.add(section.uid)
        for entry in section.entries:
            if entry.uid in seen_entries:
                entry.uid = new_uid()
            seen_entries.add(entry.uid)


# -- series ---------------------------------------------------------------------------

_SERIES_VALUES = ("office", "default_sections", "signoff", "distribution", "number_form", "print_copies", "marking")
_SERIES_COLUMNS = ", ".join(("id", "name", *_SERIES_VALUES))


def series_from_row(row: Row) -> Series:
    series_id, name, office, sections, signoff, distribution, form, copies, marking = row
    return Series(name=name, office=office, default_sections=list(json.loads(sections or "[]")),
                  signoff=signoff_from_json(signoff), distribution=distribution_from_json(distribution),
                  marking=marking, id=series_id,
                  numbering=NumberingDefaults(form, copies) if form is not None else None)


def _series_values(series: Series) -> tuple[str, str, str, str, str | None, int | None, str]:
    """The values of ``_SERIES_VALUES``, in their order."""
    numbering = series.numbering
    return (series.office, _json(list(series.default_sections)), signoff_json(series.signoff),
            distribution_json(series.distribution), numbering.form if numbering else None,
            numbering.print_copies if numbering else None, series.marking)


def list_series(conn: sqlite3.Connection) -> list[Series]:
    rows = conn.execute(f"SELECT {_SERIES_COLUMNS} FROM series ORDER BY id").fetchall()
    return [series_from_row(r) for r in rows]


def get_series(conn: sqlite3.Connection, key: int | str) -> Series | None:
    """The series with this id (an int) or this name (a str, as ``series_id`` finds it)."""
    found = key if isinstance(key, int) else series_id(conn, key)
    row = conn.execute(f"SELECT {_SERIES_COLUMNS} FROM series WHERE id = ?", (found,)).fetchone()
    return series_from_row(row) if row else None


def series_id(conn: sqlite3.Connection, name: str) -> int | None:
    """The series called ``name``, or else the one whose name differs from it only in
    letter-spacing (安 全 生 产 简 报 is 安全生产简报), or else only in being written in
    traditional characters (漯河安全生產簡報 is 漯河安全生产简报, as the search folds them:
    a template or an input method set to traditional does not start a bulletin of its own)."""
    row = conn.execute("SELECT id FROM series WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    from ..traditional import simplified

    wanted = unspaced_name(name)
    stored = conn.execute("SELECT id, name FROM series ORDER BY id").fetchall()
    # a series written exactly so (spacing aside) wins over one that only folds to it
    return next((sid for sid, other in stored if unspaced_name(other) == wanted), None) \
        or next((sid for sid, other in stored if simplified(unspaced_name(other)) == simplified(wanted)), None)


class SeriesNameError(InvalidSeriesNameError):
    """A bulletin's name that is not one short line; ``message`` says why."""

    def __init__(self, message: str) -> None:
        ArchiveError.__init__(self, message)


def _checked_name(conn: sqlite3.Connection, name: str, other_than: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise InvalidSeriesNameError()
    if problem := series_name_problem(name):  # one line, no control characters, not too long
        raise SeriesNameError(problem)
    taken = series_id(conn, name)
    if taken is not None and taken != other_than:
        # named as the archive has it: 许昌市防汛工作简报 refuses 許昌市防汛工作簡報 (series_id)
        raise DuplicateSeriesError(conn.execute("SELECT name FROM series WHERE id = ?", (taken,)).fetchone()[0])
    return name


def insert_series(conn: sqlite3.Connection, series: Series, now: str) -> int:
    name = _checked_name(conn, series.name)
    return inserted_id(conn.execute(
        f"INSERT INTO series (name, {', '.join(_SERIES_VALUES)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * (len(_SERIES_VALUES) + 3))})",
        (name, *_series_values(series), now, now),
    ))


def save_series(conn: sqlite3.Connection, series: Series, now: str) -> int:
    """Store the defaults of ``series``: by id when it has one (renaming it if its name
    changed), else by name, creating the series when there is none of that name."""
    existing = series.id if series.id is not None else series_id(conn, series.name)
    if existing is None:
        return insert_series(conn, series, now)
    rename_series(conn, existing, series.name, now)
    conn.execute(
        f"UPDATE series SET {', '.join(f'{name} = ?' for name in _SERIES_VALUES)}, updated_at = ? WHERE id = ?",
        (*_series_values(series), now, existing),
    )
    return existing


def rename_series(conn: sqlite3.Connection, series: int, name: str, now: str) -> bool:
    """Give series ``series`` the name ``name``; True when the name changed."""
    row = conn.execute("SELECT name FROM series WHERE id = ?", (series,)).fetchone()
    if row is None:
        raise SeriesNotFoundError(series)
    if row[0] == name:
        return False
    name = _checked_name(conn, name, other_than=series)
    if row[0] == name:
        return False
    conn.execute("UPDATE series SET name = ?, updated_at = ? WHERE id = ?", (name, now, series))
    return True


def series_layout(conn: sqlite3.Connection, series: int) -> dict[str, Any]:
    row = conn.execute("SELECT layout FROM series WHERE id = ?", (series,)).fetchone()
    if row is None:
        raise SeriesNotFoundError(series)
    data = json.loads(row[0] or "{}")
    return data if isinstance(data, dict) else {}


def set_series_layout(conn: sqlite3.Connection, series: int, changes: dict[str, Any], now: str) -> bool:
    """Store the layout options ``series`` changes; True when they differ from before."""
    if series_layout(conn, series) == changes:
        return False
    conn.execute("UPDATE series SET layout = ?, updated_at = ? WHERE id = ?", (_json(changes), now, series))
    return True


def series_from_issue(issue: Issue) -> Series:
    """A new series' defaults, taken from its first issue: the numbering is left to follow
    the latest issue, so that issues imported in any order keep theirs."""
    return Series(
        name=issue.series,
        office=issue.office,
        default_sections=[s.title for s in issue.sections],
        signoff=copy.deepcopy(issue.signoff),
        distribution=copy.deepcopy(issue.distribution),
        marking=issue.marking,
    )


def defaults_from_issue(issue: Issue) -> Series:
    """The defaults the clerk saves from ``issue`` (存为本刊默认设置): as a first issue gives
    them, with its 期号 form and print run too."""
    series = series_from_issue(issue)
    series.id, series.numbering = issue.series_id, NumberingDefaults.of(issue)
    return series


def ensure_series(conn: sqlite3.Connection, issue: Issue, now: str) -> int:
    """The id of the series named as the issue's, creating it from this issue when it is new."""
    existing = series_id(conn, issue.series)
    if existing is not None:
        return existing
    return insert_series(conn, series_from_issue(issue), now)


def series_for_save(conn: sqlite3.Connection, issue: Issue, now: str) -> tuple[int, bool]:
    """(series id, whether the series was created or renamed) for saving ``issue``: its
    ``series_id`` when it has one, the stored series renamed to the issue's name if that
    changed; else the series of that name (created when new)."""
    if issue.series_id is None:
        known = series_id(conn, issue.series)
        return (known, False) if known is not None else (ensure_series(conn, issue, now), True)
    return issue.series_id, rename_series(conn, issue.series_id, issue.series, now)


# -- issue summaries ------------------------------------------------------------------

YEAR_NUMBER_COLUMNS = "i.year_number, i.number_year, i.number_shows_total"
"""The columns of an issue's number within its year, for ``year_number_of``."""


# issues.year_number of an issue whose masthead prints its running number alone with 总 (总第60期):
# a number within a year counts from 1, so 0 is free to say "none, but the 总 is printed"
TOTAL_ONLY = 0


def year_number_of(number: int | None, year: int | None, shows_total: int | None) -> YearNumber | None:
    """The issue's number within its year from ``YEAR_NUMBER_COLUMNS``; None for a plain 第N期."""
    if number == TOTAL_ONLY:
        return YearNumber(None)
    return YearNumber(number, year, bool(shows_total)) if number is not None else None


ISSUE_LABEL_SELECT = (f"SELECT sr.name, i.number, i.date, {YEAR_NUMBER_COLUMNS} "
                      "FROM issues i JOIN series sr ON sr.id = i.series_id")
"""The columns ``issue_label`` names an issue from; a WHERE or ORDER BY may follow."""


def issue_label(row: Row) -> str:
    """《漯河安全生产简报》2026年第6期（总第60期）（2026年3月2日）: an issue named in a list
    (the trash, the backups) from a row of ``ISSUE_LABEL_SELECT``."""
    series, number, date, *year = row
    return f"《{series}》{number_line(number, year_number_of(*year))}（{format_cn_date(dt.date.fromisoformat(date))}）"


_SUMMARY_SELECT = f"""
    SELECT i.id, sr.name, i.series_id, i.number, i.special_name, i.special_number, i.date, i.office, i.status,
           (SELECT count(*) FROM entries e WHERE e.issue_id = i.id), i.updated_at, {YEAR_NUMBER_COLUMNS}
    FROM issues i JOIN series sr ON sr.id = i.series_id
"""
NEWEST_FIRST = "ORDER BY i.date DESC, i.number DESC, i.id DESC"


def summary_from_row(row: Row) -> IssueSummary:
    (issue_id, series, series_id, number, special_name, special_number, date, office, status, count, updated,
     year_number, number_year, shows_total) = row
    return IssueSummary(issue_id, series, series_id, number, special_name, special_number, dt.date.fromisoformat(date),
                        office, status, count, updated, year_number_of(year_number, number_year, shows_total))


def summaries(conn: sqlite3.Connection, where: str = "", params: Sequence[Any] = ()) -> list[IssueSummary]:
    sql = f"{_SUMMARY_SELECT} {('WHERE ' + where) if where else ''} {NEWEST_FIRST}"
    return [summary_from_row(r) for r in conn.execute(sql, params).fetchall()]


def latest_issue_id(conn: sqlite3.Connection) -> int | None:
    """The issue ``summaries`` lists first, without counting the entries of every issue."""
    row = conn.execute(f"SELECT i.id FROM issues i {NEWEST_FIRST} LIMIT 1").fetchone()
    return row[0] if row else None


def summaries_of(conn: sqlite3.Connection, issue_ids: Iterable[int]) -> list[IssueSummary]:
    ids = list(issue_ids)
    return summaries(conn, f"i.id IN ({', '.join('?' * len(ids))})", ids) if ids else []


def summary(conn: sqlite3.Connection, issue_id: int) -> IssueSummary | None:
    found = summaries(conn, "i.id = ?", (issue_id,))
    return found[0] if found else None


def issue_with_number(conn: sqlite3.Connection, series: int, number: int, other_than: int | None = None) -> int | None:
    if not -SQLITE_INTEGER_MAX <= number <= SQLITE_INTEGER_MAX:  # no stored issue has it (_head_values refuses it)
        return None
    row = conn.execute("SELECT id FROM issues WHERE series_id = ? AND number = ? AND id IS NOT ?",
                       (series, number, other_than)).fetchone()
    return row[0] if row else None


# -- whole issues ---------------------------------------------------------------------

# The bulletin's name an issue prints: a final issue's is the one it was finalized with
# (finals.set_status), so that renaming the bulletin does not change what was printed
ISSUE_SERIES_NAME = "CASE WHEN i.status = 'final' THEN coalesce(i.final_series_name, sr.name) ELSE sr.name END"


def load_issue(conn: sqlite3.Connection, issue_id: int) -> Issue | None:
    head = conn.execute(
        f"SELECT {ISSUE_SERIES_NAME}, i.series_id, i.number, i.special_name, i.special_number, i.date, i.office, i.status, "
        f"i.signoff, i.distribution, {YEAR_NUMBER_COLUMNS}, i.print_copies, i.marking "
        "FROM issues i JOIN series sr ON sr.id = i.series_id WHERE i.id = ?",
        (issue_id,),
    ).fetchone()
    if head is None:
        return None
    (series, series_id, number, special_name, special_number, date, office, status, signoff, distribution,
     year_number, number_year, shows_total, print_copies, marking) = head
    sections: dict[int, Section] = {}
    for section_id, uid, title in conn.execute(
        "SELECT id, uid, title FROM sections WHERE issue_id = ? ORDER BY position, id", (issue_id,)
    ):
        sections[section_id] = Section(title=title, uid=uid)
    for section_id, uid, kind, e_date, unit, title, body in conn.execute(
        "SELECT section_id, uid, kind, date, unit, title, body FROM entries WHERE issue_id = ? "
        "ORDER BY position, id", (issue_id,)
    ):
        sections[section_id].entries.append(entry_from_row(uid, kind, e_date, unit, title, body))
    return Issue(
        series=series,
        number=number,
        date=dt.date.fromisoformat(date),
        office=office,
        special=Special(special_name, special_number) if special_name is not None else None,
        sections=list(sections.values()),
        signoff=signoff_from_json(signoff),
        distribution=distribution_from_json(distribution),
        year_number=year_number_of(year_number, number_year, shows_total),
        print_copies=print_copies,
        marking=marking,
        status=status,
        id=issue_id,
        series_id=series_id,
    )


def _head_values(issue: Issue, series: int) -> tuple:
    if problem := number_problem(issue):  # refused here, not as SQLite's OverflowError
        raise ArchiveError(f"{issue.series}：{problem}")
    special = issue.special
    year = issue.year_number
    return (series, issue.number, special.name if special else None, special.number if special else None,
            issue.date.isoformat(), issue.office, issue.status, signoff_json(issue.signoff),
            distribution_json(issue.distribution),
            (TOTAL_ONLY if year.number is None else year.number) if year else None, year.year if year else None,
            int(year.total) if year else 1, issue.print_copies, issue.marking)


_HEAD_COLUMNS = ("series_id", "number", "special_name", "special_number", "date", "office", "status",
                 "signoff", "distribution", "year_number", "number_year", "number_shows_total", "print_copies",
                 "marking")


def insert_issue(conn: sqlite3.Connection, issue: Issue, series: int, now: str) -> int:
    issue_id = inserted_id(conn.execute(
        f"INSERT INTO issues ({', '.join(_HEAD_COLUMNS)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * (len(_HEAD_COLUMNS) + 2))})",
        (*_head_values(issue, series), now, now),
    ))
    _write_content(conn, issue_id, issue, now, {}, {})
    return issue_id


def update_issue(conn: sqlite3.Connection, issue_id: int, issue: Issue, series: int, now: str,
                 keep_removed: bool = True) -> bool | None:
    """Bring the stored issue ``issue_id`` to ``issue``; True when anything changed, None
    when there is no such issue. ``keep_removed``: sections and entries it no longer has go
    to the trash one by one (not when the whole issue has gone there already)."""
    head = conn.execute(f"SELECT {', '.join(_HEAD_COLUMNS)} FROM issues WHERE id = ?", (issue_id,)).fetchone()
    if head is None:
        return None
    values = _head_values(issue, series)
    changed_head = [(name, value) for name, old, value in zip(_HEAD_COLUMNS, head, values) if old != value]
    old_sections = {
        uid: (section_id, position, title)
        for section_id, uid, position, title in conn.execute(
            "SELECT id, uid, position, title FROM sections WHERE issue_id = ?", (issue_id,))
    }
    old_entries = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT uid, id, section_id, position, {', '.join(_STORED_COLUMNS)} FROM entries WHERE issue_id = ?",
            (issue_id,))
    }
    changed = _write_content(conn, issue_id, issue, now, old_sections, old_entries, keep_removed)
    if changed_head or changed:
        assignments = ", ".join(f"{name} = ?" for name, _ in changed_head)
        conn.execute(
            f"UPDATE issues SET {assignments + ', ' if assignments else ''}updated_at = ? WHERE id = ?",
            (*(value for _, value in changed_head), now, issue_id),
        )
    return bool(changed_head or changed)


def _write_content(conn: sqlite3.Connection, issue_id: int, issue: Issue, now: str,
                   old_sections: dict[str, tuple], old_entries: dict[str, tuple], keep_removed: bool = True) -> bool:
    changed = False
    kept_sections: set[str] = set()
    kept_entries: set[str] = set()
    for s_pos, section in enumerate(issue.sections):
        old_section = old_sections.get(section.uid)
        if old_section is None:
            section_id = inserted_id(conn.execute(
                "INSERT INTO sections (issue_id, uid, position, title) VALUES (?, ?, ?, ?)",
                (issue_id, section.uid, s_pos, section.title),
            ))
            changed = True
        else:
            kept_sections.add(section.uid)
            section_id = old_section[0]
            if old_section[1:] != (s_pos, section.title):
                conn.execute("UPDATE sections SET position = ?, title = ? WHERE id = ?",
                             (s_pos, section.title, section_id))
                changed = True
        for e_pos, entry in enumerate(section.entries):
            row = entry_row(entry)
            old_entry = old_entries.get(entry.uid)
            if old_entry is None:
                conn.execute(
                    f"INSERT INTO entries (issue_id, section_id, uid, position, {', '.join(ENTRY_COLUMNS)}, "
                    f"updated_at) VALUES ({', '.join('?' * (len(ENTRY_COLUMNS) + 5))})",
                    (issue_id, section_id, entry.uid, e_pos, *row, now),
                )
                changed = True
                continue
            kept_entries.add(entry.uid)
            entry_id, old_section_id, old_pos, *old_row = old_entry
            updates: list[tuple[str, object]] = [(name, value) for name, old, value in zip(_STORED_COLUMNS, old_row, row) if old != value]
            if updates:
                updates += [("text", row[-1]), ("updated_at", now)]
            if old_section_id != section_id or old_pos != e_pos:
                # a move alone leaves "text" out of the UPDATE, so the search triggers stay quiet
                updates += [("section_id", section_id), ("position", e_pos)]
            if updates:
                conn.execute(
                    f"UPDATE entries SET {', '.join(f'{name} = ?' for name, _ in updates)} WHERE id = ?",
                    (*(value for _, value in updates), entry_id),
                )
                changed = True
    gone_entries = [old_entries[uid][0] for uid in old_entries.keys() - kept_entries]
    gone_sections = [old_sections[uid][0] for uid in old_sections.keys() - kept_sections]
    if old_sections:  # an update, not a new issue: deletions go to the trash, returns leave it
        from . import trash

        returned = [s.uid for s in issue.sections if s.uid not in old_sections]
        returned += [e.uid for _s, e in issue.entries() if e.uid not in old_entries]
        if returned:
            trash.forget_returned_parts(conn, issue_id, returned)
        if (gone_entries or gone_sections) and keep_removed:
            trash.keep_removed_parts(conn, issue_id, gone_sections, gone_entries, now)
    for table, ids in (("entries", gone_entries), ("sections", gone_sections)):
        if ids:
            conn.execute(f"DELETE FROM {table} WHERE id IN ({', '.join('?' * len(ids))})", ids)
            changed = True
    return changed
