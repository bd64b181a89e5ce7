"""``series list/add/rename/defaults`` and issue references after a rename."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

from test_cli import imported_sample


def test_series_list_add_rename(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert main(["series", "add", "--db", str(db), "西城区工作简报"]) == 0
    assert main(["series", "rename", "--db", str(db), "漯河安全生产简报", "漯河市安全生产简报"]) == 0
    capsys.readouterr()
    assert main(["series", "list", "--db", str(db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(s["name"], s["issues"]) for s in listed] == [("漯河市安全生产简报", 1), ("西城区工作简报", 0)]
    assert main(["series", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"id:{listed[0]['id']}\t漯河市安全生产简报\t1期",
                                                    f"id:{listed[1]['id']}\t西城区工作简报\t0期"]
    # references by series name follow the rename; by id too
    assert main(["show", "--db", str(db), "漯河市安全生产简报:52", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["series"] == "漯河市安全生产简报"
    assert main(["series", "rename", "--db", str(db), f"id:{listed[1]['id']}", "西城区简报"]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT name FROM series ORDER BY id").fetchall() == [("漯河市安全生产简报",), ("西城区简报",)]
    conn.close()


def test_series_errors_are_one_chinese_sentence(tmp_path, capsys):
    db = tmp_path / "archive.sqlite"
    assert main(["series", "add", "--db", str(db), "甲刊"]) == 0
    capsys.readouterr()
    for argv in (["series", "add", "--db", str(db), "甲刊"], ["series", "rename", "--db", str(db), "乙刊", "丙刊"],
                 ["series", "rename", "--db", str(db), "甲刊", " "]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.startswith("错误：") and "Traceback" not in err and len(err.splitlines()) == 1


def _page_margin_top(docx) -> str:
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(docx) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    return document.find(".//w:sectPr/w:pgMar", ns).get(f"{{{ns['w']}}}top")


def test_export_uses_the_series_layout_with_options_on_top(tmp_path, sample_text, capsys):
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    standard = tmp_path / "standard.docx"
    assert main(["export", "--db", str(db), "52", "-o", str(standard)]) == 0
    assert _page_margin_top(standard) == str(round(37 * 1440 / 25.4))
    capsys.readouterr()
    assert main(["series", "layout", "--db", str(db), "漯河安全生产简报", "--option", "margin_top_mm=30",
                 "--option", "margin_left_mm=25"]) == 0
    assert json.loads(capsys.readouterr().out) == {"margin_top_mm": 30.0, "margin_left_mm": 25.0}
    own = tmp_path / "own.docx"
    assert main(["export", "--db", str(db), "52", "-o", str(own)]) == 0
    assert _page_margin_top(own) == str(round(30 * 1440 / 25.4))
    overridden = tmp_path / "overridden.docx"
    assert main(["export", "--db", str(db), "52", "-o", str(overridden), "--option", "margin_top_mm=40"]) == 0
    assert _page_margin_top(overridden) == str(round(40 * 1440 / 25.4))
    capsys.readouterr()
    assert main(["series", "layout", "--db", str(db), "漯河安全生产简报"]) == 0  # shown, unchanged
    assert json.loads(capsys.readouterr().out) == {"margin_top_mm": 30.0, "margin_left_mm": 25.0}
    assert main(["series", "layout", "--db", str(db), "漯河安全生产简报", "--reset"]) == 0
    assert json.loads(capsys.readouterr().out) == {}
    assert main(["series", "layout", "--db", str(db), "漯河安全生产简报", "--option", "nope=1"]) == 1
    assert capsys.readouterr().err.startswith("错误：没有名为“nope”的版式设置")


def test_series_defaults_saved_from_an_issue_and_followed_by_the_next(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert main(["series", "defaults", "--db", str(db), "漯河安全生产简报"]) == 0
    assert capsys.readouterr().out.endswith("签发：随上一期\n分送：随上一期\n期号写法：随上一期\n印数：随上一期\n")
    assert main(["masthead", "--db", str(db), "52", "--year-number", "6", "--print-copies", "35"]) == 0
    assert main(["series", "defaults", "--db", str(db), "--from-issue", "52"]) == 0
    shown_text = capsys.readouterr().out
    assert shown_text.endswith("期号写法：year（2026年第6期（总第60期））\n印数：（共印35份）\n")
    # what new issues now start from, the closing block included
    assert "编印单位：漯河市安全生产委员会办公室\n签发：编辑：卜丹 赵贺龙 审核：翟红伟 签发：孙全忠\n" in shown_text
    assert "分送：送：市委常委、市安委会主任、副主任。；发：各县区人民政府" in shown_text
    assert main(["masthead", "--db", str(db), "52", "--no-print-copies"]) == 0  # the issue only
    capsys.readouterr()
    with Archive.open(db, readonly=True) as archive:
        nxt = archive.next_issue("漯河安全生产简报", today=dt.date(2022, 11, 28))
    assert (nxt.number_line(), nxt.print_copies) == ("2022年第7期（总第53期）", 35)

    assert main(["series", "defaults", "--db", str(db), "漯河安全生产简报", "--follow-latest", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["number_form"], shown["print_copies"], shown["signoff"], shown["distribution"]) == (None,) * 4
    with Archive.open(db, readonly=True) as archive:
        assert archive.next_issue("漯河安全生产简报", today=dt.date(2022, 11, 28)).print_copies is None
    assert main(["series", "defaults", "--db", str(db)]) == 1
    assert capsys.readouterr().err == "错误：请给出刊物名称，或用 --from-issue 指明从哪一期保存默认设置。\n"
