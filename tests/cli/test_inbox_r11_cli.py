"""Round 11 through the command line, in 平顶山市's archive: a folder with one file holding two
units' pieces and a copy sent again marked only in its file name; stats --special. What the
clerk expects is written before each check."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main
from plain_docx import plain_docx

ISSUE = """平顶山应急管理信息
第41期
平顶山市应急管理局　　2026年11月27日
【工作动态】
11月26日，**宝丰县**开展冬季消防安全检查。
【县区动态】
"""
SPECIAL = """平顶山应急管理信息
防汛专刊
第42期
平顶山市应急管理局　　2026年11月28日
【工作动态】
11月27日，**宝丰县**开展防汛演练。
11月27日，**郏县**转移安置群众120人。
"""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "pingdingshan.sqlite"
    for name, text in (("41.txt", ISSUE), ("42.txt", SPECIAL)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["import", "--db", str(path), str(tmp_path / name)]) == 0
    for unit in ("宝丰县", "郏县", "叶县"):
        main(["units", "add", "--db", str(path), unit])
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_folder_with_two_units_file_and_a_resend_named_so(db, tmp_path, capsys):
    """The folder holds 11月信息汇总.docx (宝丰县's and 郏县's pieces, each signed) and 叶县's piece;
    inbox add prints three submissions, one line each, the gathered file's two under its
    name with their own units. Then 叶县's piece comes again, its file named （修改稿）: nothing new
    is printed, the clerk is told it replaced 叶县's (its number), and 叶县 has sent one."""
    folder = tmp_path / "11月"
    folder.mkdir()
    plain_docx(folder / "11月信息汇总.docx", ["宝丰县开展消防演练", "11月24日，宝丰县开展消防演练。", "（宝丰县应急管理局）",
                                          "郏县开展燃气检查", "11月25日，郏县开展燃气检查。", "（郏县应急管理局）"])
    plain_docx(folder / "叶县-11月信息.docx", ["叶县开展非煤矿山检查", "11月8日，叶县检查非煤矿山企业15家。", "（叶县应急管理局）"])
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(folder), "--received", "2026-11-26")
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(line[1], line[3]) for line in lines] == [("宝丰县", "11月信息汇总.docx"), ("郏县", "11月信息汇总.docx"),
                                                    ("叶县", "叶县-11月信息.docx")]
    ye = lines[2][0]
    again = plain_docx(tmp_path / "叶县-11月信息（修改稿）.docx",
                       ["叶县开展非煤矿山检查", "11月8日，叶县检查非煤矿山企业18家。", "（叶县应急管理局）"])
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(again), "--received", "2026-11-27")
    assert code == 0 and out == "" and f"第{ye}号来稿的更正稿" in err
    code, out, err = cli(capsys, "stats", "--db", str(db), "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    units = {u["unit"]: u for u in json.loads(out)["units"]}
    assert (units["叶县"]["submitted"], units["宝丰县"]["submitted"], units["郏县"]["submitted"]) == (1, 1, 1)


def test_stats_with_the_special_issue_counted_left_out_or_alone(db, capsys, tmp_path):
    """宝丰县 is in the regular issue and in the 防汛专刊, 郏县 only in the 专刊. --special include
    (the default) counts 宝丰县 2 (其中专刊 1), exclude 1 and 郏县 nothing, only 1 each; the CSV's
    note and the 通报 say which; a wrong word is refused with the choices."""
    span = ["--from", "2026-11-01", "--to", "2026-11-30"]

    def adopted(special: str) -> dict:
        code, out, err = cli(capsys, "stats", "--db", str(db), *span, "--special", special, "--json")
        assert code == 0, err
        return {u["unit"]: (u["adopted"], u["special"]) for u in json.loads(out)["units"] if u["adopted"]}

    assert adopted("include") == {"宝丰县": (2, 1), "郏县": (1, 1)}
    assert adopted("exclude") == {"宝丰县": (1, 0)}
    assert adopted("only") == {"宝丰县": (1, 1), "郏县": (1, 1)}
    code, out, err = cli(capsys, "stats", "--db", str(db), *span, "--special", "exclude", "--format", "csv")
    assert "采用数不含专刊" in out.splitlines()[-1]
    with pytest.raises(SystemExit):
        main(["stats", "--db", str(db), *span, "--special", "专刊"])
    assert "include" in capsys.readouterr().err
