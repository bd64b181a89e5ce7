"""A table of entries with the date in a cell of its own and the unit underlined or coloured
opening the text beside it (3月1日 | <u>县应急管理局</u>召开…) reads as dated entries with
their units; outside a table, underlined words opening a paragraph stay plain."""
from __future__ import annotations

import docx
from docx.enum.text import WD_UNDERLINE

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item

ROWS = [("3月1日", "县应急管理局", "召开全县安全生产工作调度会，部署近期重点工作。"),
        ("3月2日", "城关镇", "组织开展燃气安全专项检查，排查隐患12处。")]


def underlined(paragraph, unit: str, rest: str) -> None:
    paragraph.add_run(unit).underline = WD_UNDERLINE.SINGLE
    paragraph.add_run(rest)


def bulletin(path, in_table: bool):
    document = docx.Document()
    for line in ("测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】"):
        document.add_paragraph(line)
    if in_table:
        table = document.add_table(rows=len(ROWS), cols=2)
        for row, (date, unit, rest) in zip(table.rows, ROWS):
            row.cells[0].text = date
            underlined(row.cells[1].paragraphs[0], unit, rest)
    else:
        entry = document.add_paragraph("3月1日，")
        entry.add_run("县应急管理局").bold = True
        entry.add_run("召开全县安全生产工作调度会，部署近期重点工作。")
        underlined(document.add_paragraph(), "县住建局", "要求各施工企业落实安全生产主体责任。")
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(path)
    return path


def test_date_cell_beside_underlined_unit(tmp_path):
    entries = [e for e in read_file(bulletin(tmp_path / "a.docx", True)).issue.sections[0].entries if isinstance(e, Item)]
    assert [(e.date, e.unit) for e in entries] == [("3月1日", "县应急管理局"), ("3月2日", "城关镇")]


def test_underlined_opening_words_outside_tables_stay_plain(tmp_path):
    issue = read_file(bulletin(tmp_path / "b.docx", False)).issue
    texts = [(e.text, [r.text for r in e.rich if r.bold]) for e in issue.sections[0].entries]
    assert any(text.startswith("县住建局要求") and not bold for text, bold in texts) or any(
        "县住建局要求" in text and "县住建局" not in bold for text, bold in texts)
