"""``entry add`` given the same entries twice (a paste of an issue copied twice) adds them all,
as the window pastes them, and tells the clerk which repeat one before them: a note on
stderr, and ``"repeat": true`` on those entries with ``--json``; each added entry is said to
be where it went, a copy too."""
from __future__ import annotations

import json

import pytest

from test_cli import imported_sample, run_in, show_json

_ONCE = "11月20日，**县信访局**开展领导干部接访下访活动。\n11月21日，**县司法局**开展法律援助进社区活动。"


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def test_entries_given_twice_are_added_and_named_on_stderr(db, capsys):
    before = len(show_json(db, "52", capsys)["sections"][0]["entries"])
    code, out, err = run_in(db, capsys, "entry", "add", "52", "1", _ONCE + "\n" + _ONCE)
    assert code == 0, err
    assert [line.split("条新增")[0][-3:] for line in out.splitlines()] == [
        f" {before + n} " for n in range(1, 5)]
    assert "第 3 条、第 4 条" in err and "重复" in err
    assert len(show_json(db, "52", capsys)["sections"][0]["entries"]) == before + 4


def test_with_json_the_copies_are_marked(db, capsys):
    code, out, err = run_in(db, capsys, "entry", "add", "52", "1", "--json", _ONCE, _ONCE.split("\n")[0])
    assert code == 0, err
    assert [entry.get("repeat", False) for entry in json.loads(out)] == [False, False, True]
    assert "第 3 条" in err


def test_entries_given_once_say_nothing_of_copies(db, capsys):
    # the same words on another day or from another unit are no copy
    code, _out, err = run_in(db, capsys, "entry", "add", "52", "1",
                             _ONCE + "\n11月22日，**县信访局**开展领导干部接访下访活动。")
    assert code == 0 and "重复" not in err, err
