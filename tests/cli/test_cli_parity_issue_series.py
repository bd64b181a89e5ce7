"""``masthead --series``: the masthead panel's bulletin button on the command line. The issue
goes to another bulletin of the archive, named or ``id:N``; a number that bulletin has
already, a bulletin the archive lacks and a final issue are refused, changing nothing."""
from __future__ import annotations

import json

import pytest


from test_cli import imported_sample, run_in as run


def listed(db, capsys) -> list[tuple[str, int]]:
    code, out, _err = run(db, capsys, "list", "--json")
    assert code == 0
    return sorted((item["series"], item["number"]) for item in json.loads(out))


@pytest.fixture
def db(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert run(db, capsys, "series", "add", "防汛工作简报")[0] == 0
    return db


def test_an_issue_moves_to_another_bulletin_by_name_or_id(db, capsys):
    [(old, number)] = listed(db, capsys)
    code, out, _err = run(db, capsys, "masthead", str(number), "--series", "防汛工作简报", "--json")
    assert code == 0 and json.loads(out)["series"] == "防汛工作简报"
    assert listed(db, capsys) == [("防汛工作简报", number)]
    code, out, _err = run(db, capsys, "series", "list", "--json")
    first = next(s for s in json.loads(out) if s["name"] == old)
    assert run(db, capsys, "masthead", f"防汛工作简报:{number}", "--series", f"id:{first['id']}")[0] == 0
    assert listed(db, capsys) == [(old, number)]


def test_a_number_the_other_bulletin_has_is_refused(db, capsys):
    [(old, number)] = listed(db, capsys)
    assert run(db, capsys, "masthead", str(number), "--series", "防汛工作简报")[0] == 0
    assert run(db, capsys, "import", str(db.parent / "052.txt"))[0] == 0  # the same number in the first one again
    before = listed(db, capsys)
    code, out, err = run(db, capsys, "masthead", f"{old}:{number}", "--series", "防汛工作简报")
    assert code == 1 and "已有" in err and "Traceback" not in err and out == ""
    assert listed(db, capsys) == before


@pytest.mark.parametrize("final", [False, True])
def test_an_unknown_bulletin_or_a_final_issue_changes_nothing(db, capsys, final):
    [(_old, number)] = listed(db, capsys)
    if final:
        assert run(db, capsys, "finalize", str(number))[0] == 0
    before = listed(db, capsys)
    target = "防汛工作简报" if final else "抗旱简报"
    code, _out, err = run(db, capsys, "masthead", str(number), "--series", target)
    assert code == 1 and ("定稿" if final else "没有名为《抗旱简报》的刊物") in err
    assert listed(db, capsys) == before
