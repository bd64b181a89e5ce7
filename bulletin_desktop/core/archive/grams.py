"""The tokens of the index that finds one- and two-character terms (entries_grams): the
SQL function every connection registers, since the index's triggers call it on each write.
Kept apart from the search (search.py), which loads only when the clerk searches."""
from __future__ import annotations

import sqlite3

GRAMS_FUNCTION = "bulletin_grams"


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
