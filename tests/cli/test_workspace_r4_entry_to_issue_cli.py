"""``entry move … --to-issue``: an entry leaves its issue for the same-named section (or the one
given) of another, both saved at once; the submission it was adopted from counts for the new
issue; a final issue on either side, a missing section and the same issue are refused in words."""
from __future__ import annotations

import json

import pytest

from test_cli import imported_sample, run_in as run, show_json


@pytest.fixture
def db(tmp_path, sample_text, capsys):
    path = imported_sample(tmp_path, sample_text)
    assert run(path, capsys, "new")[0] == 0  # 第53期, with the sections of 第52期
    return path


def _section(db, capsys, number: str, title: str) -> list[dict]:
    return next(s for s in show_json(db, number, capsys)["sections"] if s["title"] == title)["entries"]


def test_the_entry_goes_to_the_same_named_section_of_the_other_issue(db, capsys):
    before = _section(db, capsys, "52", "隐患排查")
    moved = before[1]
    code, out, err = run(db, capsys, "entry", "move", "52", "隐患排查", "2", "--to-issue", "53")
    assert code == 0, err
    assert "第53期" in out and "隐患排查" in out
    assert _section(db, capsys, "52", "隐患排查") == [before[0], *before[2:]]
    assert _section(db, capsys, "53", "隐患排查")[-1]["body"] == moved["body"]
    code, out, _err = run(db, capsys, "trash", "list", "--json")
    assert json.loads(out) == []  # moved, not deleted
    code, out, _err = run(db, capsys, "search", moved["body"][4:14], "--json")
    assert {hit["number"] for hit in json.loads(out)} == {53}


def test_another_section_and_place_may_be_named(db, capsys):
    moved = _section(db, capsys, "52", "督导检查")[0]
    first_there = _section(db, capsys, "53", "应急演练")
    code, _out, err = run(db, capsys, "entry", "move", "52", "督导检查", "1", "--to-issue", "第53期",
                          "--section", "应急演练", "--at", "1")
    assert code == 0, err
    assert _section(db, capsys, "53", "应急演练")[0]["body"] == moved["body"]
    assert _section(db, capsys, "53", "应急演练")[1:] == first_there


def test_refusals_are_said_and_change_nothing(db, capsys):
    before = show_json(db, "52", capsys), show_json(db, "53", capsys)
    code, _out, err = run(db, capsys, "entry", "move", "52", "隐患排查", "1", "--to-issue", "52")
    assert code == 1 and "同一期" in err
    code, _out, err = run(db, capsys, "entry", "move", "52", "隐患排查", "1", "--to-issue", "53", "--section", "要闻")
    assert code == 1 and "没有栏目“要闻”" in err
    assert run(db, capsys, "finalize", "53")[0] == 0
    code, _out, err = run(db, capsys, "entry", "move", "52", "隐患排查", "1", "--to-issue", "53")
    assert code == 1 and "第53期已定稿，不能移入条目" in err and "Traceback" not in err
    assert run(db, capsys, "reopen", "53")[0] == 0
    assert run(db, capsys, "finalize", "52")[0] == 0
    code, _out, err = run(db, capsys, "entry", "move", "52", "隐患排查", "1", "--to-issue", "53")
    assert code == 1 and "第52期已定稿，不能移出条目" in err
    after = show_json(db, "52", capsys), show_json(db, "53", capsys)
    assert [s["entries"] for s in after[0]["sections"]] == [s["entries"] for s in before[0]["sections"]]
    assert [s["entries"] for s in after[1]["sections"]] == [s["entries"] for s in before[1]["sections"]]


def test_a_section_the_other_issue_lacks_is_refused_naming_its_sections(db, capsys):
    assert run(db, capsys, "section", "rename", "53", "隐患排查", "排查整治")[0] == 0
    code, _out, err = run(db, capsys, "entry", "move", "52", "隐患排查", "1", "--to-issue", "53")
    assert code == 1 and "没有栏目“隐患排查”" in err and "排查整治" in err and "--to-section" in err


def test_a_number_alone_is_read_in_the_entrys_own_bulletin(db, capsys, tmp_path, sample_text):
    """Another bulletin has a 第53期 too: ``--to-issue 53`` is the entry's own bulletin's, and a
    number only the other bulletin has is found there."""
    other = tmp_path / "other.txt"
    other.write_text(sample_text.replace("漯河安全生产简报", "郾城区安全生产信息", 1), encoding="utf-8")
    assert run(db, capsys, "import", str(other), "--series", "郾城区安全生产信息")[0] == 0  # its 第52期
    assert run(db, capsys, "new", "--series", "郾城区安全生产信息")[0] == 0  # its 第53期
    assert run(db, capsys, "new", "--series", "郾城区安全生产信息")[0] == 0  # its 第54期, the only one
    code, out, err = run(db, capsys, "entry", "move", "漯河安全生产简报:52", "隐患排查", "1", "--to-issue", "53")
    assert code == 0, err
    assert "《漯河安全生产简报》第53期" in out
    code, out, err = run(db, capsys, "entry", "move", "漯河安全生产简报:52", "隐患排查", "1", "--to-issue", "54")
    assert code == 0, err
    assert "《郾城区安全生产信息》第54期" in out


def test_new_starts_the_bulletins_next_issue_with_the_entry_in_it(db, capsys):
    moved = _section(db, capsys, "52", "督导检查")[0]
    code, out, err = run(db, capsys, "entry", "move", "52", "督导检查", "1", "--to-issue", "new")
    assert code == 0, err
    assert "已新建《漯河安全生产简报》第54期" in out
    assert [e["body"] for e in _section(db, capsys, "54", "督导检查")] == [moved["body"]]
    assert _section(db, capsys, "52", "督导检查") == []
    code, out, _err = run(db, capsys, "list", "--json")
    assert sorted(issue["number"] for issue in json.loads(out)) == [52, 53, 54]
