"""The archive's tables and the ordered list of migrations that builds them.

``PRAGMA user_version`` records how many migrations a file has had. Each migration runs in
one transaction together with the version bump, so a file is always at a whole version.
A migration is never edited once released: a change to the schema is a new migration
appended to ``MIGRATIONS``.

Room to grow without rewriting: entries have a stable ``id`` and a ``uid`` (proofreading
marks and adopted submissions can refer to either), keep their reporting ``unit`` as a
column of its own (per-unit statistics), and the body is stored as markup so a Word
importer only has to produce model objects. New features add tables or columns.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from .grams import GRAMS_FUNCTION
from .unit_merges_table import unit_merges_table

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Migration:
    """One step of the archive's schema, applied once, in order."""
    version: int
    description: str
    apply: Callable[["Database"], None]


def _core_tables(db: "Database") -> None:
    # Lists that belong to an issue as a whole (sign-off names, distribution lines) are JSON
    # columns: they are always read and written with their issue and never searched alone.
    db.executescript("""
        CREATE TABLE series (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            office TEXT NOT NULL DEFAULT '',
            default_sections TEXT NOT NULL DEFAULT '[]',
            signoff TEXT NOT NULL DEFAULT '{}',
            distribution TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            series_id INTEGER NOT NULL REFERENCES series(id),
            number INTEGER NOT NULL,
            special_name TEXT,
            special_number INTEGER,
            date TEXT NOT NULL,
            office TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            signoff TEXT NOT NULL DEFAULT '{}',
            distribution TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (series_id, number)
        );
        -- Read backwards, this index with sections_in_issue and entries_in_section lists
        -- every entry newest issue first, in reading order, without sorting: search walks it.
        CREATE INDEX issues_by_date ON issues (date, number);
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            UNIQUE (issue_id, uid)
        );
        CREATE INDEX sections_in_issue ON sections (issue_id, position);
        -- body: an item's text after its date and unit, as markup; an article's paragraphs
        -- as a JSON array of markup. text: the entry as read, for search and snippets.
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (issue_id, uid)
        );
        CREATE INDEX entries_in_section ON entries (section_id, position);
        CREATE INDEX entries_by_unit ON entries (unit);

        -- Search for terms of three characters and more. External content: the text is
        -- stored once, in entries; the triggers keep the index in step with it.
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            text, content='entries', content_rowid='id', tokenize='trigram'
        );
        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF text ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO entries_fts (rowid, text) VALUES (new.id, new.text);
        END;
    """)


def _short_term_index(db: "Database") -> None:
    # The trigram index cannot answer one- and two-character terms, which are common in
    # Chinese (区, 安全). This index holds each entry's distinct characters and distinct
    # adjacent pairs as tokens; a short term is then a single-token lookup. Positions are
    # not needed for that (detail=none) and the token text need not be stored (content='').
    # The grams come from a function the archive registers on its writable connections.
    db.executescript(f"""
        CREATE VIRTUAL TABLE entries_grams USING fts5(
            grams, content='', detail=none, tokenize='unicode61 remove_diacritics 0'
        );
        CREATE TRIGGER entries_grams_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_grams (rowid, grams) VALUES (new.id, {GRAMS_FUNCTION}(new.text));
        END;
        CREATE TRIGGER entries_grams_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_grams (entries_grams, rowid, grams)
            VALUES ('delete', old.id, {GRAMS_FUNCTION}(old.text));
        END;
        CREATE TRIGGER entries_grams_update AFTER UPDATE OF text ON entries BEGIN
            INSERT INTO entries_grams (entries_grams, rowid, grams)
            VALUES ('delete', old.id, {GRAMS_FUNCTION}(old.text));
            INSERT INTO entries_grams (rowid, grams) VALUES (new.id, {GRAMS_FUNCTION}(new.text));
        END;
        INSERT INTO entries_grams (rowid, grams) SELECT id, {GRAMS_FUNCTION}(text) FROM entries;
    """)


def _proofreading_tables(db: "Database") -> None:
    # The clerk's proofreading memory: own term list (规范提法/禁用词), what to ignore everywhere,
    # answers about unit spellings, and how many findings each export left unresolved.
    db.executescript("""
        CREATE TABLE proofread_terms (
            id INTEGER PRIMARY KEY,
            wrong TEXT NOT NULL UNIQUE,
            right TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE proofread_ignores (
            id INTEGER PRIMARY KEY,
            rule TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (rule, text)
        );
        -- a rare unit spelling the clerk confirmed as correct next to a common one
        CREATE TABLE proofread_units (
            rare TEXT NOT NULL,
            common TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (rare, common)
        );
        CREATE TABLE proofread_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE proofread_exports (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            exported_at TEXT NOT NULL,
            unresolved INTEGER NOT NULL
        );
        CREATE INDEX proofread_exports_by_issue ON proofread_exports (issue_id);
    """)


def _series_layout(db: "Database") -> None:
    # Each series' own printed layout: a JSON object of the layout options it changes
    # from the defaults (only those, so a new default still reaches a series that never
    # touched that option). The archive keeps it as given; the export layer reads it.
    db.table("series").add_column("layout", str, not_null_default="{}")


def _run(db: "Database", script: str) -> None:
    # statement by statement: executescript would commit the migration's open transaction
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _trash_table(db: "Database") -> None:
    # payload: the deleted rows as JSON (see trash.py); uid: of a section or entry, so that
    # saving it again (an undone delete) takes it out of the trash
    _run(db, """
        CREATE TABLE trash (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            issue_id INTEGER NOT NULL,
            uid TEXT,
            label TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX trash_by_time ON trash (deleted_at);
        CREATE INDEX trash_parts ON trash (issue_id, uid);
    """)


def _final_issues(db: "Database") -> None:
    # issues.status (draft/final) exists since migration 1; this adds when it changed and
    # what was exported, so that a printed issue can be named and made again
    _run(db, """
        CREATE TABLE issue_events (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            action TEXT NOT NULL
        );
        CREATE INDEX issue_events_of_issue ON issue_events (issue_id, at);
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            format TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            settings TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX exports_of_issue ON exports (issue_id, at);
    """)


# Whether entry ``{e}`` is counted for the unit called ``{name}``: it is its bold unit, or,
# without one, its text begins with the name (舞阳县县长… → 舞阳县), or its ``lead`` does
# (model.unit_lead: the attribution that closes it, ……。（禹州市应急局）, or its start after a
# numbering, a bracket or a time phrase, 近日，禹州市…).
ENTRY_NAMES_UNIT = """
    ({e}.unit = {name}
     OR ({e}.unit = '' AND (substr(CASE {e}.kind WHEN 'article' THEN {e}.title ELSE {e}.body END,
                                   1, length({name})) = {name}
                            OR substr({e}.lead, 1, length({name})) = {name})))
"""
# The same as version 7 had it, before entries had a ``lead``.
_ENTRY_NAMES_UNIT_V7 = """
    ({e}.unit = {name}
     OR ({e}.unit = '' AND substr(CASE {e}.kind WHEN 'article' THEN {e}.title ELSE {e}.body END,
                                  1, length({name})) = {name}))
"""


def _unit_match(names_unit: str) -> str:
    """The registered unit an entry is counted for: the longest registered name it is
    counted for (a bold unit matches one name at most). ``{e}`` is the entry row; SQLite
    allows it in the WHERE, not the ORDER BY."""
    return f"""
    (SELECT n.unit_id FROM unit_names n
     WHERE {names_unit.format(e="{e}", name="n.name")}
     ORDER BY length(n.name) DESC LIMIT 1)
"""


ENTRY_UNIT_MATCH = _unit_match(ENTRY_NAMES_UNIT)


def _unit_count_triggers(names_unit: str, entry_columns: str) -> tuple[str, str, str]:
    """The triggers that keep each entry's unit in ``entry_units`` as ``names_unit`` says:
    on a new entry, on a change of ``entry_columns``, on a newly registered name."""
    match = _unit_match(names_unit)
    return (
        f"""CREATE TRIGGER entry_units_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entry_units (entry_id, of_issue, uid, unit_id, raw_unit, article, submission_id)
            VALUES (new.id, new.issue_id, new.uid, {match.format(e="new")}, new.unit,
                    new.kind = 'article', (SELECT submission_id FROM adoptions WHERE entry_uid = new.uid));
        END""",
        f"""CREATE TRIGGER entry_units_update AFTER UPDATE OF {entry_columns} ON entries BEGIN
            UPDATE entry_units SET unit_id = {match.format(e="new")}, raw_unit = new.unit,
                                   article = new.kind = 'article'
            WHERE entry_id = new.id;
        END""",
        f"""CREATE TRIGGER unit_names_insert AFTER INSERT ON unit_names BEGIN
            UPDATE entry_units SET unit_id = new.unit_id
            WHERE unit_id IS NULL AND entry_id IN (
                SELECT id FROM entries WHERE {names_unit.format(e="entries", name="new.name")});
        END""",
    )


# The category a unit's name suggests, for units registered without one being chosen.
CATEGORY_OF_NAME = """CASE WHEN {name} LIKE '%街道' OR {name} LIKE '%乡' OR {name} LIKE '%镇' THEN '乡镇街道'
                WHEN {name} LIKE '市%' THEN '市直单位'
                WHEN {name} LIKE '%县' OR {name} LIKE '%区' OR {name} LIKE '%市' THEN '县区'
                ELSE '其他' END"""
# Registers each bold unit the entries name that no unit is known by yet, with the category
# its name suggests: what the migration that made the registry found. Imports since register
# theirs through units.registry.register_bold_units, which leaves out a name that does not say
# which county it is in a city's bulletins.
REGISTER_BOLD_UNITS = (f"""
    INSERT INTO units (name, category, sort_order, created_at)
    SELECT unit,
           {CATEGORY_OF_NAME.format(name="unit")},
           (SELECT coalesce(max(sort_order), 0) FROM units) + row_number() OVER (ORDER BY min(id)),
           datetime('now', 'localtime')
    FROM entries
    WHERE unit != '' AND unit NOT IN (SELECT name FROM unit_names) AND unit NOT IN (SELECT name FROM units)
    GROUP BY unit
""", "INSERT OR IGNORE INTO unit_names (name, unit_id) SELECT name, id FROM units")


# Tables made from others by the triggers below: never copied (salvage), only rebuilt.
DERIVED_TABLES = ("entry_units",)
REBUILD_DERIVED = (
    "DELETE FROM entry_units",
    f"""INSERT INTO entry_units (entry_id, of_issue, uid, unit_id, raw_unit, article, submission_id)
        SELECT e.id, e.issue_id, e.uid, {ENTRY_UNIT_MATCH.format(e="e")}, e.unit, e.kind = 'article',
               (SELECT submission_id FROM adoptions WHERE entry_uid = e.uid)
        FROM entries e""",
    """UPDATE submissions SET live = (SELECT count(*) FROM adoptions a JOIN entries e ON e.uid = a.entry_uid
                                     WHERE a.submission_id = submissions.id)""",
)


def _units_inbox_scoring(db: "Database") -> None:
    # Adoption is not a status the program sets: a submission is adopted while an entry it was
    # adopted into exists (adoptions.entry_uid), so undoing the adoption, deleting the entry or
    # its issue all take it back. submissions.live counts those entries and entry_units says
    # which unit each entry counts for; both are kept by the triggers below, so the inbox and
    # the statistics read them without joins.
    db.executescript(f"""
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            category TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            sort_order INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        -- every name a unit is written as: its canonical name and its aliases
        CREATE TABLE unit_names (
            name TEXT PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE
        );
        CREATE INDEX unit_names_of_unit ON unit_names (unit_id);
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            received TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id),
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending',
            reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            live INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        -- both covering the statistics' counts of submissions, per unit and per month
        CREATE INDEX submissions_by_received ON submissions (received, unit_id, live);
        CREATE INDEX submissions_by_unit ON submissions (unit_id, received, live);
        CREATE TABLE adoptions (
            entry_uid TEXT PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE
        );
        CREATE INDEX adoptions_of_submission ON adoptions (submission_id);
        CREATE INDEX entries_by_uid ON entries (uid);
        -- One narrow row per entry with what statistics count: the registered unit its text
        -- names (unit_id), its bold unit as written (raw_unit), whether it is an article and
        -- the submission it was adopted from. Derived, so its issue column is not called
        -- issue_id: the trash keeps the rows of tables that have one, and these are made
        -- again by the triggers when the entries come back.
        CREATE TABLE entry_units (
            entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
            of_issue INTEGER NOT NULL,
            uid TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            raw_unit TEXT NOT NULL DEFAULT '',
            article INTEGER NOT NULL DEFAULT 0,
            submission_id INTEGER
        );
        -- covering what statistics read of an issue's entries
        CREATE INDEX entry_units_by_issue ON entry_units (of_issue, unit_id, submission_id, article, raw_unit);
        CREATE INDEX entry_units_by_uid ON entry_units (uid);
        CREATE INDEX entry_units_by_unit ON entry_units (unit_id);
        CREATE TABLE entry_flags (
            entry_uid TEXT NOT NULL,
            flag TEXT NOT NULL,
            PRIMARY KEY (entry_uid, flag)
        );
        CREATE TABLE scoring (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            points REAL NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO scoring (key, label, points, position) VALUES
            ('item', '采用条目', 1, 0), ('article', '采用文章', 3, 1), ('special', '专刊条目加分', 1, 2),
            ('flag:领导批示', '领导批示', 5, 3);

        CREATE TRIGGER entry_units_adopted AFTER INSERT ON adoptions BEGIN
            UPDATE entry_units SET submission_id = new.submission_id WHERE uid = new.entry_uid;
        END;
        CREATE TRIGGER entry_units_unadopted AFTER DELETE ON adoptions BEGIN
            UPDATE entry_units SET submission_id = NULL WHERE uid = old.entry_uid;
        END;
        INSERT INTO entry_units (entry_id, of_issue, uid, raw_unit, article)
            SELECT id, issue_id, uid, unit, kind = 'article' FROM entries;
        CREATE TRIGGER adoptions_live_entry_insert AFTER INSERT ON entries BEGIN
            UPDATE submissions SET live = live + 1
            WHERE id = (SELECT submission_id FROM adoptions WHERE entry_uid = new.uid);
        END;
        CREATE TRIGGER adoptions_live_entry_delete AFTER DELETE ON entries BEGIN
            UPDATE submissions SET live = live - 1
            WHERE id = (SELECT submission_id FROM adoptions WHERE entry_uid = old.uid);
        END;
        CREATE TRIGGER adoptions_live_insert AFTER INSERT ON adoptions BEGIN
            UPDATE submissions SET live = live + (SELECT count(*) FROM entries WHERE uid = new.entry_uid)
            WHERE id = new.submission_id;
        END;
        CREATE TRIGGER adoptions_live_delete AFTER DELETE ON adoptions BEGIN
            UPDATE submissions SET live = live - (SELECT count(*) FROM entries WHERE uid = old.entry_uid)
            WHERE id = old.submission_id;
        END;
        {";".join(_unit_count_triggers(_ENTRY_NAMES_UNIT_V7, "kind, unit, title, body"))};
    """)
    for statement in REGISTER_BOLD_UNITS:
        db.conn.execute(statement)


def _number_forms(db: "Database") -> None:
    # How the masthead writes the issue's number: year_number NULL is the plain 第N期; else
    # 第{year_number}期 within the year number_year (NULL: not printed), with the running
    # number (issues.number) printed after it as （总第N期） when number_shows_total is 1.
    # year_number 0: no number within a year, the running number printed alone as 总第N期
    # (store.TOTAL_ONLY; a later reading of the same columns, no new column).
    # print_copies: the print run stated at the end of the closing block (NULL: none).
    issues = db.table("issues")
    issues.add_column("year_number", int)
    issues.add_column("number_year", int)
    issues.add_column("number_shows_total", int, not_null_default=1)
    issues.add_column("print_copies", int)


def _ignored_here(db: "Database") -> None:
    # A finding the clerk dismissed at one place of one issue (proofread/ignored_here.py):
    # the entry and field, what it covers and a few characters either side, not offsets,
    # so that edits elsewhere keep it and an edit of the place itself brings it back
    _run(db, """
        CREATE TABLE proofread_ignored_here (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            field TEXT NOT NULL,
            rule TEXT NOT NULL,
            found TEXT NOT NULL,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (issue_id, uid, field, rule, found, before, after)
        )
    """)


def _series_numbering(db: "Database") -> None:
    # What 存为本刊默认设置 fixes for a series' new issues (model.NumberingDefaults): how the
    # 期号 line is written (a model.NUMBER_FORMS name) and the print run (NULL: no print note).
    # number_form NULL: nothing saved, each new issue follows the latest one.
    series = db.table("series")
    series.add_column("number_form", str)
    series.add_column("print_copies", int)


def _entry_leads(db: "Database") -> None:
    # Entries count for a registered unit their text names after a numbering, a bracket or
    # a time phrase too (（一）西平县…, 近日，禹州市…): ``lead`` holds that part of the text
    # (model.unit_lead, written with every entry), and the triggers that count entries for
    # units match it (ENTRY_UNIT_MATCH); then every entry is counted again.
    from .store import fill_entry_leads

    db.table("entries").add_column("lead", str, not_null_default="")
    fill_entry_leads(db.conn)
    for statement in (  # one by one: a trigger's body has semicolons of its own
        "DROP TRIGGER entry_units_insert", "DROP TRIGGER entry_units_update", "DROP TRIGGER unit_names_insert",
        *_unit_count_triggers(ENTRY_NAMES_UNIT, "kind, unit, title, body, lead"),
    ):
        db.conn.execute(statement)
    for statement in REBUILD_DERIVED:
        db.conn.execute(statement)


def _leads_again(db: "Database") -> None:
    # model.unit_lead reads an entry's unit in more places than the version before (each
    # Migration using this says where); ``lead`` is written again by today's rule, and the
    # update trigger counts each changed entry again.
    from .store import fill_entry_leads

    fill_entry_leads(db.conn)


def _masthead_marking(db: "Database") -> None:
    # The marks printed above the masthead's name (内部资料 注意保存, 秘密★1年); "" none.
    # A series keeps the ones its new issues start with, as it keeps their office.
    db.table("issues").add_column("marking", str, not_null_default="")
    db.table("series").add_column("marking", str, not_null_default="")


def _final_series_names(db: "Database") -> None:
    # A final issue prints the bulletin's name it was finalized with, so that re-exporting it
    # after the bulletin is renamed gives the printed text again; NULL for a draft, which
    # prints its series' name as it is now. Issues final already keep the name they print now.
    db.table("issues").add_column("final_series_name", str)
    db.conn.execute("UPDATE issues SET final_series_name = (SELECT name FROM series WHERE id = issues.series_id) "
                    "WHERE status = 'final'")


def _trash_ids_kept(db: "Database") -> None:
    # A trash item's number is never given again once its item is restored or purged, so
    # a note of one (回收站第7项) cannot come to name something else: AUTOINCREMENT, which
    # needs the table made again; the items in it keep their numbers.
    _run(db, """
        CREATE TABLE trash_numbered (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            issue_id INTEGER NOT NULL,
            uid TEXT,
            label TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        INSERT INTO trash_numbered (id, kind, issue_id, uid, label, deleted_at, payload)
            SELECT id, kind, issue_id, uid, label, deleted_at, payload FROM trash;
        DROP TABLE trash;
        ALTER TABLE trash_numbered RENAME TO trash;
        CREATE INDEX trash_by_time ON trash (deleted_at);
        CREATE INDEX trash_parts ON trash (issue_id, uid);
    """)


def _signed_units_printed(db: "Database") -> None:
    # An entry signing with its own unit at its end prints that unit there only (model.Item.rich);
    # the entries stored before, with the unit bold after the date as well, keep printing it there.
    # Today's reading of a signature (model.signed_again, through model.signed_unit), not a copy of
    # the one of versions 19 and 21, on purpose: what this makes up for is how today's program
    # prints (Item.rich drops the unit after the date of an entry today's signed_unit reads as
    # signed by it), so only today's reading keeps every such entry printing as before; a frozen
    # copy would leave the entries a later, wider reading takes for signed without their unit.
    # It runs again for each wider reading (21 after 19) and leaves an entry it has mended as it
    # is (signed_again adds the unit once). It reads and writes only columns of version 18 and
    # before (entries.body, lead, text); the upgrade tests from versions 18 and 20 would fail if it
    # came to need one a later migration adds.
    from .store import print_signed_units_as_before

    print_signed_units_as_before(db.conn)


def _joint_senders(db: "Database") -> None:
    # A submission several units send together (报送单位：A、B) counts for each of them: its
    # unit is the first, the others are listed here. The submissions held already get theirs
    # from their text, among the units registered (the upgrade registers none).
    _run(db, """
        CREATE TABLE submission_units (
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (submission_id, unit_id)
        );
        CREATE INDEX submission_units_by_unit ON submission_units (unit_id, submission_id)
    """)
    _fill_co_senders(db.conn)


def _fill_co_senders(conn: sqlite3.Connection) -> None:
    """For the submissions an archive holds from before co-senders were kept: those their
    text names, among the units registered (the upgrade registers none).

    The text is read by today's inbox (units.detect.joint_senders) and the names looked up
    by today's registry (registry.known_unit), not by copies of them as of version 20, on
    purpose: ``submission_units`` is read by the statistics alone and no later migration
    builds on what this wrote, and the submission's text stays stored, so an old
    submission gets the co-senders the same text registered today gets (a frozen copy would
    leave the old ones a worse reading for good, with nothing to read them again). What
    is its own is the SQL against this version's tables: the rows read here and written
    here are those of version 20 (the inbox's writer may come to fill columns a later
    migration adds), and the registry's lookup reads only units, unit_names and the issues'
    offices, of version 7 and before (the test upgrading from version 18 fails if that changes)."""
    from ..richtext import parse_markup, plain
    from ..units.detect import joint_senders
    from ..units.registry import known_unit

    rows = conn.execute("SELECT id, unit_id, title, body FROM submissions WHERE unit_id IS NOT NULL").fetchall()
    for submission_id, unit_id, title, body in rows:
        names = joint_senders("\n".join([title, *(plain(parse_markup(line)) for line in body.split("\n"))]))
        units = [unit.id for name in names if (unit := known_unit(conn, name)) is not None]
        if unit_id in units:  # the sender itself among them: a joint submission
            conn.executemany("INSERT INTO submission_units (submission_id, unit_id, position) VALUES (?, ?, ?)",
                             [(submission_id, other, position) for position, other in
                              enumerate(u for u in dict.fromkeys(units) if u != unit_id)])


MIGRATIONS: list[Migration] = [
    Migration(1, "刊物、期次、栏目、条目，三字以上的全文检索", _core_tables),
    Migration(2, "一两个字的检索词的索引", _short_term_index),
    Migration(3, "校对：规范提法表、忽略列表、单位写法确认、导出时未处理的校对提示数", _proofreading_tables),
    Migration(4, "每个刊物自己的版式设置", _series_layout),
    Migration(5, "回收站", _trash_table),
    Migration(6, "定稿记录与导出记录", _final_issues),
    Migration(7, "报送单位名录、来稿、采用记录与计分表", _units_inbox_scoring),
    Migration(8, "年度期号与印数", _number_forms),
    Migration(9, "校对：在某一期某处忽略的提示", _ignored_here),
    Migration(10, "刊物默认的期号写法与印数", _series_numbering),
    Migration(11, "条目开头的单位：也认序号、括号和时间短语之后的单位名", _entry_leads),
    Migration(12, "条目末尾署名的单位（……。（某某县应急管理局））、文章的署名行、项目符号（◆●）之后的单位", _leads_again),
    Migration(13, "报头上方的标记（内部资料 注意保存）", _masthead_marking),
    Migration(14, "括号里的单位（【长葛市】6月3日，……）不再被其后的日期带过", _leads_again),
    Migration(15, "圆括号里的单位（（长葛市）6月3日，……）和写在日期之前的单位（长葛市6月3日，……）", _leads_again),
    Migration(16, "定稿的一期保留定稿时的刊物名称", _final_series_names),
    Migration(17, "回收站的编号不再重复使用", _trash_ids_kept),
    Migration(18, "方括号里写明来源的署名（【来源：某某县应急管理局】）、作者单位、用竖线写的来源（来源 | ……）", _leads_again),
    Migration(19, "日期后加粗的单位又在末尾署名（……。（某某县应急管理局供稿））的条目，照旧在日期后印出单位", _signed_units_printed),
    Migration(20, "几个单位联合报送的来稿：记下每个报送单位", _joint_senders),
    Migration(21, "日期后加粗的单位又在末尾连同作者署名（……。（某某县应急局　张三））的条目，照旧在日期后印出单位",
              _signed_units_printed),
    Migration(22, "合并单位的记录（可在命令行和单位名录中撤销任一次合并）", unit_merges_table),
]

SCHEMA_VERSION = MIGRATIONS[-1].version


def is_older(version: int) -> bool:
    """Whether a file at ``version`` was written by an older version of the program (0 is a
    new file no version has written yet)."""
    return 0 < version < SCHEMA_VERSION


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def is_blank(conn: sqlite3.Connection) -> bool:
    """A file with no tables at all: new, or created empty by someone else."""
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def migrate(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Apply the pending migrations up to ``target`` (default: all), each in its own
    transaction; returns the versions applied.

    Migrations get a sqlite-utils ``Database`` over the same connection: its table API
    (``add_column``) where it says a change plainly, ``execute``/``executescript`` for
    triggers and virtual tables, which it has no API for. It is imported here,
    only when a migration is pending (a new or older file), because importing it costs
    about 0.4 s that opening an up-to-date archive must not pay."""
    from sqlite_utils import Database

    target = SCHEMA_VERSION if target is None else target
    db = Database(conn, execute_plugins=False)
    applied = []
    for migration in MIGRATIONS:
        if migration.version <= user_version(conn) or migration.version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(db)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
