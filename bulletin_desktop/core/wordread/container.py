"""Checks on the file itself, before python-docx opens it: is it a Word package at all,
and can it be read without costing more than a bulletin could?"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from ..errors import unreadable_file_message
from ..recognise import BulletinFormatError
from . import limits
from .compound import COMPOUND_MAGIC
from .ns import declares_doctype

# Magic numbers of files clerks pick by mistake, named so the message can say what it is.
_OTHER_KINDS = (
    (b"\x89PNG", "PNG 图片"), (b"\xff\xd8\xff", "JPEG 图片"), (b"GIF8", "GIF 图片"), (b"%PDF", "PDF 文件"),
    (b"{\\rtf", "RTF 文档"), (b"Rar!", "RAR 压缩包"), (b"7z\xbc\xaf", "7z 压缩包"), (b"BM", "BMP 图片"),
)


# a document saved with a password to open it, whatever its kind: no reader opens it
ENCRYPTED_MESSAGE = "文档已加密（设置了打开密码），请在 Word 或 WPS 中取消密码后再导入。"


def refuse(path: Path, reason: str) -> BulletinFormatError:
    return BulletinFormatError(f"{path.name}：{reason}")


def refuse_crowded(path: Path) -> BulletinFormatError:
    """The refusal of a file whose XML holds far more elements than any bulletin (ns.TooManyNodes)."""
    return refuse(path, f"文件的元素和属性超过 {limits.MAX_XML_NODES // 10000} 万个，远多于一期简报，"
                        "可能是程序生成或恶意构造的文件，没有导入。")


def refuse_doctype(path: Path) -> BulletinFormatError:
    """The refusal of a file with a DOCTYPE or entity declaration in any of its XML (ns.DoctypeDeclared)."""
    return refuse(path, "文件中含有 DOCTYPE/实体声明，Word 文档不会有这种内容，可能是恶意构造的文件，已拒绝。")


def sniff(path: Path) -> str:
    """What the file is by its first bytes: "zip", "cfb" (an old .doc, .wps or an encrypted
    .docx), "rtf", a web page Word opens as a document ("html", "mht": see ``_web_page``),
    a Word document as one XML file ("flatxml", "wordxml": ``word_xml``), plain Chinese
    text ("text": ``_plain_text``), or raises with what it is instead."""
    check_size(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise BulletinFormatError(unreadable_file_message(path, exc)) from None
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK\x05\x06") or junk_before(head, ZIP_MAGIC):
        return "zip"
    if head.startswith(COMPOUND_MAGIC):
        return "cfb"
    if junk_before(head, COMPOUND_MAGIC):
        return "prefixed"  # an old Word file after a BOM or blank lines: read without them
    if head.startswith(b"{\\rtf"):
        return "rtf"
    for magic, kind in _OTHER_KINDS:
        if head.startswith(magic):
            raise refuse(path, f"这不是 Word 文件，而是{kind}（只是扩展名写成了 {path.suffix}）。")
    if page := _web_page(head) or _web_page(_archive_headers(path, head)):
        return page
    if xml_kind := word_xml(head):
        if declares_doctype(head):
            raise refuse_doctype(path)
        return xml_kind
    if _plain_text(head):
        return "text"
    raise refuse(path, "这不是 Word 文件（文件开头不是 Word 文档的格式），可能已损坏或扩展名有误。")


def check_size(path: Path) -> None:
    """Refuses a folder, an empty file and one larger than any bulletin's."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise refuse(path, "这是一个文件夹，不是文件。")
    except OSError as exc:
        raise BulletinFormatError(unreadable_file_message(path, exc)) from None
    if size > limits.MAX_FILE_BYTES:
        raise refuse(path, f"文件过大（{size / 1024 / 1024:.0f} MB），超过 {limits.MAX_FILE_BYTES // 1024 // 1024} MB，不像一期简报。")
    if size == 0:
        raise refuse(path, "文件是空的（0 字节）。")


_HEAD_BYTES = 1024
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_JUNK = re.compile(rb"(?:\xef\xbb\xbf|[ \t\r\n])+")  # what a web system's page code writes before a download
_JUNK_AT_MOST = 64


ZIP_MAGIC = b"PK\x03\x04"  # a zip entry's local header, where every zip (so every .docx) begins


def junk_before(head: bytes, magic: bytes = ZIP_MAGIC) -> int:
    """How many bytes of byte-order marks and blank lines come before a file that opens with
    ``magic`` (a zip's first member, or an old Word file's header): an OA system's download
    page that prints a BOM or an empty line before the file (a well-known fault of PHP and
    JSP pages) makes a .docx or .doc Word calls damaged. The zip module reads past them as
    past any data before a zip; 0 when there are none, or no such file after them."""
    found = _JUNK.match(head[:_JUNK_AT_MOST])
    if found is None or not head.startswith(magic, found.end()):
        return 0
    return found.end()


def _web_page(head: bytes) -> str:
    """"html" or "mht" for a web page saved under a Word name: what OA systems and web pages
    hand out as an "exported Word file" (HTML sent as application/msword) and Word's own
    web pages (网页, 单一文件网页) renamed .doc; Word opens them as documents. "" else."""
    for bom in _BOMS:
        if head.startswith(bom):
            if bom != _BOMS[0]:
                head = head[len(bom):].decode("utf-16-le" if bom == b"\xff\xfe" else "utf-16-be", "replace").encode()
            else:
                head = head[len(bom):]
    text = head.lstrip().lower()
    if text.startswith((b"<!doctype html", b"<html")) or text.startswith((b"<?xml", b"<!--")) and b"<html" in text:
        return "html"
    if b"mime-version:" in text and b"multipart/related" in text:
        return "mht"
    return ""


# A web archive's header lines (From:, Snapshot-Content-Location:, Subject:) before its MIME
# header: a browser writes the page's address and title there, which an OA system's long
# addresses and an encoded Chinese title push past the first kilobyte
_HEADER_LINE = re.compile(rb"(?:\xef\xbb\xbf)?[A-Za-z][A-Za-z0-9-]*:[ \t]")
_ARCHIVE_HEADERS_BYTES = 16 * 1024


def _archive_headers(path: Path, head: bytes) -> bytes:
    """The header lines of a file that opens as a web archive's do, as far as their end
    (the first blank line) or 16 KB; b"" for any other file."""
    if len(head) < _HEAD_BYTES or not _HEADER_LINE.match(head) or b"\r\n\r\n" in head or b"\n\n" in head:
        return b""
    try:
        with path.open("rb") as handle:
            more = handle.read(_ARCHIVE_HEADERS_BYTES)
    except OSError:
        return b""
    end = min((found for found in (more.find(b"\r\n\r\n"), more.find(b"\n\n")) if found >= 0), default=len(more))
    return more[:end]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _plain_text(head: bytes) -> bool:
    """A text file under a Word name (Notepad's 另存为 简报.doc; Word and WPS open one as
    text): Chinese text in UTF-8, UTF-16 with its mark or GBK, with no control characters
    (GBK takes almost any bytes, so a damaged or binary file would decode too, but not
    without them)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[2:len(head) - len(head) % 2].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "replace")
    else:
        text = ""
        for encoding in ("utf-8-sig", "gb18030"):
            try:  # (the head may end inside a character)
                text = head.decode(encoding)
                break
            except UnicodeDecodeError as exc:
                if exc.start >= len(head) - 3:
                    text = head[:exc.start].decode(encoding)
                    break
    return bool(text) and "\ufffd" not in text and not _CONTROL.search(text) and len(_HAN.findall(text)) >= 4


def word_xml(head: bytes) -> str:
    """A Word document as one XML file: "flatxml" for Word's own XML document (Flat OPC, a
    .docx's parts in one file), "wordxml" for Word 2003's (what Java systems fill from a
    FreeMarker template and hand out as .doc); "" else."""
    text = head.lower()
    if not text.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml"):
        return ""
    if b"<pkg:package" in text:
        return "flatxml"
    return "wordxml" if b"<w:worddocument" in text or b'progid="word.document"' in text else ""


# What an OpenDocument package's mimetype member says it is: text goes to LibreOffice as an
# .odt does, whatever the file is called; the others are named in the refusal
_OPENDOCUMENT = "application/vnd.oasis.opendocument."
OPENDOCUMENT_TEXT = "text"
_OPENDOCUMENT_OTHERS = {"spreadsheet": "OpenDocument 表格", "presentation": "OpenDocument 演示文稿",
                        "graphics": "OpenDocument 绘图"}


def opendocument_kind(path: Path) -> str | None:
    """OPENDOCUMENT_TEXT for a zipped OpenDocument text (.odt, its template or master
    document) under any name; raises for another OpenDocument kind under a Word name; None
    for a package that is none (a .docx)."""
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo("mimetype")
            if info.file_size > 200:  # the member is one short line; anything else is no ODF's
                return None
            mimetype = package.read(info).decode("ascii", "replace").strip()
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError, zlib.error):
        return None
    if not mimetype.startswith(_OPENDOCUMENT):
        return None
    kind = mimetype[len(_OPENDOCUMENT):].split("-")[0]
    if kind == OPENDOCUMENT_TEXT:
        return kind
    name = _OPENDOCUMENT_OTHERS.get(kind, "OpenDocument 文件")
    raise refuse(path, f"这不是 Word 文件，而是{name}（只是扩展名写成了 {path.suffix}）。")


_MANIFEST = "META-INF/manifest.xml"
_MANIFEST_AT_MOST = 1024 * 1024  # a text document's manifest lists a few parts


def opendocument_encrypted(path: Path) -> bool:
    """Whether an OpenDocument package's parts are encrypted (saved with a password): its
    manifest gives each encrypted part's key derivation. LibreOffice, asked to convert one,
    can only say it could not open it."""
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo(_MANIFEST)
            if info.file_size > _MANIFEST_AT_MOST:
                return False
            return b"encryption-data" in package.read(info)
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError, zlib.error):
        return False


def is_encrypted_cfb(path: Path) -> bool:
    """An encrypted .docx is an OLE compound file holding an EncryptionInfo stream; a plain
    old .doc is one too, without it. Directory names are UTF-16, so look for that spelling."""
    marker = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as handle:
        data = handle.read(min(path.stat().st_size, 4 * 1024 * 1024))
    return marker in data


# The ways of packing a zip's members Python reads (stored, Deflate, and bzip2 and LZMA, which
# some zip tools offer); a member packed otherwise is no sign of damage: Deflate64, which
# Windows' own zipping and 7-Zip choose for large or repacked files, is one Python cannot unpack
_READABLE_METHODS = frozenset((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA))
_METHOD_NAMES = {9: "Deflate64", 6: "Implode", 98: "PPMd", 95: "XZ", 93: "Zstandard", 99: "AES 加密"}


def packed_message(method: int) -> str:
    """What the clerk is told of a file whose parts are packed in a way the program cannot
    unpack (Deflate64, after a repack with 7-Zip or Windows' zipping): not damaged, and how to
    have it saved again as Word packs its files. The import's and the window's message alike."""
    name = _METHOD_NAMES.get(method, f"编号 {method}")
    return (f"文件没有损坏，但它是用本程序读不了的压缩方式（{name}）打包的（常见于用 7-Zip 或 Windows 重新压缩过的文件）。"
            "请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。")


def check_package(path: Path, data: bytes | None = None, *, whole: bool = False) -> None:
    """Refuse a broken or hostile zip from its directory and the start of its XML parts only;
    ``data``: the package itself when it is embedded in the file at ``path``. The parts the
    reader never inflates (limits.never_inflated) are not measured unless ``whole`` (a
    package another program unpacks entirely).

    Declared sizes can be trusted as upper bounds: Python's zip reader never gives more than
    a member declares, and a member that decompresses to less or different fails its CRC."""
    try:
        with zipfile.ZipFile(path if data is None else io.BytesIO(data)) as package:
            members = package.infolist()
            if len(members) > limits.MAX_MEMBERS:
                raise refuse(path, f"文件包含 {len(members)} 个部件，不像一份 Word 文档。")
            total = 0
            seen: dict[str, zipfile.ZipInfo] = {}
            for info in members:
                if info.flag_bits & 0x1:
                    raise refuse(path, ENCRYPTED_MESSAGE)
                if not whole and limits.never_inflated(info.filename):
                    continue
                if info.compress_type not in _READABLE_METHODS:
                    raise refuse(path, packed_message(info.compress_type))
                _refuse_second_copy(path, seen, info)
                total += info.file_size
                if total > limits.MAX_TOTAL_UNCOMPRESSED:
                    raise refuse(path, f"文件解压后超过 {limits.MAX_TOTAL_UNCOMPRESSED // 1024 // 1024} MB，"
                                       "可能是恶意构造的压缩包（“压缩炸弹”），已拒绝。")
                if info.file_size > limits.RATIO_CHECKED_FROM and \
                        info.file_size > limits.MAX_RATIO * max(info.compress_size, 1):
                    raise refuse(path, f"文件中的部件 {info.filename} 压缩比异常（{info.file_size // max(info.compress_size, 1)} 倍），"
                                       "可能是恶意构造的压缩包（“压缩炸弹”），已拒绝。")
            for info in members:
                name = info.filename.lower()
                if name.endswith((".xml", ".rels")):
                    if info.file_size > limits.MAX_XML_PART_BYTES:
                        raise refuse(path, f"文件中的部件 {info.filename} 过大（{info.file_size / 1024 / 1024:.0f} MB），不像一期简报。")
                    with package.open(info) as member:
                        prolog = member.read(limits.PROLOG_BYTES)
                    if declares_doctype(prolog):
                        raise refuse_doctype(path)
    except BulletinFormatError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise refuse(path, f"文件不完整或已损坏，无法作为 Word 文档打开（{_zip_reason(exc)}）。") from None
    except OSError as exc:
        raise refuse(path, f"无法读取文件：{exc.strerror or exc}") from None


def _refuse_second_copy(path: Path, seen: dict[str, zipfile.ZipInfo], info: zipfile.ZipInfo) -> None:
    """Refuse a second member of the same name (letter case aside, as part names go) holding
    something else: one zip reader takes the first, another the last (the zip module,
    python-docx), so which text is the document's cannot be told (a broken repack, or a file
    made to show one text to a checker and another to Word). A copy of the same bytes is
    harmless and read as the one."""
    first = seen.setdefault(info.filename.lower(), info)
    if first is not info and (first.CRC, first.file_size) != (info.CRC, info.file_size):
        raise refuse(path, f"文件中有两个同名的部件 {shown_name(info)}，内容不同，无法确定哪一个是文档的内容；"
                           "文件已损坏或被改动过，请重新取得原文件再导入。")


def names_mended(path: Path) -> bytes | None:
    """The package's bytes with each member's local header naming it as the central directory
    does, where the two differ only in letter case (some Word versions and document systems
    write customXML/item2.xml in one for customXml/item2.xml in the other): Word and other zip
    readers go by the central directory, Python's refuses the member. None when no name
    differs so, or the zip is too broken to tell (check_package says how)."""
    patches: list[tuple[int, bytes]] = []
    try:
        with zipfile.ZipFile(path) as package, path.open("rb") as handle:
            for info in package.infolist():
                handle.seek(info.header_offset)
                header = handle.read(30)
                if len(header) < 30 or not header.startswith(ZIP_MAGIC):
                    return None
                local = handle.read(int.from_bytes(header[26:28], "little"))
                central = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
                if local != central and local.lower() == central.lower():
                    patches.append((info.header_offset + 30, central))
    # (NotImplementedError: a member needing a zip version no tool writes, a damaged directory)
    except (zipfile.BadZipFile, OSError, ValueError, UnicodeError, NotImplementedError):
        return None
    if not patches:
        return None
    data = bytearray(path.read_bytes())
    for start, name in patches:
        data[start:start + len(name)] = name
    return bytes(data)


def shown_name(info: zipfile.ZipInfo) -> str:
    """A zip member's name as its writer meant it. Without the UTF-8 flag the zip module reads
    a name as code page 437, but Windows' zip tools in China store GBK there, and others
    (Info-ZIP on Linux) UTF-8: a name that is valid UTF-8 is taken as that (GBK text seldom
    is), else as GBK."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        stored = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gbk"):
        try:
            return stored.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


_PACKAGE_RELATIONSHIPS = "_rels/.rels"


def unnested(path: Path) -> tuple[bytes, str] | None:
    """A Word document whose parts were zipped inside a folder (its unpacked files compressed
    again as a folder, 发送到 → 压缩文件夹, and given back the .docx name): the package with
    that folder taken off every name, and the folder's name as shown; None for any other zip.
    Word refuses such a file; the parts are all there. The zip is checked as a whole before
    any part is inflated (check_package), and the copy is stored, not compressed again."""
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            if any(info.filename.lower() == _PACKAGE_RELATIONSHIPS for info in members):
                return None
            folders = [info for info in members if info.filename.count("/") == 2
                       and info.filename.lower().endswith("/" + _PACKAGE_RELATIONSHIPS)]
            if len(folders) != 1:
                return None
            prefix = folders[0].filename[:-len(_PACKAGE_RELATIONSHIPS)]
            check_package(path, whole=True)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for info in members:
                    if info.filename.startswith(prefix) and len(info.filename) > len(prefix) and not info.is_dir():
                        copy.writestr(info.filename[len(prefix):], package.read(info))
            return out.getvalue(), shown_name(folders[0])[:-len(_PACKAGE_RELATIONSHIPS)].rstrip("/")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        return None  # (check_package, reading the file again, says what is wrong)


def _zip_reason(exc: Exception) -> str:
    text = str(exc)
    if "CRC" in text:
        return "校验和不符"
    if "not a zip" in text.lower() or "end of central directory" in text.lower():
        return "压缩包目录缺失，文件可能只下载或复制了一部分"
    if "compression method" in text.lower():
        return "使用了不支持的压缩方式"
    if isinstance(exc, zlib.error):
        return "压缩数据已损坏"
    return "压缩包结构错误"
