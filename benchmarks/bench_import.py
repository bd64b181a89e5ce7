"""Importing the sample bulletin 1,000 times into a fresh archive, next to bare sqlite3
inserting the same rows (same pragmas, one transaction per issue, no search index)."""
from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Article
from bulletin_desktop.core.richtext import to_markup
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.resources import sample_bulletin_path


def _bare_insert(path: Path, issue, count: int) -> float:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.executescript(
        "CREATE TABLE issues(id INTEGER PRIMARY KEY, series TEXT, number INT, date TEXT, office TEXT);"
        "CREATE TABLE sections(id INTEGER PRIMARY KEY, issue_id INT, position INT, title TEXT);"
        "CREATE TABLE entries(id INTEGER PRIMARY KEY, section_id INT, position INT, kind TEXT, body TEXT, text TEXT);"
    )
    started = time.perf_counter()
    for n in range(count):
        db.execute("BEGIN")
        issue_id = db.execute("INSERT INTO issues(series, number, date, office) VALUES (?,?,?,?)",
                              (issue.series, n + 1, issue.date.isoformat(), issue.office)).lastrowid
        for s_pos, section in enumerate(issue.sections):
            section_id = db.execute("INSERT INTO sections(issue_id, position, title) VALUES (?,?,?)",
                                    (issue_id, s_pos, section.title)).lastrowid
            for e_pos, entry in enumerate(section.entries):
                body = "\n".join(map(to_markup, entry.paragraphs)) if isinstance(entry, Article) else to_markup(entry.rich)
                db.execute("INSERT INTO entries(section_id, position, kind, body, text) VALUES (?,?,?,?,?)",
                           (section_id, e_pos, entry.kind, body, entry.text))
        db.execute("COMMIT")
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def run(report) -> None:
    count = 100 if report.quick else 1000
    text = sample_bulletin_path().read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        floor = _bare_insert(Path(tmp) / "bare.sqlite", read_text(text), count)
        with Archive.open(Path(tmp) / "archive.sqlite", auto_backup=False) as archive:
            started = time.perf_counter()
            for n in range(count):
                issue = read_text(text)
                issue.number = n + 1
                archive.add_issue(issue)
            ours = time.perf_counter() - started
        parsed = [read_text(text) for _ in range(count)]
        with Archive.open(Path(tmp) / "store-only.sqlite", auto_backup=False) as archive:
            started = time.perf_counter()
            for n, issue in enumerate(parsed):
                issue.number = n + 1
                archive.add_issue(issue)
            store_only = time.perf_counter() - started
    report.add("import sample (parse + store)", count / ours, "issues/s", count / floor,
               note=f"{count} imports; floor = bare sqlite3 inserts of the same rows", lower_is_better=False)
    report.add("store parsed sample (add_issue only)", count / store_only, "issues/s", count / floor,
               note="both search indexes maintained; the floor has none", lower_is_better=False)
