"""Word files damaged or made hostile in ways earlier rounds did not meet. A file whose end
was cut off (a download stopped short) is read from the members whole before the cut, as
Word's repair reads it, with a note. Two parts of one name, entity declarations placed past
the first 64 KB of a part or in the parts python-docx parses itself, a deflate stream lying
about its size, a paragraph longer than any article, a cut through the document itself: each
is refused in one Chinese sentence naming the file, and nothing is written to the archive."""
from __future__ import annotations

import io
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordfiles import CLOSING, MASTHEAD, RELS_NS, RT, W_NS, make_docx, p, r

ENTRIES = (p("【工作动态】") + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。")))


def good(folder: Path) -> Path:
    return make_docx(folder / "good.docx", MASTHEAD + ENTRIES + CLOSING)


def rebuilt(source: Path, target: Path, replace: dict[str, str | bytes], *, add: dict[str, str | bytes] | None = None) -> Path:
    """``source`` with some members' contents replaced and, after them, more members added
    (under names it may already have)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (the zip module warns of a name written twice)
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info)))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def cut(source: Path, target: Path, where) -> Path:
    """``source`` cut off at ``where(data, directory's offset, its size)``."""
    data = source.read_bytes()
    end = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack_from("<II", data, end + 12)
    target.write_bytes(where(data, offset, size))
    return target


def in_words_order(source: Path, target: Path) -> Path:
    """``source`` with its members in the order Word writes them: the content types and the
    package's relationships first, the document next, the rest after."""
    first = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]
    with zipfile.ZipFile(source) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for name in sorted(parts, key=lambda name: first.index(name) if name in first else len(first)):
            package.writestr(name, parts[name])
    return target


def document_cut(folder: Path) -> Path:
    """A cut through the document's own part."""
    source = in_words_order(make_docx(folder / "src.docx", MASTHEAD + ENTRIES + CLOSING + p("填充文字。" * 300)),
                            folder / "ordered.docx")
    with zipfile.ZipFile(source) as package:
        info = package.getinfo("word/document.xml")
    return cut(source, folder / "正文残缺.docx",
               lambda data, offset, size: data[:info.header_offset + 30 + len(info.filename) + info.compress_size // 2])


def two_documents(folder: Path) -> Path:
    other = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{p("另一份文字")}</w:body></w:document>'
    return rebuilt(good(folder), folder / "重名部件.docx", {}, add={"word/document.xml": other})


def two_documents_by_case(folder: Path) -> Path:
    other = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{p("另一份文字")}</w:body></w:document>'
    return rebuilt(good(folder), folder / "大小写重名.docx", {}, add={"Word/Document.xml": other})


# entities declared after a comment longer than the part's first 64 KB, nested to expand a
# few hundred bytes into gigabytes
LATE_DECLARATIONS = ("<!--" + " " * 70_000 + "-->\n<!DOCTYPE %s [\n<!ENTITY a \"" + "AAAA" * 256 + "\">\n"
                     + "".join(f'<!ENTITY a{i} "{("&a" + (str(i - 1) if i > 1 else "") + ";") * 16}">\n' for i in range(1, 7))
                     + "]>\n")


def late_bomb_in_document(folder: Path) -> Path:
    document = (f'<?xml version="1.0"?>\n{LATE_DECLARATIONS % "w:document"}<w:document xmlns:w="{W_NS}"><w:body>'
                + p("某某工作简报") + "<w:p><w:r><w:t>&a6;</w:t></w:r></w:p></w:body></w:document>")
    return rebuilt(good(folder), folder / "正文实体.docx", {"word/document.xml": document})


def small_late_entity_in_styles(folder: Path) -> Path:
    """One harmless-looking entity the parser would read: declared all the same."""
    styles = (f'<?xml version="1.0"?>\n<!--{" " * 70_000}-->\n<!DOCTYPE w:styles [<!ENTITY x "y">]>'
              f'<w:styles xmlns:w="{W_NS}"/>')
    return rebuilt(good(folder), folder / "样式实体.docx", {"word/styles.xml": styles})


def late_bomb_in_relationships(folder: Path) -> Path:
    rels = (f'<?xml version="1.0"?>\n{LATE_DECLARATIONS % "Relationships"}<Relationships xmlns="{RELS_NS}">'
            f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId9" Type="&a6;" Target="x.xml"/></Relationships>')
    return rebuilt(good(folder), folder / "关系实体.docx", {"_rels/.rels": rels})


def late_bomb_in_content_types(folder: Path) -> Path:
    with zipfile.ZipFile(good(folder)) as package:
        types = package.read("[Content_Types].xml").decode()
    types = types.replace("<Types", LATE_DECLARATIONS % "Types" + "<Types", 1)
    return rebuilt(good(folder), folder / "类型实体.docx", {"[Content_Types].xml": types})


def late_bomb_in_custom_data(folder: Path) -> Path:
    item = f'<?xml version="1.0"?>\n{LATE_DECLARATIONS % "root"}<root><name>&a6;</name></root>'
    props = ('<?xml version="1.0"?><ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" '
             'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>')
    item_rels = (f'<?xml version="1.0"?><Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" '
                 f'Type="{RT}/customXmlProps" Target="itemProps1.xml"/></Relationships>')
    return make_docx(folder / "数据实体.docx", MASTHEAD + ENTRIES + CLOSING,
                     doc_rels=f'<Relationship Id="rIdX" Type="{RT}/customXml" Target="../customXml/item1.xml"/>',
                     parts={"customXml/item1.xml": item, "customXml/itemProps1.xml": props,
                            "customXml/_rels/item1.xml.rels": item_rels})


def late_bomb_in_a_flat_file(folder: Path) -> Path:
    """Word's one-file XML document, saved as .doc, declaring entities after a long comment."""
    path = folder / "单文件实体.doc"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?><!-- <pkg:package -->'
                    + LATE_DECLARATIONS % "pkg:package"
                    + '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/x.xml">'
                    "<pkg:xmlData><a>&a6;</a></pkg:xmlData></pkg:part></pkg:package>", encoding="utf-8")
    return path


def lying_about_its_size(folder: Path) -> Path:
    """The document's deflated stream inflates to hundreds of MB while its directory entry
    says 2 KB (so the limits on declared sizes pass it)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"<w:p/>" * 100_000
    stream = b"".join(compressor.compress(chunk) for _ in range(500)) + compressor.flush()
    with zipfile.ZipFile(good(folder)) as package:
        others = [(info.filename, package.read(info)) for info in package.infolist() if info.filename != "word/document.xml"]
    out, central = io.BytesIO(), b""
    for name, payload, method, crc, size in [("word/document.xml", stream, 8, 0x12345678, 2048),
                                             *((n, d, 0, zlib.crc32(d), len(d)) for n, d in others)]:
        encoded, offset = name.encode(), out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(payload), size, len(encoded), 0)
                  + encoded + payload)
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0, crc, len(payload), size,
                               len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    count, start = len(others) + 1, out.tell()
    out.write(central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), start, 0))
    (path := folder / "谎报大小.docx").write_bytes(out.getvalue())
    return path


def far_too_long_paragraph(folder: Path) -> Path:
    body = MASTHEAD + p("【工作动态】") + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("要扎实开展隐患排查整治。" * 6000)) + CLOSING
    return make_docx(folder / "过长一段.docx", body)


DAMAGED = {
    "document cut": (document_cut, "缺少文档正文部分"),
    "two documents": (two_documents, "两个同名的部件"),
    "two documents by letter case": (two_documents_by_case, "两个同名的部件"),
    "late bomb in the document": (late_bomb_in_document, "DOCTYPE"),
    "late entity in the styles": (small_late_entity_in_styles, "DOCTYPE"),
    "late bomb in the relationships": (late_bomb_in_relationships, "DOCTYPE"),
    "late bomb in the content types": (late_bomb_in_content_types, "DOCTYPE"),
    "late bomb in custom data": (late_bomb_in_custom_data, "DOCTYPE"),
    "late bomb in a flat file": (late_bomb_in_a_flat_file, "DOCTYPE"),
    "lying about its size": (lying_about_its_size, "校验和不符"),
    "far too long a paragraph": (far_too_long_paragraph, "不像简报的一段"),
}


@pytest.mark.parametrize("name", DAMAGED)
def test_refused_in_one_chinese_sentence_naming_the_file(tmp_path, name):
    make, says = DAMAGED[name]
    path = make(tmp_path)
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    message = refused.value.message
    assert message.startswith(f"{path.name}：") and says in message and "Traceback" not in message


@pytest.mark.parametrize("name", ["document cut", "two documents", "late bomb in the relationships", "lying about its size"])
def test_the_import_command_writes_nothing(tmp_path, capsys, name):
    from bulletin_desktop.cli import main

    path = DAMAGED[name][0](tmp_path)
    db = tmp_path / "a.sqlite"
    assert main(["import", "--db", str(db), str(path)]) == 1
    err = capsys.readouterr().err
    assert path.name in err and "Traceback" not in err
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert capsys.readouterr().out.strip() in ("[]", "")


def test_a_part_stored_twice_with_the_same_bytes_is_read_as_one(tmp_path):
    """A repack that added a part again unchanged: harmless, whichever copy is taken."""
    source = good(tmp_path)
    with zipfile.ZipFile(source) as package:
        document = package.read("word/document.xml")
    path = rebuilt(source, tmp_path / "重复.docx", {}, add={"word/document.xml": document})
    issue = read_file(path).issue
    assert (issue.series, issue.number) == ("某某工作简报", 7)
    assert [e.unit for _, e in issue.entries()] == ["县消防救援大队"]


def test_a_picture_stored_twice_with_different_bytes_does_not_stop_the_text(tmp_path):
    """Pictures are never read: two differing copies of one do not make the text doubtful."""
    path = make_docx(tmp_path / "t.docx", MASTHEAD + ENTRIES + CLOSING, parts={"word/media/image1.png": b"\x89PNG" + bytes(50)})
    path = rebuilt(path, tmp_path / "图片重名.docx", {}, add={"word/media/image1.png": b"\x89PNG" + bytes(80)})
    assert [e.unit for _, e in read_file(path).issue.entries()] == ["县消防救援大队"]


def _streamed(source: Path, target: Path) -> Path:
    """``source`` zipped again as a stream (each member's sizes after its data), as Java and
    PHP document systems write."""
    class Stream(io.RawIOBase):
        def __init__(self) -> None:
            self.buffer = io.BytesIO()

        def writable(self) -> bool:
            return True

        def write(self, data) -> int:
            return self.buffer.write(data)

    with zipfile.ZipFile(source) as package:
        parts = [(info.filename, package.read(info)) for info in package.infolist()]
    stream = Stream()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts:
            with package.open(name, "w") as member:
                member.write(data)
    target.write_bytes(stream.buffer.getvalue())
    return target


CUTS = {
    "half the directory lost before its end record": lambda data, offset, size: data[:offset + size // 2] + data[data.rfind(b"PK\x05\x06"):],
    "cut a third into the directory": lambda data, offset, size: data[:offset + size // 3],
    "cut just before the directory": lambda data, offset, size: data[:offset],
}


@pytest.mark.parametrize("streamed", [False, True], ids=["sizes first", "written as a stream"])
@pytest.mark.parametrize("where", CUTS)
def test_a_file_cut_off_at_its_end_is_read_from_its_whole_parts_with_a_note(tmp_path, where, streamed):
    source = make_docx(tmp_path / "src.docx", MASTHEAD + ENTRIES + CLOSING)
    if streamed:
        source = _streamed(source, tmp_path / "streamed.docx")
    path = cut(source, tmp_path / "没下载完.docx", CUTS[where])
    result = read_file(path)
    assert (result.issue.series, result.issue.number) == ("某某工作简报", 7)
    assert [e.unit for _, e in result.issue.entries()] == ["县消防救援大队"]
    assert result.warnings[0].startswith("没下载完.docx 不完整（文件末尾的目录缺失或残缺") and "请与原文件核对" in result.warnings[0]


def test_a_file_cut_in_its_pictures_reads_its_text_and_counts_what_is_missing(tmp_path):
    source = make_docx(tmp_path / "src.docx", MASTHEAD + ENTRIES + CLOSING,
                       doc_rels=f'<Relationship Id="rIdImg" Type="{RT}/image" Target="media/image1.png"/>',
                       parts={"word/media/image1.png": b"\x89PNG" + bytes(range(256)) * 40})
    with zipfile.ZipFile(source) as package:
        picture = package.getinfo("word/media/image1.png")
    path = cut(source, tmp_path / "图片残缺.docx", lambda data, offset, size: data[:picture.header_offset + 200])
    result = read_file(path)
    assert [e.unit for _, e in result.issue.entries()] == ["县消防救援大队"]
    assert any("1 个部件" in note for note in result.warnings)


def test_an_opendocument_file_cut_short_is_still_refused_as_incomplete(tmp_path):
    source = tmp_path / "src.odt"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        package.writestr("content.xml", "<office:document-content/>")
    path = cut(source, tmp_path / "残缺.odt", lambda data, offset, size: data[:offset + size // 2])
    with pytest.raises(BulletinFormatError, match="不完整"):
        read_file(path)
