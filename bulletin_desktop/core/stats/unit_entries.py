"""The adopted entries one row of the statistics counts: which entries make a unit's 采用
figure, in which issue and section, for the clerk asked "how many of 临颍县's pieces were
adopted this year, and where" (the window's table row opened, stats --unit). Counted as
compute_stats counts them: the entry's own unit (its submission's, the archive's match, its
bold unit as written for a unit not registered), and the entries it reported with others."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..archive import Archive
from ..archive.store import YEAR_NUMBER_COLUMNS, year_number_of
from ..model import number_line
from .joint import co_sender_credits, joined_bold_units, joint_credits
from .periods import check_range
from .query import ENTRY_LIST_FROM, ENTRY_LIST_ORDER, RAW_UNIT, UNIT_KEY, series_condition
from .report import INCLUDE

_SQL = f"""
SELECT i.id, sr.name, i.number, {YEAR_NUMBER_COLUMNS}, i.date, sc.title, e.uid, e.text, f.article,
       f.submission_id, {UNIT_KEY}, {RAW_UNIT}
{ENTRY_LIST_FROM}
WHERE i.date BETWEEN ? AND ? {{series}}
{ENTRY_LIST_ORDER}
"""


@dataclass(frozen=True)
class AdoptedEntry:
    issue_id: int
    series: str
    number: int
    number_line: str  # the 期号 as the issue's masthead prints it (2026年第6期（总第60期）)
    date: str  # the issue's, ISO
    section: str
    uid: str
    text: str
    article: bool
    submission_id: int | None  # the submission it was adopted from; None: imported or typed in
    joint: bool  # reported by several units together, this one among them (each counts it)

    def to_dict(self) -> dict:
        return {"issue_id": self.issue_id, "series": self.series, "number": self.number,
                "number_line": self.number_line, "date": self.date, "section": self.section, "uid": self.uid,
                "text": self.text, "article": self.article, "submission_id": self.submission_id, "joint": self.joint}


def adopted_entries(archive: Archive, date_from: dt.date, date_to: dt.date, unit_id: int | None, raw: str = "",
                    series: str | None = None, special: str = INCLUDE) -> list[AdoptedEntry]:
    """The entries of the issues dated in the range (of one series; the 专刊 as ``special``
    says) that the statistics count for the unit ``unit_id`` (or, None, for the bold unit
    ``raw`` no registered unit stands for: a 未登记 row), in reading order; as many as its
    row's 采用."""
    check_range(date_from, date_to)
    span = (date_from.isoformat(), date_to.isoformat())
    with archive.reading() as conn:
        series_sql, params = series_condition(conn, series, span, special)
        rows = conn.execute(_SQL.format(series=series_sql), params).fetchall()
        credits = joint_credits(conn, series_sql, params)
        credits += co_sender_credits(conn, series_sql, params, credits)
        together = {credit.entry_uid for credit in credits}  # (each also counted for the unit it names first)
        credited = {credit.entry_uid for credit in credits if unit_id is not None and credit.unit_id == unit_id}
        joined = joined_bold_units(conn, {row[-1] for row in rows if row[-1]})
    found: list[AdoptedEntry] = []
    for issue_id, name, number, *year, date, section, uid, text, article, submission, key, bold in rows:
        # (a bold run of several units' names is counted for the first of them, as compute_stats does)
        counted = key if key is not None else joined.get(bold)
        own = counted == unit_id if unit_id is not None else counted is None and bold == raw
        if own or uid in credited:
            found.append(AdoptedEntry(issue_id, name, number, number_line(number, year_number_of(*year)), date,
                                      section, uid, text, bool(article), submission, uid in together))
    return found
