"""Full-text search over entries, for Chinese as much as for anything else.

Terms of three characters or more go to the trigram index (``entries_fts``); one- and
two-character terms, which the trigram tokenizer silently cannot find, go to the gram
index (``entries_grams``), whose tokens are each entry's distinct characters and adjacent
character pairs. A short term with punctuation in it ("，市") has no token of its own: its
letters narrow the candidates and a plain scan of those decides, the last resort. Several
terms must all occur (AND). Full-width and half-width digits and letters find each other
(52 finds 第５２期, ＡＰＰ finds APP), and a term typed in traditional characters finds them
in simplified (檢查 finds 检查, ``core/traditional.py``): each index is asked for a term as
typed, all half-width, all full-width and in simplified, and the text itself decides with
the widths and the characters folded. ``SearchFilters`` narrow by series, dates, section
title and unit. Hits come newest issue first, in reading order.

``grams`` must stay the function it is for a given file (its output for an entry is
recomputed to delete that entry's tokens); should it ever change, a migration rebuilds
``entries_grams`` from ``entries.text``.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3

from ..find import occurrences, width_forms
from ..traditional import simplified
from . import store
from .search_records import SearchChoices, SearchFilters, SearchHit

SNIPPET_WIDTH = 60
_TRIGRAM_MIN = 3


@functools.cache
def _term_pattern() -> re.Pattern[str]:
    """A term: quoted (its inside the group; an unclosed quote runs to the end), or as written.
    Built on first search, not when the window imports this module."""
    quoted = "|".join(rf"{re.escape(o)}([^{re.escape(c)}]*)(?:{re.escape(c)}(?!\S)|$)"
                      for o, c in ('""', "“”", "＂＂", "「」"))
    return re.compile(rf"(?<!\S)(?:{quoted})|(\S+)")


def split_terms(query: str) -> list[str]:
    """Whitespace (ASCII or full-width) separates terms; repeated terms count once. A term in
    quotes, as search engines take it (``"燃气 安全"``, ``“安全生产月”``), is what is inside
    them, spaces and all: a bulletin quotes with “”, so the quotes themselves would find
    only the places that quote it, and ASCII ones nothing. An opening quote not yet closed
    (the panel searches while the clerk types) runs to the end; a quote inside a term
    (``“安全生产月”宣传``) is part of it, as written."""
    terms = (next(g for g in m.groups() if g is not None).strip() for m in _term_pattern().finditer(query))
    return list(dict.fromkeys(term for term in terms if term))


def _can_occur(text: str) -> bool:
    """No stored text holds a NUL (it would end SQLite's quoted string early) or a lone
    surrogate (an argument's byte in another encoding, which SQLite cannot be given): a
    term or filter with one finds nothing, without asking SQLite."""
    return "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _forms(term: str) -> list[str]:
    """The ways a stored text may write ``term``: its widths (``width_forms``), and those of
    its simplified form."""
    return list(dict.fromkeys([*width_forms(term), *width_forms(simplified(term))]))


def _any_width(term: str) -> str:
    """A MATCH expression for ``term`` written in any of its forms (``_forms``)."""
    forms = [_fts_string(form) for form in _forms(term)]
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def _is_gram_term(term: str) -> bool:
    return all(ch.isalnum() for ch in term)


def _filter_conditions(filters: SearchFilters) -> tuple[list[str], list[object]]:
    """SQL conditions on ``i`` (issues), ``s`` (sections) and ``e`` (entries)."""
    where: list[str] = []
    params: list[object] = []
    if filters.series:
        where.append("i.series_id = (SELECT id FROM series WHERE name = ?)")
        params.append(filters.series)
    if filters.date_from is not None:
        where.append("i.date >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        where.append("i.date <= ?")
        params.append(filters.date_to.isoformat())
    if filters.section:
        where.append("s.title = ?")
        params.append(filters.section)
    if filters.unit:
        # as written, or any entry the unit directory counts for the unit of that name or alias
        # (临颍县 finds the entries that write 临颍县应急管理局, as the statistics count them)
        where.append("(e.unit = ? OR e.id IN (SELECT f.entry_id FROM unit_names n "
                     "JOIN entry_units f ON f.unit_id = n.unit_id WHERE n.name = ?))")
        params += [filters.unit, filters.unit]
    return where, params


class _Plan:
    """The conditions of one query: index lookups (table, MATCH expression), scans and filters."""

    def __init__(self, terms: list[str], filters: SearchFilters | None = None):
        self.filter_where, self.filter_params = _filter_conditions(filters or SearchFilters())
        long_terms = [t for t in terms if len(t) >= _TRIGRAM_MIN]
        short_terms = [t.lower() for t in terms if len(t) < _TRIGRAM_MIN and _is_gram_term(t)]
        self.scans = [t.lower() for t in terms if len(t) < _TRIGRAM_MIN and not _is_gram_term(t)]
        # a scanned term such as "，县" still narrows the candidates by its letters
        short_terms += [ch for term in self.scans for ch in term if ch.isalnum()]
        short_terms = list(dict.fromkeys(short_terms))
        self.lookups: list[tuple[str, str]] = []
        if long_terms:
            self.lookups.append(("entries_fts", " AND ".join(map(_any_width, long_terms))))
        if short_terms:
            self.lookups.append(("entries_grams", " AND ".join(map(_any_width, short_terms))))

    def filters(self, skip: int | None = None) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        for index, (table, expr) in enumerate(self.lookups):
            if index != skip:
                where.append(f"e.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
                params.append(expr)
        for term in self.scans:
            forms = _forms(term)
            where.append("(" + " OR ".join(["instr(lower(e.text), ?) > 0"] * len(forms)) + ")")
            params += forms
        return where + self.filter_where, params + self.filter_params


def make_snippet(text: str, terms: list[str], width: int = SNIPPET_WIDTH) -> tuple[str, int, int] | None:
    """About ``width`` characters around the earliest match of any term, with the match's
    offsets inside the snippet; None when some term does not occur at all."""
    first: tuple[int, int] | None = None
    for term in terms:
        found = next(occurrences(text, term, widths=True), None)
        if found is None:
            return None
        if first is None or found[0] < first[0]:
            first = found
    assert first is not None
    start, end = first
    # a little context before the match, the rest after it, as a reader scans
    lead = max(8, (width - (end - start)) // 3)
    left = max(0, start - lead)
    right = min(len(text), max(end, left + width))
    left = max(0, min(left, right - width))
    snippet = text[left:right].replace("\r", " ").replace("\n", " ")
    match_start, match_end = start - left, end - left
    if left > 0:
        snippet = "…" + snippet
        match_start += 1
        match_end += 1
    if right < len(text):
        snippet += "…"
    return snippet, match_start, match_end


def highlight_spans(snippet: str, terms: list[str]) -> tuple[tuple[int, int], ...]:
    """Every occurrence of every term in ``snippet``, merged where they overlap, in order."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        spans += occurrences(snippet, term, widths=True)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


_ORDER = "ORDER BY i.date DESC, i.number DESC, i.id DESC, s.position, e.position"
# Below this many candidates from the most selective index, reading them and sorting is
# cheapest; above it, walking entries newest first stops after the first page of hits.
FEW_CANDIDATES = 2000


def _ordered_ids_sql(conn: sqlite3.Connection, plan: _Plan) -> tuple[str, list[object]]:
    """SQL (with LIMIT/OFFSET left as the last two parameters) for the ids of matching
    entries, newest issue first. The join order is fixed with CROSS JOIN on purpose."""
    counts = [  # counting stops at the threshold: a frequent term costs no more than a rare one
        conn.execute(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?)",
                   (expr, FEW_CANDIDATES + 1)).fetchone()[0]
        for table, expr in plan.lookups
    ]
    if counts and min(counts) <= FEW_CANDIDATES:
        driver = counts.index(min(counts))
        table, expr = plan.lookups[driver]
        where, params = plan.filters(skip=driver)
        sql = f"""
            SELECT e.id FROM (SELECT rowid AS id FROM {table} WHERE {table} MATCH ?) m
            CROSS JOIN entries e CROSS JOIN issues i CROSS JOIN sections s
            WHERE e.id = m.id AND i.id = e.issue_id AND s.id = e.section_id
            {"".join(" AND " + w for w in where)}
            {_ORDER} LIMIT ? OFFSET ?
        """
        return sql, [expr, *params]
    where, params = plan.filters()
    sql = f"""
        SELECT e.id FROM issues i CROSS JOIN sections s CROSS JOIN entries e
        WHERE s.issue_id = i.id AND e.section_id = s.id
        {"".join(" AND " + w for w in where)}
        {_ORDER} LIMIT ? OFFSET ?
    """
    return sql, params


def search(conn: sqlite3.Connection, query: str, limit: int = 50,
           filters: SearchFilters | None = None) -> list[SearchHit]:
    terms = split_terms(query)
    if not terms or limit <= 0:
        return []
    asked = [*terms, *(value for value in (filters.series, filters.section, filters.unit) if value)] if filters else terms
    if not all(map(_can_occur, asked)):
        return []
    sql, params = _ordered_ids_sql(conn, _Plan(terms, filters))
    hits: list[SearchHit] = []
    offset = 0
    while len(hits) < limit:
        page = limit - len(hits)
        ids = [row[0] for row in conn.execute(sql, [*params, page, offset]).fetchall()]
        if not ids:
            break
        offset += len(ids)
        rows = conn.execute(f"""
            SELECT e.id, e.uid, e.kind, e.text, s.title, i.id, sr.name, i.number, i.date, {store.YEAR_NUMBER_COLUMNS}
            FROM entries e JOIN sections s ON s.id = e.section_id
            JOIN issues i ON i.id = e.issue_id JOIN series sr ON sr.id = i.series_id
            WHERE e.id IN ({",".join("?" * len(ids))})
        """, ids).fetchall()
        by_id = {row[0]: row for row in rows}
        for entry_id in ids:
            _, uid, kind, text, section, issue_id, series, number, date, *year = by_id[entry_id]
            # The indexes find candidates; the text itself decides, and gives the snippet.
            found = make_snippet(text, terms)
            if found is None:
                continue
            snippet, match_start, match_end = found
            hits.append(SearchHit(issue_id, series, number, dt.date.fromisoformat(date), section, uid, kind,
                                  snippet, match_start, match_end, highlight_spans(snippet, terms),
                                  store.year_number_of(*year)))
        if len(ids) < page:
            break
    return hits


def choices(conn: sqlite3.Connection) -> SearchChoices:
    series = [row[0] for row in conn.execute("SELECT name FROM series ORDER BY id")]
    years = [int(row[0]) for row in conn.execute(
        "SELECT DISTINCT substr(date, 1, 4) FROM issues ORDER BY 1 DESC")]
    sections = [row[0] for row in conn.execute(
        "SELECT title FROM sections GROUP BY title ORDER BY count(*) DESC, title")]
    # the directory's names of the units entries count for, and each unit as written
    units = [row[0] for row in conn.execute("""
        SELECT name FROM (
            SELECT u.name AS name, count(*) AS used FROM entry_units f JOIN units u ON u.id = f.unit_id GROUP BY u.id
            UNION ALL
            SELECT unit, count(*) FROM entries WHERE unit != '' GROUP BY unit)
        GROUP BY name ORDER BY max(used) DESC, name""")]
    return SearchChoices(series, years, sections, units)
