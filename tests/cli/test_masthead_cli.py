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
    shown = masthead(db, "52", capsys=capsys)[1]
    assert shown.startswith("漯河安全生产简报\n期号：第52期\n专刊：（安全生产大检查专刊 第34期）\n日期：2022年11月21日\n")
    assert shown.endswith("\n编辑：卜丹 赵贺龙\n审核：翟红伟\n签发：孙全忠\n送：市委常委、市安委会主任、副主任。\n"
                          "发：各县区人民政府，经济技术开发区、市城乡一体化示范区、西城区管委会，市安全生产委员会有关成员单位。\n"
                          "印数：不印\n")
    code, out, _err = masthead(db, "52", "--year-number", "6", "--print-copies", "35", capsys=capsys)
    assert code == 0
    assert out.startswith("漯河安全生产简报\n期号：2022年第6期（总第52期）\n总期号：52\n专刊：（安全生产大检查专刊 第34期）\n")
    assert out.endswith("\n印数：（共印35份）\n")
    data = show_json(db, "52", capsys)
    assert (data["number_line"], data["print_copies"]) == ("2022年第6期（总第52期）", 35)

    assert masthead(db, "52", "--number-form", "no-year", capsys=capsys)[0] == 0
    assert show_json(db, "52", capsys)["number_line"] == "第6期（总第52期）"
    assert masthead(db, "52", "--number-form", "no-total", "--year", "2023", capsys=capsys)[0] == 0
    assert show_json(db, "52", capsys)["number_line"] == "2023年第6期"
    assert masthead(db, "52", "--number", "60", capsys=capsys)[0] == 0  # the running number, unprinted, changes
    assert show_json(db, "60", capsys)["year_number"] == {"number": 6, "year": 2023, "total": False}

    code, out, _err = masthead(db, "60", "--json", "--number-form", "plain", "--no-print-copies", capsys=capsys)
    shown = json.loads(out)
    assert {key: shown[key] for key in ("id", "series", "number", "number_line", "year_number", "special",
                                        "print_copies", "marking")} == {
        "id": data["id"], "series": "漯河安全生产简报", "number": 60, "number_line": "第60期", "year_number": None,
        "special": {"name": "安全生产大检查专刊", "number": 34}, "print_copies": None, "marking": ""}
    assert (shown["date"], shown["office"], shown["signoff"]["signers"]) == ("2022-11-21", "漯河市安全生产委员会办公室", ["孙全忠"])


@pytest.mark.parametrize("args, message, exit_code", [  # 2: the options alone are wrong; 1: not for this issue
    (["--print-copies", "0"], "--print-copies 的值 0 不在 1 到 999999 之间", 2),
    (["--number-form", "year"], "还没有年度期号", 1),
    (["--number-form", "plain", "--year-number", "3"], "只写总期号", 1),
    (["--number-form", "no-year", "--year-number", "3", "--year", "2022"], "不写年份", 1),
    (["--print-copies", "3", "--no-print-copies"], "不能同时使用", 2),
    (["--distribution", "送：市委", "--no-distribution"], "不能同时使用", 2),
])
def test_contradictions_are_refused_in_one_sentence_and_change_nothing(db, capsys, args, message, exit_code):
    before = show_json(db, "52", capsys)
    code, _out, err = masthead(db, "52", *args, capsys=capsys)
    assert code == exit_code and message in err and err.count("\n") == 1 and "Traceback" not in err
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


def test_date_office_sign_off_and_distribution_are_set_as_the_panel_sets_them(db, capsys):
    code, out, err = masthead(db, "52", "--date", "2026年11月20日", "--office", "某市应急管理局办公室",
                              "--editors", "卜　丹　赵贺龙", "--signers", "王五、赵六", "--roles", "主编：张三　校对：李四",
                              "--distribution", "送：市委办公室、市政府办公室", "--distribution", "发：各县区应急局",
                              capsys=capsys)
    assert (code, err) == (0, "")
    assert "日期：2026年11月20日" in out and "编发单位：某市应急管理局办公室" in out and "\n发：各县区应急局\n" in out
    data = show_json(db, "52", capsys)
    assert data["date"] == "2026-11-20" and data["office"] == "某市应急管理局办公室"
    assert data["signoff"]["editors"] == ["卜丹", "赵贺龙"] and data["signoff"]["signers"] == ["王五", "赵六"]
    assert data["signoff"]["reviewers"] == ["翟红伟"]  # not named: kept
    assert data["signoff"]["others"] == ["主编：张三", "校对：李四"]
    assert data["distribution"] == [{"label": "送", "text": "市委办公室、市政府办公室"},
                                    {"label": "发", "text": "各县区应急局"}]
    assert main(["show", "--db", str(db), "52"]) == 0
    printed = capsys.readouterr().out
    assert "送：市委办公室、市政府办公室" in printed and "主编：张三" in printed


def test_distribution_and_roles_can_be_cleared_and_a_bad_date_is_refused(db, capsys):
    code, _out, _err = masthead(db, "52", "--no-distribution", "--roles", "", "--editors", "", capsys=capsys)
    assert code == 0
    data = show_json(db, "52", capsys)
    assert data["distribution"] == [] and data["signoff"]["others"] == [] and data["signoff"]["editors"] == []
    before = show_json(db, "52", capsys)
    with pytest.raises(SystemExit) as exited:  # a usage error (2), as a wrong --number is
        masthead(db, "52", "--date", "2026-02-30", "--office", "改了也不存", capsys=capsys)
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "日期" in err and "Traceback" not in err
    assert show_json(db, "52", capsys) == before  # nothing half-applied
    with pytest.raises(SystemExit):  # refused where the arguments are read, in Chinese
        masthead(db, "52", "--office", "一行\n两行", capsys=capsys)
    assert "只能写一行" in capsys.readouterr().err
