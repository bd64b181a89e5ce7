"""A masthead set as a picture names the bulletin in its alternative text (替换文字), as
Word and WPS keep it: the import takes the name from there before the file's own name."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordfiles import make_docx, p


def _red_png(path: Path) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 40 for _ in range(10))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 40, 10, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def _bulletin(path: Path, tmp_path: Path, alt: str, *, in_table: bool = False) -> Path:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    picture = str(_red_png(tmp_path / "red.png"))
    if in_table:
        document.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run().add_picture(picture, width=Cm(15))
    else:
        document.add_picture(picture, width=Cm(15))
    frame = document.element.body.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    frame.set("descr", alt)
    document.add_paragraph("第12期")
    document.add_paragraph("测试县应急管理局　　　　2024年5月20日")
    document.add_paragraph("【工作动态】")
    entry = document.add_paragraph("5月10日，")
    entry.add_run("城关镇").bold = True
    entry.add_run("召开安全生产专题会议。")
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(str(path))
    return path


@pytest.mark.parametrize("in_table", [False, True])
def test_the_pictures_alternative_text_names_the_bulletin(tmp_path, in_table):
    path = _bulletin(tmp_path / "第12期.docx", tmp_path, "安全生产工作简报", in_table=in_table)
    imported = read_file(path)
    assert imported.issue.series == "安全生产工作简报"
    assert imported.issue.number == 12
    assert any("报头可能是图片" in warning for warning in imported.warnings)


def test_the_alternative_text_goes_before_the_files_name_and_loses_its_number(tmp_path):
    path = _bulletin(tmp_path / "消防工作简报（副本）.docx", tmp_path, "安全生产工作简报 2024年第12期")
    assert read_file(path).issue.series == "安全生产工作简报"


def test_a_picture_described_otherwise_names_nothing(tmp_path):
    with pytest.raises(BulletinFormatError, match="找不到简报名称"):
        read_file(_bulletin(tmp_path / "第12期.docx", tmp_path, "图片 1"))
    path = _bulletin(tmp_path / "消防工作简报第12期.docx", tmp_path, "红头图片")
    assert read_file(path).issue.series == "消防工作简报"


def test_a_picture_in_the_first_pages_header_names_the_bulletin(tmp_path):
    from docx import Document
    from docx.shared import Cm

    document = Document()
    document.sections[0].header.paragraphs[0].add_run().add_picture(str(_red_png(tmp_path / "red.png")), width=Cm(15))
    header = document.sections[0].header._element
    header.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr").set("descr", "安全生产工作简报")
    for line in ("第12期", "测试县应急管理局　　　　2024年5月20日", "【工作动态】", "5月10日，城关镇召开安全生产专题会议。",
                 "编辑：张三　　审核：李四　　签发：王五"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "第12期.docx"))
    assert read_file(tmp_path / "第12期.docx").issue.series == "安全生产工作简报"


@pytest.mark.parametrize("alt", ['alt="安全生产工作简报"', 'o:title="安全生产工作简报"'])
def test_an_older_vml_pictures_alternative_text_names_the_bulletin(tmp_path, alt):
    shape_alt, data_alt = (alt, "") if alt.startswith("alt") else ("", alt)
    picture = (f'<w:p><w:r><w:pict><v:shape xmlns:o="urn:schemas-microsoft-com:office:office" id="head" '
               f'style="width:400pt;height:60pt" {shape_alt}>'
               f'<v:imagedata r:id="rIdImg" {data_alt}/></v:shape></w:pict></w:r></w:p>')
    body = picture + p("第12期") + p("测试县应急管理局　　　　2024年5月20日") + p("【工作动态】")
    body += p("5月10日，城关镇召开安全生产专题会议。") + p("编辑：张三　　审核：李四　　签发：王五")
    assert read_file(make_docx(tmp_path / "第12期.docx", body)).issue.series == "安全生产工作简报"
