"""Parts found as Word finds them: a member whose local header spells its name in other
letter case than the zip's directory (customXML for customXml, as some Word versions and
document systems write), a part named in other case than its relationship says, and a
relationship that writes a Chinese name percent-encoded."""
import struct
import zipfile
from urllib.parse import quote

from bulletin_desktop.core.wordread import read_word

from wordfiles import CLOSING, MASTHEAD, RT, make_docx, p, r

BODY = MASTHEAD + p("【工作动态】") + p("3月1日，", runs=r("县应急局", bold=True) + r("召开会议。")) + CLOSING
CUSTOM = {"customXml/item2.xml": '<?xml version="1.0"?><b:Sources xmlns:b="urn:b"/>'}
CUSTOM_REL = f'<Relationship Id="rIdCx" Type="{RT}/customXml" Target="../customXml/item2.xml"/>'


def texts(path) -> list[str]:
    return [paragraph.text for paragraph in read_word(path).paragraphs]


def renamed(path, rename) -> None:
    """``path`` rewritten with each member named ``rename(name)`` in the zip."""
    with zipfile.ZipFile(path) as old:
        members = [(rename(info.filename), old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in members:
            new.writestr(name, data)


def test_a_local_header_naming_a_member_in_other_case_is_read(tmp_path):
    path = make_docx(tmp_path / "header.docx", BODY, parts=CUSTOM, doc_rels=CUSTOM_REL)
    data = bytearray(path.read_bytes())
    start = zipfile.ZipFile(path).getinfo("customXml/item2.xml").header_offset
    length = struct.unpack("<H", data[start + 26:start + 28])[0]
    data[start + 30:start + 30 + length] = b"customXML/item2.xml"
    path.write_bytes(bytes(data))
    assert "3月1日，县应急局召开会议。" in texts(path)
    assert bytes(data) == path.read_bytes()  # the clerk's file is left as it was


def test_a_part_named_in_other_case_than_its_relationship_is_read(tmp_path):
    path = make_docx(tmp_path / "case.docx", BODY)
    renamed(path, lambda name: {"word/document.xml": "Word/Document.xml",
                                "word/_rels/document.xml.rels": "Word/_rels/Document.xml.rels"}.get(name, name))
    text = read_word(path)
    assert "3月1日，县应急局召开会议。" in [paragraph.text for paragraph in text.paragraphs]
    assert not any("不完整" in warning for warning in text.warnings)


def test_a_percent_encoded_relationship_finds_its_chinese_named_part(tmp_path):
    path = make_docx(tmp_path / "named.docx", BODY, main="word/正文.xml")
    with zipfile.ZipFile(path) as old:
        members = [(info.filename, old.read(info)) for info in old.infolist()]
    encoded = quote("word/正文.xml").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in members:
            new.writestr(name, data.replace("word/正文.xml".encode(), encoded) if name.endswith((".rels", "].xml")) else data)
    assert "3月1日，县应急局召开会议。" in texts(path)
