"""units, inbox and stats on the command line, as a clerk's script would use them."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from plain_docx import plain_docx

from bulletin_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "export"))
from docx_readback import have_libreoffice, page_count, pdftotext  # noqa: E402


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    sample = tmp_path / "luohe-052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    path = tmp_path / "archive.sqlite"
    assert main(["import", "--db", str(path), str(sample)]) == 0
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err




def test_units_from_sample_and_changes(db, capsys):
    code, out, _ = cli(capsys, "units", "list", "--db", str(db), "--json")
    assert code == 0 and [u["name"] for u in json.loads(out)] == ["西城区", "市应急管理局", "舞阳县"]
    code, out, _ = cli(capsys, "units", "add", "--db", str(db), "源汇区", "--category", "县区", "--alias", "源汇区政府")
    assert code == 0 and out.startswith("源汇区\t县区")
    code, out, _ = cli(capsys, "units", "rename", "--db", str(db), "市应急管理局", "市应急局", "--json")
    assert json.loads(out)["aliases"] == ["市应急管理局"]
    code, out, _ = cli(capsys, "units", "merge", "--db", str(db), "源汇区", "西城区", "--json")
    assert sorted(json.loads(out)["aliases"]) == ["源汇区", "源汇区政府"]
    code, _, err = cli(capsys, "units", "merge", "--db", str(db), "东城区", "西城区")
    assert code == 1 and "单位名录中没有“东城区”" in err
    # other names of a unit, added and taken away: entries printing a name taken away count for it no more
    code, out, _ = cli(capsys, "units", "alias", "--db", str(db), "市应急局", "市应急管理局办公室", "市局", "--json")
    assert code == 0 and sorted(json.loads(out)["aliases"]) == sorted(["市应急管理局", "市应急管理局办公室", "市局"])
    code, _, err = cli(capsys, "units", "alias", "--db", str(db), "市应急局", "西城区")
    assert code == 1 and "单位名录中已有“西城区”" in err
    stats = lambda: {u["unit"]: u["adopted"] for u in json.loads(  # noqa: E731
        cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31")[1])["units"]}
    assert stats()["市应急局"] == 2
    code, out, _ = cli(capsys, "units", "alias", "--db", str(db), "市应急局", "市应急管理局", "市局", "--remove", "--json")
    assert code == 0 and json.loads(out)["aliases"] == ["市应急管理局办公室"]
    assert stats().get("市应急局", 0) == 0
    code, _, err = cli(capsys, "units", "alias", "--db", str(db), "市应急局", "市应急局", "--remove")
    assert code == 1 and "是这个单位的名称，不是别名" in err
    # without --category, the category the name suggests
    for name, category in (("城关镇", "乡镇街道"), ("市消防救援支队", "市直单位"), ("临颍县", "县区"), ("李庄村", "其他")):
        code, out, _ = cli(capsys, "units", "add", "--db", str(db), name)
        assert code == 0 and out.startswith(f"{name}\t{category}")


def test_a_sender_named_outright_is_registered_once(db, tmp_path, capsys):
    """报送单位：临颍县应急管理局 (or a signature at the end) names a unit the registry does not
    know: it is registered as 临颍县, the name as written its alias, and the submission is its;
    a later submission from it finds it; a person named as the sender registers nothing."""
    first = tmp_path / "来稿一.txt"
    first.write_text("报送单位：临颍县应急管理局　联系人：李四　电话：0395-8888888\n"
                     "11月20日，临颍县召开全县安全生产工作会议。\n", encoding="utf-8")
    second = tmp_path / "来稿二.txt"
    second.write_text("11月21日，县应急局对城区商场开展消防安全检查。（临颍县应急管理局）\n", encoding="utf-8")
    person = tmp_path / "来稿三.txt"
    person.write_text("供稿：张三\n11月22日，某乡开展燃气安全检查。\n", encoding="utf-8")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(first), str(second), str(person))
    assert code == 0
    assert [line.split("\t")[1] for line in out.splitlines()] == ["临颍县", "临颍县", "（未识别单位）"]
    assert "已登记新单位（来稿注明的报送单位）：临颍县" in err and err.count("临颍县") == 1
    units = {u["name"]: u for u in json.loads(cli(capsys, "units", "list", "--db", str(db), "--json")[1])}
    assert units["临颍县"]["aliases"] == ["临颍县应急管理局"] and units["临颍县"]["category"] == "县区"
    assert "张三" not in units
    later = tmp_path / "来稿五.txt"
    later.write_text("11月24日，县应急局开展燃气安全检查。（临颍县应急管理局）\n", encoding="utf-8")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(later))
    assert out.split("\t")[1] == "临颍县" and "已登记新单位" not in err
    # a department is registered as written, not as the office its name begins with (市委)
    department = tmp_path / "来稿四.txt"
    department.write_text("供稿：市委宣传部\n11月23日，市委宣传部开展安全宣传进社区活动。\n", encoding="utf-8")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(department))
    assert out.split("\t")[1] == "市委宣传部" and "已登记新单位（来稿注明的报送单位）：市委宣传部" in err


def test_a_sender_that_does_not_say_which_county_is_not_registered(db, tmp_path, capsys):
    """In a city's bulletins every county has a 县应急局: two counties' submissions signed so
    are not counted as one unit's; the clerk is told to name the unit."""
    files = []
    for number, county in enumerate(("临颍县", "舞阳县"), 1):
        path = tmp_path / f"来稿{number}.txt"
        path.write_text(f"{county}开展检查\n11月2{number}日，县应急局开展燃气安全检查。\n县应急局\n2026年11月2{number}日\n",
                        encoding="utf-8")
        files.append(str(path))
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), *files)
    assert code == 0 and [line.split("\t")[1] for line in out.splitlines()] == ["（未识别单位）"] * 2
    assert "署名“县应急局”" in err and "inbox edit" in err and "已登记新单位" not in err
    units = [u["name"] for u in json.loads(cli(capsys, "units", "list", "--db", str(db), "--json")[1])]
    assert "县应急局" not in units


def test_a_submission_registered_again_is_named_not_stored(db, tmp_path, capsys):
    """The same file twice, its text pasted after the file, or one file twice in a batch:
    one submission, and the clerk is told which number it already has."""
    first = plain_docx(tmp_path / "舞阳县报送.docx", ["舞阳县信息", "11月19日，舞阳县开展检查。"])
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), str(first))
    (kept,) = [int(line.split("\t")[0]) for line in out.splitlines()]
    copy = tmp_path / "舞阳县报送（重发）.txt"  # the same words typed with other spacing
    copy.write_text("舞阳县信息\n\n11月19日， 舞阳县开展检查。\n", encoding="utf-8")
    other = tmp_path / "西城区.txt"
    other.write_text("11月20日，西城区召开会议。\n", encoding="utf-8")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(first), str(other), str(copy), str(other))
    assert code == 0
    assert [line.split("\t")[3] for line in out.splitlines()] == ["西城区.txt"]
    assert f"舞阳县报送.docx：与第{kept}号来稿相同，已登记过，未重复登记。" in err
    assert f"舞阳县报送（重发）.txt：与第{kept}号来稿相同" in err
    added = int(out.split("\t")[0])
    assert f"西城区.txt：与第{added}号来稿相同" in err
    code, out, _ = cli(capsys, "inbox", "list", "--db", str(db), "--json")
    assert sorted(r["id"] for r in json.loads(out)) == [kept, added]


def test_a_submission_is_received_on_the_day_it_says_it_was_sent(db, tmp_path, capsys):
    """Last year's submissions registered today keep their own days (a signature's date, a
    报送时间 line, a mail's 发送时间), so the statistics count them in their periods; a date
    in the news is not the day it was sent; --received outranks them all."""
    import datetime as dt

    signed = tmp_path / "舞阳县.txt"
    signed.write_text("舞阳县开展燃气安全检查\n11月19日，舞阳县开展燃气安全检查。\n舞阳县应急管理局\n二〇二一年十一月二十日\n",
                      encoding="utf-8")
    labelled = plain_docx(tmp_path / "西城区.docx", ["报送时间：2021年12月3日", "西城区召开会议",
                                                 "12月2日，西城区召开冬季安全生产会议。"])
    mail = tmp_path / "邮件.txt"
    mail.write_text("发件人：张三\n发送时间：2021年12月6日 9:30\n主题：信息\n12月5日，西城区开展应急演练。\n",
                    encoding="utf-8")
    news_only = tmp_path / "无落款.txt"
    news_only.write_text("2021年12月1日，舞阳县召开安全生产委员会全体会议。\n", encoding="utf-8")
    future = tmp_path / "笔误.txt"
    future.write_text("11月19日，舞阳县开展消防检查。\n舞阳县应急管理局\n2099年11月20日\n", encoding="utf-8")
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), str(signed), str(labelled), str(mail), str(news_only),
                       str(future))
    today = dt.date.today().isoformat()
    assert code == 0
    assert [line.split("\t")[4] for line in out.splitlines()] == ["2021-11-20", "2021-12-03", "2021-12-06", today, today]
    ids = [line.split("\t")[0] for line in out.splitlines()]
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), ids[1], "--json")
    assert json.loads(out)["received"] == "2021-12-03" and "报送时间" not in json.loads(out)["title"]
    again = tmp_path / "指定日期.txt"
    again.write_text("12月8日，舞阳县开展应急演练。\n舞阳县应急管理局\n2021年12月9日\n", encoding="utf-8")
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), str(again), "--received", "2021-12-10")
    assert out.split("\t")[4].strip() == "2021-12-10"


def test_inbox_add_adopt_decline_and_stats(db, tmp_path, capsys):
    word = plain_docx(tmp_path / "舞阳县报送.docx", ["舞阳县信息", "11月19日，舞阳县开展检查。", "11月20日，舞阳县召开会议。"])
    text = tmp_path / "来稿.txt"
    text.write_text("西城区组织召开会议，部署冬季安全生产。\n", encoding="utf-8")
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), str(word), str(text), "--received", "2022-11-20")
    assert code == 0
    ids = [int(line.split("\t")[0]) for line in out.splitlines()]
    assert [line.split("\t")[1] for line in out.splitlines()] == ["舞阳县", "西城区"]
    paste = tmp_path / "paste.txt"
    paste.write_text("11月18日，市应急管理局开展暗查暗访。", encoding="utf-8")
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), "--text-file", str(paste), "--unit", "市应急管理局",
                       "--received", "2022年11月18日")
    ids.append(int(out.split("\t")[0]))
    assert cli(capsys, "inbox", "adopt", "--db", str(db), str(ids[0]), "--issue", "52", "--section", "隐患排查")[0] == 0
    assert cli(capsys, "inbox", "adopt", "--db", str(db), str(ids[2]), "--issue", "52", "--section", "督导检查")[0] == 0
    assert cli(capsys, "inbox", "decline", "--db", str(db), str(ids[1]), "--reason", "内容重复")[0] == 0
    code, out, _ = cli(capsys, "inbox", "list", "--db", str(db), "--status", "已采用", "--json")
    assert sorted(r["id"] for r in json.loads(out)) == [ids[0], ids[2]]
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), str(ids[0]), "--json")
    assert json.loads(out)["adopted_into"] == ["第52期【隐患排查】", "第52期【隐患排查】"]
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--from", "2022-10-01", "--to", "2022-12-31")
    units = {u["unit"]: u for u in json.loads(out)["units"]}
    assert (units["舞阳县"]["submitted"], units["舞阳县"]["adopted"], units["舞阳县"]["rate"]) == (1, 4, 1.0)
    assert (units["西城区"]["submitted"], units["西城区"]["adopted"], units["西城区"]["rate"]) == (1, 1, 0.0)
    assert units["市应急管理局"]["adopted"] == 3 and units["市应急管理局"]["submitted_unknown"] is True


def test_stats_without_a_range_cover_this_quarter_as_the_window_does(tmp_path, sample_text, capsys):
    """An issue dated today counts without --from/--to (this quarter, the window's default)
    and with --period; the sample of 2022 does not."""
    import datetime as dt

    from bulletin_desktop.core.stats import preset_range

    today = dt.date.today()
    fresh = sample_text.replace("2022年11月21日", f"{today.year}年{today.month}月{today.day}日", 1).replace(
        "第52期", "第53期", 1)
    db = tmp_path / "archive.sqlite"
    for name, text in (("old.txt", sample_text), ("new.txt", fresh)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["import", "--db", str(db), str(tmp_path / name)]) == 0
    capsys.readouterr()
    sample_alone = json.loads(cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31")[1])
    for extra in ([], ["--period", "quarter"], ["--period", "month"], ["--period", "year"]):
        code, out, _ = cli(capsys, "stats", "--db", str(db), *extra)
        report = json.loads(out)
        start, end = preset_range(extra[1] if extra else "quarter", today)
        assert code == 0 and (report["from"], report["to"]) == (start.isoformat(), end.isoformat())
        # the fresh issue's entries, as many as the sample's alone: not both issues'
        def counts(total: dict) -> dict:
            return {key: value for key, value in total.items() if key != "months"}  # the issues' months differ

        assert counts(report["total"]) == counts(sample_alone["total"]) and report["total"]["adopted"] > 0, extra


@pytest.mark.parametrize("args, message", [
    (["inbox", "add", "X.txt", "--unit", "东城区"], "单位名录中没有“东城区”"),
    (["stats", "--from", "2022-12-01", "--to", "2022-11-01"], "早于开始日期"),
    (["stats", "--from", "2022-12-01"], "--from 和 --to 要一起指定"),
    (["stats", "--period", "week"], "--period 只能是 month、quarter、year、last-month"),
    (["stats", "--period", "year", "--from", "2022-01-01", "--to", "2022-12-31"], "不能与 --from/--to 同时使用"),
    (["inbox", "add", "BROKEN.docx"], "BROKEN.docx：文件不完整或已损坏"),
    (["inbox", "add", "X.txt", "BROKEN.docx"], "BROKEN.docx：文件不完整或已损坏"),
    (["inbox", "add", "X.pdf"], "另存为 Word 文档"),  # a PDF: said what it is and what to do
    (["inbox", "add", "X.png"], "只能登记"),
    (["inbox", "list", "--status", "done"], "无法识别的状态"),
])
def test_bad_input_changes_nothing(db, tmp_path, capsys, args, message):
    (tmp_path / "X.txt").write_text("西城区组织召开会议。", encoding="utf-8")
    (tmp_path / "BROKEN.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "X.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "X.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    args = [str(tmp_path / a) if a.startswith(("X.", "BROKEN")) else a for a in args]
    code, out, err = cli(capsys, *args[:2], "--db", str(db), *args[2:]) if args[0] == "inbox" else \
        cli(capsys, args[0], "--db", str(db), *args[1:])
    assert code != 0 and message in err and "Traceback" not in err
    assert cli(capsys, "inbox", "list", "--db", str(db), "--json")[1].strip() == "[]"


def test_adopt_while_the_archive_is_open_elsewhere_is_refused(db, tmp_path, capsys):
    """The window holds the archive: the command line may only read it, and says so."""
    from bulletin_desktop.core.archive import Archive

    text = tmp_path / "x.txt"
    text.write_text("西城区组织召开会议。", encoding="utf-8")
    cli(capsys, "inbox", "add", "--db", str(db), str(text))
    with Archive.open(db, auto_backup=False):
        result = subprocess.run([sys.executable, "-m", "bulletin_desktop", "inbox", "adopt", "--db", str(db), "1",
                                 "--issue", "52", "--section", "隐患排查"], cwd=ROOT, capture_output=True, text=True,
                                timeout=60)
    assert result.returncode == 1 and "正被另一个简报编辑器使用" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(cli(capsys, "inbox", "list", "--db", str(db), "--json")[1])[0]["status"] == "pending"


def test_csv_has_bom_and_reads_back(db, tmp_path, capsys):
    out = tmp_path / "stats.csv"
    assert cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31", "--format", "csv",
               "-o", str(out))[0] == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    code, text, _ = cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31", "--format", "csv")
    assert rows == list(csv.reader(io.StringIO(text)))
    assert rows[0][:7] == ["排名", "单位", "类别", "报送（按收稿日期）", "报送中已采用", "采用率", "采用（按刊发日期）"]
    units = [r for r in rows[1:] if r and r[0].isdigit()]  # then the 合计 row, and the table's note
    adopted = rows[0].index("采用（按刊发日期）")
    assert {r[1]: r[adopted] for r in units} == {"舞阳县": "2", "市应急管理局": "2", "西城区": "1"}
    assert all("报送数未知" in r[rows[0].index("备注")] for r in units)
    assert {r[1]: r[rows[0].index("其中专刊")] for r in units} == {"舞阳县": "2", "市应急管理局": "2", "西城区": "1"}
    assert rows[1 + len(units)][1:4] == ["合计", "", "0"] and rows[1 + len(units)][adopted] == "5"


def test_csv_by_section_has_a_column_per_section(db, capsys):
    code, text, _ = cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31",
                        "--format", "csv", "--by", "section")
    rows = list(csv.reader(io.StringIO(text)))
    assert code == 0 and rows[0][0] == "单位" and rows[0][-1] == "合计"
    assert {"安排部署", "督导检查", "隐患排查"} <= set(rows[0])
    shown = {r[0]: dict(zip(rows[0], r)) for r in rows[1:] if r}
    assert (shown["舞阳县"]["隐患排查"], shown["舞阳县"]["合计"]) == ("1", "2")
    assert shown["合计"]["合计"] == "5"
    code, text, _ = cli(capsys, "stats", "--db", str(db), "--period", "2022", "--format", "csv", "--by", "unit-quarter")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["单位", "2022年第一季度", "2022年第二季度", "2022年第三季度", "2022年第四季度", "合计"]
    assert ["合计", "0", "0", "0", "5", "5"] in rows


def test_xlsx_reads_back_equal_to_the_table(db, tmp_path, capsys):
    from openpyxl import load_workbook

    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.stats import compute_stats
    import datetime as dt

    out = tmp_path / "stats.xlsx"
    assert cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31", "--by", "category",
               "--format", "xlsx", "-o", str(out))[0] == 0
    with Archive.open(db, readonly=True) as archive:
        header, rows = compute_stats(archive, dt.date(2022, 1, 1), dt.date(2022, 12, 31)).table("category")
    sheet = load_workbook(out).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "2022年各类别信息报送采用情况统计表"  # (a table by category, printed on its own)
    assert values[1] == header
    assert [[("" if v is None else v) for v in r] for r in values[2:2 + len(rows)]] == rows


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_notice_docx_renders_with_its_table(db, tmp_path, capsys):
    from bulletin_desktop.export.pdf import convert_docx_to_pdf, libreoffice_path

    cli(capsys, "units", "add", "--db", str(db), "临颍县", "--category", "县区")
    out = tmp_path / "通报.docx"
    assert cli(capsys, "stats", "--db", str(db), "--from", "2022-10-01", "--to", "2022-12-31", "--format", "docx",
               "-o", str(out))[0] == 0
    pdf = tmp_path / "通报.pdf"
    pdf.write_bytes(convert_docx_to_pdf(out.read_bytes(), libreoffice_path()))
    text = "".join(pdftotext(pdf, 1).split())
    assert "2022年第四季度各单位信息报送采用情况通报" in text
    for unit in ("舞阳县", "市应急管理局", "西城区", "临颍县", "合计", "排名", "采用率"):
        assert unit in text
    # the signature on the page of the note above it, never alone at the top of a page
    last = "".join(pdftotext(pdf, page_count(pdf)).split())
    assert "漯河市安全生产委员会办公室" in last and "注：" in last


def test_scoring_table_and_flags_change_the_points(db, capsys):
    code, out, _ = cli(capsys, "scoring", "list", "--db", str(db), "--json")
    assert {r["key"]: r["points"] for r in json.loads(out)} == {"item": 1, "article": 3, "special": 1,
                                                                  "flag:领导批示": 5}
    assert cli(capsys, "scoring", "set", "--db", str(db), "special", "0")[0] == 0
    # the 5th entry in reading order: 11月16日，**舞阳县**组织专家…
    code, out, _ = cli(capsys, "scoring", "flag", "--db", str(db), "--issue", "52", "--entry", "5", "--flag", "领导批示")
    assert code == 0 and "舞阳县" in out
    code, out, _ = cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31")
    units = {u["unit"]: u["points"] for u in json.loads(out)["units"]}
    assert units == {"舞阳县": 2 + 5, "市应急管理局": 2, "西城区": 1}
    code, _, err = cli(capsys, "scoring", "flag", "--db", str(db), "--issue", "52", "--entry", "7", "--flag", "表扬")
    assert code == 1 and "没有加分项“表扬”" in err
    code, _, err = cli(capsys, "scoring", "set", "--db", str(db), "bogus", "2")
    assert code == 1 and "没有“bogus”" in err


def test_inbox_edit_changes_only_what_is_given(db, tmp_path, capsys):
    text = tmp_path / "来稿.txt"
    text.write_text("西城区组织召开会议，部署冬季安全生产。\n", encoding="utf-8")
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), str(text), "--received", "2022-11-20")
    sid = out.split("\t")[0]
    code, out, _ = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--unit", "舞阳县", "--received",
                       "2022年11月18日", "--title", "冬季安全生产会议", "--note", "电话确认")
    assert code == 0 and out.split("\t")[1:3] == ["2022-11-18", "舞阳县"]
    shown = json.loads(cli(capsys, "inbox", "show", "--db", str(db), sid, "--json")[1])
    assert (shown["received"], shown["unit"], shown["title"], shown["note"]) == \
        ("2022-11-18", "舞阳县", "冬季安全生产会议", "电话确认")
    assert shown["body"].startswith("西城区组织召开会议")
    for args, message in ((["--received", "2022-13-40"], "无法识别日期"), (["--unit", "东城区"], "单位名录中没有“东城区”"),
                          (["--title", " "], "标题不能为空"), ([], "至少给出"), (["--note", "x"], "没有编号为 999")):
        target = "999" if "999" in message else sid
        code, _, err = cli(capsys, "inbox", "edit", "--db", str(db), target, *args)
        assert code != 0 and message in err and "Traceback" not in err, args
    after = json.loads(cli(capsys, "inbox", "show", "--db", str(db), sid, "--json")[1])
    assert after == shown
    code, out, _ = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--unit", "无")
    assert code == 0 and "（未识别单位）" in out


def test_inbox_edit_body_and_a_new_unit_as_the_edit_dialog_can(db, tmp_path, capsys):
    text = tmp_path / "来稿.txt"
    text.write_text("西城区组织召开会议，部署冬季安全生产。\n", encoding="utf-8")
    sid = cli(capsys, "inbox", "add", "--db", str(db), str(text))[1].split("\t")[0]

    def shown() -> dict:
        return json.loads(cli(capsys, "inbox", "show", "--db", str(db), sid, "--json")[1])

    def units() -> list[str]:
        return [u["name"] for u in json.loads(cli(capsys, "units", "list", "--db", str(db), "--json")[1])]

    code, _, err = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--body", "西城区召开会议。\n**西城区**部署检查。")
    assert code == 0 and err == ""
    assert shown()["body"] == "西城区召开会议。\n**西城区**部署检查。"
    body_file = tmp_path / "正文.txt"
    body_file.write_bytes("源汇区开展燃气安全检查。".encode("gb18030"))  # an office machine's encoding
    code, out, _ = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--body-file", str(body_file),
                       "--unit", "源汇区", "--add-unit")
    assert code == 0 and out.split("\t")[2] == "源汇区"
    assert shown()["body"] == "源汇区开展燃气安全检查。" and "源汇区" in units()
    code, out, _ = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--unit", "源汇区", "--add-unit")
    assert code == 0 and units().count("源汇区") == 1  # already known: used, not registered twice

    before, known = shown(), units()
    for args, message in (
            (["--body", " \n "], "正文不能为空"),
            (["--body-file", str(tmp_path / "没有.txt")], "找不到文件"),
            (["--body-file", str(tmp_path)], "是一个文件夹"),
            (["--unit", "召陵区"], "加上 --add-unit"),
            (["--add-unit"], "--add-unit 要与 --unit 一起给出"),
            (["--unit", "召陵区，郾城区", "--add-unit"], "不像一个单位名称"),
            # refused edits register no unit: an empty title, a submission that is not there
            (["--unit", "召陵区", "--add-unit", "--title", " "], "标题不能为空"),
            (["--unit", "召陵区", "--add-unit", "--body", ""], "正文不能为空")):
        code, _, err = cli(capsys, "inbox", "edit", "--db", str(db), sid, *args)
        assert code == 1 and message in err and "Traceback" not in err, args
    code, _, err = cli(capsys, "inbox", "edit", "--db", str(db), "999", "--unit", "召陵区", "--add-unit")
    assert code == 1 and "没有编号为 999" in err
    assert shown() == before and units() == known
    with pytest.raises(SystemExit):  # one body at a time
        main(["inbox", "edit", "--db", str(db), sid, "--body", "甲", "--body-file", str(body_file)])
    assert "不能与 --body 同时使用" in capsys.readouterr().err


def test_stats_lists_the_entries_counted_for_no_unit(db, tmp_path, capsys):
    """The sample's entries without a bold unit, each with the unit it seems to come from;
    registering one with ``units add`` takes its entries off the list."""
    args = ["stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31", "--unattributed"]
    code, out, _ = cli(capsys, *args)
    listed = json.loads(out)
    assert code == 0 and [e["suggestion"] for e in listed] == ["市安委会", "源汇区", "郾城区", "源汇区"]
    assert listed[0]["number"] == 52 and listed[0]["section"] == "安排部署" and listed[0]["text"].startswith("11月15日")
    code, out, _ = cli(capsys, *args, "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["日期", "刊物", "期号", "栏目", "可能的单位", "条目"] and len(rows) == 5
    assert cli(capsys, "units", "add", "--db", str(db), "源汇区")[0] == 0
    assert [e["suggestion"] for e in json.loads(cli(capsys, *args)[1])] == ["市安委会", "郾城区"]
    code, _, err = cli(capsys, *args, "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert code == 1 and "只能输出 json 或 csv" in err and not (tmp_path / "x.xlsx").exists()



def test_stats_of_an_empty_period_say_where_the_issues_are_on_stderr(db, capsys):
    code, out, err = cli(capsys, "stats", "--db", str(db), "--from", "2025-01-01", "--to", "2025-03-31")
    assert code == 0 and json.loads(out)["total"]["adopted"] == 0  # the output stays as asked
    assert "提示" in err and "2022年11月21日" in err and "--period" in err
    code, out, err = cli(capsys, "stats", "--db", str(db), "--from", "2022-01-01", "--to", "2022-12-31")
    assert code == 0 and err == ""


@pytest.mark.parametrize("ending", ["临颍县应急管理局\n2025年11月21日\n", "临颍县应急管理局　　2025年11月21日\n",
                                    "临颍县应急管理局\n2025.11.21\n"])
def test_a_submission_signed_above_its_date_is_its_signers(db, tmp_path, capsys, ending):
    """Signed as a letter is: the sender's name on a line of its own over the date, or
    before it on the date's line. A last sentence before a date is no signature."""
    signed = tmp_path / "来稿.txt"
    signed.write_text("11月20日，县应急局对城区商场开展消防安全检查。\n" + ending, encoding="utf-8")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(signed))
    assert code == 0 and out.split("\t")[1] == "临颍县" and "已登记新单位" in err
    dated = tmp_path / "来稿二.txt"
    dated.write_text("11月21日，县应急局开展检查。\n下一步将持续加大检查力度。\n2025年11月21日\n", encoding="utf-8")
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(dated))
    assert code == 0 and out.split("\t")[1] == "（未识别单位）"


def test_a_folder_with_bad_files_names_every_one_and_registers_none(db, tmp_path, capsys):
    folder = tmp_path / "来稿"
    folder.mkdir()
    (folder / "好的.txt").write_text("县应急局开展检查\n11月19日，县应急局开展燃气安全检查。", encoding="utf-8")
    (folder / "空文件.txt").write_bytes(b"")
    (folder / "图片.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(folder))
    assert code != 0 and "Traceback" not in err
    assert "有 2 个文件不能登记，这一批 3 个文件一个也没有登记" in err and "空文件.txt" in err and "图片.docx" in err
    code, out, _ = cli(capsys, "inbox", "list", "--db", str(db), "--json")
    assert code == 0 and json.loads(out) == []
    (folder / "空文件.txt").unlink()  # one bad file among good ones: the others are said to be left too
    code, out, err = cli(capsys, "inbox", "add", "--db", str(db), str(folder))
    assert code != 0 and "有 1 个文件不能登记，这一批 2 个文件一个也没有登记" in err and "图片.docx" in err


def test_a_joint_submission_names_its_senders_and_the_clerk_can_change_them(db, tmp_path, capsys):
    text = tmp_path / "联合.txt"
    text.write_text("高层建筑消防安全联合检查\n报送单位：市应急管理局、市消防救援支队\n"
                    "11月22日，对城区15栋高层住宅开展消防安全联合检查。\n", encoding="utf-8")
    code, out, _ = cli(capsys, "inbox", "add", "--db", str(db), "--text-file", str(text), "--received", "2022-11-22")
    sid = out.split("\t")[0]
    code, out, _ = cli(capsys, "inbox", "show", "--db", str(db), sid)
    assert "联合报送：市应急管理局、市消防救援支队" in out
    assert json.loads(cli(capsys, "inbox", "show", "--db", str(db), sid, "--json")[1])["joint_units"] == ["市消防救援支队"]
    code, out, _ = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--joint", "西城区", "--joint", "舞阳县")
    assert code == 0 and "联合报送：市应急管理局、西城区、舞阳县" in out
    code, _, err = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--joint", "东城区")
    assert code == 1 and "东城区" in err
    data = json.loads(cli(capsys, "stats", "--db", str(db), "--period", "2022-11", "--json")[1])
    assert {u["unit"]: u["submitted"] for u in data["units"] if u["submitted"]} == {"市应急管理局": 1, "西城区": 1, "舞阳县": 1}
    assert data["total"]["submitted"] == 1 and data["joint_submissions"] == 1 and "counting" in data
    code, out, _ = cli(capsys, "inbox", "edit", "--db", str(db), sid, "--joint", "无")
    assert code == 0 and "联合报送" not in out
    code, _, err = cli(capsys, "stats", "--db", str(db), "--json", "--format", "csv")
    assert code == 1 and "--json" in err
