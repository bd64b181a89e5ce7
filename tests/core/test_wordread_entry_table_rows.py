"""A table of entries, one a row, as offices lay a bulletin out: the date written with its
year (2024年6月1日), an entry's text over several paragraphs of its cell, and a looser date
(6.1) under a column labelled 时间 are still each row's one dated entry with its unit."""
from __future__ import annotations

import docx

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item


def bulletin(path, rows: list[list[str | list[str]]], masthead_rows: list[list[str]] = ()):
    document = docx.Document()
    for line in ("农业农村工作简报", "第9期", "县农业农村局　　　　2024年6月10日", "【工作动态】"):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in [*masthead_rows, *rows]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            paragraphs = [text] if isinstance(text, str) else text
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(path)
    return path


def entries(path):
    return [e for section in read_file(path).issue.sections for e in section.entries if isinstance(e, Item)]


def test_dates_with_their_year_beside_a_unit_column(tmp_path):
    rows = [["序号", "报送单位", "时间", "工作内容"],
            ["1", "城关镇", "2024年6月1日", "开展小麦机收调度，组织农机200余台。"],
            ["2", "县农技站", "2024年6月3日", "组织专家深入田间指导夏收夏种。"]]
    read = entries(bulletin(tmp_path / "a.docx", rows))
    assert [(e.mark, e.date, e.unit) for e in read] == [("1．", "2024年6月1日", "城关镇"), ("2．", "2024年6月3日", "县农技站")]


def test_a_masthead_row_with_a_dated_year_is_no_entry(tmp_path):
    rows = [["6月1日", "城关镇开展小麦机收调度，组织农机200余台。"]]
    read = entries(bulletin(tmp_path / "b.docx", rows, masthead_rows=[["县农业农村局办公室编印", "2024年6月3日"]]))
    assert [(e.date, e.unit) for e in read] == [("", ""), ("6月1日", "")]
    assert read[0].text == "县农业农村局办公室编印  2024年6月3日"


def test_an_entry_over_several_paragraphs_of_its_cell(tmp_path):
    rows = [["6月1日", "城关镇", ["召开小麦机收调度会。", "会议要求，各村加强值守，确保颗粒归仓。"]],
            ["6月3日", "县农技站", "组织专家深入田间指导夏收夏种。"]]
    read = entries(bulletin(tmp_path / "c.docx", rows))
    assert [(e.date, e.unit) for e in read] == [("6月1日", "城关镇"), ("6月3日", "县农技站")]
    assert read[0].text == "6月1日，城关镇召开小麦机收调度会。会议要求，各村加强值守，确保颗粒归仓。"


def test_a_looser_date_under_a_column_labelled_time(tmp_path):
    rows = [["时间", "单位", "主要工作"],
            ["6.1", "城关镇", "开展小麦机收调度，组织农机200余台。"],
            ["6.3", "县农技站", "组织专家深入田间指导夏收夏种。"]]
    read = entries(bulletin(tmp_path / "d.docx", rows))
    assert [(e.date, e.unit) for e in read] == [("6.1", "城关镇"), ("6.3", "县农技站")]


def test_figures_under_a_column_labelled_time_stay_a_table(tmp_path):
    rows = [["时间", "单位", "备注"], ["6.1", "城关镇", "32.1"], ["6.3", "李庄镇", "35.0"]]
    read = entries(bulletin(tmp_path / "e.docx", rows))
    assert not any(e.unit for e in read)


def test_a_column_of_sections_merged_down_its_rows(tmp_path):
    document = docx.Document()
    for line in ("农业农村工作简报", "第10期", "县农业农村局　　　　2024年6月20日"):
        document.add_paragraph(line)
    table = document.add_table(rows=5, cols=4)
    rows = [["栏目", "日期", "单位", "内容"], ["", "6月1日", "城关镇", "开展小麦机收调度，组织农机200余台。"],
            ["", "6月3日", "县农技站", "组织专家深入田间指导夏收夏种。"], ["", "6月5日", "李庄镇", "召开秸秆禁烧工作推进会。"],
            ["", "6月6日", "王集乡", "完成高标准农田建设验收。"]]
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "工作动态"
    table.cell(3, 0).merge(table.cell(4, 0)).text = "基层信息"
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(tmp_path / "f.docx")
    sections = read_file(tmp_path / "f.docx").issue.sections
    assert [(s.title, [(e.date, e.unit) for e in s.entries]) for s in sections] == [
        ("工作动态", [("6月1日", "城关镇"), ("6月3日", "县农技站")]), ("基层信息", [("6月5日", "李庄镇"), ("6月6日", "王集乡")])]


def test_a_column_labelled_sections_over_figures_stays_a_table(tmp_path):
    rows = [["栏目", "篇数"], ["工作动态", "12"], ["基层信息", "8"]]
    read = entries(bulletin(tmp_path / "g.docx", rows))
    assert [e.text for e in read] == ["栏目  篇数", "工作动态  12", "基层信息  8"]
