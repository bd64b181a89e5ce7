"""A final issue prints the bulletin's name it was finalized with: renaming the bulletin
changes its drafts at once, its final issues when they are reopened."""
from __future__ import annotations

import sqlite3

from bulletin_desktop.core.archive import SCHEMA_VERSION, Archive, schema
from bulletin_desktop.core.issue_json import issue_to_dict

from test_archive_schema import _make_older_file
from test_archive_support import SERIES, rich_issue


def test_a_final_issue_keeps_its_name_until_reopened(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as archive:
        final = archive.add_issue(rich_issue(5))
        draft = archive.add_issue(rich_issue(6))
        archive.set_final(final, True)
        printed = issue_to_dict(archive.load_issue(final))
        renamed = archive.rename_series(SERIES, "新刊名")
        assert archive.final_count(renamed.id) == 1
        assert issue_to_dict(archive.load_issue(final)) == printed
        assert archive.load_issue(draft).series == "新刊名"
        # lists and search keep showing it under its bulletin
        assert {s.series for s in archive.list_issues()} == {"新刊名"}
        archive.set_final(final, False)
        assert archive.load_issue(final).series == "新刊名"
        archive.set_final(final, True)
        archive.rename_series("新刊名", "第三个名称")
        assert archive.load_issue(final).series == "新刊名"


def test_the_window_saving_a_draft_renames_the_bulletin_but_not_its_final_issues(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as archive:
        final = archive.add_issue(rich_issue(5))
        archive.set_final(final, True)
        draft = archive.load_issue(archive.add_issue(rich_issue(6)))
        draft.series = "改过的名称"
        archive.save_issue(draft)
        assert archive.get_series(draft.series_id).name == "改过的名称"
        assert archive.load_issue(final).series == SERIES


def test_issues_final_before_the_migration_keep_the_name_they_have(tmp_path):
    version = next(m.version for m in schema.MIGRATIONS if m.apply is schema._final_series_names)
    path = tmp_path / "archive.sqlite"
    _make_older_file(path, rich_issue(5), version=version - 1)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE issues SET status = 'final'")
    conn.commit()
    conn.close()
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.schema_version == SCHEMA_VERSION
        [summary] = archive.list_issues()
        archive.rename_series(SERIES, "新刊名")
        assert archive.load_issue(summary.id).series == SERIES
        archive.set_final(summary.id, False)
        assert archive.load_issue(summary.id).series == "新刊名"
