"""Round 9 through the command line, in a county's archive (延津县): a piece sent back and
mended, a piece withdrawn by its unit, a town raised from 乡 to 镇 during the year, and a
range across the new year whose quarters are named by the part of them it takes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_desktop.cli import main

ISSUE = """延津县安全生产简报
第1期
延津县应急管理局　　2024年1月8日
【工作动态】
1月5日，**县应急管理局**召开安全生产例会。
"""


@pytest.fixture
def db(tmp_path) -> Path:
    sample = tmp_path / "yanjin-1.txt"
    sample.write_text(ISSUE, encoding="utf-8")
    path = tmp_path / "yanjin.sqlite"
    assert main(["import", "--db", str(path), str(sample)]) == 0
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _add(capsys, db: Path, tmp_path: Path, name: str, text: str, received: str) -> tuple[int, str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return cli(capsys, "inbox", "add", "--db", str(db), str(path), "--received", received)


def test_sent_back_mended_and_withdrawn(db, tmp_path, capsys):
    code, out, err = _add(capsys, db, tmp_path, "马庄乡.txt",
                          "马庄乡开展危化品检查\n12月8日，马庄乡检查加油站3家。\n（马庄乡人民政府）", "2024-12-09")
    assert code == 0, err
    first = out.split("\t")[0]
    assert cli(capsys, "inbox", "decline", "--db", str(db), first, "--reason", "请补充隐患整改情况", "--returned")[0] == 0
    code, out, err = _add(capsys, db, tmp_path, "修改稿.txt",
                          "马庄乡开展危化品检查（修改稿）\n12月8日，马庄乡检查加油站3家，整改隐患5处。\n（马庄乡人民政府）",
                          "2024-12-11")
    assert code == 0 and out == ""
    assert f"第{first}号来稿的更正稿" in err and "原稿曾标记为退回，现重新列为待处理" in err
    code, out, _ = cli(capsys, "inbox", "list", "--db", str(db), "--status", "待处理", "--json")
    assert [row["id"] for row in json.loads(out)] == [int(first)]
    # the unit takes it back: no new submission, the piece 未采用
    code, out, err = _add(capsys, db, tmp_path, "撤稿.txt",
                          "撤稿说明\n我乡报送的《马庄乡开展危化品检查》一稿暂不刊用，现予撤回。\n（马庄乡人民政府）",
                          "2024-12-12")
    assert code == 0 and out == "" and f"第{first}号来稿《马庄乡开展危化品检查》已标记为未采用" in err
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), first, "--json")
    shown = json.loads(out)
    assert (shown["status"], shown["reason"]) == ("declined", "报送单位于12月12日撤稿")
    code, out, _ = cli(capsys, "inbox", "list", "--db", str(db), "--json")
    assert len(json.loads(out)) == 1


def test_a_town_raised_a_level_is_offered_and_merged(db, tmp_path, capsys):
    _add(capsys, db, tmp_path, "a.txt", "马庄乡秸秆禁烧巡查\n3月2日，马庄乡组织巡查。\n（马庄乡人民政府）", "2024-03-03")
    _add(capsys, db, tmp_path, "b.txt", "马庄镇安全生产检查\n9月2日，马庄镇组织检查。\n（马庄镇人民政府）", "2024-09-03")
    code, out, _ = cli(capsys, "units", "similar", "--db", str(db), "--json")
    assert [(p["source"], p["target"]) for p in json.loads(out)] == [("马庄乡", "马庄镇")]
    # the statistics split it, and say so (the figures stay as the registry has them)
    code, out, err = cli(capsys, "stats", "--db", str(db), "--period", "2024", "--json")
    assert {u["unit"]: u["submitted"] for u in json.loads(out)["units"] if u["submitted"]} == {"马庄乡": 1, "马庄镇": 1}
    assert "“马庄乡”与“马庄镇”" in err and "units merge 马庄乡 马庄镇" in err
    assert cli(capsys, "units", "merge", "--db", str(db), "马庄乡", "马庄镇")[0] == 0
    code, out, err = cli(capsys, "stats", "--db", str(db), "--period", "2024", "--json")
    assert {u["unit"]: u["submitted"] for u in json.loads(out)["units"] if u["submitted"]} == {"马庄镇": 2}
    assert "可能是同一单位" not in err


def test_quarters_cut_by_the_range_are_named_by_their_part(db, tmp_path, capsys):
    _add(capsys, db, tmp_path, "a.txt", "马庄乡岁末检查\n12月27日，马庄乡检查烟花爆竹经营点。\n（马庄乡人民政府）", "2024-12-28")
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--from", "2024-12-01", "--to", "2025-01-31", "--json")
    assert [(q["quarter"], q["title"], q["submitted"]) for q in json.loads(out)["quarters"]] == [
        ("2024Q4", "2024年12月", 1), ("2025Q1", "2025年1月", 0)]
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--period", "2024", "--json")
    assert [q["title"] for q in json.loads(out)["quarters"]] == [f"2024年第{n}季度" for n in "一二三四"]
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--from", "2024-11-15", "--to", "2025-01-31", "--format", "csv",
                       "--by", "quarter")
    assert [line.split(",")[0] for line in out.lstrip("\ufeff").splitlines()[1:3]] == [
        "2024年11月15日—12月31日", "2025年1月"]
