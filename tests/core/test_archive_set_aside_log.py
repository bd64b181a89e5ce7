"""Setting an archive aside (restoring a backup, the rescue of a damaged file) takes the
changes still waiting in its write-ahead log with it: folded into the file, or, for a
damaged file kept exactly as it was, the log renamed with it; never left under the old
name, where the next file given that name would read it."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3

import pytest

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive, ArchiveError, file_ops


def _numbers(path, *, alone: bool = False) -> list[int]:
    """The issue numbers in ``path``; ``alone``: from the file by itself, its log unread."""
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if alone else "")
    conn = sqlite3.connect(uri, uri=True)
    try:
        return [n for (n,) in conn.execute("SELECT number FROM issues ORDER BY number")]
    finally:
        conn.close()


@pytest.fixture
def crashed(tmp_path):
    """An archive as a window that stopped without closing leaves it: issue 2 committed, but
    only in the write-ahead log beside the file; and a backup holding issue 1."""
    live = tmp_path / "live.sqlite"
    with Archive.open(live, auto_backup=False) as archive:
        archive.add_issue(plain_issue(1, dt.date(2024, 3, 1), ["3月1日，某县开会。"]))
        backup = archive.backup_now()
        other = sqlite3.connect(live)  # issue 1 written into the file, as SQLite does from time to time
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        other.close()
        archive.add_issue(plain_issue(2, dt.date(2024, 3, 8), ["3月8日，某县检查。"]))
        path = tmp_path / "archive.sqlite"
        for suffix in ("", "-wal"):  # copied while it is open: the write is not in the file yet
            shutil.copyfile(live.with_name(live.name + suffix), path.with_name(path.name + suffix))
    assert _numbers(path, alone=True) == [1] and _numbers(path) == [1, 2]
    return path, backup


def test_restoring_a_backup_folds_the_log_into_the_file_set_aside(crashed):
    path, backup = crashed
    aside = file_ops.replace_with(path, backup)
    assert _numbers(aside, alone=True) == [1, 2]  # the file alone is whole: a copy of it to a USB stick too
    assert not [p for p in path.parent.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]
    assert _numbers(path) == [1]  # the backup, with no log of the other file read into it


def test_a_damaged_file_is_set_aside_as_it_was_with_its_log(crashed):
    path, backup = crashed
    before = path.read_bytes()
    aside = file_ops.replace_with(path, backup, label="damaged", damaged=True)
    assert aside.read_bytes() == before and aside.with_name(aside.name + "-wal").exists()
    assert _numbers(aside) == [1, 2]
    assert not path.with_name(path.name + "-wal").exists() and _numbers(path) == [1]


def test_a_log_under_the_name_chosen_is_never_taken_for_the_file_s(crashed, tmp_path):
    path, backup = crashed
    now = dt.datetime(2025, 1, 2, 3, 4, 5)
    stray = tmp_path / "archive-replaced-20250102-030405.sqlite-wal"
    stray.write_bytes(b"left by something else")
    aside = file_ops.set_aside(path, "replaced", now, fold=False)
    assert aside.name == "archive-replaced-20250102-030405-2.sqlite"
    assert stray.read_bytes() == b"left by something else" and _numbers(aside) == [1, 2]


def test_when_the_log_cannot_be_moved_nothing_is(crashed, monkeypatch):
    path, backup = crashed
    real = os.replace

    def refuse_logs(old, new):
        if str(old).endswith("-wal"):
            raise PermissionError(13, "in use")
        real(old, new)

    monkeypatch.setattr(file_ops.os, "replace", refuse_logs)
    with pytest.raises(ArchiveError) as refused:
        file_ops.replace_with(path, backup, label="damaged", damaged=True)
    assert "没有改动" in refused.value.message
    monkeypatch.undo()
    assert _numbers(path) == [1, 2] and _numbers(path, alone=True) == [1]  # file and log together, as they were
    assert not list(path.parent.glob("archive-damaged-*")) and not list(path.parent.glob("*.restoring"))
