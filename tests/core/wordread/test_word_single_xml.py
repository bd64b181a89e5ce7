"""Word documents written as a single XML file: Word's own XML document (Flat OPC, the parts
of a .docx one after another) and Word 2003's XML document, which Java systems fill from a
FreeMarker template and hand out as .doc."""
from __future__ import annotations

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.core.wordread import read_word
from wordfiles import MAIN_CT, RT, W_NS, p, r

RELS = "application/vnd.openxmlformats-package.relationships+xml"


def flat(body: str) -> str:
    def part(name: str, content_type: str, xml: str) -> str:
        return f'<pkg:part pkg:name="{name}" pkg:contentType="{content_type}"><pkg:xmlData>{xml}</pkg:xmlData></pkg:part>'

    rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            + part("/_rels/.rels", RELS, rels.format(f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>'))
            + part("/word/document.xml", MAIN_CT, f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')
            + '<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>'
            + "</pkg:package>")


def test_words_own_xml_document_is_read_as_the_package_it_holds(tmp_path):
    path = tmp_path / "简报.doc"
    path.write_text(flat(p("第7期") + p("3月5日，", runs=r("城关镇", bold=True) + r("开会。"))), encoding="utf-8")
    assert [par.rich for par in read_word(path).paragraphs] == [
        (Run("第7期"),), (Run("3月5日，"), Run("城关镇", True), Run("开会。"))]


def test_a_single_xml_file_with_a_doctype_is_refused(tmp_path):
    path = tmp_path / "t.doc"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "e">]>\n<?mso-application progid="Word.Document"?>'
                    '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>', encoding="utf-8")
    with pytest.raises(BulletinFormatError, match="DOCTYPE"):
        read_word(path)


@pytest.mark.skipif(libreoffice.libreoffice_path() is None, reason="needs LibreOffice")
def test_a_word_2003_xml_document_is_read_through_libreoffice(tmp_path):
    path = tmp_path / "简报.doc"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">'
        '<w:styles><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>'
        "<w:body><wx:sect>"
        "<w:p><w:r><w:t>第7期</w:t></w:r></w:p><w:p><w:r><w:t>3月5日，</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
        "<w:t>城关镇</w:t></w:r><w:r><w:t>开会。</w:t></w:r></w:p></wx:sect></w:body></w:wordDocument>", encoding="utf-8")
    assert [par.rich for par in read_word(path).paragraphs] == [
        (Run("第7期"),), (Run("3月5日，"), Run("城关镇", True), Run("开会。"))]
