"""A trash item's number is never given to another item, whether the one it named was
restored, emptied or purged, so a note of it cannot come to name something else."""
from __future__ import annotations

import json
import sqlite3

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, schema

from test_archive_schema import _make_older_file
from test_archive_support import rich_issue


def test_numbers_are_not_reused_after_a_restore_or_emptying(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as archive:
        ids = [archive.add_issue(rich_issue(n)) for n in (1, 2, 3, 4)]
        first, newest = archive.delete_issue(ids[0]), archive.delete_issue(ids[1])
        archive.restore_from_trash(newest)
        again = archive.delete_issue(ids[2])
        assert again not in (first, newest) and again > newest
        archive.empty_trash()
        assert archive.delete_issue(ids[3]) > again


def test_the_command_line_never_gives_a_restored_items_number_again(tmp_path, capsys):
    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        for n in (5, 6, 7):
            archive.add_issue(rich_issue(n))
    for number in ("5", "6"):
        assert main(["delete", "--db", str(db), number]) == 0
    capsys.readouterr()
    assert main(["trash", "list", "--db", str(db), "--json"]) == 0
    newest = max(item["id"] for item in json.loads(capsys.readouterr().out))
    assert main(["trash", "restore", "--db", str(db), str(newest)]) == 0
    assert main(["delete", "--db", str(db), "7"]) == 0
    capsys.readouterr()
    assert main(["trash", "list", "--db", str(db), "--json"]) == 0
    numbers = {item["id"] for item in json.loads(capsys.readouterr().out)}
    assert len(numbers) == 2 and newest not in numbers


def test_items_in_the_trash_of_an_older_file_keep_their_numbers(tmp_path):
    version = next(m.version for m in schema.MIGRATIONS if m.apply is schema._trash_ids_kept)
    path = tmp_path / "archive.sqlite"
    _make_older_file(path, rich_issue(5), version=version - 1)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO trash (id, kind, issue_id, uid, label, deleted_at, payload) "
                 "VALUES (9, 'entry', 1, 'x', '一条', '2026-01-01 08:00:00', '{}')")
    conn.commit()
    conn.close()
    with Archive.open(path, auto_backup=False, purge_trash=False) as archive:
        assert [(item.id, item.label) for item in archive.trash_items()] == [(9, "一条")]
        archive.empty_trash()
        [summary] = archive.list_issues()
        assert archive.delete_issue(summary.id) == 10
