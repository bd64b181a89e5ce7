"""``check --ignore-all``: the proofreading dock's 全部忽略 on the command line. The finding's
rule and text are kept in the archive and reported in no issue again, a new one included;
``ignores remove`` brings them back. Argparse's refusals of these options are in Chinese."""
from __future__ import annotations

import json

import pytest


from test_cli import imported_sample, run_in as run

WRONG = "11月3日，**新蔡县信访局**接待群众来放12批次，当场化解矛盾9件。"


def findings(db, capsys, ref: str) -> list[dict]:
    code, out, _err = run(db, capsys, "check", ref, "--json")
    assert code in (0, 1)
    return json.loads(out)


@pytest.fixture
def db(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert run(db, capsys, "entry", "add", "52", "1", WRONG)[0] == 0
    return db


def test_a_finding_ignored_everywhere_is_not_reported_in_a_later_issue(db, capsys):
    [found] = [f for f in findings(db, capsys, "52") if f["found"] == "群众来放"]
    code, out, _err = run(db, capsys, "check", "52", "--ignore-all", str(found["number"]))
    assert "已在各期忽略：群众来放" in out and "\t群众来放\t" not in out
    code, out, _err = run(db, capsys, "ignores", "list", "--json")
    assert [(i["rule"], i["text"]) for i in json.loads(out)] == [(found["rule"], "群众来放")]

    code, out, _err = run(db, capsys, "new")
    assert code == 0
    assert run(db, capsys, "section", "add", "53", "信访工作")[0] == 0
    assert run(db, capsys, "entry", "add", "53", "信访工作", WRONG.replace("11月3日", "11月25日"))[0] == 0
    assert not [f for f in findings(db, capsys, "53") if f["found"] == "群众来放"]

    assert run(db, capsys, "ignores", "remove", found["rule"], "群众来放")[0] == 0
    assert [f["found"] for f in findings(db, capsys, "53") if f["found"] == "群众来放"] == ["群众来放"]


def test_ignored_here_and_everywhere_at_once_are_told_apart_in_json(db, capsys):
    items = findings(db, capsys, "52")
    [wrong] = [f for f in items if f["found"] == "群众来放"]
    other = next(f for f in items if f["found"] != "群众来放")
    code, out, _err = run(db, capsys, "check", "52", "--ignore-all", str(wrong["number"]),
                          "--ignore-here", str(other["number"]), "--json")
    shown = json.loads(out)
    assert shown["cleaned"] is None
    assert {(i["found"], i["everywhere"]) for i in shown["ignored"]} == {("群众来放", True), (other["found"], False)}
    assert "群众来放" not in [f["found"] for f in shown["findings"]]


def test_a_number_not_among_the_findings_keeps_nothing(db, capsys):
    code, _out, err = run(db, capsys, "check", "52", "--ignore-all", "1", "9999")
    assert code == 2 and "没有编号为 9999 的提示" in err
    code, out, _err = run(db, capsys, "ignores", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("argv, said", [
    (["check", "52", "--ignore-all"], "参数 --ignore-all 后面至少需要一个值"),
    (["check", "52", "--ign", "1"], "选项 --ign 不完整"),
])
def test_argparse_refusals_are_chinese(db, capsys, argv, said):
    code, _out, err = run(db, capsys, *argv)
    assert code == 2 and said in err and "expected" not in err and "ambiguous" not in err
