"""``entry add`` given the same entries twice (a paste of an issue copied twice) adds them all,
as the window pastes them, and tells the clerk which repeat one before them: a note on
stderr, and ``"repeat": true`` on those entries with ``--json``; each added entry is said to
be where it went, a copy too. The lines of a page the text brought (a web page's menu path,
its 浏览次数, its 打印 button) are left out and counted on stderr, as the window says."""
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


def test_a_web_page_given_leaves_its_own_lines_out_and_says_how_many(db, capsys):
    page = ("首页 > 工作动态 > 基层信息\n11月19日，**县税务局**设立“综合咨询岗”，解答咨询320余次。\n"
            "浏览次数：236\n【打印本页】　【关闭窗口】")
    before = len(show_json(db, "52", capsys)["sections"][0]["entries"])
    code, out, err = run_in(db, capsys, "entry", "add", "52", "1", page)
    assert code == 0 and out.count("新增") == 1, err
    assert "3 行" in err and "略去" in err
    added = show_json(db, "52", capsys)["sections"][0]["entries"][before]
    assert (added["date"], added["unit"]) == ("11月19日", "县税务局") and "浏览" not in added["body"]
