"""``masthead``: the 期号 line's form and the print note from the command line; ``show``
and ``import --dry-run --json`` carry them."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample, run_cli, show_json


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def masthead(db, *args: str, capsys) -> tuple[int, str, str]:
    code = main(["masthead", "--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_imported_year_form_is_stored_and_shown(tmp_path, capsys, year_form_text):
    source = tmp_path / "第60期.txt"
    source.write_text(year_form_text, encoding="utf-8")
    db = tmp_path / "archive.sqlite"
    assert main(["import", "--db", str(db), "--dry-run", "--json", str(source)]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["number_line"], dry["print_copies"], dry["warnings"]) == ("2026年第6期（总第60期）", 35, [])
    assert main(["import", "--db", str(db), str(source)]) == 0
    capsys.readouterr()
    data = show_json(db, "60", capsys)
    assert data["year_number"] == {"number": 6, "year": 2026, "total": True} and data["print_copies"] == 35
    assert main(["show", "--db", str(db), "60"]) == 0
    shown = capsys.readouterr().out
    assert "\n2026年第6期（总第60期）\n" in shown and shown.endswith("（共印35份）\n")


def test_setting_the_year_form_and_the_print_note(db, capsys):
    assert masthead(db, "52", capsys=capsys)[1] == "漯河安全生产简报\n期号：第52期\n专刊：（安全生产大检查专刊 第34期）\n印数：不印\n"
    code, out, _err = masthead(db, "52", "--year-number", "6", "--print-copies", "35", capsys=capsys)
    assert code == 0
    assert out == "漯河安全生产简报\n期号：2022年第6期（总第52期）\n总期号：52\n专刊：（安全生产大检查专刊 第34期）\n印数：（共印35份）\n"
    data = show_json(db, "52", capsys)
    assert (data["number_line"], data["print_copies"]) == ("2022年第6期（总第52期）", 35)

    assert masthead(db, "52", "--number-form", "no-year", capsys=capsys)[0] == 0
    assert show_json(db, "52", capsys)["number_line"] == "第6期（总第52期）"
    assert masthead(db, "52", "--number-form", "no-total", "--year", "2023", capsys=capsys)[0] == 0
    assert show_json(db, "52", capsys)["number_line"] == "2023年第6期"
    assert masthead(db, "52", "--number", "60", capsys=capsys)[0] == 0  # the running number, unprinted, changes
    assert show_json(db, "60", capsys)["year_number"] == {"number": 6, "year": 2023, "total": False}

    code, out, _err = masthead(db, "60", "--json", "--number-form", "plain", "--no-print-copies", capsys=capsys)
    assert json.loads(out) == {"id": data["id"], "series": "漯河安全生产简报", "number": 60, "number_line": "第60期",
                               "year_number": None, "special": {"name": "安全生产大检查专刊", "number": 34},
                               "print_copies": None, "marking": ""}


@pytest.mark.parametrize("args, message", [
    (["--print-copies", "0"], "--print-copies 的值 0 不在 1 到 999999 之间"),
    (["--number-form", "year"], "还没有年度期号"),
    (["--number-form", "plain", "--year-number", "3"], "只写总期号"),
    (["--number-form", "no-year", "--year-number", "3", "--year", "2022"], "不写年份"),
    (["--print-copies", "3", "--no-print-copies"], "不能同时使用"),
])
def test_contradictions_are_refused_in_one_sentence_and_change_nothing(db, capsys, args, message):
    before = show_json(db, "52", capsys)
    code, _out, err = masthead(db, "52", *args, capsys=capsys)
    assert code == 1 and message in err and err.count("\n") == 1 and "Traceback" not in err
    assert show_json(db, "52", capsys) == before


def test_a_final_issue_is_not_changed(db, capsys):
    assert main(["finalize", "--db", str(db), "52"]) == 0
    capsys.readouterr()
    code, _out, err = masthead(db, "52", "--print-copies", "35", capsys=capsys)
    assert code == 1 and "定稿" in err
    assert show_json(db, "52", capsys)["print_copies"] is None


def test_the_command_runs_as_a_process_with_chinese_help(db):
    result = run_cli("masthead", "--help")
    assert result.returncode == 0 and "期号行的写法" in result.stdout and "印数" in result.stdout
    result = run_cli("masthead", "--db", str(db), "52", "--number-form", "odd")
    assert result.returncode == 2 and "无效" in result.stderr and "Traceback" not in result.stderr


def test_list_search_delete_and_trash_name_the_issue_as_its_masthead_does(db, capsys):
    assert masthead(db, "52", "--year-number", "6", capsys=capsys)[0] == 0
    line = "2022年第6期（总第52期）"
    assert main(["list", "--db", str(db)]) == 0
    assert f"\t漯河安全生产简报 {line}（安全生产大检查专刊 第34期）\t2022-11-21\t" in capsys.readouterr().out
    assert main(["list", "--db", str(db), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["number"], row["number_line"]) == (52, line)
    assert main(["search", "--db", str(db), "金大地"]) == 0
    assert capsys.readouterr().out.startswith(f"漯河安全生产简报 {line}（2022-11-21）【")
    assert main(["search", "--db", str(db), "金大地", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["number_line"] == line
    assert main(["delete", "--db", str(db), "52"]) == 0
    assert capsys.readouterr().out.startswith(f"已将《漯河安全生产简报》{line}移入回收站")
    assert main(["trash", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.endswith(f"\t一期\t《漯河安全生产简报》{line}（2022年11月21日）\n")


def test_the_marks_above_the_name_are_set_shown_and_cleared(db, tmp_path, capsys):
    code, out, _err = masthead(db, "52", "--marking", "内部资料 注意保存", capsys=capsys)
    assert code == 0 and "报头标记：内部资料 注意保存" in out
    code, out, _err = masthead(db, "52", "--json", capsys=capsys)
    assert json.loads(out)["marking"] == "内部资料 注意保存"
    assert main(["export", "--db", str(db), "52", "--format", "txt", "-o", str(tmp_path / "52.txt")]) == 0
    assert (tmp_path / "52.txt").read_text(encoding="utf-8").startswith("内部资料 注意保存\n")
    code, _out, err = masthead(db, "52", "--marking", "长" * 41, capsys=capsys)
    assert code == 1 and "40" in err
    code, out, _err = masthead(db, "52", "--marking", "", capsys=capsys)
    assert code == 0 and "报头标记" not in out
    assert json.loads(masthead(db, "52", "--json", capsys=capsys)[1])["marking"] == ""


def test_the_special_series_with_its_own_number_or_none(db, capsys):
    code, out, _ = masthead(db, "52", capsys=capsys)
    assert code == 0 and "专刊：（安全生产大检查专刊 第34期）" in out
    code, out, _ = masthead(db, "52", "--special-number", "0", capsys=capsys)
    assert code == 0 and "专刊：（安全生产大检查专刊）" in out
    assert show_json(db, "52", capsys)["special"] == {"name": "安全生产大检查专刊", "number": None}
    assert main(["export", "--db", str(db), "52", "--format", "txt", "-o", str(db.parent / "52.txt")]) == 0
    capsys.readouterr()
    assert "（安全生产大检查专刊）" in (db.parent / "52.txt").read_text(encoding="utf-8").splitlines()
    code, out, _ = masthead(db, "52", "--special", "防汛专刊", "--special-number", "3", "--json", capsys=capsys)
    assert json.loads(out)["special"] == {"name": "防汛专刊", "number": 3}
    code, out, _ = masthead(db, "52", "--special", "", capsys=capsys)
    assert code == 0 and "专刊" not in out and show_json(db, "52", capsys)["special"] is None
    code, out, err = masthead(db, "52", "--special-number", "5", capsys=capsys)
    assert code != 0 and "没有专刊" in err and "Traceback" not in err
    assert show_json(db, "52", capsys)["special"] is None
