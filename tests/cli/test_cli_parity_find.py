"""``find``: the window's 在本期中查找 on the command line. Every place in printed order, the
masthead's name and number line included (which ``replace`` leaves alone), each with where it
is; case ignored as the window finds; nothing found is said and is no error; nothing is saved."""
from __future__ import annotations

import json


from test_cli import imported_sample, run_in as run


def test_places_in_printed_order_with_the_masthead_and_the_entries(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert run(db, capsys, "section", "add", "52", "基层动态", "--at", "1")[0] == 0
    assert run(db, capsys, "entry", "add", "52", "基层动态", "5月7日，**遂平县**开展LPG钢瓶抽检。")[0] == 0
    assert run(db, capsys, "entry", "add", "52", "基层动态", "5月8日，**确山县**抽检lpg钢瓶120只。")[0] == 0
    before = db.read_bytes()
    code, out, _err = run(db, capsys, "find", "52", "Lpg", "--json")
    found = json.loads(out)
    assert code == 0 and found["count"] == 2
    assert [(p["section"], p["entry_index"], p["old"]) for p in found["places"]] == [
        ("基层动态", 1, "LPG"), ("基层动态", 2, "lpg")]
    assert "〔LPG〕钢瓶" in found["places"][0]["context"]

    code, out, _err = run(db, capsys, "find", "52", "第52期")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("报头：") and lines[-1] == f"共 {len(lines) - 1} 处。"

    code, out, _err = run(db, capsys, "find", "52", "驻马店")
    assert code == 0 and "没有找到“驻马店”" in out
    assert db.read_bytes() == before


def test_an_empty_text_is_a_usage_error(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    capsys.readouterr()
    code, out, err = run(db, capsys, "find", "52", " ")
    assert code == 2 and "不能为空" in err and out == ""
