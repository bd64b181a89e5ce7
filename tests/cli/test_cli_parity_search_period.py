"""``search --period``: the search panel's 上月 (and the statistics' other periods) on the
command line. An issue dated last month is found with last-month and not with month; a
named period (2024Q4) finds what it holds; conflicting or wrong periods are refused."""
from __future__ import annotations

import datetime as dt
import json

import pytest


from test_cli import imported_sample, run_in as run


def found_numbers(db, capsys, *options: str) -> list[int]:
    code, out, err = run(db, capsys, "search", "汛期巡堤", "--json", *options)
    assert code == 0, err
    return sorted({hit["number"] for hit in json.loads(out)})


@pytest.fixture
def db(tmp_path, sample_text, capsys):
    """Issue 52 as imported (2022), 53 dated in the middle of last month, 54 today; each holds
    the searched words."""
    db = imported_sample(tmp_path, sample_text)
    last_month = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    for number, date in ((53, last_month.replace(day=15)), (54, dt.date.today())):
        assert run(db, capsys, "new")[0] == 0
        assert run(db, capsys, "masthead", str(number), "--date", date.isoformat())[0] == 0
        assert run(db, capsys, "entry", "add", str(number), "1", f"{date.month}月{date.day}日，**息县水利局**组织汛期巡堤。")[0] == 0
    assert run(db, capsys, "entry", "add", "52", "1", "11月19日，**息县水利局**总结汛期巡堤工作。")[0] == 0
    return db


def test_last_month_is_the_month_before_this_one(db, capsys):
    assert found_numbers(db, capsys) == [52, 53, 54]
    assert found_numbers(db, capsys, "--period", "last-month") == [53]
    assert found_numbers(db, capsys, "--period", "month") == [54]
    assert found_numbers(db, capsys, "--period", "2022Q4") == [52]
    assert found_numbers(db, capsys, "--period", "2022年第四季度") == [52]


@pytest.mark.parametrize("options, said", [
    (["--period", "last-month", "--year", "2022"], "--period 不能与 --year、--from、--to 同时使用"),
    (["--period", "2022Q4", "--from", "2022-10-01"], "--period 不能与 --year、--from、--to 同时使用"),
    (["--period", "前两个月"], "--period 只能是"),
    (["--period", "2022-13"], "月份应在 1 到 12 之间"),
])
def test_a_wrong_period_is_a_usage_error_in_chinese(db, capsys, options, said):
    code, out, err = run(db, capsys, "search", "汛期巡堤", *options)
    assert code == 2 and said in err and out == "" and "Traceback" not in err
