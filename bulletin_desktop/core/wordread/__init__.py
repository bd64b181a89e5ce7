"""The Word reader: a .docx (or what LibreOffice made of a .doc/.wps/.rtf/.odt) as the
paragraphs of rich text it prints, in reading order. No Qt.

``read_word(path)`` gives the paragraphs with what the clerk should know (images skipped,
revisions applied, a printed copy's lines joined into its paragraphs: core.wrapped_text); ``paragraphs_from_path(path)`` just the rich text, for any caller
that does its own recognising (a submission read on its own).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..recognise import BulletinFormatError, Paragraph
from ..richtext import RichText
from ..wrapped_text import is_page_number, join_printed_lines
from ..errors import unreadable_file_message
from ..file_kinds import FLAT_XML_SUFFIXES, WEB_PAGE_SUFFIXES, WORD_PACKAGE_SUFFIXES, WORD_SUFFIXES
from ..input_files import other_program_problem
from . import limits
from .garbled import looks_garbled
from .compound import COMPOUND_MAGIC
from .container import (ENCRYPTED_MESSAGE, OPENDOCUMENT_TEXT, ZIP_MAGIC, check_package, check_size, is_encrypted_cfb, junk_before, names_mended, opendocument_encrypted,
                        opendocument_kind, refuse, refuse_crowded, refuse_doctype, sniff, unnested)
from .length import body_too_long, too_long
from .library_notices import without_notices
from .package_reader import MISSING
from .private_use import private_use_note



REVISIONS_NOTE = "文档含有修订记录：按接受全部修订后的文字导入（删除的文字不导入）。"


@dataclass
class WordText:
    paragraphs: list[Paragraph]
    warnings: list[str] = field(default_factory=list)
    # the header at the top of page 1, for a masthead some templates put there (the
    # importer reads it only when the body has none)
    header: list[Paragraph] = field(default_factory=list)
    # the footer at the foot of the last page, for a closing block some templates put there
    # (read only when the body has none); page 1's own footer (首页不同) when only it holds one
    footer: list[Paragraph] = field(default_factory=list)
    # how many paragraphs open the text on a page of their own before the rest (a cover
    # page, for the importer to try the bulletin without); 0 for a text of one page
    first_page: int = 0
    # the alternative text of the pictures before the first line of text, the body's then the
    # first page header's (a masthead set as a picture), for the importer to take the
    # bulletin's name from when no line prints it
    opening_pictures: list[str] = field(default_factory=list)


def read_word(path: str | Path, *, time_budget: float = limits.TIME_BUDGET_S,
              cancel: threading.Event | None = None) -> WordText:
    """Read a Word document of any supported kind. Raises BulletinFormatError, naming the
    file and the reason in one Chinese sentence, for anything that is not one or costs
    more than a bulletin could; libreoffice.ConversionCancelled when ``cancel`` is set
    during a conversion."""
    path = Path(path)
    if problem := other_program_problem(path):  # (a WPS table is a compound file as a .doc is)
        raise BulletinFormatError(problem)
    # an OpenDocument file, zipped (.odt) or flat XML (.fodt), goes to LibreOffice as it is, and so
    # does a UOF file (one XML file too)
    flat_xml = path.suffix.lower() in FLAT_XML_SUFFIXES
    if flat_xml:
        check_size(path)
    kind = "convert" if flat_xml else sniff(path)
    # (an .odt under a Word name too: WPS and LibreOffice save them, and a renamed one opens
    # in WPS; another OpenDocument kind is refused here, named)
    odt = kind == "zip" and opendocument_kind(path) == OPENDOCUMENT_TEXT
    renamed_odt = odt and path.suffix.lower() != ".odt"
    if kind == "zip" and (path.suffix.lower() == ".odt" or odt):
        kind = "convert"
    structure_read = _refuse_compound(path) if kind == "cfb" else True
    zipped_odt = kind == "convert" and (path.suffix.lower() == ".odt" or renamed_odt)
    if zipped_odt:
        check_package(path, whole=True)  # bounded before LibreOffice unpacks it, every part
        if opendocument_encrypted(path):
            raise refuse(path, ENCRYPTED_MESSAGE)
    if kind == "prefixed":
        return _read_prefixed(path, time_budget, cancel)
    if kind in ("html", "mht"):
        return _read_web_page(path, kind, time_budget)
    if kind == "text":
        return _read_text(path)
    if kind == "flatxml":
        from .flat_package import zipped

        return _read_docx(path, path.name, time_budget, zipped(path, _bytes_of(path)))
    if kind in ("cfb", "rtf", "convert", "wordxml"):
        from .convert import converted_docx

        # (under its own name: LibreOffice tells a Word XML file from what it is, not from a .docx
        # name; an old Word or RTF file under no Word name, 简报.txt, is given one)
        suffix = (".xml" if kind == "wordxml" else ".odt" if renamed_odt
                  else {"cfb": ".doc", "rtf": ".rtf"}.get(kind) if path.suffix.lower() not in WORD_SUFFIXES else None)
        shown, revised = None, False
        if zipped_odt:
            from .odf_sections import without_hidden_sections

            shown = without_hidden_sections(path)
        elif path.suffix.lower() == ".fodt":
            from .odf_sections import shown as shown_flat

            shown = shown_flat(_bytes_of(path))
        elif kind == "wordxml":
            from .ns import DoctypeDeclared, TooManyNodes
            from .word2003 import prepared

            try:
                ready = prepared(_bytes_of(path))
            except DoctypeDeclared:
                raise refuse_doctype(path) from None
            except TooManyNodes:
                raise refuse_crowded(path) from None
            shown, revised = ready.data, ready.revised
        with converted_docx(path, cancel=cancel, suffix=suffix, data=shown) as docx_path:
            text = _read_docx(docx_path, path.name, time_budget)
        if not structure_read and looks_garbled(text.paragraphs):
            # LibreOffice fell back to reading the broken file's bytes as text
            raise refuse(path, "文件已损坏（Word 文档的内部结构不完整），读出的只是乱码；"
                               "请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。")
        text.warnings.insert(0, f"{path.name} 经 LibreOffice 转换后读取，版式细节可能与原文件略有不同。")
        if revised and REVISIONS_NOTE not in text.warnings:
            text.warnings.append(REVISIONS_NOTE)
        if renamed_odt:
            text.warnings.insert(0, f"{path.name} 实际是 OpenDocument 文本文件（.odt），只是扩展名写成了 {path.suffix}。")
        return text
    if (nested := unnested(path)) is not None:
        data, folder = nested
        text = _read_docx(path, path.name, time_budget, data)
        text.warnings.insert(0, f"{path.name} 中 Word 文档的各部分都放在压缩包里的文件夹“{folder}”中（多半是解压后连同文件夹一起重新压缩的），"
                                "Word 打不开这样的文件；已按其中的文档读取，请核对。")
        return text
    mended = names_mended(path)
    if mended is None and (whole := _whole_members(path)) is not None:
        text = _read_docx(path, path.name, time_budget, whole)
        text.warnings.insert(0, f"{path.name} 不完整（文件末尾的目录缺失或残缺，多半是没有下载或复制完），Word 打开时会提示修复；"
                                "已按其中完整的部分读取，请与原文件核对，最好重新取得完整的文件。")
        return text
    text = _read_docx(path, path.name, time_budget, mended)
    if junk := junk_before(_head(path)):
        text.warnings.insert(0, _junk_note(path, junk))
    return text


def _whole_members(path: Path) -> bytes | None:
    """A Word file cut short, as the package its whole members make (truncated.whole_members)."""
    from .truncated import whole_members

    head = _head(path)
    if not head.startswith(ZIP_MAGIC) and not junk_before(head):
        return None
    return whole_members(path, junk_before(head))


def _junk_note(path: Path, junk: int) -> str:
    return (f"{path.name} 开头多了 {junk} 个字节（网上系统下载文件时常加上的 BOM 或空行），"
            "Word 可能说文件已损坏；已跳过这几个字节读取，请核对。")


def _read_prefixed(path: Path, time_budget: float, cancel: threading.Event | None) -> WordText:
    """An old Word file after a BOM or blank lines (container.junk_before): a copy without
    them, under the same name, read as the file itself (LibreOffice and the compound-file
    reader look for the header at the start)."""
    import tempfile

    data = _bytes_of(path)  # (no larger than sniff allows)
    junk = junk_before(data[:1024], COMPOUND_MAGIC)
    with tempfile.TemporaryDirectory(prefix="bulletin-import-", ignore_cleanup_errors=True) as folder:
        clean = Path(folder) / path.name
        clean.write_bytes(data[junk:])
        text = read_word(clean, time_budget=time_budget, cancel=cancel)
    text.warnings.insert(0, _junk_note(path, junk))
    return text


def _refuse_compound(path: Path) -> bool:
    """Refuse an OLE compound file LibreOffice could not make an issue of: one that needs a
    password, whatever its name (an encrypted .docx saved as .doc), Excel's and
    PowerPoint's files under a Word name, and a document far too long to be an issue.
    Returns whether its structure could be read (False: it does not add up)."""
    from .compound import ENCRYPTED, PRESENTATION, SPREADSHEET, Contents, compound_contents

    contents = read = compound_contents(path)
    if contents is None:  # a directory that does not add up: the one sign left is the stream's name
        contents = Contents(ENCRYPTED if path.suffix.lower() in WORD_PACKAGE_SUFFIXES and is_encrypted_cfb(path) else "")
    if contents.kind == ENCRYPTED:
        raise refuse(path, ENCRYPTED_MESSAGE)
    if contents.kind in (SPREADSHEET, PRESENTATION):
        what = "Excel 表格" if contents.kind == SPREADSHEET else "PowerPoint 演示文稿"
        raise refuse(path, f"这不是 Word 文件，而是{what}（只是扩展名写成了 {path.suffix}）。")
    if contents.text_chars is not None and (problem := too_long(contents.text_chars)):
        raise refuse(path, problem)
    return read is not None


def paragraphs_from_path(path: str | Path) -> list[RichText]:
    """The document's paragraphs as rich text (text and bold), in reading order."""
    return [p.rich for p in read_word(path).paragraphs]


def _holds_closing(paragraphs: list[Paragraph]) -> bool:
    from ..recognise.closing import is_closing_line

    return any(is_closing_line(p.text.strip()) for p in paragraphs)


def _head(path: Path) -> bytes:
    """The file's first bytes, as many as container.sniff looks at."""
    try:
        with path.open("rb") as handle:
            return handle.read(1024)
    except OSError:
        return b""


def _bytes_of(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BulletinFormatError(unreadable_file_message(path, exc)) from None


_FRAMES_READ = 8  # a page's frames read for its text: a title bar, a menu, the document, a footer


def _read_web_page(path: Path, kind: str, time_budget: float, framed: bool = True) -> WordText:
    """A web page (or a web archive) saved under a Word name, read as Word opens it: its
    text as an HTML fragment in a document is read. A page of frames and no text of its
    own (an OA system shows the document in a frame) is read from the frame's page, saved
    beside it (``framed``: whether to look for one)."""
    from .body import BodyReader
    from .numbering import Numbering
    from .styles import Styles

    reader = BodyReader(Styles(None), Numbering(None), path.name, time.monotonic() + time_budget)
    data = _bytes_of(path)
    paragraphs = reader.fragment("message/rfc822" if kind == "mht" else "text/html", data)
    if paragraphs is None:
        raise refuse(path, "这是网页存档文件（.mht），但其中没有网页正文，没有可导入的简报内容。")
    paragraphs = join_printed_lines(paragraphs)
    if not any(p.text.strip() for p in paragraphs) and framed and kind == "html":
        from .html_chunk import framed_pages

        read: list[tuple[int, Path, WordText]] = []
        for frame in framed_pages(data, path.parent)[:_FRAMES_READ]:
            try:
                if sniff(frame) == "html":
                    text = _read_web_page(frame, "html", time_budget, framed=False)
                    read.append((sum(len(p.text) for p in text.paragraphs), frame, text))
            except BulletinFormatError:
                continue
        if read:  # the frame with the most text holds the document (others: a menu, a title bar)
            _, frame, text = max(read, key=lambda found: found[0])
            shown = frame.relative_to(path.parent)
            text.warnings = [f"{path.name} 的正文在它的框架页“{shown}”中（另存网页时一起保存的），已按框架页读取。"]
            return text
    if not any(p.text.strip() for p in paragraphs):
        raise BulletinFormatError(_no_text(path.name))
    if problem := too_long(sum(len(p.text) for p in paragraphs)):
        raise BulletinFormatError(f"{path.name}：{problem}")
    page = "网页存档（单一文件网页）" if kind == "mht" else "网页"
    if path.suffix.lower() in WEB_PAGE_SUFFIXES:  # a page saved from the browser, named as one
        return WordText(paragraphs, [f"{path.name} 是{page}文件，按网页中的文字读取（图片和网页的其他部分不导入）。"])
    return WordText(paragraphs, [f"{path.name} 实际是{page}文件（网上系统导出或另存为网页的“Word”文件），按网页中的文字读取。"])


def _read_text(path: Path) -> WordText:
    """A plain text file under a Word name, read as a .txt is (textformat)."""
    from ..textformat import MAX_TEXT_BYTES, decode, text_paragraphs

    data = _bytes_of(path)
    if len(data) > MAX_TEXT_BYTES:
        raise BulletinFormatError(f"{path.name}：文件过大，不像一期简报的纯文本。")
    try:
        paragraphs = text_paragraphs(decode(data))
    except BulletinFormatError as exc:
        raise refuse(path, exc.message) from None
    if not any(p.text.strip() for p in paragraphs):
        raise BulletinFormatError(_no_text(path.name))
    if problem := too_long(sum(len(p.text) for p in paragraphs)):
        raise BulletinFormatError(f"{path.name}：{problem}")
    return WordText(paragraphs, [f"{path.name} 实际是纯文本文件（只是扩展名写成了 {path.suffix}），按纯文本读取。"])


def _no_text(name: str, images: int = 0) -> str:
    """The refusal of a document without a line of text; one of pictures only is a scanned
    copy (or pages pasted as screenshots), which no reading of Word makes text of."""
    if images:
        return (f"{name}：文档中只有 {images} 张图片，没有文字（多半是扫描件或截图）。简报只导入文字：请向报送单位要原始的 "
                "Word 文件，或先用文字识别（OCR）把图片转成文字后再导入。")
    return f"{name}：文档中没有文字，没有可导入的简报内容。"


def _read_docx(path: Path, name: str, time_budget: float, data: bytes | None = None) -> WordText:
    """The .docx at ``path``, or the package ``data`` read from it."""
    from .package import open_main_document
    from .body import BodyReader

    deadline = time.monotonic() + time_budget
    check_package(path, data)
    parts = open_main_document(path, name, data)
    if problem := body_too_long(parts.body):  # measured before reading: reading it all takes long
        raise BulletinFormatError(f"{name}：{problem}")
    reader = BodyReader(parts.styles, parts.numbering, name, deadline, parts.chunks, notes=parts.notes)
    # each margin part has a reader of its own: what it skips is not the body's; the page
    # number a footer prints is no text
    margins = [BodyReader(parts.styles, parts.numbering, name, deadline) for _ in range(3)]
    header, footer, first_footer = (
        [p for p in margin.read(part) if p.text.strip() and not is_page_number(p.text)] if part is not None else []
        for margin, part in zip(margins, (parts.first_header, parts.last_footer, parts.first_footer)))
    if not _holds_closing(footer) and _holds_closing(first_footer):
        # page 1's own footer (首页不同) is the last page's in a one-page bulletin; a template
        # that puts the closing block there leaves the other footer without it
        footer = first_footer
    paragraphs, trial_note = without_notices(reader.read(parts.body))
    paragraphs = join_printed_lines(paragraphs)  # a PDF made into Word: a paragraph a line
    header, footer = without_notices(header)[0], without_notices(footer)[0]
    notes = reader.notes
    if not any(p.text.strip() for p in paragraphs):
        raise BulletinFormatError(_no_text(name, notes.images))
    warnings: list[str] = [trial_note] if trial_note else []
    if parts.missing_parts:
        warnings.append(f"文件不完整：其中引用的 {parts.missing_parts} 个部件（图片、页眉页脚等）缺失，"
                        "其余内容照常导入，请与原文件核对。")
    if parts.types_guessed:
        what = ("文件中缺少内容类型清单（[Content_Types].xml，多半是重新压缩时漏掉了）" if parts.types_guessed == MISSING
                else "文件中的内容类型清单（[Content_Types].xml）已损坏")
        warnings.append(f"{what}，Word 打开时会提示文件有错并修复；已照常读取其中的文档，请核对。")
    if parts.bound_differences:
        own, value = parts.bound_differences[0]
        warnings.append(f"文件中有 {len(parts.bound_differences)} 处内容控件印出的文字与文件自带的数据不同"
                        f"（如“{own}”，数据中是“{value}”），按印出的文字导入；在 Word 中打开时显示的是数据中的值，请核对。")
    if parts.broken_parts:
        warnings.append(f"文件中有 {parts.broken_parts} 个部件（样式、编号、页眉页脚或脚注）已损坏，没有读取，"
                        "正文照常导入，加粗和编号可能与原文件不同，请核对。")
    if notes.images:
        warnings.append(f"跳过了 {notes.images} 张图片（简报只导入文字）。")
    if notes.objects:
        warnings.append(f"跳过了 {notes.objects} 个图形或嵌入对象。")
    if notes.documents:
        warnings.append(f"其中 {notes.documents} 个是嵌入的 Word 文档（页面上显示为图标或它第一页的图片），它里面的文字没有导入；"
                        "如需导入，请在 Word 或 WPS 中双击打开它，另存为文件后再导入。")
    if notes.footnotes:
        warnings.append(f"{notes.footnotes} 处脚注或尾注不属于正文，未导入。")
    if notes.white:
        warnings.append(f"{notes.white} 段中有白色的文字（印在白纸上看不见，多是编辑留下的备注），未导入。")
    if notes.comments:
        warnings.append(f"{notes.comments} 条批注不属于正文，未导入。")
    if notes.revisions:
        warnings.append(REVISIONS_NOTE)
    if notes.unfilled:
        names = "、".join(f"«{name}»" for name in dict.fromkeys(notes.unfilled[:3]))
        warnings.append(f"文档中有 {len(notes.unfilled)} 处邮件合并域没有填入内容（{names}），按印出的样子导入，请核对。")
    if notes.chunks:
        # (Word merges such a fragment into the text when it saves the file again)
        warnings.append(f"{notes.chunks} 段嵌入的外部文档片段（如 RTF 格式的）未导入；在 Word 中打开此文件、"
                        "另存为 .docx 后，片段成为正文，再导入即可。")
    if notes.diagrams:
        warnings.append(f"{notes.diagrams} 个 SmartArt 图示中的文字已逐个图形读为一段，请核对其顺序和归属。")
    if notes.subdocuments:
        warnings.append(f"这是主控文档，其中 {notes.subdocuments} 个子文档的内容在别的文件里（文件中只有指向它的链接），没有导入；"
                        "请在 Word 中打开它，在大纲视图中展开子文档后另存为一个文件，再导入。")
    if (private := private_use_note(paragraphs)) is not None:
        warnings.append(private)
    if parts.external_links:
        warnings.append(f"文档引用了 {parts.external_links} 个外部文件（模板或链接的图片），没有打开它们。")
    first_page = next((index for index, p in enumerate(paragraphs) if id(p) not in reader.first_page), 0)
    # (a template may set its red masthead as a picture in the first page's header)
    pictures = reader.opening_pictures + margins[0].opening_pictures
    return WordText(paragraphs, warnings, header, footer, first_page, pictures)
