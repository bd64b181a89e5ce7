"""Open the package with python-docx and find its parts through the relationships:
the main document by the package's officeDocument relationship (whatever its name),
its styles and numbering by the main part's own. External targets are never followed."""
from __future__ import annotations

import io
import logging

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..recognise import BulletinFormatError
from . import limits
from .bound_data import data_stores, fill_bound_controls
from .container import refuse, refuse_doctype
from .numbering import Numbering
from .package_reader import TooManyRelationships
from .diagrams import DIAGRAM_DATA
from .ns import R_ID, DoctypeDeclared, TooManyNodes, on, parsed, w
from .styles import Styles

_RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RT_NOTES = {"footnotes": "footnote", "endnotes": "endnote"}  # relationship type's end → element


log = logging.getLogger(__name__)

# what the main part of another Office package is, by its content type
_OTHER_MAIN_PARTS = (("spreadsheetml", "Excel 表格"), ("presentationml", "PowerPoint 演示文稿"))

@dataclass
class MainDocument:
    body: etree._Element
    styles: Styles
    numbering: Numbering
    external_links: int
    first_header: etree._Element | None = None  # what prints at the top of page 1 (some put the masthead there)
    last_footer: etree._Element | None = None  # what prints at the foot of the last page (some put the closing block there)
    # what prints at the foot of page 1 when it has a footer of its own (首页不同): a one-page
    # bulletin's only footer, where some put the closing block
    first_footer: etree._Element | None = None
    # the parts whose text the body reads where it names them, by relationship id: their
    # content type and bytes (the fragments w:altChunk embeds, SmartArt's data)
    chunks: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    # the footnotes' and endnotes' text by (footnote or endnote, id): one that names the
    # entry's source (来源：县应急管理局) prints where its mark is
    notes: dict[tuple[str, str], str] = field(default_factory=dict)
    # parts the relationships name that the file lacks (an image taken out): left out, not fatal
    missing_parts: int = 0
    broken_parts: int = 0  # parts besides the main document whose XML is broken: read as absent
    # the file's list of content types ([Content_Types].xml), which Word repairs on opening, is
    # missing or broken (package_reader.MISSING, BROKEN); "" when it is sound
    types_guessed: str = ""
    # content controls whose own text differs from the data they are bound to: (text, value)
    bound_differences: list[tuple[str, str]] = field(default_factory=list)


def _parsed(part, path: Path, main: bool = False) -> etree._Element | None:
    """The part's root element, None when its XML is broken; a DOCTYPE, and a part whose
    tree would cost more memory than any bulletin's, are refused, and so is a ``main``
    document nested past what the parser reads."""
    try:
        return parsed(part.blob)
    except etree.XMLSyntaxError as exc:
        if main:
            _refuse_too_deep(path, exc)
        return None
    except DoctypeDeclared:
        raise refuse_doctype(path) from None
    except TooManyNodes:
        raise refuse(path, f"文件中的部件 {str(part.partname).lstrip('/')} 的元素和属性超过 {limits.MAX_XML_NODES // 10000} 万个，"
                           "远多于一期简报，可能是程序生成或恶意构造的文件，没有导入。") from None


def _refuse_too_deep(path: Path, error: etree.XMLSyntaxError) -> None:
    """Refuses a part nested past the parser's limit (256 levels; Word's own files nest far
    less), which is no broken file but a made one."""
    if "excessive depth" in str(error).lower():
        raise refuse(path, "文档内容一层套一层，嵌套过深（超过 256 层，Word 自己不会这样保存），"
                           "可能是程序生成或恶意构造的文件，没有导入。") from None


def _root(part, path: Path) -> etree._Element:
    element = _parsed(part, path, main=True)
    if element is None:
        raise refuse(path, "文档内容的 XML 有错误，文件可能已损坏。")
    return element


class _Parts:
    """The parts besides the main document (styles, numbering, notes, headers, footers). One
    whose XML is broken is read as absent and counted, as Word recovers such a file: the
    text is in the main document."""

    def __init__(self, path: Path):
        self.path = path
        self.broken = 0

    def root(self, part) -> etree._Element | None:
        element = _parsed(part, self.path)
        self.broken += element is None
        return element


def _related(part, reltype: str):
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


def _as_bytes(partname, content_type: str, reltype: str, blob: bytes, package):
    """Every part as its bytes: the reader parses the few it reads itself (ns.safe_parser).
    python-docx would parse each part whose content type it knows, and refuse the whole file
    for one it cannot: a Word document merged in by w:altChunk, which document libraries
    label with the main document's content type, or a broken part the reader never reads."""
    from docx.opc.part import Part

    return Part(partname, content_type, blob, package)


def _opened(source: str | io.BytesIO):
    """The main document part, and how many parts the package's relationships name that it lacks."""
    from docx.opc.package import OpcPackage, Unmarshaller

    from .package_reader import read_parts

    package = OpcPackage()
    parts = read_parts(source)
    Unmarshaller.unmarshal(parts.reader, package, _as_bytes)
    return package.main_document_part, parts.missing, parts.types_guessed


def _main_part(path: Path, data: bytes | None):
    from .strict import is_strict, ordinary_copy

    def source() -> Path | io.BytesIO:
        return path if data is None else io.BytesIO(data)

    try:
        return _opened(str(path) if data is None else io.BytesIO(data))
    except KeyError:
        if not is_strict(source()):
            raise
    return _opened(ordinary_copy(source()))  # Word's Strict Open XML: the same parts, renamed


def open_main_document(path: Path, name: str, data: bytes | None = None) -> MainDocument:
    """The main document of the package at ``path``, or of ``data`` when the package is one
    embedded in that file (a document w:altChunk merges in); messages name ``path``."""
    from docx.opc.exceptions import PackageNotFoundError

    try:
        main, missing, types_guessed = _main_part(path, data)
    except (PackageNotFoundError, KeyError):
        raise refuse(path, _without_main(path, data)) from None
    except etree.XMLSyntaxError as exc:
        _refuse_too_deep(path, exc)
        raise refuse(path, "文档内容的 XML 有错误，文件可能已损坏。") from None
    except DoctypeDeclared:
        raise refuse_doctype(path) from None
    except BulletinFormatError:
        raise
    except TooManyRelationships as many:
        raise refuse(path, f"文件中的部件 {many.args[0]} 列出了 {many.args[1]} 个关联部件和链接，远多于一期简报，"
                           "可能是程序生成或恶意构造的文件，没有导入。") from None
    except Exception:  # python-docx has no error base of its own; a broken package raises anything
        log.info("python-docx could not open %s", path, exc_info=True)
        raise refuse(path, "文件已损坏，无法作为 Word 文档打开。") from None
    root = _root(main, path)
    body = root.find(w("body"))
    if body is None:
        other = next((what for kind, what in _OTHER_MAIN_PARTS if kind in main.content_type), None)
        if other is not None:  # an Excel or PowerPoint package under a Word name
            raise refuse(path, f"这不是 Word 文件，而是{other}（只是扩展名写成了 {path.suffix}）。")
        raise refuse(path, "这不是 Word 文档（主体部分没有正文）。")
    try:
        stores = data_stores(main)
    except DoctypeDeclared:
        raise refuse_doctype(path) from None
    differing = fill_bound_controls(body, stores)
    styles_part = _related(main, _RT_STYLES)
    numbering_part = _related(main, _RT_NUMBERING)
    # (a master document's sub-documents are counted where the body links them, BodyReader)
    external = sum(1 for rel in main.rels.values()
                   if rel.is_external and not rel.reltype.endswith(("/hyperlink", "/subDocument")))
    settings = [rel.target_part for rel in main.rels.values() if rel.reltype.endswith("/settings") and not rel.is_external]
    for part in settings:
        external += sum(1 for rel in part.rels.values() if rel.is_external)
    parts = _Parts(path)
    styles = Styles(parts.root(styles_part) if styles_part is not None else None)
    document = MainDocument(
        body=body,
        styles=styles,
        numbering=Numbering(parts.root(numbering_part) if numbering_part is not None else None,
                            lambda style_id: styles.numbering(style_id)[0]),
        external_links=external,
        first_header=_first_page_header(main, body, parts),
        last_footer=_last_page_footer(main, body, parts),
        first_footer=_first_page_footer(main, body, parts),
        chunks={rid: (rel.target_part.content_type, rel.target_part.blob) for rid, rel in main.rels.items()
                if rel.reltype.endswith(("/aFChunk", DIAGRAM_DATA)) and not rel.is_external},
        notes=_notes(main, parts),
        missing_parts=missing,
        types_guessed=types_guessed,
    )
    document.broken_parts = parts.broken
    for margin in (document.first_header, document.last_footer, document.first_footer):
        differing += fill_bound_controls(margin, stores)
    document.bound_differences = differing
    return document


def _notes(main, parts: _Parts) -> dict[tuple[str, str], str]:
    notes: dict[tuple[str, str], str] = {}
    for rel in main.rels.values():
        kind = _RT_NOTES.get(rel.reltype.rsplit("/", 1)[-1])
        if kind is None or rel.is_external:
            continue
        root = parts.root(rel.target_part)
        for note in root.iter(w(kind)) if root is not None else ():
            if (note_id := note.get(w("id"))) is not None:
                notes[(kind, note_id)] = "".join(t.text or "" for t in note.iter(w("t"))).strip()
    return notes


def _without_main(path: Path, data: bytes | None) -> str:
    """Why a package has no main document, as the clerk can act on it: a package that names
    one it does not hold, or holds only a preview picture, is a Word file whose saving or
    download was cut short (WPS and Word write the thumbnail first), not some other file."""
    import zipfile

    from ..file_kinds import IMPORTABLE_SUFFIXES
    from .container import shown_name

    try:
        with zipfile.ZipFile(path if data is None else io.BytesIO(data)) as package:
            listed = [shown_name(info) for info in package.infolist()]
            names = [info.filename.lower() for info in package.infolist()]
            relations = package.read("_rels/.rels") if "_rels/.rels" in names else b""
    except (zipfile.BadZipFile, KeyError, OSError):
        listed, names, relations = [], [], b""
    # an ordinary zip archive of documents (an e-mail's attachments packed together) given a Word name
    packed = [name for name in listed if name.lower().endswith(IMPORTABLE_SUFFIXES) and not name.endswith("/")]
    if packed and b"/officeDocument" not in relations:
        more = f"等 {len(packed)} 个文件" if len(packed) > 1 else ""
        return f"这是一个压缩包，不是 Word 文档；里面有“{packed[0]}”{more}，请先解压，再导入其中的文件。"
    if any(name.startswith("docprops/thumbnail") for name in names) and not any(name.startswith("word/") for name in names):
        return "文件里只有预览缩略图，没有文档正文（可能没有下载完或保存时中断了），请重新取得原文件再导入。"
    if b"/officeDocument" in relations:
        return "文件里缺少文档正文部分（可能是没有下载完或保存时中断的文件），无法导入。"
    if "ofd.xml" in names:  # an OFD is a zip too, its entry point OFD.xml at the top
        from ..file_kinds import PAGE_FILE_SUFFIXES
        from ..input_files import page_file_reason

        return page_file_reason(PAGE_FILE_SUFFIXES[".ofd"])
    return "这不是 Word 文档（压缩包里没有 Word 文档的主体部分）。"


def _first_page_header(main, body: etree._Element, parts: _Parts) -> etree._Element | None:
    """The header page 1 prints: the first section's "first" header when that section has a
    title page of its own, else its default one (None when it has neither)."""
    section = next(body.iter(w("sectPr")), None)  # the first section's properties come first
    if section is None:
        return None
    wanted = "first" if section.find(w("titlePg")) is not None else "default"
    return _margin_part(main, section, "headerReference", wanted, parts)


def _first_page_footer(main, body: etree._Element, parts: _Parts) -> etree._Element | None:
    """The footer of page 1 when the first section has a title page of its own (None else)."""
    section = next(body.iter(w("sectPr")), None)
    if section is None or not on(section.find(w("titlePg"))):
        return None
    return _margin_part(main, section, "footerReference", "first", parts)


def _last_page_footer(main, body: etree._Element, parts: _Parts) -> etree._Element | None:
    """The footer the last page prints: the last section's default one (None without one)."""
    section = body.find(w("sectPr"))  # the last section's properties close the body
    return None if section is None else _margin_part(main, section, "footerReference", "default", parts)


def _margin_part(main, section: etree._Element, reference_tag: str, wanted: str, parts: _Parts) -> etree._Element | None:
    for reference in section.findall(w(reference_tag)):
        if reference.get(w("type"), "default") == wanted:
            rel = main.rels.get(reference.get(R_ID, ""))
            if rel is not None and not rel.is_external:
                return parts.root(rel.target_part)
    return None
