"""The command line's writes are dated by the archive's clock too: with the clock set once
(every archive a command opens is given it), each kind of write a command makes leaves
that time in every dated column, in a new issue's date, a pasted submission's day and
the name of a backup."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

from test_archive_clock_every_record import SET_TIME, STORED, _stored_times


@pytest.fixture
def clocked(monkeypatch):
    """Every ``Archive.open`` a command makes gets the test's clock."""
    opening = Archive.open.__func__  # type: ignore[attr-defined]

    def open_at_set_time(cls, path, **options):
        return opening(cls, path, **{**options, "clock": lambda: SET_TIME})

    monkeypatch.setattr(Archive, "open", classmethod(open_at_set_time))


def _run(db, capsys, *argv: str) -> str:
    try:
        code = main([*argv, "--db", str(db)])
    except SystemExit as exited:
        code = int(exited.code or 0)
    out, err = capsys.readouterr()
    assert code == 0, (argv, out, err)
    return out


def test_each_command_that_writes_dates_its_rows_by_the_archive_clock(clocked, tmp_path, sample_text, capsys):
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    _run(db, capsys, "import", str(sample))
    new = json.loads(_run(db, capsys, "new", "--json"))
    assert new["date"] == SET_TIME.date().isoformat()
    _run(db, capsys, "series", "add", "应急管理工作简报")
    _run(db, capsys, "series", "rename", "应急管理工作简报", "应急管理工作动态")
    _run(db, capsys, "series", "layout", "应急管理工作动态", "--option", "red_rule_pt=3")
    _run(db, capsys, "terms", "add", "应急管理厅", "应急管理局")
    _run(db, capsys, "units", "add", "郾城区应急管理局")
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("关于防汛工作的报告\n我局组织开展防汛演练，参加人员120人。\n", encoding="utf-8")
    _run(db, capsys, "inbox", "add", "--text-file", str(pasted))
    _run(db, capsys, "export", "52", "-o", str(tmp_path / "052.docx"))
    _run(db, capsys, "finalize", "52")
    _run(db, capsys, "reopen", "52")
    _run(db, capsys, "delete", str(new["number"]))
    backup_line = _run(db, capsys, "archive", "backup")
    assert "20310715-083005" in backup_line

    with Archive.open(db, readonly=True, auto_backup=False) as archive:
        times = _stored_times(archive)
        with archive.reading() as conn:
            [submission] = conn.execute("SELECT received FROM submissions").fetchall()
    assert {"series", "issues", "entries", "units", "submissions", "proofread_terms", "issue_events",
            "exports", "trash"} <= set(times)
    assert {table: values for table, values in times.items() if values != {STORED}} == {}
    assert submission == (SET_TIME.date().isoformat(),)


def test_without_a_clock_given_commands_date_by_the_wall_clock(tmp_path, sample_text, capsys):
    """What the clerk sees is unchanged: no clock set, the rows carry today."""
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    before = dt.datetime.now().replace(microsecond=0)
    _run(db, capsys, "import", str(sample))
    _run(db, capsys, "terms", "add", "应急管理厅", "应急管理局")
    after = dt.datetime.now()
    with Archive.open(db, readonly=True, auto_backup=False) as archive:
        times = _stored_times(archive)
    stamps = {dt.datetime.fromisoformat(value) for values in times.values() for value in values}
    assert stamps and all(before <= stamp <= after for stamp in stamps)
