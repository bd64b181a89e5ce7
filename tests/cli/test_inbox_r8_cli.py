"""Round 8's submissions through the command line: a Word file with a cover letter, items for
three sections adopted one by one, a corrected copy sent again, a town's news passed on by
its county, and a co-sender named by its level alone, which the clerk is told of."""
from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from bulletin_desktop.cli import main


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    sample = tmp_path / "luohe-052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    path = tmp_path / "archive.sqlite"
    assert main(["import", "--db", str(path), str(sample)]) == 0
    for county in ("郾城区", "临颍县"):
        assert main(["units", "add", "--db", str(path), county, "--category", "县区"]) == 0
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _text(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_cover_letter_sections_correction_and_credit(db, tmp_path, capsys):
    letter = tmp_path / "临颍县11月信息.docx"
    document = docx.Document()
    for line in ("关于报送临颍县11月份安全生产信息的函", "漯河市应急管理局：", "现将我局11月份安全生产信息报送如下，请审阅。",
                 "临颍县应急管理局", "2022年11月28日", "临颍县开展危化品企业专项检查",
                 "11月25日，临颍县组织专家对辖区6家危化品企业开展专项检查，发现隐患14处。"):
        document.add_paragraph(line)
    document.save(letter)
    weekly = _text(tmp_path, "郾城区本周.txt", "郾城区应急管理局本周信息\n【工作动态】\n11月21日，郾城区召开安全生产工作例会。\n"
                                              "【隐患排查】\n11月22日，郾城区组织专家开展隐患排查。\n"
                                              "郾城区应急管理局\n2022年11月23日\n")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(letter), weekly)
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[1], r[2], r[4]) for r in rows] == [("临颍县", "临颍县开展危化品企业专项检查", "2022-11-28"),
                                                 ("郾城区", "郾城区应急管理局本周信息", "2022-11-23")]
    letter_id, weekly_id = rows[0][0], rows[1][0]
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), weekly_id, "--json")
    assert json.loads(out)["candidates"] == ["11月21日，郾城区召开安全生产工作例会。", "11月22日，郾城区组织专家开展隐患排查。"]
    # the corrected copy takes the place of the letter's news: one submission, counted once
    corrected = _text(tmp_path, "更正.txt", "【更正稿】临颍县开展危化品企业专项检查\n"
                                           "11月25日，临颍县组织专家对辖区6家危化品企业开展专项检查，发现隐患16处。\n（临颍县应急管理局）\n")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), corrected)
    assert code == 0 and out == "" and f"是第{letter_id}号来稿的更正稿" in err
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), letter_id, "--json")
    shown = json.loads(out)
    assert "隐患16处" in shown["body"] and shown["received"] == "2022-11-28"
    # each item adopted into a section of its own: 报送 once, 采用 twice
    code, out, _ = cli(capsys, "list", "--db", str(db), "--json")
    number = str(json.loads(out)[0]["number"])
    code, out, _ = cli(capsys, "show", "--db", str(db), number, "--json")
    sections = [s["title"] for s in json.loads(out)["sections"]][:2]
    for candidate, section in enumerate(sections, 1):
        code, _, err = cli(capsys, "inbox", "adopt", "--db", str(db), weekly_id, "--issue", number, "--section", section,
                           "--candidate", str(candidate))
        assert code == 0, err
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--period", "2022", "--json")
    counted = {u["unit"]: u for u in json.loads(out)["units"]}
    assert (counted["郾城区"]["submitted"], counted["郾城区"]["adopted_submissions"]) == (1, 1)
    assert counted["临颍县"]["submitted"] == 1


def test_a_town_s_news_passed_on_by_its_county_is_the_town_s(db, tmp_path, capsys):
    passed = _text(tmp_path, "舞阳县代报.txt", "北舞渡镇开展燃气安全入户排查\n"
                                              "11月24日，北舞渡镇组织网格员开展燃气安全入户排查，整改隐患8处。\n"
                                              "（北舞渡镇人民政府供稿　舞阳县应急管理局代报）\n")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), passed, "--received", "2022-11-25")
    assert code == 0 and out.split("\t")[1] == "北舞渡镇" and "已登记新单位" in err and "北舞渡镇" in err


def test_a_co_sender_named_by_its_level_alone_is_told_not_dropped(db, tmp_path, capsys):
    joint = _text(tmp_path, "联合.txt", "报送单位：舞阳县应急管理局、县住建局\n舞阳县开展燃气安全检查\n"
                                        "11月21日，舞阳县组织开展城镇燃气安全检查。\n")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), joint)
    sid = out.split("\t")[0]
    assert code == 0 and f"第{sid}号来稿的联合报送单位“县住建局”没有写明是哪个县" in err
    assert f"inbox edit {sid} --joint" in err
    code, out, err = cli(capsys, "inbox", "show", "--db", str(db), sid, "--json")
    assert json.loads(out)["unplaced_joint_units"] == ["县住建局"]
    code, _, err = cli(capsys, "inbox", "show", "--db", str(db), sid)
    assert "县住建局" in err
    assert main(["units", "add", "--db", str(db), "舞阳县住房和城乡建设局", "--category", "县直单位"]) == 0
    capsys.readouterr()
    code, _, err = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--joint", "舞阳县住房和城乡建设局")
    assert code == 0, err
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), sid, "--json")
    assert json.loads(out)["unplaced_joint_units"] == [] and json.loads(out)["joint_units"] == ["舞阳县住房和城乡建设局"]


def test_a_year_by_quarter_and_by_level_on_the_command_line(db, capsys):
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--period", "2022", "--by", "quarter", "--format", "csv")
    lines = out.lstrip("\ufeff").splitlines()
    assert code == 0 and lines[0].startswith("季度,报送（按收稿日期）") and lines[4].startswith("2022年第四季度")
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--period", "2022", "--by", "category-quarter", "--format", "csv")
    lines = out.lstrip("\ufeff").splitlines()
    assert code == 0 and lines[0].startswith("类别,单位数,2022年第一季度报送（按收稿日期）,2022年第一季度采用（按刊发日期）")
    assert any(line.startswith("合计,") for line in lines)
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--period", "2022", "--json")
    assert [q["quarter"] for q in json.loads(out)["quarters"]] == ["2022Q1", "2022Q2", "2022Q3", "2022Q4"]


def test_items_listed_under_sections_are_adopted_into_those_sections(db, tmp_path, capsys):
    listed = _text(tmp_path, "西城区.txt", "西城区本周信息\n【隐患排查】\n11月21日，西城区组织专家开展危化品企业隐患排查。\n"
                                         "【督导检查】\n11月22日，西城区对12家商超开展消防安全督导检查。\n"
                                         "【宣传培训】\n11月23日，西城区举办安全生产培训班。\n")
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), listed, "--received", "2022-11-24")
    sid = out.split("\t")[0]
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), sid)
    assert "候选1（隐患排查）：11月21日" in out and "候选3（宣传培训）：" in out
    # the issue has no 宣传培训: refused, nothing adopted
    code, _, err = cli(capsys, "inbox", "adopt", "--db", str(db), sid, "--issue", "52")
    assert code == 1 and "没有栏目“宣传培训”" in err and "请用 --section 指定" in err
    code, out, err = cli(capsys, "inbox", "adopt", "--db", str(db), sid, "--issue", "52", "--candidate", "2")
    assert code == 0 and out.startswith("已采用到第52期【督导检查】：11月22日"), err
    code, out, _ = cli(capsys, "inbox", "adopt", "--db", str(db), sid, "--issue", "52", "--candidate", "1")
    assert code == 0 and "【隐患排查】" in out
    code, out, _ = cli(capsys, "show", "--db", str(db), "52", "--json")
    texts = {s["title"]: [e.get("text", "") for e in s["entries"]] for s in json.loads(out)["sections"]}
    assert any("危化品企业隐患排查" in t for t in texts["隐患排查"]) and any("12家商超" in t for t in texts["督导检查"])


def _docx_text(path: Path) -> str:
    import re
    import zipfile

    with zipfile.ZipFile(path) as package:
        return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", package.read("word/document.xml").decode("utf-8")))


def test_a_year_s_notice_gives_each_level_quarter_by_quarter(db, tmp_path, capsys):
    year, quarter = tmp_path / "年度通报.docx", tmp_path / "季度通报.docx"
    assert main(["stats", "--db", str(db), "--period", "2022", "--format", "docx", "-o", str(year)]) == 0
    assert main(["stats", "--db", str(db), "--period", "2022Q4", "--format", "docx", "-o", str(quarter)]) == 0
    text = _docx_text(year)
    assert "各类别分季度报送、采用情况如下。" in text and "2022年第三季度采用（按刊发日期）" in text
    assert "各类别分季度" not in _docx_text(quarter)  # one quarter: the ranking table says it all
