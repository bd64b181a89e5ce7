"""The command line refuses what the window does not let stand: an entry date naming a day
no calendar has (13月1日, 2月30日 — the window marks it red as it is typed), and a section
name left empty (printed 【】; the window keeps the old name when its field is emptied).
Each refusal is one Chinese sentence, exits 2 and changes nothing."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample, run_in, show_json


@pytest.fixture
def db(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert main(["section", "--db", str(db), "add", "52", "基层动态"]) == 0
    assert main(["entry", "--db", str(db), "add", "52", "基层动态", "3月2日，**临颍县住建局**开展燃气安全检查。"]) == 0
    capsys.readouterr()
    return db


@pytest.mark.parametrize("date", ["13月1日", "2月30日", "11月31日", "11月30日—11月31日"])
def test_a_day_the_calendar_has_not_is_refused(db, capsys, date):
    code, out, err = run_in(db, capsys, "entry", "edit", "52", "基层动态", "1", "--date", date)
    assert code == 2 and out == ""
    assert date in err and "不存在" in err and "Traceback" not in err
    assert show_json(db, "52", capsys)["sections"][-1]["entries"][0]["date"] == "3月2日"


@pytest.mark.parametrize("date", ["2月29日", "11月30日", "12月31日下午"])
def test_a_day_that_exists_is_taken(db, capsys, date):
    assert run_in(db, capsys, "entry", "edit", "52", "基层动态", "1", "--date", date)[0] == 0
    assert show_json(db, "52", capsys)["sections"][-1]["entries"][0]["date"] == date


@pytest.mark.parametrize("argv", [("section", "rename", "52", "基层动态", ""),
                                  ("section", "rename", "52", "基层动态", "　 "),
                                  ("section", "add", "52", "")])
def test_an_empty_section_name_is_refused(db, capsys, argv):
    before = [section["title"] for section in show_json(db, "52", capsys)["sections"]]
    code, out, err = run_in(db, capsys, *argv)
    assert code == 2 and out == ""
    assert "栏目名称不能为空" in err
    assert [section["title"] for section in show_json(db, "52", capsys)["sections"]] == before
