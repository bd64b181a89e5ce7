"""``replace``: every place changed with its context and the count, saved as one change; a
dry run saves nothing; nothing found is no error; a final issue is refused."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample, show_json


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def replace(db, *args: str, capsys) -> tuple[int, str, str]:
    code = main(["replace", "--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_each_place_is_listed_and_the_issue_saved(db, capsys):
    code, out, err = replace(db, "52", "市应急管理局", "市应急局", capsys=capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "【督导检查】第1条：11月16日，〔市应急管理局→市应急局〕局长孙全忠带队，先后深入…"
    assert lines[1].startswith("【隐患排查】第3条：…月14日—11月18日，〔市应急管理局→市应急局〕聘请专家")
    assert lines[-1] == "已替换 2 处。"
    entries = [e for section in show_json(db, "52", capsys)["sections"] for e in section["entries"]]
    assert "市应急管理局" not in json.dumps(entries, ensure_ascii=False)
    assert sum(e.get("text", "").count("市应急局") for e in entries) == 2


def test_masthead_and_closing_places_are_named_so(db, capsys):
    code, out, _err = replace(db, "52", "翟红伟", "王五", capsys=capsys)
    assert (code, out) == (0, "报尾：〔翟红伟→王五〕\n已替换 1 处。\n")
    assert show_json(db, "52", capsys)["signoff"]["reviewers"] == ["王五"]
    code, out, _err = replace(db, "52", "漯河市安全生产委员会", "漯河市安委会", "--json", capsys=capsys)
    data = json.loads(out)
    assert data["count"] == 1 and data["places"][0]["place"] == "报头" and data["places"][0]["field"] == "office"


def test_a_dry_run_lists_and_saves_nothing(db, capsys):
    before = show_json(db, "52", capsys)
    code, out, _err = replace(db, "52", "回头看", "“回头看”", "--dry-run", "--json", capsys=capsys)
    data = json.loads(out)
    assert code == 0 and data["dry_run"] and data["count"] == len(data["places"]) > 3
    assert {"section", "entry_index", "context", "old"} <= set(data["places"][0])
    assert show_json(db, "52", capsys) == before
    assert replace(db, "52", "回头看", "X", "--dry-run", capsys=capsys)[1].endswith("（未保存）\n")


def test_nothing_found_is_said_and_is_no_error(db, capsys):
    assert replace(db, "52", "不存在的文字", "X", capsys=capsys) == (0, "没有找到“不存在的文字”。\n", "")


def test_the_bulletin_name_is_not_replaced(db, capsys):
    code, out, _err = replace(db, "52", "漯河安全生产简报", "X", capsys=capsys)
    assert code == 0 and "series rename" in out and out.endswith("已替换 0 处。\n")
    assert show_json(db, "52", capsys)["series"] == "漯河安全生产简报"


def test_a_final_issue_is_refused_like_every_editing_command(db, capsys):
    assert main(["finalize", "--db", str(db), "52"]) == 0
    capsys.readouterr()
    code, out, err = replace(db, "52", "市应急管理局", "市应急局", capsys=capsys)
    assert code == 1 and out == "" and "已定稿" in err and "reopen" in err
    assert "市应急管理局" in json.dumps(show_json(db, "52", capsys), ensure_ascii=False)
    assert replace(db, "52", "市应急管理局", "市应急局", "--dry-run", capsys=capsys)[0] == 0  # looking is no change
