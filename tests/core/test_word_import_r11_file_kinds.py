"""Files of other kinds a clerk picks, round 11: a UOF text (.uot, .uof: the national
standard's office format, GB/T 20916, as 永中 and 红旗 Office save it) is read through
LibreOffice as an .odt is; an OFD (the national standard's format for
official documents kept as printed pages, GB/T 33190), by its name or under a Word name, is
refused as a PDF is, saying what it is; the lock file Word, WPS or LibreOffice keeps beside
an open document (~$简报.docx, .~简报.docx, .~lock.简报.docx#) is refused for what it is and
never taken from a folder; the inbox names web pages among what it reads; a flat OpenDocument
file (.fodt) is bounded before LibreOffice has it, and its hidden sections are not read."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bulletin_desktop.core.importing import expand_paths, read_file
from bulletin_desktop.core.inbox.reading import SubmissionFileError, read_paragraphs
from bulletin_desktop.core.recognise import BulletinFormatError
from wordread.wordfiles import CLOSING, MASTHEAD, make_docx


def ofd(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("OFD.xml", '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" '
                         'DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        package.writestr("Doc_0/Document.xml", '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>')
        package.writestr("Doc_0/Pages/Page_0/Content.xml", '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"/>')
    return path


@pytest.mark.parametrize("name", ["南阳市应急管理工作简报第3期.ofd", "南阳市应急管理工作简报第3期.docx", "第3期.wps"])
def test_an_ofd_is_refused_saying_what_it_is(tmp_path, name):
    path = ofd(tmp_path / name)
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert refused.value.message.startswith(f"{name}：")
    assert "OFD 版式文件" in refused.value.message and "另存为 Word 文档" in refused.value.message


@pytest.mark.parametrize("name", ["~$阳市应急管理工作简报.docx", ".~南阳市应急管理工作简报.docx", "~$第3期.doc"])
def test_an_office_program_s_lock_file_is_refused_for_what_it_is(tmp_path, name):
    path = tmp_path / name
    who = "王芳".encode("utf-16-le")
    path.write_bytes((bytes([2]) + b"\x00" * 53 + bytes([2, 0]) + who).ljust(162, b"\x00"))
    for read in (read_file, read_paragraphs):
        with pytest.raises((BulletinFormatError, SubmissionFileError)) as refused:
            read(path)
        assert "临时文件" in str(refused.value.message) and name in refused.value.message


def test_a_folder_s_lock_files_are_not_taken(tmp_path):
    make_docx(tmp_path / "南阳市应急管理工作简报第3期.docx", MASTHEAD + CLOSING)
    for lock in ("~$阳市应急管理工作简报第3期.docx", ".~南阳市应急管理工作简报第3期.docx"):
        (tmp_path / lock).write_bytes(b"\x02" + b"\x00" * 161)
    assert [path.name for path in expand_paths([tmp_path])] == ["南阳市应急管理工作简报第3期.docx"]


def test_the_inbox_names_web_pages_among_what_it_reads(tmp_path):
    path = tmp_path / "来稿.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(SubmissionFileError) as refused:
        read_paragraphs(path)
    assert "网页（.htm、.mht）" in refused.value.message and "Word（.docx、.doc）" in refused.value.message
    assert "UOF（.uot）" in refused.value.message


@pytest.mark.parametrize("suffix", [".fodt", ".uot"])
@pytest.mark.parametrize("content, says", [(b"", "空的"), (None, "过大")])
def test_a_flat_xml_file_is_bounded_before_libreoffice_has_it(tmp_path, monkeypatch, content, says, suffix):
    path = tmp_path / f"简报{suffix}"
    if content is None:
        from bulletin_desktop.core.wordread import limits

        monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
        content = b"<?xml version='1.0'?>" + b" " * 2000
    path.write_bytes(content)
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert says in refused.value.message


FODT = ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles><style:style style:name="B" '
        'style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
        "</office:automatic-styles><office:body><office:text>{}</office:text></office:body></office:document>")


def test_a_flat_opendocument_file_s_hidden_section_is_not_read(tmp_path, soffice):
    body = ("<text:p>南阳市应急管理工作简报</text:p><text:p>第3期</text:p><text:p>南阳市应急管理局　　　　2024年4月2日</text:p>"
            "<text:p>【工作动态】</text:p>"
            '<text:section text:name="填写说明" text:display="none"><text:p>4月9日，各县区于每月5日前报送，日期后写单位。</text:p>'
            "</text:section>"
            '<text:p>4月1日，<text:span text:style-name="B">卧龙区应急管理局</text:span>开展危化品企业检查。</text:p>'
            "<text:p>签发：周敏</text:p><text:p>送：市委、市政府。</text:p>")
    path = tmp_path / "简报.fodt"
    path.write_text(FODT.format(body), encoding="utf-8")
    issue = read_file(path).issue
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("4月1日", "卧龙区应急管理局")]


@pytest.fixture(scope="module")
def soffice():
    from bulletin_desktop.core import libreoffice

    found = libreoffice.libreoffice_path()
    if found is None:
        pytest.skip("LibreOffice is needed")
    return found


def test_a_word_file_renamed_txt_is_read_as_the_word_file_it_is(tmp_path):
    from wordread.wordfiles import p

    body = (MASTHEAD + p("【工作动态】") + p("4月1日，卧龙区应急管理局开展危化品企业检查。") + CLOSING)
    path = tmp_path / "南阳市应急管理工作简报第3期.txt"
    path.write_bytes(make_docx(tmp_path / "原稿.docx", body).read_bytes())
    imported = read_file(path)
    assert [e.date for _, e in imported.issue.entries()] == ["4月1日"]
    assert imported.warnings[0] == f"{path.name} 实际是 Word 文档（只是扩展名写成了 .txt），按 Word 文档读取。"


def test_a_spreadsheet_renamed_txt_is_refused_as_what_it_is(tmp_path):
    path = tmp_path / "统计表.txt"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        package.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert "Excel" in refused.value.message


@pytest.mark.parametrize("suffix", [".uot", ".uof"])
def test_a_uof_text_is_read_through_libreoffice(tmp_path, soffice, suffix):
    from bulletin_desktop.core import libreoffice
    from wordread.wordfiles import p

    body = MASTHEAD + p("【工作动态】") + p("4月1日，卧龙区应急管理局开展危化品企业检查。") + CLOSING
    uof = libreoffice.convert(soffice, make_docx(tmp_path / "原稿.docx", body), "uot:UOF text", tmp_path / "uof")
    path = uof.rename(tmp_path / f"南阳市应急管理工作简报第3期{suffix}")
    imported = read_file(path)
    assert [e.date for _, e in imported.issue.entries()] == ["4月1日"]
    assert imported.warnings[0] == f"{path.name} 经 LibreOffice 转换后读取，版式细节可能与原文件略有不同。"


def test_word_s_one_file_xml_document_named_xml_is_read_as_word(tmp_path):
    """Word's 另存为 → Word XML 文档 names the file .xml: read as the Word file it is, not as text."""
    from wordread.wordfiles import MAIN_CT, RT, W_NS, p, r

    def flat(body: str) -> str:  # Word's one-file XML document: the parts of a .docx one after another
        rels = (f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                f'Type="{RT}/officeDocument" Target="word/document.xml"/></Relationships>')
        return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
                '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
                '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">'
                f'<pkg:xmlData>{rels}</pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" pkg:contentType="{MAIN_CT}">'
                f'<pkg:xmlData><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document></pkg:xmlData></pkg:part>'
                "</pkg:package>")

    path = tmp_path / "南阳市应急管理工作简报第3期.xml"
    path.write_text(flat(p("南阳市应急管理工作简报") + p("第3期") + p("南阳市应急管理局　　　　2024年4月2日") + p("【工作动态】")
                         + p("4月1日，", runs=r("卧龙区应急管理局", bold=True) + r("开展危化品企业检查。"))
                         + p("签发：周敏") + p("送：市委、市政府。")), encoding="utf-8")
    issue = read_file(path).issue
    assert (issue.series, issue.number) == ("南阳市应急管理工作简报", 3)
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("4月1日", "卧龙区应急管理局")]
