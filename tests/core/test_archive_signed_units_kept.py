"""An archive made before an entry signing with its own unit printed that unit at its end
only: its entries with the unit bold after the date as well print as they did."""
from __future__ import annotations

import datetime as dt
import sqlite3

from bulletin_desktop.core.archive import Archive, connection, schema
from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import Run, plain

from older_archive import older_archive
from test_archive_support import plain_issue

BEFORE = "11月15日，县应急局开展汛前检查。（县应急局供稿）"  # as the previous version printed and stored it


def test_an_entry_with_its_unit_after_the_date_and_signed_keeps_printing_it_after_the_date(tmp_path):
    signing = [m for m in schema.MIGRATIONS if m.apply is schema._signed_units_printed][-1]
    issue = plain_issue(3, dt.date(2024, 5, 6), ["开展汛前检查。"])
    entry = issue.sections[0].entries[0]
    assert isinstance(entry, Item)
    entry.date, entry.unit, entry.body = "11月15日", "县应急局", (Run("开展汛前检查。（县应急局供稿）"),)
    signed_elsewhere = Item(body=(Run("开展演练。（县消防大队供稿）"),), date="11月16日", unit="县应急局")
    bracketed = Item(body=(Run("开展演练。（县卫健委供稿）"),), date="11月17日", unit="县卫健委", mark="【】")
    issue.sections[0].entries += [signed_elsewhere, bracketed]
    path = tmp_path / "archive.sqlite"
    older_archive(path, issue, version=signing.version - 1)  # as the version before it left it
    with sqlite3.connect(path) as conn:  # the text column as the previous version wrote it
        connection.register_functions(conn)  # the search index's triggers call them
        conn.execute("UPDATE entries SET text = ? WHERE unit = '县应急局' AND date = '11月15日'", (BEFORE,))
    conn.close()

    with Archive.open(path, auto_backup=False) as archive:
        summary = archive.list_issues()[0]
        entries = archive.load_issue(summary.id).sections[0].entries
        assert plain(entries[0].rich) == BEFORE
        assert entries[0].rich[1] == Run("县应急局", True)  # bold after the date, as printed before
        assert entries[0].unit == "县应急局"
        # signed by another unit, or with the unit in the brackets of its mark: as they were
        assert entries[1].body == signed_elsewhere.body and entries[2].body == bracketed.body
        assert plain(entries[1].rich) == "11月16日，县应急局开展演练。（县消防大队供稿）"
        with archive.reading() as conn:
            assert conn.execute("SELECT text FROM entries WHERE date = '11月15日'").fetchone()[0] == BEFORE
        assert [hit.issue_id for hit in archive.search("县应急局开展汛前检查")] == [summary.id]
