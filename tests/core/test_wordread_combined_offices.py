"""A joint issue's masthead naming its two offices in two lines in one (双行合一,
w:eastAsianLayout w:combine) reads as the two offices, apart as they print; other text
so combined stays as written."""
from __future__ import annotations

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.wordread.combined import two_lines


def bulletin(path, combined: str):
    document = docx.Document()
    document.add_paragraph("红石县安全生产简报")
    document.add_paragraph("第21期")
    office = document.add_paragraph()
    run = office.add_run(combined)
    layout = OxmlElement("w:eastAsianLayout")
    layout.set(qn("w:id"), "1")
    layout.set(qn("w:combine"), "1")
    run._r.get_or_add_rPr().append(layout)
    office.add_run("　　　　2024年3月15日")
    document.add_paragraph("【工作动态】")
    entry = document.add_paragraph("3月1日，")
    entry.add_run("县应急管理局").bold = True
    entry.add_run("召开全县安全生产工作调度会，部署近期重点工作。")
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(path)
    return path


def test_two_offices_in_one_combined_run(tmp_path):
    issue = read_file(bulletin(tmp_path / "a.docx", "县应急管理局县交通运输局")).issue
    assert issue.office == "县应急管理局　县交通运输局"
    assert (issue.number, issue.date.isoformat()) == (21, "2024-03-15")


def test_other_combined_text_stays():
    assert two_lines("2024年3月") == "2024年3月"
    assert two_lines("联合发文") == "联合发文"
