"""The clerk's month end through the command line, round 12, in 许昌市's archive: a piece sent
again unmarked (told as sent again), a piece two units sign one to a line, who sent nothing
this month, and where one county's pieces were adopted this year (stats --unit). What the
clerk expects is written before each check."""
from __future__ import annotations

import csv
import io
import json

import pytest

from bulletin_desktop.cli import main

ISSUE = """许昌应急管理信息
第30期
许昌市应急管理局　　2026年11月27日
【工作动态】
11月20日，**禹州市**开展冬季消防安全检查。
11月21日，**禹州市**、**长葛市**联合开展交界区域检查。
【县区动态】
"""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "xuchang.sqlite"
    (tmp_path / "30.txt").write_text(ISSUE, encoding="utf-8")
    assert main(["import", "--db", str(path), str(tmp_path / "30.txt")]) == 0
    for unit in ("禹州市", "长葛市", "鄢陵县", "襄城县"):
        main(["units", "add", "--db", str(path), unit])
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _paste(db, tmp_path, capsys, name: str, text: str, received: str) -> tuple[int, str, str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return cli(capsys, "inbox", "add", "--db", str(db), "--text-file", str(tmp_path / name), "--received", received)


def test_a_piece_sent_again_unmarked_is_told_as_sent_again(db, tmp_path, capsys):
    """襄城县 mails its piece again with a figure changed and no word of a correction: the clerk
    is told it is the same piece sent again, that the new text replaced No. N's, and not that it
    is a 更正稿 (the unit never said so)."""
    text = "襄城县开展非煤矿山检查\n11月8日，襄城县对辖区非煤矿山开展检查，检查企业{n}家。\n（襄城县应急管理局）"
    code, out, _err = _paste(db, tmp_path, capsys, "a.txt", text.format(n=15), "2026-11-09")
    first = out.split("\t")[0]
    code, out, err = _paste(db, tmp_path, capsys, "b.txt", text.format(n=18), "2026-11-10")
    assert code == 0 and out == ""
    assert f"与第{first}号来稿是同一篇" in err and "没有注明是更正稿" in err and "是第" not in err


def test_a_piece_two_units_sign_one_to_a_line_counts_for_both(db, tmp_path, capsys):
    code, out, err = _paste(db, tmp_path, capsys, "j.txt", "鄢陵县襄城县联合开展交界区域检查\n11月12日，两县联合检查危化品运输车辆46台次。\n"
                            "鄢陵县应急管理局\n襄城县应急管理局\n2026年11月13日", "2026-11-13")
    assert code == 0, err
    report = json.loads(cli(capsys, "stats", "--db", str(db), "--period", "2026-11")[1])
    submitted = {u["unit"]: u["submitted"] for u in report["units"]}
    assert (submitted["鄢陵县"], submitted["襄城县"], report["total"]["submitted"]) == (1, 1, 1)


def test_who_sent_nothing_this_month(db, tmp_path, capsys):
    """Only 鄢陵县 sent a piece in November and 禹州市, 长葛市 had entries printed: 襄城县 sent
    nothing, and the JSON, the CSV's note and the window's note (the same table_note) say so."""
    _paste(db, tmp_path, capsys, "y.txt", "鄢陵县开展花木市场检查\n11月14日，鄢陵县检查商户54家。\n（鄢陵县应急管理局）", "2026-11-15")
    report = json.loads(cli(capsys, "stats", "--db", str(db), "--period", "2026-11")[1])
    assert report["silent_units"] == ["襄城县"]
    out = cli(capsys, "stats", "--db", str(db), "--period", "2026-11", "--format", "csv")[1]
    assert "2026年11月没有报送信息的单位（1个）：襄城县" in out


def test_where_a_county_s_pieces_were_adopted_this_year(db, tmp_path, capsys):
    """"How many of 长葛市's pieces were adopted this year, and where": stats --unit lists them
    (the joint one marked), as many as its row's 采用, and says the count."""
    code, out, err = cli(capsys, "stats", "--db", str(db), "--period", "2026", "--unit", "长葛市")
    assert code == 0, err
    listed = json.loads(out)
    assert listed["count"] == 1 and [(e["number_line"], e["section"], e["joint"]) for e in listed["entries"]] == [
        ("第30期", "工作动态", True)]
    assert "长葛市" in err and "采用 1 条" in err and "联合报送 1 条" in err
    report = json.loads(cli(capsys, "stats", "--db", str(db), "--period", "2026")[1])
    adopted = {u["unit"]: u["adopted"] for u in report["units"]}
    assert adopted["长葛市"] == 1 and adopted["禹州市"] == 2
    out = cli(capsys, "stats", "--db", str(db), "--period", "2026", "--unit", "禹州市", "--format", "csv")[1]
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert rows[0][:4] == ["日期", "刊物", "期号", "栏目"] and len(rows) == 3


def test_stats_unit_refuses_a_name_it_does_not_know_in_chinese(db, capsys):
    code, _out, err = cli(capsys, "stats", "--db", str(db), "--period", "2026", "--unit", "不存在县")
    assert code != 0 and "Traceback" not in err and "不存在县" in err


def test_merging_a_misspelt_unit_says_which_issue_prints_it(db, tmp_path, capsys):
    """A piece signed （鄢陵县应急管理局） was registered under the clerk's slip 焉陵县 and printed in
    第30期; units merge 焉陵县 鄢陵县 moves the count and says 第30期 prints 焉陵县, with the replace
    command; the replace then corrects the issue."""
    (tmp_path / "31.txt").write_text(ISSUE.replace("第30期", "第31期").replace("**禹州市**、**长葛市**联合", "**焉陵县**")
                                     .replace("**禹州市**开展", "**焉陵县**开展"), encoding="utf-8")
    assert main(["import", "--db", str(db), str(tmp_path / "31.txt")]) == 0
    capsys.readouterr()
    code, _out, err = cli(capsys, "units", "merge", "--db", str(db), "焉陵县", "鄢陵县")
    assert code == 0, err
    assert "第31期2条印作“焉陵县”" in err and "replace 许昌应急管理信息:31 焉陵县 鄢陵县" in err
    assert cli(capsys, "replace", "--db", str(db), "许昌应急管理信息:31", "焉陵县", "鄢陵县")[0] == 0
    report = json.loads(cli(capsys, "stats", "--db", str(db), "--period", "2026")[1])
    assert {u["unit"]: u["adopted"] for u in report["units"]}["鄢陵县"] == 2


def test_stats_unit_written_short_is_refused_with_the_registered_name(db, capsys):
    """The clerk writes 禹州 for 禹州市: refused, and told the name to write."""
    code, _out, err = cli(capsys, "stats", "--db", str(db), "--period", "2026", "--unit", "禹州")
    assert code == 1 and "相近的有：禹州市" in err


def test_renaming_a_unit_says_which_issue_prints_the_old_name(db, tmp_path, capsys):
    (tmp_path / "32.txt").write_text(ISSUE.replace("第30期", "第32期").replace("**禹州市**开展", "**襄城**开展"),
                                     encoding="utf-8")
    assert main(["import", "--db", str(db), str(tmp_path / "32.txt")]) == 0
    main(["units", "add", "--db", str(db), "襄城"])  # (襄城县 retired first: the rename is no merge)
    main(["units", "retire", "--db", str(db), "襄城县"])
    capsys.readouterr()
    code, _out, err = cli(capsys, "units", "rename", "--db", str(db), "襄城", "襄城区")
    assert code == 0, err
    assert "第32期1条印作“襄城”" in err
