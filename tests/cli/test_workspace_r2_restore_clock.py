"""``archive restore`` names the file it sets aside by the archive's clock, as the window
does; a damaged archive is set aside as the window's rescue sets it aside: exactly as it
was, as ``<name>-damaged-<time>``."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

SET_TIME = dt.datetime(2031, 7, 15, 8, 30, 5)  # far from any day the tests run on
STAMP = "20310715-083005"


def _archive_with_a_backup(path, issue, count: int = 12):
    with Archive.open(path, auto_backup=False) as archive:
        for number in range(1, count + 1):
            issue.number = number
            archive.add_issue(issue)
        return archive.backup_now()


@pytest.fixture
def clocked(monkeypatch):
    opening = Archive.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Archive, "open", classmethod(
        lambda cls, path, **options: opening(cls, path, **{**options, "clock": lambda: SET_TIME})))


def test_the_file_a_restore_replaces_is_named_by_the_archives_clock(tmp_path, sample_issue, clocked, capsys):
    db = tmp_path / "archive.sqlite"
    taken = _archive_with_a_backup(db, sample_issue)
    assert main(["archive", "restore", "--db", str(db), str(taken)]) == 0
    assert [p.name for p in tmp_path.glob("archive-*.sqlite")] == [f"archive-replaced-{STAMP}.sqlite"]
    assert f"archive-replaced-{STAMP}.sqlite" in capsys.readouterr().out


def test_a_damaged_archive_restored_on_the_command_line_is_kept_as_damaged_and_untouched(tmp_path, sample_issue,
                                                                                        clocked, capsys):
    db = tmp_path / "archive.sqlite"
    taken = _archive_with_a_backup(db, sample_issue)
    with open(db, "r+b") as handle:
        handle.seek(db.stat().st_size // 2)
        handle.write(bytes(range(256)) * 64)
    damaged_bytes = db.read_bytes()
    assert main(["archive", "restore", "--db", str(db), str(taken)]) == 0
    [aside] = list(tmp_path.glob("archive-*.sqlite"))
    assert aside.name == f"archive-damaged-{STAMP}.sqlite"
    assert aside.read_bytes() == damaged_bytes
    assert "损坏" in capsys.readouterr().out
    assert main(["archive", "check", "--db", str(db)]) == 0
