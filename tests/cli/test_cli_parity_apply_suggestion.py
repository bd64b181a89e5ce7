"""``check --apply``: the proofreading dock's 应用建议 on the command line. The suggestions of
the numbered findings replace what each found (several in one paragraph too) and the issue
is saved; a finding with nothing to put in its place is refused and nothing is saved."""
from __future__ import annotations

import json

import pytest


from test_cli import imported_sample, run_in as run

WRONG = "11月6日，**正阳县市场监管局**检查加油站7家，接待群众来放3批次，下达整改指令书4分。"


def findings(db, capsys, ref: str = "52") -> list[dict]:
    code, out, _err = run(db, capsys, "check", ref, "--json")
    assert code in (0, 1)
    return json.loads(out)


def last_entry(db, capsys) -> str:
    code, out, _err = run(db, capsys, "show", "52", "--json")
    return json.loads(out)["sections"][0]["entries"][-1]["markup"]


@pytest.fixture
def db(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert run(db, capsys, "entry", "add", "52", "1", WRONG)[0] == 0
    return db


def test_two_suggestions_in_one_entry_are_applied_and_saved(db, capsys):
    numbers = {f["found"]: f["number"] for f in findings(db, capsys) if f["found"] in ("群众来放", "分")}
    code, out, _err = run(db, capsys, "check", "52", "--apply", str(numbers["分"]), str(numbers["群众来放"]), "--json")
    shown = json.loads(out)
    assert sorted(item["found"] for item in shown["applied"]) == ["分", "群众来放"]
    assert not [f for f in shown["findings"] if f["found"] in ("群众来放", "分")]
    assert last_entry(db, capsys) == WRONG.replace("群众来放", "群众来访").replace("4分", "4份")


def test_a_finding_without_a_place_to_change_refuses_them_all(db, capsys):
    assert run(db, capsys, "new")[0] == 0
    assert run(db, capsys, "masthead", "53", "--number", "55")[0] == 0  # the next one skips two numbers
    gap = next(f for f in findings(db, capsys, "55") if f["entry_uid"] is None)
    before = last_entry(db, capsys)
    wrong = next(f for f in findings(db, capsys) if f["found"] == "群众来放")
    code, _out, err = run(db, capsys, "check", "52", "--apply", str(wrong["number"]), "999")
    assert code == 2 and "没有编号为 999 的提示" in err
    code, _out, err = run(db, capsys, "check", "55", "--apply", str(gap["number"]))
    assert code == 2 and "没有可以直接改正的建议" in err and "Traceback" not in err
    assert last_entry(db, capsys) == before


def test_a_final_issue_is_not_corrected(db, capsys):
    wrong = next(f for f in findings(db, capsys) if f["found"] == "群众来放")
    assert run(db, capsys, "finalize", "52")[0] == 0
    code, _out, err = run(db, capsys, "check", "52", "--apply", str(wrong["number"]))
    assert code == 2 and "定稿" in err
    assert "群众来放" in last_entry(db, capsys)


def test_numbers_ignored_and_applied_in_one_command_are_of_the_report_shown(db, capsys):
    numbers = {f["found"]: f["number"] for f in findings(db, capsys) if f["found"] in ("群众来放", "分")}
    assert numbers["群众来放"] < numbers["分"]  # ignoring the first would renumber the second
    code, out, _err = run(db, capsys, "check", "52", "--ignore-here", str(numbers["群众来放"]),
                          "--apply", str(numbers["分"]), "--json")
    shown = json.loads(out)
    assert [item["found"] for item in shown["applied"]] == ["分"]
    assert [item["found"] for item in shown["ignored"]] == ["群众来放"]
    assert last_entry(db, capsys) == WRONG.replace("4分", "4份")
    assert not [f for f in findings(db, capsys) if f["found"] in ("群众来放", "分")]
