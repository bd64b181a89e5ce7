"""Tables of entries filled in by hand, round 14: date and unit columns beside a text pasted
whole, which says the date and names the unit again (each printed once), the label row typed again where
the table goes over to a new page, a 合计 row under the entries, and a 序号 column numbered by
Word's list (1．, （1）) rather than typed."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from wordread.wordfiles import CLOSING, MASTHEAD, W_NS, make_docx, p

HEAD = ("序号", "报送单位", "信息内容")
ROWS = [("1", "城关镇", "5月6日，城关镇转移群众35人。"), ("2", "孟庙镇", "5月7日，孟庙镇巡查堤防12公里。"),
        ("3", "县水利局", "5月8日，调度泵站4座。")]
WANT = [("5月6日", "城关镇", "1．5月6日，城关镇转移群众35人。"), ("5月7日", "孟庙镇", "2．5月7日，孟庙镇巡查堤防12公里。"),
        ("5月8日", "县水利局", "3．5月8日，县水利局调度泵站4座。")]


def table(rows) -> str:
    return "<w:tbl><w:tblPr/>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{cell if cell.startswith('<w:') else p(cell)}</w:tc>" for cell in row) + "</w:tr>"
        for row in rows) + "</w:tbl>"


def read(tmp_path, rows, numbering=None):
    path = make_docx(tmp_path / "表格.docx", MASTHEAD + p("【工作动态】") + table(rows) + CLOSING, numbering=numbering)
    entries = [e for _, e in read_file(path).issue.entries()]
    return [(e.date, e.unit, e.text) for e in entries], [e.unit for e in entries if e.unit]


def test_a_text_naming_its_unit_after_the_date_does_not_get_it_twice(tmp_path):
    got, _ = read(tmp_path, [HEAD, *ROWS])
    assert got == WANT


@pytest.mark.parametrize("again", [HEAD, ("序　号", "报送单位", "信息内容")])
def test_the_labels_typed_again_on_a_new_page_are_no_entry(tmp_path, again):
    got, _ = read(tmp_path, [HEAD, ROWS[0], ROWS[1], again, ROWS[2]])
    assert got == WANT


@pytest.mark.parametrize("total", [("合计", "", "共3条"), ("合　计", "3条", ""), ("总计：", "", "3")])
def test_a_totals_row_under_the_entries_is_no_entry(tmp_path, total):
    got, _ = read(tmp_path, [HEAD, *ROWS, total])
    assert got == WANT


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="{text}"/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


@pytest.mark.parametrize("label", ["%1．", "（%1）", "%1."])
def test_a_number_column_numbered_by_a_word_list(tmp_path, label):
    number = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr></w:p>'
    got, _ = read(tmp_path, [HEAD] + [(number, unit, text) for _, unit, text in ROWS], NUMBERING.replace("{text}", label))
    assert got == WANT


def test_a_table_of_figures_with_a_total_stays_a_table_of_figures(tmp_path):
    # (no entries: its 合计 row is read as the rest are)
    rows = [("乡镇", "隐患数", "整改数"), ("城关镇", "12", "10"), ("合计", "12", "10")]
    path = make_docx(tmp_path / "数字表.docx", MASTHEAD + p("【工作动态】") + p("3月1日，县应急管理局召开调度会。") + table(rows) + CLOSING)
    text = "\n".join(e.text if hasattr(e, "text") else e.title for _, e in read_file(path).issue.entries())
    assert "合计" in text


@pytest.mark.parametrize(("unit", "text", "want"), [
    ("水利局", "5月8日，县水利局调度泵站4座。", ("县水利局", "5月8日，县水利局调度泵站4座。")),  # the text names it in full
    ("县委", "5月8日，召开县委常委会。", ("县委", "5月8日，县委召开县委常委会。")),  # (召开县委 is no unit's name)
])
def test_the_units_column_and_the_name_the_text_gives_it(tmp_path, unit, text, want):
    got, _ = read(tmp_path, [("报送单位", "信息内容"), (unit, text), ("城关镇", "5月6日，转移群众35人。")])
    assert got[0][1:] == want


BOLD = "<w:rPr><w:b/></w:rPr>"


def cell(*runs: tuple[str, bool]) -> str:
    return "<w:p>" + "".join(f'<w:r>{BOLD if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r>' for text, bold in runs) + "</w:p>"


@pytest.mark.parametrize(("labels", "row", "want"), [
    (("日期", "单位", "内容"), ("5月6日", "城关镇", "5月6日，城关镇转移群众35人。"), ("5月6日", "城关镇", "5月6日，城关镇转移群众35人。")),
    (("日期", "单位", "内容"), ("5月6日", "城关镇", cell(("5月6日，", False), ("城关镇", True), ("转移群众35人。", False))),
     ("5月6日", "城关镇", "5月6日，城关镇转移群众35人。")),
    (("日期", "内容"), ("5月6日", cell(("5月6日，", False), ("城关镇", True), ("转移群众35人。", False))),
     ("5月6日", "城关镇", "5月6日，城关镇转移群众35人。")),
    (("序号", "日期", "报送单位", "内容"), ("1", "5月6日", "城关镇", "城关镇转移群众35人。"), ("5月6日", "城关镇", "1．5月6日，城关镇转移群众35人。")),
    # another day in the text is the text's own: kept
    (("日期", "单位", "内容"), ("5月6日", "城关镇", "5月5日至6日，转移群众35人。"), ("5月6日", "城关镇", "5月6日，城关镇5月5日至6日，转移群众35人。")),
])
def test_a_text_pasted_whole_beside_its_date_and_unit_says_them_once(tmp_path, labels, row, want):
    got, _ = read(tmp_path, [labels, row, ("5月7日", "孟庙镇", "巡查堤防12公里。")[-len(labels):]])
    assert got[0] == want


@pytest.mark.parametrize("labels", [("报送单位", "信息内容"), ("序号", "报送单位", "信息内容")])
def test_a_units_column_beside_whole_entries_naming_their_bold_unit(tmp_path, labels):
    def row(number: str, unit: str, date: str, rest: str) -> tuple[str, ...]:
        text = cell((date + "，", False), (unit, True), (rest, False))
        return (number, unit, text) if len(labels) == 3 else (unit, text)
    got, _ = read(tmp_path, [labels, row("1", "城关镇", "5月6日", "转移群众35人。"), row("2", "水利局", "5月7日", "巡查堤防12公里。")])
    mark = "1．" if len(labels) == 3 else ""
    assert got[0] == ("5月6日", "城关镇", f"{mark}5月6日，城关镇转移群众35人。")
    assert [unit for _, unit, _ in got] == ["城关镇", "水利局"]
