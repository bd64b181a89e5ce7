"""The 期号 as the masthead writes it (plain 第N期, or the number within the year next to the
running number) and the print note: kept from import to archive to the next issue."""
from __future__ import annotations

import dataclasses
import json
import datetime as dt
import sqlite3

import pytest

from bulletin_desktop.core.archive import Archive, connection, schema, store
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.issue_json import issue_to_dict
from bulletin_desktop.core.model import NumberingDefaults, Series, YearNumber
from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.textformat import read_text, write_text

from test_archive_support import SERIES, plain_issue, rich_issue


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        yield opened


def test_an_imported_year_form_and_print_note_are_stored_and_shown(tmp_path, archive, year_form_text):
    path = tmp_path / "第60期.txt"
    path.write_text(year_form_text, encoding="utf-8")
    imported = read_file(path)
    assert imported.warnings == []
    issue_id = archive.add_issue(imported.issue)
    loaded = archive.load_issue(issue_id)
    assert (loaded.number, loaded.year_number, loaded.print_copies) == (60, YearNumber(6, 2026), 35)
    data = issue_to_dict(loaded)
    assert data["number_line"] == "2026年第6期（总第60期）"
    assert (data["year_number"], data["print_copies"]) == ({"number": 6, "year": 2026, "total": True}, 35)


@pytest.mark.parametrize("year_number, copies", [
    (None, None), (YearNumber(6, 2026), 35), (YearNumber(6, None), 1), (YearNumber(60, 2026, total=False), None),
    (YearNumber(2, 2027, total=False), 120), (YearNumber(None), None),
])
def test_the_archive_keeps_each_form_and_an_edit_of_it(archive, year_number, copies):
    issue = rich_issue(number=60)
    issue.year_number, issue.print_copies = year_number, copies
    issue_id = archive.add_issue(issue)
    assert archive.load_issue(issue_id) == issue
    edited = archive.load_issue(issue_id)
    edited.year_number = YearNumber(7, 2026)
    edited.print_copies = None
    archive.save_issue(edited)
    again = archive.load_issue(issue_id)
    assert (again.year_number, again.print_copies) == (YearNumber(7, 2026), None)


def archive_before(path, migration) -> tuple[sqlite3.Connection, int]:
    """A file at the version just before ``migration`` holding the series SERIES, stored as
    that version did (store.py writes today's columns); the open connection and the series' id."""
    version = next(m.version for m in schema.MIGRATIONS if m.apply is migration)
    conn = sqlite3.connect(path, isolation_level=None)
    connection.register_functions(conn)
    schema.migrate(conn, target=version - 1)
    now = store.now_text(conn)
    series = store.inserted_id(conn.execute(
        "INSERT INTO series (name, office, default_sections, signoff, distribution, created_at, updated_at) "
        "VALUES (?, '', '[]', '{}', '[]', ?, ?)", (SERIES, now, now)))
    return conn, series


def test_issues_stored_before_the_migration_keep_the_plain_form(tmp_path):
    path = tmp_path / "archive.sqlite"
    conn, series = archive_before(path, schema._number_forms)
    now = store.now_text(conn)
    conn.execute("INSERT INTO issues (series_id, number, date, created_at, updated_at) VALUES (?, 52, '2022-11-21', ?, ?)",
                 (series, now, now))
    conn.close()
    with Archive.open(path, auto_backup=False) as archive:
        [summary] = archive.list_issues()
        issue = archive.load_issue(summary.id)
        assert (issue.number, issue.year_number, issue.print_copies) == (52, None, None)
        assert issue.number_line() == "第52期"


def test_next_issue_advances_both_numbers_and_restarts_the_year(archive):
    latest = rich_issue(number=60, date=dt.date(2026, 11, 20))
    latest.year_number, latest.print_copies = YearNumber(6, 2026), 35
    archive.save_issue(latest)
    same_year = archive.next_issue(SERIES, today=dt.date(2026, 12, 1))
    assert (same_year.number, same_year.year_number, same_year.print_copies) == (61, YearNumber(7, 2026), 35)
    assert same_year.number_line() == "2026年第7期（总第61期）"
    new_year = archive.next_issue(SERIES, today=dt.date(2027, 1, 4))
    assert (new_year.number, new_year.year_number) == (61, YearNumber(1, 2027))
    assert new_year.number_line() == "2027年第1期（总第61期）"


def test_next_issue_of_the_forms_without_year_or_running_number(archive):
    latest = rich_issue(number=60, date=dt.date(2026, 11, 20))
    latest.year_number = YearNumber(6, None)  # 第6期（总第60期）: the year is the date's
    archive.save_issue(latest)
    assert archive.next_issue(SERIES, today=dt.date(2026, 12, 1)).number_line() == "第7期（总第61期）"
    assert archive.next_issue(SERIES, today=dt.date(2027, 1, 4)).number_line() == "第1期（总第61期）"
    hidden = archive.load_issue(archive.list_issues()[0].id)
    hidden.year_number = YearNumber(6, 2026, total=False)  # 2026年第6期: running number kept unprinted
    archive.save_issue(hidden)
    following = archive.next_issue(SERIES, today=dt.date(2027, 1, 4))
    assert (following.number, following.number_line()) == (61, "2027年第1期")


def test_a_plain_series_stays_plain(archive):
    archive.save_issue(plain_issue(9, dt.date(2023, 1, 1), ["唯一的一期。"]))
    nxt = archive.next_issue(SERIES)
    assert (nxt.number, nxt.year_number, nxt.print_copies, nxt.number_line()) == (10, None, None, "第10期")


def test_text_format_writes_the_form_and_states_an_unprinted_running_number():
    issue = rich_issue(number=60)
    issue.year_number, issue.print_copies = YearNumber(6, 2026), 35
    text = write_text(issue)
    assert "\n\n2026年第6期（总第60期）\n\n" in text and text.endswith("\n（共印35份）\n")
    assert read_text(text) == issue
    issue.year_number = YearNumber(6, 2026, total=False)
    text = write_text(issue)
    assert "\\期号|60|2026年第6期\n" in text
    assert read_text(text) == issue
    same = dataclasses.replace(issue, number=6)  # the year's number: the ordinary line reads back
    assert "\n2026年第6期\n" in write_text(same) and read_text(write_text(same)) == same


def test_a_malformed_explicit_number_line_is_read_as_text():
    text = write_text(rich_issue(number=60)).replace("第60期", "\\期号|六十|2026年第6期", 1)
    with pytest.raises(BulletinFormatError, match="找不到期号"):
        read_text(text)


def test_saved_defaults_fix_the_form_and_print_run_of_new_issues(archive):
    latest = rich_issue(number=60, date=dt.date(2026, 11, 20))
    latest.year_number, latest.print_copies = YearNumber(6, 2026), 35
    archive.save_issue(latest)
    series = archive.get_series(SERIES)
    assert series.numbering is None  # nothing saved: new issues follow the latest
    series.numbering = NumberingDefaults("no-total", 50)
    archive.save_series(series)
    assert archive.get_series(SERIES).numbering == NumberingDefaults("no-total", 50)
    stored = archive.load_issue(archive.list_issues()[0].id)
    stored.print_copies = 40  # the latest issue changed afterwards: the defaults still stand
    archive.save_issue(stored)
    nxt = archive.next_issue(SERIES, today=dt.date(2026, 12, 1))
    assert (nxt.number, nxt.year_number, nxt.print_copies) == (61, YearNumber(7, 2026, total=False), 50)
    assert archive.next_issue(SERIES, today=dt.date(2027, 1, 4)).number_line() == "2027年第1期"

    series.numbering = NumberingDefaults("plain", None)
    archive.save_series(series)
    nxt = archive.next_issue(SERIES, today=dt.date(2026, 12, 1))
    assert (nxt.number_line(), nxt.print_copies) == ("第61期", None)


def test_defaults_numbering_by_the_year_start_a_plain_series_counting_the_years_issues(archive):
    for number, date in ((8, dt.date(2025, 12, 1)), (9, dt.date(2026, 1, 5)), (10, dt.date(2026, 2, 2))):
        archive.save_issue(plain_issue(number, date, [f"第{number}期。"]))
    series = archive.get_series(SERIES)
    series.numbering = NumberingDefaults("year", 20)
    archive.save_series(series)
    nxt = archive.next_issue(SERIES, today=dt.date(2026, 3, 2))
    assert (nxt.number_line(), nxt.print_copies) == ("2026年第3期（总第11期）", 20)


def test_a_new_series_with_saved_defaults_starts_at_the_first_number_of_the_year(archive):
    archive.save_series(Series("新刊物", numbering=NumberingDefaults("year", 30)))
    first = archive.next_issue("新刊物", today=dt.date(2026, 5, 6))
    assert (first.number_line(), first.print_copies) == ("2026年第1期（总第1期）", 30)


def test_series_stored_before_the_migration_have_no_saved_numbering(tmp_path):
    path = tmp_path / "archive.sqlite"
    conn, _series = archive_before(path, schema._series_numbering)
    conn.close()
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.get_series(SERIES).numbering is None


def test_the_running_number_with_its_zong_through_json_the_next_issue_and_the_command_line(tmp_path, capsys):
    """总第60期: its JSON reads back; the next issue of the bulletin is 总第61期;
    ``masthead --number-form total`` sets it, plain takes it back, and a number within the
    year is refused with it."""
    from bulletin_desktop.cli import main
    from bulletin_desktop.core.issue_json import issue_from_dict
    from bulletin_desktop.core.model import NUMBER_FORMS, number_form, year_number_in_form

    issue = rich_issue(number=60)
    issue.year_number = YearNumber(None)
    assert issue.number_line() == "总第60期" and number_form(issue.year_number) == "total" == NUMBER_FORMS[-1]
    assert year_number_in_form("total", 6, 2026) == YearNumber(None)
    data = issue_to_dict(issue)
    assert data["year_number"] == {"number": None, "year": None, "total": True}
    assert issue_from_dict(data).number_line() == "总第60期"
    path = tmp_path / "zong.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        issue_id = archive.add_issue(issue)
        assert archive.next_issue(issue.series).number_line() == "总第61期"
    assert main(["masthead", "--db", str(path), f"id:{issue_id}", "--number-form", "plain", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["number_line"] == "第60期"
    assert main(["masthead", "--db", str(path), f"id:{issue_id}", "--number-form", "total", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["number_line"] == "总第60期"
    assert main(["masthead", "--db", str(path), f"id:{issue_id}", "--number-form", "total", "--year-number", "3"]) != 0
