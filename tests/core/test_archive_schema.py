"""Opening files of every kind: new, older, newer, damaged, not an archive at all."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from bulletin_desktop.core.archive import (
    SCHEMA_VERSION, Archive, ArchiveCorruptError, ArchiveError, ArchiveTooNewError,
)
from bulletin_desktop.core.archive import connection, schema

from older_archive import older_archive
from test_archive_support import plain_issue, rich_issue


def _pragma(path, name):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_new_archive_is_created_with_its_folder_at_the_latest_version(tmp_path):
    path = tmp_path / "新建文件夹" / "简报档案.sqlite"
    with Archive.open(path) as archive:
        assert archive.path == path and archive.schema_version == SCHEMA_VERSION == len(schema.MIGRATIONS)
        assert archive.backups_dir == tmp_path / "新建文件夹" / "简报档案-backups"
        assert archive.integrity_check() == "ok"
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _pragma(path, "journal_mode") == "wal"
    assert not archive.backups_dir.exists()  # nothing to back up in a brand-new archive


def test_foreign_keys_are_enforced_so_deleting_an_issue_removes_its_rows(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        issue_id = archive.add_issue(rich_issue())
        archive.delete_issue(issue_id)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sections").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    conn.close()


def _make_older_file(path, issue, version=1):
    """A file as the first released schema (or ``version``) left it, holding one issue."""
    older_archive(path, issue, version)


def test_an_older_file_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "archive.sqlite"
    issue = rich_issue()
    _make_older_file(path, issue)
    assert _pragma(path, "user_version") == 1
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.schema_version == SCHEMA_VERSION
        [summary] = archive.list_issues()
        assert archive.load_issue(summary.id) == issue
        # migration 2 indexed the entries that were already there
        assert [h.entry_uid for h in archive.search("县")] == [issue.sections[1].entries[0].uid]
        assert {h.entry_uid for h in archive.search("安全")} == {e.uid for _, e in issue.entries() if "安全" in e.text}
        backups = sorted(archive.backups_dir.glob("archive-before-v*.sqlite"))
    assert len(backups) == 1
    assert _pragma(backups[0], "user_version") == 1
    with Archive.open(backups[0], auto_backup=False) as old:  # the backup itself is a usable archive
        assert old.load_issue(summary.id) == issue


def test_a_failed_migration_leaves_the_file_at_its_version(tmp_path, monkeypatch):
    path = tmp_path / "archive.sqlite"
    _make_older_file(path, rich_issue())

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("simulated failure")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], schema.Migration(2, "broken", broken)])
    with pytest.raises(ArchiveError) as failed:
        Archive.open(path, auto_backup=False)
    assert "升级档案库格式失败" in failed.value.message
    assert _pragma(path, "user_version") == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = _snapshot(tmp_path)
    for readonly in (False, True):
        with pytest.raises(ArchiveTooNewError) as refused:
            Archive.open(path, readonly=readonly)
        assert refused.value.message.startswith("此档案库由更新版本的简报编辑器创建")
        assert refused.value.version == SCHEMA_VERSION + 5
    after = _snapshot(tmp_path)
    assert after["archive.sqlite"] == before["archive.sqlite"]
    assert set(after) == set(before)


def test_a_file_that_is_not_sqlite_is_reported_as_corrupt(tmp_path):
    path = tmp_path / "archive.sqlite"
    path.write_text("这不是数据库，而是一份纯文本简报。\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(ArchiveCorruptError) as corrupt:
            Archive.open(path, readonly=readonly)
        assert str(path) in corrupt.value.message and "没有找到它的备份" in corrupt.value.message
    assert path.read_bytes() == before


def _archive_with_issues(path, count):
    with Archive.open(path, auto_backup=False) as archive:
        for number in range(1, count + 1):
            archive.add_issue(rich_issue(number=number))
        return archive.backup_now()


@pytest.mark.parametrize("damage", ["truncate", "overwrite"])
def test_a_damaged_file_is_reported_with_the_last_backup(tmp_path, damage):
    path = tmp_path / "archive.sqlite"
    backup = _archive_with_issues(path, 40)
    size = path.stat().st_size
    if damage == "truncate":
        os.truncate(path, size // 2)
    else:
        with open(path, "r+b") as handle:
            handle.seek(size // 2)
            handle.write(bytes(range(256)) * 32)
    with pytest.raises(ArchiveCorruptError) as corrupt:
        Archive.open(path)
    assert corrupt.value.last_backup == backup
    assert str(path) in corrupt.value.message and str(backup) in corrupt.value.message


def test_a_tiny_truncated_file_is_corrupt(tmp_path):
    path = tmp_path / "archive.sqlite"
    _archive_with_issues(path, 1)
    os.truncate(path, 50)
    with pytest.raises(ArchiveCorruptError):
        Archive.open(path, auto_backup=False)


def test_an_empty_file_becomes_an_archive(tmp_path):
    path = tmp_path / "archive.sqlite"
    path.touch()
    with pytest.raises(ArchiveError) as empty:
        Archive.open(path, readonly=True)
    assert "空的" in empty.value.message
    with Archive.open(path) as archive:
        archive.save_issue(plain_issue(1, dt.date(2024, 1, 1), ["第一条。"]))
        assert archive.schema_version == SCHEMA_VERSION
    assert not list(tmp_path.glob("archive-backups/*before*"))  # nothing to back up before migrating


def test_a_folder_is_not_an_archive(tmp_path):
    folder = tmp_path / "archive.sqlite"
    folder.mkdir()
    with pytest.raises(ArchiveError) as refused:
        Archive.open(folder)
    assert "文件夹" in refused.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.sqlite"]  # no stray lock file


def test_sqlite_without_trigram_search_is_refused_clearly(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "_missing_support", lambda: "本机的 SQLite 缺少 FTS5 trigram 全文检索")
    with pytest.raises(ArchiveError) as refused:
        Archive.open(tmp_path / "archive.sqlite")
    assert "trigram" in refused.value.message and not (tmp_path / "archive.sqlite").exists()


def test_this_sqlite_has_what_the_archive_needs():
    assert sqlite3.sqlite_version_info >= (3, 34, 0)
    connection.check_sqlite_support()


def test_opening_an_up_to_date_archive_does_not_import_sqlite_utils(tmp_path):
    """sqlite-utils serves migrations; importing it costs start-up time an up-to-date file must not pay."""
    import subprocess
    import sys

    path = tmp_path / "current.sqlite"
    Archive.open(path).close()
    probe = ("import sys; from bulletin_desktop.core.archive import Archive; "
             f"a = Archive.open({str(path)!r}); a.list_issues(); a.search('安全'); a.close(); "
             "print('sqlite_utils' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_file_of_the_previous_version_gains_series_layouts_and_keeps_its_issues(tmp_path):
    """The series-layout migration adds each series' own layout (empty: the standard
    layout) to a file made by the schema before it, whose issues and series stay as they were."""
    layout_version = next(m.version for m in schema.MIGRATIONS if m.apply is schema._series_layout)
    path = tmp_path / "archive.sqlite"
    issue = rich_issue()
    _make_older_file(path, issue, version=layout_version - 1)
    conn = sqlite3.connect(path)
    assert "layout" not in [row[1] for row in conn.execute("PRAGMA table_info(series)")]
    conn.close()
    assert _pragma(path, "user_version") == layout_version - 1
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.schema_version == SCHEMA_VERSION >= layout_version
        [series] = archive.list_series()
        assert series.name == issue.series and archive.series_layout(series.id) == {}
        [summary] = archive.list_issues()
        assert archive.load_issue(summary.id) == issue
        archive.set_series_layout(series.id, {"margin_top_mm": 30.0, "masthead_fallback_sizes_pt": [30.0]})
        assert list(archive.backups_dir.glob("archive-before-v*.sqlite"))
    with Archive.open(path, readonly=True) as archive:
        assert archive.series_layout(series.id) == {"margin_top_mm": 30.0, "masthead_fallback_sizes_pt": [30.0]}


def test_a_file_of_the_previous_version_counts_units_named_after_a_time_phrase(tmp_path):
    """The lead migration writes where each stored entry may name its unit, so that a unit
    registered afterwards counts 近日，禹州市… as it counts 禹州市…."""
    from bulletin_desktop.core.stats import compute_stats
    from bulletin_desktop.core.units import registry

    lead_version = next(m.version for m in schema.MIGRATIONS if m.apply is schema._entry_leads)
    path = tmp_path / "archive.sqlite"
    issue = plain_issue(3, dt.date(2024, 5, 6), ["近日，禹州市开展春季森林防火检查。", "禹州市组织开展演练。"])
    _make_older_file(path, issue, version=lead_version - 1)
    with Archive.open(path, auto_backup=False) as archive:
        [summary] = archive.list_issues()
        assert archive.load_issue(summary.id) == issue
        with archive.reading() as conn:
            assert [r[0] for r in conn.execute("SELECT lead FROM entries ORDER BY position")] == [
                "禹州市开展春季森林防火检查。", "禹州市组织开展演练。"]
        registry.add_unit(archive, "禹州市", category="县区")
        report = compute_stats(archive, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        assert report.row("禹州市").adopted == 2


@pytest.mark.parametrize("version, text, old_lead, lead", [
    # an attribution closing an entry names its unit
    (12, "开展春季森林防火检查。（禹州市应急管理局）", "开展春季森林防火检查。（禹州市应急管理局）", "禹州市应急管理局"),
    # a unit in a bracket before the date was cut away with the time phrase after it
    (14, "【禹州市】6月3日，市应急局开展检查。", "市应急局开展检查。", "禹州市】6月3日，市应急局开展检查。"),
    # ... in round brackets too, and a unit written before the date without one
    (15, "（禹州市）6月3日，市应急局开展检查。", "市应急局开展检查。", "禹州市）6月3日，市应急局开展检查。"),
    (15, "禹州市 6月3日，市应急局开展检查。", "市应急局开展检查。", "禹州市6月3日，市应急局开展检查。"),
    # a sender named in square brackets, after 作者单位：, or after a bar
    (18, "开展春季森林防火检查。【来源：禹州市应急管理局】", "开展春季森林防火检查。【来源：禹州市应急管理局】", "禹州市应急管理局"),
    (18, "开展春季森林防火检查。（作者单位：禹州市应急管理局）", "作者单位：禹州市应急管理局", "禹州市应急管理局"),
    (18, "开展春季森林防火检查。来源 | 禹州市应急管理局", "开展春季森林防火检查。来源 | 禹州市应急管理局", "禹州市应急管理局"),
])
def test_a_file_of_the_previous_version_counts_entries_by_todays_lead(tmp_path, version, text, old_lead, lead):
    """A migration that writes every entry's ``lead`` again makes a file made before it count
    the entry for the unit it names."""
    from bulletin_desktop.core.stats import compute_stats
    from bulletin_desktop.core.units import registry

    assert schema.MIGRATIONS[version - 1].apply is schema._leads_again
    path = tmp_path / "archive.sqlite"
    _make_older_file(path, plain_issue(3, dt.date(2024, 5, 6), [text]), version=version - 1)
    with sqlite3.connect(path) as conn:  # as the previous version wrote it
        conn.execute("UPDATE entries SET lead = ?", (old_lead,))
    conn.close()
    with Archive.open(path, auto_backup=False) as archive:
        with archive.reading() as conn:
            assert [r[0] for r in conn.execute("SELECT lead FROM entries")] == [lead[:30]]
        registry.add_unit(archive, "禹州市", category="县区")
        report = compute_stats(archive, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        assert report.row("禹州市").adopted == 1


def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(tmp_path):
    """A database of some other program (an address book, another tool's file) is not an
    old archive to upgrade: refused, byte for byte as it was, no backup folder made."""
    import sqlite3

    from bulletin_desktop.core.archive import Archive, ArchiveError

    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO people VALUES ('张三', '0395-1234567')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(ArchiveError, match="不是简报档案库"):
            Archive.open(path, readonly=readonly)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock") == ["contacts.sqlite"]  # no backups
