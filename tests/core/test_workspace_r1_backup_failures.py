"""A backup that cannot be written says why in the clerk's words: a full disk, a folder
SQLite cannot write into (read-only, a stick pulled out). SQLite's English ("unable to
open database: …") never reaches the message; nothing half-written is left behind."""
from __future__ import annotations

import errno
import re
import sqlite3

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, ArchiveError
from bulletin_desktop.core.archive import backup
from bulletin_desktop.core.archive.errors import sqlite_reason


def _cannot_open() -> sqlite3.Error:
    """The error SQLite really gives for a file it may not create."""
    try:
        sqlite3.connect("file:/no/such/folder/x.sqlite?mode=rwc", uri=True)
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("SQLite opened a file in a folder that is not there")


def _english(text: str, folder) -> list[str]:
    """Words of English in ``text`` other than in the paths under ``folder`` it names."""
    return re.findall(r"[A-Za-z]{3,}", re.sub(re.escape(str(folder)) + r"\S*", "", text))


@pytest.fixture
def archive(tmp_path, sample_issue):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        opened.add_issue(sample_issue)
        yield opened


def test_a_folder_sqlite_cannot_write_into_is_said_in_chinese(archive, tmp_path, monkeypatch):
    def refuse(conn, target):
        raise _cannot_open()

    monkeypatch.setattr(backup, "vacuum_into", refuse)
    (tmp_path / "stick").mkdir()
    with pytest.raises(ArchiveError) as raised:
        archive.backup_to(tmp_path / "stick" / "copy.sqlite")
    assert "没有写入权限" in raised.value.message and not _english(raised.value.message, tmp_path)
    with pytest.raises(ArchiveError) as raised:
        archive.backup_now()
    assert "没有写入权限" in raised.value.message and not _english(raised.value.message, tmp_path)


def test_a_full_disk_leaves_no_half_written_backup(archive, tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "fsync", full)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(ArchiveError) as raised:
        archive.backup_to(stick / "copy.sqlite")
    assert "已满" in raised.value.message and not _english(raised.value.message, tmp_path)
    assert list(stick.iterdir()) == []  # neither the copy nor its temporary
    with pytest.raises(ArchiveError):
        archive.backup_now()
    assert not list(archive.backups_dir.glob("*.sqlite*"))
    assert archive.list_issues()  # the archive itself untouched


def test_the_command_says_so_too(tmp_path, sample_issue, monkeypatch, capsys):
    db = tmp_path / "archive.sqlite"
    with Archive.open(db, auto_backup=False) as opened:
        opened.add_issue(sample_issue)

    def refuse(conn, target):
        raise _cannot_open()

    monkeypatch.setattr(backup, "vacuum_into", refuse)
    assert main(["archive", "backup", str(tmp_path / "copy.sqlite"), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "没有写入权限" in err and "unable" not in err and "Traceback" not in err


@pytest.mark.parametrize("code, name", [(13, "SQLITE_FULL"), (778, "SQLITE_IOERR_WRITE"), (8, "SQLITE_READONLY"),
                                        (26, "SQLITE_NOTADB"), (1, "SQLITE_ERROR")])
def test_every_sqlite_failure_has_words_of_the_clerks(code, name):
    exc = sqlite3.OperationalError("some English only a developer reads")
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = name
    reason = sqlite_reason(exc)
    assert "English" not in reason and reason
