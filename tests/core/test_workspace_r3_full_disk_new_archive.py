"""A new archive that cannot be made (a full disk) is said as that, not as a failed upgrade,
and leaves no empty or half-made file; a salvage whose new archive cannot be written says so
in its own words (not the temporary file's name) and leaves nothing, the damaged file as it was."""
from __future__ import annotations

import sqlite3

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveError, schema
from bulletin_desktop.core.archive.salvage import salvage


def _disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_a_new_archive_on_a_full_disk_is_said_and_not_left_half_made(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "migrate", _disk_full)
    path = tmp_path / "new.sqlite"
    with pytest.raises(ArchiveError) as failed:
        Archive.open(path, auto_backup=False)
    assert failed.value.message.startswith("建立档案库失败（磁盘空间已满）") and "升级" not in failed.value.message
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "new.sqlite.lock") == []


def test_an_existing_archive_is_never_removed_when_opening_fails(tmp_path, monkeypatch, sample_issue):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    monkeypatch.setattr("bulletin_desktop.core.archive.archive._quick_check", lambda _conn: ["page 3 is damaged"])
    with pytest.raises(ArchiveError):
        Archive.open(path, auto_backup=False)
    assert path.exists()


def test_a_salvage_that_cannot_write_its_new_archive_leaves_nothing(tmp_path, monkeypatch, sample_issue):
    damaged = tmp_path / "a.sqlite"
    with Archive.open(damaged, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    before = damaged.read_bytes()
    monkeypatch.setattr(schema, "migrate", _disk_full)
    with pytest.raises(ArchiveError) as failed:
        salvage(damaged, tmp_path / "salvaged.sqlite")
    message = failed.value.message
    assert "磁盘空间已满" in message and "salvaged.sqlite" in message and ".salvaging" not in message
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("salvaged")]
    assert damaged.read_bytes() == before
