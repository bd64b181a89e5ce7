"""Files built to hurt a reader: a zip bomb, entity attacks, broken and disguised files."""
from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

from wordfiles import MASTHEAD, make_docx, p

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE w:document [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + ']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>某某简报</w:t></w:r></w:p><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"
)


def _replace_member(source: Path, target: Path, name: str, data: str) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, data if info.filename == name else old.read(info.filename))
    return target


def _corrupt_member(source: Path, target: Path, name: str) -> Path:
    """``source`` with bytes of one member's deflated data scrambled (a bad sector, a broken
    download), its sizes and checksum left as they were."""
    data = bytearray(source.read_bytes())
    info = zipfile.ZipFile(source).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 40
    data[start:start + 50] = bytes((x * 37 + 11) & 255 for x in range(50))
    target.write_bytes(bytes(data))
    return target


def zip_bomb(path: Path, members: int = 17, member_size: int = 64 * 1024 * 1024) -> Path:
    """A package whose parts expand past 1 GB from about 70 KB: one deflated run of zeros,
    with every directory entry pointing at the same data (as overlapping zip bombs do)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1024 * 1024)
    data = b"".join(compressor.compress(chunk) for _ in range(member_size // len(chunk))) + compressor.flush()
    crc = 0
    for _ in range(member_size // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    name0 = b"word/document.xml"
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), member_size, len(name0), 0)
    blob = local + name0 + data
    central = b""
    for index in range(members):
        name = name0 if index == 0 else f"word/media/part{index}.xml".encode()
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), member_size,
                               len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, members, members, len(central), len(blob), 0)
    path.write_bytes(blob + central + end)
    return path


def ratio_bomb(path: Path) -> Path:
    """One part of 60 MB of zeros: under the total limit, far over any real compression ratio."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    return path


def hostile_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, a word the refusal must contain)."""
    good = make_docx(folder / "good.docx", MASTHEAD + p("【动态】") + p("内容。"))
    files = {
        "zip bomb": (zip_bomb(folder / "bomb.docx"), "压缩炸弹"),
        "ratio bomb": (ratio_bomb(folder / "ratio.docx"), "压缩炸弹"),
        "billion laughs": (_replace_member(good, folder / "laughs.docx", "word/document.xml", BILLION_LAUGHS), "DOCTYPE"),
        "external entity": (_replace_member(good, folder / "xxe.docx", "word/document.xml", EXTERNAL_ENTITY), "DOCTYPE"),
        "entity in styles": (_replace_member(good, folder / "styles-xxe.docx", "word/styles.xml", EXTERNAL_ENTITY), "DOCTYPE"),
        "truncated zip": (folder / "truncated.docx", "不完整"),
        "png named docx": (folder / "picture.docx", "PNG"),
        "encrypted": (folder / "encrypted.docx", "加密"),
        "empty document": (make_docx(folder / "empty.docx", p("") + p("　　")), "没有文字"),
        "zero bytes": (folder / "zero.docx", "空的"),
        "not a word package": (folder / "other.docx", "不是 Word 文档"),
        "corrupt deflate": (folder / "rot.docx", "压缩数据已损坏"),
        "odt ratio bomb": (folder / "bomb.odt", "压缩炸弹"),
    }
    _corrupt_member(good, folder / "rot.docx", "word/document.xml")
    with zipfile.ZipFile(folder / "bomb.odt", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        package.writestr("content.xml", b"\0" * (60 * 1024 * 1024))
    data = good.read_bytes()
    (folder / "truncated.docx").write_bytes(data[: len(data) // 2])
    (folder / "picture.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    (folder / "encrypted.docx").write_bytes(header + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1024)
    (folder / "zero.docx").write_bytes(b"")
    with zipfile.ZipFile(folder / "other.docx", "w") as package:
        package.writestr("hello.txt", "不是文档")
    return files
