"""Every date the archive stores comes from its one clock: a test sets the time once, makes
each kind of write through the public API, and finds that time in every dated column of
every table (a column added later with a date of its own is checked too), in a new
issue's date and an undated submission's received day."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.units import registry

from test_archive_support import plain_issue, rich_issue

# far from any day the tests run on, with seconds, so that no wall-clock date can pass for it
SET_TIME = dt.datetime(2031, 7, 15, 8, 30, 5)
STORED = "2031-07-15 08:30:05"

# the tables each write below must have dated; the scan finds any others
EXPECTED_DATED = {
    "series", "issues", "entries", "trash", "issue_events", "exports", "units", "submissions",
    "proofread_terms", "proofread_ignores", "proofread_ignored_here", "proofread_units", "proofread_exports",
}


def _dated_columns(archive: Archive) -> dict[str, list[str]]:
    """table: its columns holding a time (``created_at``, ``deleted_at``, ``at`` …)."""
    with archive.reading() as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        found = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            dated = [c for c in columns if c == "at" or c.endswith("_at")]
            if dated:
                found[table] = dated
    return found


def _stored_times(archive: Archive) -> dict[str, set[str]]:
    """table: every time written into its dated columns."""
    times: dict[str, set[str]] = {}
    with archive.reading() as conn:
        for table, columns in _dated_columns(archive).items():
            for column in columns:
                values = {r[0] for r in conn.execute(f"SELECT {column} FROM {table}")}
                if values:
                    times.setdefault(table, set()).update(values)
    return times


def _every_kind_of_write(archive: Archive, tmp_path) -> None:
    imported = archive.add_issue(rich_issue(number=52))  # an import: its series, bold units registered
    issue = archive.next_issue()
    issue.sections[0].entries = plain_issue(1, issue.date, ["3月2日，**西平县**开展消防检查。"]).sections[0].entries
    new_id = archive.save_issue(issue)  # the window's autosave of a new issue
    edited = archive.load_issue(new_id)
    edited.sections[0].entries.clear()  # a save that removes an entry: it goes to the trash
    archive.save_issue(edited)
    other = archive.add_series("应急管理工作简报")
    assert other.id is not None
    archive.rename_series(other.id, "应急管理工作动态")
    archive.set_series_layout(other.id, {"red_rule_pt": 3.0})
    archive.save_defaults_from(archive.load_issue(imported))
    trashed = archive.delete_issue(new_id)
    archive.restore_from_trash(trashed)
    archive.delete_issue(new_id)
    proofread = archive.proofread()
    proofread.set_terms([("安全生产月", "安全生产月", "")])
    proofread.add_term("应急管理厅", "应急管理局", "本市的写法")
    proofread.add_ignore("office_term", "回头看")
    proofread.ignore_here(imported, ("uid", "body", "office_term", "回头看", "开展", "的通知"))
    proofread.confirm_unit("西城区", "源汇区")
    proofread.record_export(imported, 0)
    exported = tmp_path / "第52期.docx"
    exported.write_bytes(b"exported")
    archive.record_export(imported, "docx", exported)
    archive.set_final(imported, True)
    archive.set_final(imported, False)
    archive.set_final_many([imported])
    registry.add_unit(archive, "郾城区应急管理局")
    pasted = make_submission(paragraphs_from_text("关于防汛工作的报告\n我局组织开展防汛演练，参加人员120人。"),
                             source="粘贴", received=None, unit_id=None, today=archive.today())
    add_submissions(archive, [pasted])


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", clock=lambda: SET_TIME, auto_backup=False,
                      backup_on_close=False) as opened:
        yield opened


def test_every_dated_column_holds_the_archive_clock(archive, tmp_path):
    _every_kind_of_write(archive, tmp_path)
    times = _stored_times(archive)
    assert EXPECTED_DATED <= set(times), f"no dated rows in {EXPECTED_DATED - set(times)}"
    wrong = {table: values - {STORED} for table, values in times.items() if values - {STORED}}
    assert wrong == {}


def test_records_the_clerk_reads_back_carry_the_clock(archive, tmp_path):
    _every_kind_of_write(archive, tmp_path)
    imported = archive.find_issues(52)[0].id
    history = archive.issue_history(imported)
    assert {e["at"] for e in history["status_history"]} == {STORED}
    assert {e["at"] for e in history["exports"]} == {STORED}
    assert {item.deleted_at for item in archive.trash_items()} == {STORED}
    assert {summary.updated_at for summary in archive.list_issues()} == {STORED}
    assert archive.proofread().last_export(imported) == (STORED, 0)


def test_a_new_issue_and_an_undated_submission_take_the_clock_day(archive):
    assert archive.today() == SET_TIME.date()
    archive.add_issue(rich_issue(number=52))
    assert archive.next_issue().date == SET_TIME.date()
    # a submission saying nothing of its day is received on the archive's day; one dated
    # later than that day is not believed either
    undated = make_submission(paragraphs_from_text("防汛演练\n我局组织开展防汛演练。"), source="粘贴",
                              received=None, unit_id=None, today=archive.today())
    ahead = make_submission(paragraphs_from_text("防汛检查\n我局开展防汛检查。\n报送时间：2031年8月1日"),
                            source="粘贴", received=None, unit_id=None, today=archive.today())
    assert undated.received == ahead.received == SET_TIME.date()


def test_a_clock_set_after_opening_dates_what_follows(archive):
    """Tests move the clock of an open archive: rows written through the connection by other
    packages (a unit registered) follow it as the archive's own rows do."""
    later = SET_TIME + dt.timedelta(days=400, hours=3)
    archive.clock = lambda: later
    archive.add_issue(rich_issue(number=53))
    registry.add_unit(archive, "召陵区应急管理局")
    times = _stored_times(archive)
    assert times["units"] == times["issues"] == times["series"] == {later.isoformat(sep=" ")}


def test_the_lock_file_names_the_clock_time_it_is_held_since(archive):
    """Another program refused the archive is told since when it is held."""
    from bulletin_desktop.core.archive.lock import lock_path_for, read_holder

    assert read_holder(lock_path_for(archive.path))["since"] == STORED
