"""Round 10 through the command line, in 呼伦贝尔市's archive: banners' offices sending pieces,
a submission of three items two of which are adopted, the issue renumbered and redated, and
a Word file repeating a mailed piece. What the clerk expects is written before each check."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from plain_docx import plain_docx

ISSUE = """呼伦贝尔应急管理信息
第5期
呼伦贝尔市应急管理局　　2026年5月15日
【工作动态】
5月12日，**市应急管理局**召开森林草原防火调度会。
【旗市区动态】
"""


@pytest.fixture
def db(tmp_path) -> Path:
    sample = tmp_path / "hulunbuir-5.txt"
    sample.write_text(ISSUE, encoding="utf-8")
    path = tmp_path / "hulunbuir.sqlite"
    assert main(["import", "--db", str(path), str(sample)]) == 0
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _add(capsys, db: Path, path: Path, received: str) -> tuple[int, str, str]:
    return cli(capsys, "inbox", "add", "--db", str(db), str(path), "--received", received)


def _unit(report: dict, name: str) -> tuple | None:
    row = next((u for u in report["units"] if u["unit"] == name), None)
    return (row["submitted"], row["adopted_submissions"], row["adopted"]) if row else None


def test_three_items_two_adopted_then_the_issue_renumbered_and_redated(db, tmp_path, capsys):
    """鄂温克族自治旗's office sends three items, not yet in the registry: the banner is registered
    (县区). Items 1 and 3 go into issue 5: one piece sent and adopted, two items printed, in May.
    The issue becomes 第7期 dated June 2: the piece says it went into 第7期, June has the items."""
    piece = tmp_path / "鄂温克旗信息.txt"
    piece.write_text("鄂温克族自治旗应急管理局信息三则\n1．5月6日，鄂温克族自治旗开展防火宣传进社区活动。\n"
                     "2．5月7日，鄂温克族自治旗组织森林消防队伍开展拉动演练。\n3．5月8日，鄂温克族自治旗召开防火工作推进会。\n"
                     "（鄂温克族自治旗应急管理局）", encoding="utf-8")
    code, out, err = _add(capsys, db, piece, "2026-05-09")
    assert code == 0, err
    sid = out.split()[0]
    code, out, err = cli(capsys, "units", "list", "--db", str(db), "--json")
    units = {u["name"]: u["category"] for u in json.loads(out)}
    assert units.get("鄂温克族自治旗") == "县区" and "鄂温克族自治旗应急管理局" not in units
    for candidate in ("1", "3"):
        code, out, err = cli(capsys, "inbox", "adopt", "--db", str(db), sid, "--issue", "5", "--section", "旗市区动态",
                             "--candidate", candidate)
        assert code == 0, err
    code, out, err = cli(capsys, "stats", "--db", str(db), "--period", "2026", "--json")
    report = json.loads(out)
    assert _unit(report, "鄂温克族自治旗") == (1, 1, 2)
    assert report["months"][4]["adopted"] == 3 and report["months"][5]["adopted"] == 0  # with the city's own
    code, out, err = cli(capsys, "masthead", "--db", str(db), "5", "--number", "7", "--date", "2026-06-02")
    assert code == 0, err
    code, out, err = cli(capsys, "inbox", "show", "--db", str(db), sid, "--json")
    shown = json.loads(out)
    assert shown["adopted_into"] and all("第7期" in place for place in shown["adopted_into"])
    code, out, err = cli(capsys, "stats", "--db", str(db), "--period", "2026", "--json")
    report = json.loads(out)
    assert _unit(report, "鄂温克族自治旗") == (1, 1, 2)
    assert report["months"][4]["adopted"] == 0 and report["months"][5]["adopted"] == 3
    code, out, err = cli(capsys, "stats", "--db", str(db), "--period", "２０２６年５月", "--json")
    assert _unit(json.loads(out), "鄂温克族自治旗") == (1, 1, 0)  # received in May, printed in June


def test_a_mailed_piece_sent_again_as_a_word_file_is_registered_once(db, tmp_path, capsys):
    mail = tmp_path / "邮件.txt"
    mail.write_text("发件人：阿荣旗应急管理局\n发送时间：2026年4月7日 9:12\n主题：阿荣旗开展春季防火检查\n\n"
                    "4月6日，阿荣旗组织开展春季森林草原防火检查，排查隐患12处。\n\n阿荣旗应急管理局", encoding="utf-8")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(mail))
    assert code == 0, err
    first = out.split()[0]
    word = plain_docx(tmp_path / "阿荣旗开展春季防火检查.docx",
                      ["阿荣旗开展春季防火检查", "4月6日，阿荣旗组织开展春季森林草原防火检查，排查隐患12处。", "阿荣旗应急管理局",
                       "2026年4月8日"])
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(word))
    assert code == 0 and out.strip() == "" and first in err, err
    code, out, err = cli(capsys, "inbox", "list", "--db", str(db), "--json")
    rows = json.loads(out)
    assert len(rows) == 1 and rows[0]["unit"] == "阿荣旗"


def test_the_clerk_renames_a_category_and_sets_one_unit_s(db, tmp_path, capsys):
    """The league calls its county level 旗市区: units rename-category puts every 县区 unit there,
    the statistics name it so, a banner registered after goes there too; units category moves
    the development zone alone into 功能区. A category nobody is in is refused, naming those in use."""
    for name in ("阿荣旗", "扎兰屯市", "呼伦贝尔经济技术开发区"):
        assert cli(capsys, "units", "add", "--db", str(db), name)[0] == 0
    code, out, err = cli(capsys, "units", "rename-category", "--db", str(db), "县区", "旗市区")
    assert code == 0 and "3个单位" in out and "旗市区" in out, err
    code, out, err = cli(capsys, "units", "category", "--db", str(db), "呼伦贝尔经济技术开发区", "功能区")
    assert code == 0 and "功能区" in out, err
    code, out, err = cli(capsys, "units", "add", "--db", str(db), "陈巴尔虎旗", "--json")
    assert json.loads(out)["category"] == "旗市区"
    code, out, err = cli(capsys, "stats", "--db", str(db), "--period", "2026", "--by", "category", "--format", "csv")
    heads = [line.split(",")[0] for line in out.splitlines()]
    assert "旗市区" in heads and "功能区" in heads and "县区" not in heads
    code, out, err = cli(capsys, "units", "rename-category", "--db", str(db), "县区", "旗县")
    assert code == 1 and "没有类别为“县区”的单位" in err and "旗市区" in err and "Traceback" not in err
