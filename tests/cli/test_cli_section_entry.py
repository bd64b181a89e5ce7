"""``section`` and ``entry``: the window's 条目 menu on the command line. Each is one saved
change of one issue; what is deleted goes to the trash; a final issue is refused."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample, show_json, run_in as run


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def titles(db, capsys) -> list[str]:
    return [s["title"] for s in show_json(db, "52", capsys)["sections"]]


def test_sections_are_added_renamed_moved_and_deleted(db, capsys):
    before = titles(db, capsys)
    assert run(db, capsys, "section", "add", "52", "工作动态")[0] == 0
    assert titles(db, capsys) == [*before, "工作动态"]
    assert run(db, capsys, "section", "add", "52", "要闻", "--at", "1")[0] == 0
    assert run(db, capsys, "section", "rename", "52", "工作动态", "基层动态")[0] == 0
    assert run(db, capsys, "section", "move", "52", "基层动态", "2")[0] == 0
    assert titles(db, capsys) == ["要闻", "基层动态", *before]
    assert run(db, capsys, "section", "move", "52", "1", "3")[0] == 0  # by its place, to a place after it
    assert titles(db, capsys) == ["基层动态", before[0], "要闻", *before[1:]]
    code, out, _err = run(db, capsys, "section", "delete", "52", before[0])
    assert code == 0 and before[0] in out
    assert titles(db, capsys) == ["基层动态", "要闻", *before[1:]]
    code, out, _err = run(db, capsys, "trash", "list", "--json")
    assert [item["kind"] for item in json.loads(out)] == ["section"]


def test_entries_are_added_with_date_and_bold_unit_moved_and_deleted(db, capsys):
    section = titles(db, capsys)[0]
    count = len(show_json(db, "52", capsys)["sections"][0]["entries"])
    code, out, _err = run(db, capsys, "entry", "add", "52", section, "11月20日，**郾城区**召开安全生产会议。", "--at", "1")
    assert code == 0 and "第 1 条" in out
    first = show_json(db, "52", capsys)["sections"][0]["entries"][0]
    assert (first["date"], first["unit"], first["body"]) == ("11月20日", "郾城区", "召开安全生产会议。")
    assert run(db, capsys, "entry", "add", "52", "1", "第一段。", "第二段。", "--title", "经验交流")[0] == 0
    entries = show_json(db, "52", capsys)["sections"][0]["entries"]
    assert len(entries) == count + 2 and entries[-1]["kind"] == "article" and entries[-1]["title"] == "经验交流"
    assert run(db, capsys, "entry", "move", "52", section, "1", "--at", "3")[0] == 0
    assert show_json(db, "52", capsys)["sections"][0]["entries"][2]["unit"] == "郾城区"
    other = titles(db, capsys)[1]
    assert run(db, capsys, "entry", "move", "52", section, "3", "--to-section", other, "--at", "1")[0] == 0
    assert show_json(db, "52", capsys)["sections"][1]["entries"][0]["unit"] == "郾城区"
    code, out, _err = run(db, capsys, "entry", "delete", "52", other, "1")
    assert code == 0 and "郾城区" in out
    assert len(show_json(db, "52", capsys)["sections"][1]["entries"]) == 1
    code, out, _err = run(db, capsys, "trash", "list", "--json")
    assert [item["kind"] for item in json.loads(out)] == ["entry"]


def test_a_section_or_an_entry_is_duplicated_right_after_itself(db, capsys):
    before = show_json(db, "52", capsys)["sections"]
    assert run(db, capsys, "entry", "duplicate", "52", "1", "1")[0] == 0
    entries = show_json(db, "52", capsys)["sections"][0]["entries"]
    assert entries[1]["markup"] == entries[0]["markup"] == before[0]["entries"][0]["markup"]
    assert len(entries) == len(before[0]["entries"]) + 1
    assert run(db, capsys, "section", "duplicate", "52", "2")[0] == 0
    after = show_json(db, "52", capsys)["sections"]
    assert [s["title"] for s in after] == [before[0]["title"], before[1]["title"], *[s["title"] for s in before[1:]]]
    assert after[2]["entries"] == after[1]["entries"]


@pytest.mark.parametrize("argv, code, said", [
    (["section", "rename", "52", "没有这个栏目", "x"], 1, "这一期的栏目"),
    (["section", "delete", "52", "99"], 1, "没有栏目"),
    (["entry", "delete", "52", "1", "99"], 1, "没有第 99 条"),
    (["entry", "add", "52", "1", "  "], 2, "正文不能为空"),
    (["entry", "add", "52", "1", "一段。", "  "], 2, "正文不能为空"),  # several: none is added
    (["entry", "add", "52", "1", "一行\n两\x07行"], 2, "控制字符"),  # (a line break ends a paragraph; a tab parts cells)
    (["section", "add", "52", "x", "--at", "0"], 2, "不在 1 到"),
])
def test_mistakes_are_refused_in_one_chinese_sentence_and_change_nothing(db, capsys, argv, code, said):
    before = show_json(db, "52", capsys)
    got, out, err = run(db, capsys, *argv)
    assert got == code and out == "" and said in err and "Traceback" not in err
    assert show_json(db, "52", capsys) == before


def test_a_final_issue_is_not_changed(db, capsys):
    assert main(["finalize", "--db", str(db), "52"]) == 0
    capsys.readouterr()
    before = show_json(db, "52", capsys)
    code, _out, err = run(db, capsys, "section", "add", "52", "工作动态")
    assert code == 1 and "定稿" in err and "reopen" in err
    assert show_json(db, "52", capsys)["sections"] == before["sections"]
