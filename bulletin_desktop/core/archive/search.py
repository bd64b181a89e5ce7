"""Full-text search over entries, for Chinese as much as for anything else.

Terms of three characters or more go to the trigram index (``entries_fts``); one- and
two-character terms, which the trigram tokenizer silently cannot find, go to the gram
index (``entries_grams``), whose tokens are each entry's distinct characters and adjacent
character pairs. A short term with punctuation in it has no tokens in either index and is
looked for with a plain scan, the last resort. Several terms must all occur (AND).
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from typing import TYPE_CHECKING

from .records import SearchHit

if TYPE_CHECKING:
    from sqlite_utils import Database

GRAMS_FUNCTION = "bulletin_grams"
SNIPPET_WIDTH = 60
_TRIGRAM_MIN = 3


def grams(text: str) -> str:
    """The gram-index tokens of ``text``: its distinct letters/digits, then its distinct
    adjacent pairs of them, space-separated. Deterministic: the index deletes an entry's
    tokens by recomputing them, so the same text must always give the same string."""
    lowered = text.lower()
    singles: dict[str, None] = {}
    pairs: dict[str, None] = {}
    previous = ""
    for ch in lowered:
        if ch.isalnum():
            singles[ch] = None
            if previous:
                pairs[previous + ch] = None
            previous = ch
        else:
            previous = ""
    return " ".join([*singles, *pairs])


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function(GRAMS_FUNCTION, 1, lambda text: grams(text or ""), deterministic=True)


def split_terms(query: str) -> list[str]:
    """Whitespace (ASCII or full-width) separates terms; repeated terms count once."""
    return list(dict.fromkeys(query.split()))


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _is_gram_term(term: str) -> bool:
    return all(ch.isalnum() for ch in term)


def _conditions(terms: list[str]) -> tuple[list[str], list[object]]:
    long_terms = [t for t in terms if len(t) >= _TRIGRAM_MIN]
    short_terms = [t.lower() for t in terms if len(t) < _TRIGRAM_MIN and _is_gram_term(t)]
    scan_terms = [t.lower() for t in terms if len(t) < _TRIGRAM_MIN and not _is_gram_term(t)]
    where: list[str] = []
    params: list[object] = []
    if long_terms:
        where.append("e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
        params.append(" AND ".join(map(_fts_string, long_terms)))
    if short_terms:
        where.append("e.id IN (SELECT rowid FROM entries_grams WHERE entries_grams MATCH ?)")
        params.append(" AND ".join(map(_fts_string, short_terms)))
    for term in scan_terms:
        where.append("instr(lower(e.text), ?) > 0")
        params.append(term)
    return where, params


def make_snippet(text: str, terms: list[str], width: int = SNIPPET_WIDTH) -> tuple[str, int, int] | None:
    """About ``width`` characters around the earliest match of any term, with the match's
    offsets inside the snippet; None when some term does not occur at all."""
    first: re.Match[str] | None = None
    for term in terms:
        found = re.search(re.escape(term), text, re.IGNORECASE)
        if found is None:
            return None
        if first is None or found.start() < first.start():
            first = found
    assert first is not None
    start, end = first.span()
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


_ORDER = "i.date DESC, i.number DESC, i.id DESC, s.position, e.position"


def search(db: "Database", query: str, limit: int = 50) -> list[SearchHit]:
    terms = split_terms(query)
    if not terms or limit <= 0:
        return []
    where, params = _conditions(terms)
    # The ordering is done on narrow rows; the entries' text is read only for the hits shown.
    sql = f"""
        SELECT e.id FROM entries e
        JOIN issues i ON i.id = e.issue_id
        JOIN sections s ON s.id = e.section_id
        WHERE {" AND ".join(where)}
        ORDER BY {_ORDER}
        LIMIT ? OFFSET ?
    """
    hits: list[SearchHit] = []
    offset = 0
    page = limit
    while len(hits) < limit:
        ids = [row[0] for row in db.execute(sql, [*params, page, offset]).fetchall()]
        if not ids:
            break
        offset += len(ids)
        marks = ",".join("?" * len(ids))
        rows = db.execute(f"""
            SELECT e.id, e.uid, e.kind, e.text, s.title, i.id, sr.name, i.number, i.date
            FROM entries e JOIN sections s ON s.id = e.section_id
            JOIN issues i ON i.id = e.issue_id JOIN series sr ON sr.id = i.series_id
            WHERE e.id IN ({marks})
        """, ids).fetchall()
        by_id = {row[0]: row for row in rows}
        for entry_id in ids:
            _, uid, kind, text, section, issue_id, series, number, date = by_id[entry_id]
            # The indexes find candidates; the text itself decides (and gives the snippet).
            snip = make_snippet(text, terms)
            if snip is None:
                continue
            snippet, match_start, match_end = snip
            hits.append(SearchHit(issue_id, series, number, dt.date.fromisoformat(date), section, uid, kind,
                                  snippet, match_start, match_end))
            if len(hits) == limit:
                break
        if len(ids) < page:
            break
    return hits
