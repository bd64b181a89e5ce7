"""An .odt whose entries are numbered afresh in each section, as LibreOffice and WPS save
one: a list item told to start again at 1 (text:start-value), or a second list of the same
list style, which numbers from its own start. LibreOffice converts it for the reader; the
numbers read are those it prints. (Saved from LibreOffice as .doc, the second way loses its
restart in the file itself: the .doc's list tables hold one list and no override for both,
so 3．4． prints under the second section, and the reader reads what prints.)"""
from __future__ import annotations

import zipfile

import pytest

from bulletin_desktop.core.importing import read_file

ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
STYLES = ('<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
          'style:num-suffix="．" style:num-format="1"><style:list-level-properties '
          'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
          'text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number></text:list-style>'
          '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" '
          'style:font-weight-asian="bold"/></style:style></office:automatic-styles>')


def entry(date: str, unit: str, rest: str, start: str = "") -> str:
    return (f"<text:list-item{start}><text:p>{date}，<text:span text:style-name=\"B\">{unit}</text:span>{rest}</text:p>"
            "</text:list-item>")


def odt(path, restart: str):
    second = ' text:start-value="1"' if restart == "start value" else ""
    body = ("<text:p>某某工作简报</text:p><text:p>第7期</text:p><text:p>某某县应急管理局　　　　2024年3月5日</text:p>"
            '<text:p>【工作动态】</text:p><text:list xml:id="list1" text:style-name="L1">'
            + entry("5月6日", "县消防救援大队", "开展高层建筑消防演练。") + entry("5月7日", "县市场监管局", "抽检食品样品32批次。")
            + '</text:list><text:p>【基层信息】</text:p><text:list xml:id="list2" text:style-name="L1">'
            + entry("5月8日", "城关镇", "排查出租房屋56户。", second) + entry("5月9日", "县教育局", "开展校园安全检查。")
            + "</text:list><text:p>编辑：张三 审核：李四 签发：王五</text:p><text:p>送：县委、县政府。</text:p>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF} office:version="1.3">{STYLES}'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
        package.writestr("META-INF/manifest.xml", manifest)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("restart", ["start value", "second list"])
def test_entries_numbered_afresh_in_each_section_of_an_odt(soffice, tmp_path, restart):
    issue = read_file(odt(tmp_path / "简报.odt", restart)).issue
    assert [(s.title, [(e.mark, e.unit) for e in s.entries]) for s in issue.sections] == [
        ("工作动态", [("1．", "县消防救援大队"), ("2．", "县市场监管局")]),
        ("基层信息", [("1．", "城关镇"), ("2．", "县教育局")])]
