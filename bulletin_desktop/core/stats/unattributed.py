"""The adopted entries the statistics give to no unit: which they are, and the unit each
seems to come from, so that the clerk can register that unit (its entries then count)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..archive import Archive
from ..archive.store import YEAR_NUMBER_COLUMNS, year_number_of
from ..model import number_line
from ..units.detect import unit_named_at_start
from .periods import check_range
from .query import ENTRY_LIST_FROM, ENTRY_LIST_ORDER, UNATTRIBUTED, series_condition
from .report import INCLUDE

# Counted for no unit (query.UNATTRIBUTED): no submission's unit, no registered name, no
# bold unit (those are listed as 未登记 in the statistics themselves).
_SQL = f"""
SELECT i.id, sr.name, i.number, {YEAR_NUMBER_COLUMNS}, i.date, sc.title, e.uid, e.text, e.lead
{ENTRY_LIST_FROM}
WHERE i.date BETWEEN ? AND ? {{series}} AND {UNATTRIBUTED}
{ENTRY_LIST_ORDER}
"""


@dataclass(frozen=True)
class UnattributedEntry:
    issue_id: int
    series: str
    number: int
    number_line: str  # the 期号 as the issue's masthead prints it (2026年第6期（总第60期）)
    date: str  # the issue's, ISO
    section: str
    uid: str
    text: str
    suggestion: str  # the unit it seems to come from (its signature, its opening), or ""

    def to_dict(self) -> dict:
        return {"issue_id": self.issue_id, "series": self.series, "number": self.number,
                "number_line": self.number_line, "date": self.date,
                "section": self.section, "uid": self.uid, "text": self.text, "suggestion": self.suggestion}


def unattributed_entries(archive: Archive, date_from: dt.date, date_to: dt.date,
                         series: str | None = None, special: str = INCLUDE) -> list[UnattributedEntry]:
    """The entries of the issues dated in the range (of one series; the 专刊 counted as
    ``special`` says, as compute_stats counts them) counted for no unit, in
    reading order; the suggestion comes from where the archive looks for a unit (the entry's
    ``lead``: its signature, else its start after a numbering or a time phrase)."""
    check_range(date_from, date_to)
    span = (date_from.isoformat(), date_to.isoformat())
    with archive.reading() as conn:
        series_sql, params = series_condition(conn, series, span, special)
        rows = conn.execute(_SQL.format(series=series_sql), params).fetchall()
    return [UnattributedEntry(issue_id, name, number, number_line(number, year_number_of(*year)), date, section, uid,
                              text, unit_named_at_start(lead))
            for issue_id, name, number, *year, date, section, uid, text, lead in rows]
