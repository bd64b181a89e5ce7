"""``--from`` and ``--to`` of search, stats and the inbox list take a year or a month as the
clerk writes a range of them (``--from 2022 --to 2023``): from the first day of the one,
to the last day of the other; a day is read as before, and what is neither is refused."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.cli.arg_types import first_day, last_day
from bulletin_desktop.core.archive import Archive


@pytest.mark.parametrize("text, first, last", [
    ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("２０２２年１１月", dt.date(2022, 11, 1), dt.date(2022, 11, 30)),
    ("2022Q4", dt.date(2022, 10, 1), dt.date(2022, 12, 31)),
    ("2022-11-21", dt.date(2022, 11, 21), dt.date(2022, 11, 21)),
])
def test_a_year_or_month_bounds_a_range_by_its_first_and_last_day(text, first, last):
    assert (first_day(text), last_day(text)) == (first, last)


@pytest.fixture
def db(tmp_path, sample_issue):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)  # 2022年11月21日
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_by_years_finds_the_issue_inside_them_only(db, capsys):
    code, out, _ = _run(capsys, "search", "--db", str(db), "检查", "--from", "2021", "--to", "2022")
    assert code == 0 and "第52期" in out
    code, out, _ = _run(capsys, "search", "--db", str(db), "检查", "--from", "2022-12", "--to", "2023")
    assert code == 0 and "第52期" not in out and "没有找到" in out + _
    # a month as --to reaches its last day: the issue of 21 November is inside 2022年11月
    code, out, _ = _run(capsys, "search", "--db", str(db), "检查", "--to", "2022年11月")
    assert code == 0 and "第52期" in out


def test_stats_over_years_run_from_new_year_to_new_year_eve(db, capsys):
    code, out, _ = _run(capsys, "stats", "--db", str(db), "--from", "2022", "--to", "2023", "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["from"], report["to"]) == ("2022-01-01", "2023-12-31")


def test_what_is_no_day_year_or_month_is_refused_in_chinese(db, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["search", "--db", str(db), "检查", "--from", "2022x"])
    assert stop.value.code == 2
    assert "无法识别日期“2022x”" in capsys.readouterr().err
