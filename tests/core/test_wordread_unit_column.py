"""A table of entries whose template prints the reporting unit in a column of its own and
the date opening the text beside it (县住建局 | 3月3日，对全县……) reads as dated entries
with their bold units; a table of figures beside names stays a table."""
from __future__ import annotations

import docx

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item


def bulletin(path, rows: list[list[str]]):
    document = docx.Document()
    for line in ("测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】"):
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=2)
    for cells, row in zip(table.rows, rows):
        for cell, text in zip(cells.cells, row):
            cell.text = text
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(path)
    return path


def test_unit_column_beside_dated_text(tmp_path):
    rows = [["县住建局", "3月3日，对全县在建工地开展拉网式排查，整改隐患8处。"],
            ["城关镇", "3月4日，组织开展燃气安全专项检查，排查隐患12处。"]]
    section = read_file(bulletin(tmp_path / "a.docx", rows)).issue.sections[0]
    entries = [e for e in section.entries if isinstance(e, Item)]
    assert [(e.date, e.unit) for e in entries] == [("3月3日", "县住建局"), ("3月4日", "城关镇")]
    assert entries[0].text == "3月3日，县住建局对全县在建工地开展拉网式排查，整改隐患8处。"


def test_names_beside_undated_text_are_not_units_of_entries(tmp_path):
    rows = [["城关镇", "检查企业12家，发现隐患5处，已全部整改。"], ["李庄镇", "检查企业9家，发现隐患3处，已全部整改。"]]
    section = read_file(bulletin(tmp_path / "b.docx", rows)).issue.sections[0]
    assert not any(isinstance(e, Item) and e.unit for e in section.entries)
