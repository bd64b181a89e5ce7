"""An entry's unit underlined or set in a colour instead of bold (3月1日，<u>县应急管理局</u>
召开…), as some offices' templates mark it, is the entry's unit; underlined or coloured words
elsewhere stay plain text."""
from __future__ import annotations

import docx
from docx.enum.text import WD_UNDERLINE
from docx.shared import RGBColor

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item


def bulletin(path, entries):
    document = docx.Document()
    for line in ("测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】"):
        document.add_paragraph(line)
    for before, marked, after, how in entries:
        paragraph = document.add_paragraph(before)
        run = paragraph.add_run(marked)
        if how == "underline":
            run.underline = WD_UNDERLINE.SINGLE
        elif how == "colour":
            run.font.color.rgb = RGBColor(0x00, 0x70, 0xC0)
        paragraph.add_run(after)
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(path)
    return path


def items(path):
    return [e for e in read_file(path).issue.sections[0].entries if isinstance(e, Item)]


def test_underlined_and_coloured_units(tmp_path):
    path = bulletin(tmp_path / "a.docx", [
        ("3月1日，", "县应急管理局", "召开全县安全生产工作调度会。", "underline"),
        ("3月2日，", "城关镇", "组织开展燃气安全专项检查，排查隐患12处。", "colour"),
    ])
    assert [(e.date, e.unit) for e in items(path)] == [("3月1日", "县应急管理局"), ("3月2日", "城关镇")]


def test_other_marked_words_stay_plain(tmp_path):
    path = bulletin(tmp_path / "b.docx", [
        ("3月1日，", "认真学习安全生产法", "，县应急管理局召开专题会议。", "underline"),
        ("3月2日，县住建局组织学习", "建设工程安全生产管理条例", "。", "colour"),
    ])
    assert [e.unit for e in items(path)] == ["", ""]
    assert not any(run.bold for e in items(path) for run in e.rich)
