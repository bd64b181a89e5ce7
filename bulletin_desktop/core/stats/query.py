"""Computing a StatsReport with a few GROUP BY queries over the archive.

Entries count in the range by their issue's date, submissions by the date received.
An entry several units reported together (市住建局、市应急管理局联合……) counts for each
of them (stats.joint), and once in the totals.
An entry adopted from a submission counts for the submission's unit; any other entry
(in an imported past issue, or typed into the issue in the window) for the unit the archive matched from its bold unit
or first words, else for its bold unit as written (marked 未登记), else it is only
counted as unattributed. ``series`` limits the entries; the inbox has no series.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict

from ..archive import Archive, IssueSummary
from ..inbox.submissions import ADOPTED_SQL
from ..model import format_cn_date
from .joint import JointCredit, co_sender_credits, joined_bold_units, joint_credits
from .periods import StatsRangeError, check_range, months_of
from .report import INCLUDE, SPECIAL_SQL, UNREGISTERED, CategoryStats, MonthStats, StatsReport, UnitStats

UNIT_KEY = "coalesce(s.unit_id, f.unit_id)"
RAW_UNIT = "CASE WHEN s.unit_id IS NULL AND f.unit_id IS NULL THEN f.raw_unit ELSE '' END"
# An entry (f, its submission s) counted for no unit: no unit to key it and no bold unit as
# written; the report counts these as unattributed, stats.unattributed lists them.
UNATTRIBUTED = f"{UNIT_KEY} IS NULL AND {RAW_UNIT} = ''"

# The adopted entries each with its issue, bulletin, section and submission, in the order they
# print: what the lists of entries behind the statistics (a unit's, the unattributed) read.
ENTRY_LIST_FROM = """FROM issues i
JOIN series sr ON sr.id = i.series_id
JOIN entry_units f ON f.of_issue = i.id
JOIN entries e ON e.id = f.entry_id
JOIN sections sc ON sc.id = e.section_id
LEFT JOIN submissions s ON s.id = f.submission_id"""
ENTRY_LIST_ORDER = "ORDER BY i.date, i.id, sc.position, e.position"

_ENTRY_SQL = f"""
SELECT {UNIT_KEY}, {RAW_UNIT}, count(*), sum(f.article), sum(f.submission_id IS NULL),
       sum(i.special_name IS NOT NULL)
FROM issues i
JOIN entry_units f ON f.of_issue = i.id
LEFT JOIN submissions s ON s.id = f.submission_id
WHERE i.date BETWEEN ? AND ? {{series}}
GROUP BY 1, 2
"""

_SECTION_SQL = f"""
SELECT {UNIT_KEY}, {RAW_UNIT}, sc.title, substr(i.date, 1, 7), count(*)
FROM issues i
JOIN entry_units f ON f.of_issue = i.id
JOIN entries e ON e.id = f.entry_id
JOIN sections sc ON sc.id = e.section_id
LEFT JOIN submissions s ON s.id = f.submission_id
WHERE i.date BETWEEN ? AND ? {{series}}
GROUP BY 1, 2, 3, 4
ORDER BY min(i.date), min(sc.position)
"""

_ENTRY_MONTH_SQL = """
SELECT substr(i.date, 1, 7), count(*), sum(f.submission_id IS NULL)
FROM issues i JOIN entry_units f ON f.of_issue = i.id
WHERE i.date BETWEEN ? AND ? {series}
GROUP BY 1
"""

# Bonus flags are few: read from them outwards (CROSS JOIN keeps that order).
_FLAG_SQL = f"""
SELECT {UNIT_KEY}, {RAW_UNIT}, sum(sc.points)
FROM entry_flags fl
CROSS JOIN scoring sc ON sc.key = 'flag:' || fl.flag
CROSS JOIN entry_units f ON f.uid = fl.entry_uid
CROSS JOIN issues i ON i.id = f.of_issue
LEFT JOIN submissions s ON s.id = f.submission_id
WHERE i.date BETWEEN ? AND ? {{series}}
GROUP BY 1, 2
"""

# A submission counts as adopted ({series} empty); for one series, or the 专刊 left out or
# alone, when an entry of the issues counted holds it ({series}: " AND " + _IN_ISSUES with the
# issues' condition). The inbox is the office's, not a series', so every submission of the
# range is counted as submitted (the lead says so).
_IN_ISSUES = """EXISTS (
    SELECT 1 FROM adoptions a JOIN entries e ON e.uid = a.entry_uid JOIN issues i ON i.id = e.issue_id
    WHERE a.submission_id = s.id {issues})"""
_SUBMISSION_SQL = f"""
SELECT s.unit_id, count(*), sum({ADOPTED_SQL}{{series}}), substr(s.received, 1, 7) FROM submissions s
INDEXED BY submissions_by_unit
WHERE s.received BETWEEN ? AND ? GROUP BY s.unit_id, 4
"""
_SUBMISSION_MONTH_SQL = f"""
SELECT substr(s.received, 1, 7), count(*), sum({ADOPTED_SQL}{{series}}) FROM submissions s
INDEXED BY submissions_by_received
WHERE s.received BETWEEN ? AND ? GROUP BY 1
"""
# A submission several units sent together (inbox.joint_senders) counts for each co-sender too.
_CO_SENDER_SUBMISSION_SQL = f"""
SELECT j.submission_id, j.unit_id, s.unit_id, {ADOPTED_SQL}{{series}}, substr(s.received, 1, 7) FROM submission_units j
JOIN submissions s ON s.id = j.submission_id
WHERE s.received BETWEEN ? AND ? AND s.unit_id IS NOT NULL
"""


def _rank(rows: list[UnitStats]) -> list[UnitStats]:
    rows.sort(key=lambda r: (-r.points, -r.adopted, -r.submitted, r.unit_id is None, r.sort_order, r.name))
    previous, rank = None, 0
    for position, row in enumerate(rows, 1):
        key = (row.points, row.adopted)
        if key != previous:
            rank, previous = position, key
        row.rank = rank
    return rows


def _flag_points(conn: sqlite3.Connection, uids: set[str]) -> dict[str, float]:
    """The bonus points each of these entries carries."""
    if not uids:
        return {}
    marks = ",".join("?" * len(uids))
    return dict(conn.execute(
        f"SELECT fl.entry_uid, sum(sc.points) FROM entry_flags fl JOIN scoring sc ON sc.key = 'flag:' || fl.flag "
        f"WHERE fl.entry_uid IN ({marks}) GROUP BY 1", tuple(uids)))


def section_label(title: str) -> str:
    """A section's title as a table's column names it; the untitled section before the first
    heading gets a name."""
    return title.strip() or "（未分栏目）"


def series_condition(conn: sqlite3.Connection, series: str | None, span: tuple[str, str],
                     special: str = INCLUDE) -> tuple[str, tuple]:
    """The SQL that keeps the issues ``i`` of one series (none: every series), with their
    专刊 (special issues) counted as ``special`` says, and the parameters with it after the
    date span."""
    kept = SPECIAL_SQL[special]
    if not series:
        return kept, span
    row = conn.execute("SELECT id FROM series WHERE name = ?", (series,)).fetchone()
    if row is None:
        raise StatsRangeError(f"档案库中没有刊物《{series}》。")
    return "AND i.series_id = ?" + (" " + kept if kept else ""), (*span, row[0])


def compute_stats(archive: Archive, date_from: dt.date, date_to: dt.date, series: str | None = None,
                  special: str = INCLUDE) -> StatsReport:
    """The figures of the range; ``special``: the entries of 专刊 counted with the others
    (INCLUDE, as ever: the 其中专刊 column says how many), left out (EXCLUDE) or alone (ONLY)."""
    check_range(date_from, date_to)
    span = (date_from.isoformat(), date_to.isoformat())
    with archive.reading() as conn:
        scoring = {k: float(p) for k, p in conn.execute("SELECT key, points FROM scoring")}
        series_sql, params = series_condition(conn, series, span, special)
        entry_rows = conn.execute(_ENTRY_SQL.format(series=series_sql), params).fetchall()
        entry_months = conn.execute(_ENTRY_MONTH_SQL.format(series=series_sql), params).fetchall()
        flag_rows = conn.execute(_FLAG_SQL.format(series=series_sql), params).fetchall()
        section_rows = conn.execute(_SECTION_SQL.format(series=series_sql), params).fetchall()
        joint = joint_credits(conn, series_sql, params)
        joint += co_sender_credits(conn, series_sql, params, joint)
        joint_flags = _flag_points(conn, {credit.entry_uid for credit in joint})
        # (of one series, or with the 专刊 left out or alone: adopted into the issues counted)
        in_series, series_param = (f" AND {_IN_ISSUES.format(issues=series_sql)}", params[2:]) if series_sql else ("", ())
        submission_rows, submission_months, co_senders = (
            conn.execute(sql.format(series=in_series), (*series_param, *span)).fetchall()
            for sql in (_SUBMISSION_SQL, _SUBMISSION_MONTH_SQL, _CO_SENDER_SUBMISSION_SQL))
        units = conn.execute("SELECT id, name, category, active, sort_order FROM units").fetchall()
        offices = _office_units(conn, series)
        joined = joined_bold_units(conn, {raw for rows in (entry_rows, flag_rows, section_rows) for _u, raw, *_ in rows})

    per_item, per_article, per_special = (scoring.get(k, 0.0) for k in ("item", "article", "special"))
    by_unit: dict[object, UnitStats] = {}
    for unit_id, name, category, active, sort_order in units:
        if active:
            by_unit[unit_id] = UnitStats(name, category, unit_id, sort_order)
    months: dict[str, MonthStats] = defaultdict(lambda: MonthStats(""))
    for key in months_of(date_from, date_to):  # a month with nothing is a row of noughts, not a gap
        months[key] = MonthStats(key)
    unattributed = 0
    unit_info = {u[0]: u for u in units}

    def row_for(unit_id, raw: str) -> UnitStats:
        unit_id = joined.get(raw) if unit_id is None else unit_id
        key = unit_id if unit_id is not None else ("raw", raw)
        if key not in by_unit:
            if unit_id is not None:
                _, name, category, _, sort_order = unit_info[unit_id]
                by_unit[key] = UnitStats(name, category, unit_id, sort_order)
            else:
                by_unit[key] = UnitStats(raw, UNREGISTERED)
        return by_unit[key]

    for month, count, direct in entry_months:
        months[month].adopted += count
        months[month].direct += direct
    for month, count, adopted in submission_months:
        months[month].submitted += count
        months[month].adopted_submissions += adopted
    for unit_id, raw, count, articles, direct, in_special in entry_rows:
        if unit_id is None and not raw:
            unattributed += count
            continue
        row = row_for(unit_id, raw)
        row.adopted += count
        row.articles += articles
        row.special += in_special
        row.direct += direct
        row.points += (count - articles) * per_item + articles * per_article + in_special * per_special
    for unit_id, raw, flag_points in flag_rows:
        if unit_id is not None or raw:
            row_for(unit_id, raw).points += flag_points
    sections: dict[str, None] = {}
    for unit_id, raw, title, month, count in section_rows:
        title = section_label(title)
        sections[title] = None
        if unit_id is not None or raw:
            row = row_for(unit_id, raw)
            row.by_section[title] = row.by_section.get(title, 0) + count
            row.by_month[month] = row.by_month.get(month, 0) + count
    for credit in joint:
        row = row_for(credit.unit_id, "")
        row.adopted += 1
        row.articles += credit.article
        row.special += credit.special
        title = section_label(credit.section)
        row.by_section[title] = row.by_section.get(title, 0) + 1
        row.by_month[credit.month] = row.by_month.get(credit.month, 0) + 1
        row.direct += not credit.adopted  # one adopted from a joint submission came through the inbox
        row.points += (per_article if credit.article else per_item) + credit.special * per_special
        row.points += joint_flags.get(credit.entry_uid, 0.0)
    without_unit = 0
    for unit_id, count, adopted, month in submission_rows:
        if unit_id is None:
            without_unit += count
            continue
        row = row_for(unit_id, "")
        row.submitted += count
        row.adopted_submissions += adopted
        row.submitted_by_month[month] = row.submitted_by_month.get(month, 0) + count
    for _sid, unit_id, _primary, adopted, month in co_senders:
        row = row_for(unit_id, "")
        row.submitted += 1
        row.adopted_submissions += adopted
        row.submitted_by_month[month] = row.submitted_by_month.get(month, 0) + 1

    rows = _rank(list(by_unit.values()))
    categories: dict[str, CategoryStats] = {}
    total = UnitStats("合计", "")
    for row in rows:
        category = categories.setdefault(row.category, CategoryStats(row.category, row.category))
        category.add(row)
        category.units += 1
        total.add(row)
    # an entry credited to several units is one entry the bulletin adopted (their points all
    # count): once in the totals, and once in a category however many of its units reported it
    seen: dict[str, set[str]] = {}  # per entry, the categories it is counted in already
    for credit in joint:
        _count_once(total, credit)
        counted = seen.setdefault(credit.entry_uid, {row_for(credit.counted_for, "").category})
        category = row_for(credit.unit_id, "").category
        if category in counted:
            _count_once(categories[category], credit)
        counted.add(category)
    # a submission several units sent: once in the totals and once in a category, as above
    sent: dict[int, set[str]] = {}  # per submission, the categories it is counted in already
    for sid, unit_id, primary, adopted, month in co_senders:
        total.submitted -= 1
        total.adopted_submissions -= adopted
        total.submitted_by_month[month] -= 1
        counted = sent.setdefault(sid, {row_for(primary, "").category})
        category = row_for(unit_id, "").category
        if category in counted:
            categories[category].submitted -= 1
            categories[category].adopted_submissions -= adopted
            categories[category].submitted_by_month[month] -= 1
        counted.add(category)
    for key, month in months.items():
        month.month = key
    return StatsReport(date_from, date_to, series, rows, list(categories.values()),
                       [months[k] for k in sorted(months)], total, unattributed, scoring, without_unit, list(sections),
                       joint_entries=len({credit.entry_uid for credit in joint}),
                       joint_submissions=len({row[0] for row in co_senders}), special=special, offices=offices)


def _office_units(conn: sqlite3.Connection, series: str | None) -> frozenset[int]:
    """The registered units that issue the bulletins counted (南阳市应急管理局, registered as
    市应急管理局): the office sends no pieces to itself, so it is never among those that sent nothing."""
    from ..units.registry import known_unit

    offices = [office for (office,) in conn.execute(
        "SELECT office FROM series sr WHERE office != ''" + (" AND sr.name = ?" if series else "")
        + " UNION SELECT i.office FROM issues i JOIN series sr ON sr.id = i.series_id WHERE i.office != ''"
        + (" AND sr.name = ?" if series else ""), (series, series) if series else ())]
    return frozenset(unit.id for office in offices if (unit := known_unit(conn, office)) is not None)


def _count_once(summed: UnitStats, credit: JointCredit) -> None:
    """Take back from a sum of units' rows the second count of a jointly reported entry."""
    title = section_label(credit.section)
    summed.adopted -= 1
    summed.direct -= not credit.adopted
    summed.articles -= credit.article
    summed.special -= credit.special
    summed.by_section[title] -= 1
    summed.by_month[credit.month] -= 1


def office_of(archive: Archive, series: str | None) -> str:
    """The office a 通报 or a table of the statistics is made by: the bulletin's, or, of every
    bulletin, the first's."""
    known = [archive.get_series(series)] if series else archive.list_series()
    return known[0].office if known and known[0] is not None else ""


def newest_outside(archive: Archive, report: StatsReport) -> IssueSummary | None:
    """For a period in which nothing was submitted or adopted: the newest issue in the archive
    (of the chosen series), so that an empty table is not taken for a fault when the archive's
    issues are all from earlier years; None otherwise, or in an archive without issues."""
    if report.total.submitted or report.total.adopted or report.unattributed or report.without_unit:
        return None
    issues = [s for s in archive.list_issues() if report.series in (None, s.series)]
    return max(issues, key=lambda s: (s.date, s.number)) if issues else None


def empty_period_note(newest: IssueSummary) -> str:
    return (f"所选期间内没有报送或采用的信息。档案库中最近的一期是{format_cn_date(newest.date)}的"
            f"{newest.series}{newest.number_line()}。")
