"""A footnote that names the entry's source (来源：县应急管理局), as some templates put it,
prints after the entry as a source line does; other footnotes are still left out with a note."""
from __future__ import annotations

import zipfile

import docx

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES = ("<w:footnotes xmlns:w=\"%s\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
             "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>来源：县应急管理局</w:t></w:r></w:p></w:footnote>"
             "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>数据截至3月1日。</w:t></w:r></w:p></w:footnote>"
             "</w:footnotes>") % W


def bulletin(path):
    document = docx.Document()
    for line in ("测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】"):
        document.add_paragraph(line)
    for note, body in (("1", "召开全县安全生产工作调度会，部署近期重点工作。"), ("2", "组织开展燃气安全检查，排查隐患12处。")):
        entry = document.add_paragraph("3月1日，")
        entry.add_run("城关镇").bold = True
        entry.add_run(body)
        entry._p.append(docx.oxml.parse_xml(f'<w:r xmlns:w="{W}"><w:footnoteReference w:id="{note}"/></w:r>'))
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(path)
    with zipfile.ZipFile(path) as package:
        files = {name: package.read(name) for name in package.namelist()}
    files["word/footnotes.xml"] = FOOTNOTES.encode()
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdFoot" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.footnotes+xml"/></Types>')
    with zipfile.ZipFile(path, "w") as package:
        for name, data in files.items():
            package.writestr(name, data)
    return path


def test_source_footnote_follows_its_entry(tmp_path):
    imported = read_file(bulletin(tmp_path / "a.docx"))
    entries = [e for e in imported.issue.sections[0].entries if isinstance(e, Item)]
    assert entries[0].text.endswith("部署近期重点工作。（来源：县应急管理局）")
    assert entries[1].text.endswith("排查隐患12处。")
    assert any("1 处脚注" in warning for warning in imported.warnings)
