"""One file in, one recognised issue out: plain text or any Word-like format, read the
same way the command line, the window and the benchmark import it. Nothing is stored here;
storing is one ``Archive.add_issue`` (one transaction) per file."""
from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import unreadable_file_message
from .input_files import expand_paths, other_program_problem, regular_file_problem
from .file_kinds import (IMPORTABLE_KINDS_NAMED, IMPORTABLE_SUFFIXES, OTHER_OFFICE_SUFFIXES, PAGE_FILE_SUFFIXES, TEXT_SUFFIXES,
                         WORD_SUFFIXES, WORD_XML_SUFFIX, is_lock_file, is_mac_companion)
from .model import SECTION_HEADING_DEFAULT, SECTION_HEADING_OPTION, Issue, number_problem, unspaced_name
from .recognise import UNPLACED_MASTHEAD, BulletinFormatError, Paragraph, Recognised, Role, patterns, recognise
from .recognise.closing import is_closing_line

__all__ = ["IMPORTABLE_SUFFIXES", "ImportedFile", "expand_paths", "join_stored_series", "name_from_file", "nothing_to_import",
           "read_file"]



@dataclass
class ImportedFile:
    """A file read and recognised: the issue to store, what the clerk should check, and the
    document as read with each paragraph's recognised roles (for the review dialog)."""

    path: Path
    issue: Issue
    warnings: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    roles: list[tuple[Role, ...]] = field(default_factory=list)
    # the layout the document shows where it differs from the defaults, for a series the
    # import starts (Archive.add_issue's new_series_layout)
    layout: dict[str, str] = field(default_factory=dict)


def join_stored_series(imported: ImportedFile, stored: str | None) -> None:
    """An issue whose masthead writes its bulletin's name in traditional characters
    (漯河安全生產簡報, a template set in Hong Kong or Taiwan, an input method left so) goes
    with the archive's series of that name in simplified (``stored``, the name the archive
    finds for it, ``store.series_id``), as the clerk's issue list and statistics expect; it
    takes that series' name, the rest of its text as written, and the warnings say so.
    ``stored`` None (no such series) or the same name (spacing aside) leaves it as it is."""
    written = imported.issue.series
    if stored is None or unspaced_name(stored) == unspaced_name(written):
        return
    imported.issue.series = stored
    imported.warnings.append(f"报头的刊物名称“{written}”与档案库中的“{stored}”只是繁简写法不同，归入“{stored}”。")


def read_file(path: str | Path, *, cancel: threading.Event | None = None, series: str = "") -> ImportedFile:
    """Read one bulletin file of any supported format. Raises BulletinFormatError whose
    message names the file and the reason, in Chinese. Setting ``cancel`` (from another
    thread) ends a LibreOffice conversion under way: libreoffice.ConversionCancelled.
    ``series``: the bulletin's name for a masthead that prints none in text (a picture);
    without it, a name the masthead picture's alternative text gives, else the file's own
    name (漯河安全生产简报第52期.docx)."""
    path = Path(path)
    # a folder, /dev/zero or a named pipe is never read; nor a spreadsheet picked by mistake
    if problem := regular_file_problem(path) or other_program_problem(path):
        raise BulletinFormatError(problem)
    name = series.strip() or name_from_file(path.stem)
    # (a Word file renamed .txt, or named nothing, is read as the Word file it is)
    if path.suffix.lower() not in WORD_SUFFIXES and not _looks_like_word(path):
        if path.suffix.lower() == WORD_XML_SUFFIX:  # (data of another program, never a bulletin's text)
            raise BulletinFormatError(f"{path.name}：这是 XML 数据文件，不是 Word 的 XML 文档（Word“另存为”的“Word XML 文档”），"
                                      f"没有可导入的简报内容；可导入的文件：{IMPORTABLE_KINDS_NAMED}。")
        return _read_text_file(path, name)
    from .wordread import read_word

    word = read_word(path, cancel=cancel)
    paragraphs, warnings = word.paragraphs, word.warnings
    if path.suffix.lower() in TEXT_SUFFIXES:
        warnings = [f"{path.name} 实际是 Word 文档（只是扩展名写成了 {path.suffix}），按 Word 文档读取。", *warnings]
    if not series.strip():  # a masthead picture's alternative text names the bulletin before the file's name does
        name = next((found for alt in word.opening_pictures if (found := name_from_file(alt))), name)
    bound = None
    try:
        result = recognise(paragraphs, name)
    except BulletinFormatError as exc:
        # a template that prints the masthead, or its 期号 and date, in the first page's header;
        # else a cover page whose lines were taken for a masthead with no 期号
        if (with_header := _with_header(word.header, paragraphs, name)) is not None:
            paragraphs, result, said = with_header
            warnings = [*warnings, said]
        elif not word.first_page or (bound := _after_cover(paragraphs, word.first_page, None, name)) is None:
            raise type(exc)(f"{path.name}：{exc.message}") from None
    if bound is None and word.first_page:
        bound = _after_cover(paragraphs, word.first_page, result, name)
    if bound is not None:
        paragraphs, result, cover = bound
        warnings = [*warnings, f"第一页是封面（“{cover}”等 {word.first_page} 行），不属于简报，未导入；简报从第二页读起。"]
    if _no_closing(result.issue) and any(is_closing_line(p.text.strip()) for p in word.footer):
        # a template that prints the closing block in the last page's footer
        with_footer = recognise(paragraphs + word.footer, name)
        if not _no_closing(with_footer.issue):
            paragraphs, result = paragraphs + word.footer, with_footer
            warnings = [*warnings, "正文末尾没有报尾，报尾按最后一页页脚中的文字读取。"]
    return _imported(path, result, paragraphs, warnings)


_NAME_LINES = 2  # the lines a bulletin's name is printed on, over the 期号 a header may print


def _with_header(header: list[Paragraph], body: list[Paragraph], name: str) -> tuple[list[Paragraph], Recognised, str] | None:
    """The issue read with the first page's header, for a body whose masthead is not whole: a
    template that prints all of it in the header (read before the body), or only the 期号 and
    date there under the name the body opens with (read after the name's lines, where they
    print on the page: the header is above the body, but the red name stands over both). Of
    the readings, the one that leaves no masthead line unplaced and fewest lines as entries
    (a name line read as an entry is a masthead misplaced); None when none reads."""
    if not header:
        return None
    readings: list[tuple[tuple[bool, int, int], list[Paragraph], Recognised]] = []
    for after in range(min(_NAME_LINES, len(body)) + 1):
        paragraphs = body[:after] + header + body[after:]
        try:
            result = recognise(paragraphs, name)
        except BulletinFormatError:
            continue
        sections = result.issue.sections
        rank = (any(s.title == UNPLACED_MASTHEAD for s in sections), sum(len(s.entries) for s in sections), after)
        readings.append((rank, paragraphs, result))
    if not readings:
        return None
    _, paragraphs, result = min(readings, key=lambda reading: reading[0])
    return paragraphs, result, "正文中的报头不全，报头（或其中的期号、日期）按第一页页眉中的文字读取。"


_COVER_LINES = 8  # a cover page names a collection, an office and a month: a few lines


def _after_cover(paragraphs: list[Paragraph], cover: int, result: Recognised | None,
                 name: str) -> tuple[list[Paragraph], Recognised, str] | None:
    """The bulletin that follows a cover page bound before it in one file (汇编 covers: a
    title, an office, 二〇二四年三月, then a page break), when the cover's lines are all the
    masthead could not place (or the whole did not read: ``result`` None, the cover's lines
    taken for a masthead that has no 期号) and the rest reads with a masthead of its own;
    None otherwise."""
    if cover > _COVER_LINES or cover >= len(paragraphs) or (result is not None and not any(
            section.title == UNPLACED_MASTHEAD for section in result.issue.sections)):
        return None
    if any(patterns.opens_dated_entry(p.text.strip()) for p in paragraphs[:cover]):
        return None
    try:
        rest = recognise(paragraphs[cover:], name)
    except BulletinFormatError:
        return None
    if any(section.title == UNPLACED_MASTHEAD for section in rest.issue.sections):
        return None
    first = next((p.text.strip() for p in paragraphs[:cover] if p.text.strip()), "")
    return paragraphs[cover:], rest, first


def _no_closing(issue: Issue) -> bool:
    return issue.signoff.is_empty() and not issue.distribution


# What a file's name adds to the bulletin's: the number, the date, a copy's mark.
# (also the number within its year, 2024年第5期, 〔2024〕第5期, 二〇二四年第五期, the drafts'
# marks, 签发稿, -修改, v2, and an attachment's label, 附件1：)
_NOT_THE_NAME = re.compile(r"[（(〔\[]?(?:\d{4}|[〇一二三四五六七八九]{4})\s*(?:年度?|[〕\]）)])\s*第\s*[\d〇一二三四五六七八九十百]+\s*期[）)]?"
                           r"|[（(]?总?第\s*[\d〇一二三四五六七八九十百]+\s*期[）)]?|\d{4}\s*[年.\-_/]\s*\d{1,2}(?:\s*[月.\-_/]\s*\d{1,2}\s*日?)?"
                           r"|^附件\s*\d*\s*[：:]?|[vV]\d+|\d{6,8}|[（(](?:副本|签发稿|送审稿|修改稿?|\d+)[）)]|副本|终稿|定稿|修改稿?|印发稿|签发稿|送审稿|\d+")


def name_from_file(stem: str) -> str:
    """The bulletin's name a file's name gives (漯河安全生产简报第52期 → 漯河安全生产简报), or ""
    when what is left does not end as bulletins' names do."""
    name = _NOT_THE_NAME.sub("", stem)
    name = re.sub(r"^[\s_\-.、，,：:（）()【】\[\]]+|[\s_\-.、，,：:（）()【】\[\]]+$", "", name)
    return name if 2 <= len(name) <= 30 and name.endswith(patterns.NAME_ENDINGS) else ""


def _looks_like_word(path: Path) -> bool:
    """A file of another name that is a Word file (a zip, an old compound file, RTF, or Word's
    one-file XML document: Word's 另存为 Word XML 文档 names it .xml)."""
    from .wordread.compound import COMPOUND_MAGIC
    from .wordread.container import ZIP_MAGIC, word_xml

    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return head.startswith((ZIP_MAGIC, COMPOUND_MAGIC, b"{\\rtf")) or bool(word_xml(head))


def _read_text_file(path: Path, name: str) -> ImportedFile:
    from .textformat import MAX_TEXT_BYTES, decode, text_paragraphs
    from .wordread.length import too_long

    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise BulletinFormatError(f"{path.name}：文件过大（{size / 1024 / 1024:.0f} MB），不像一期简报的纯文本。")
        with path.open("rb") as handle:  # bounded: the file may have grown since
            data = handle.read(MAX_TEXT_BYTES + 1)
        if len(data) > MAX_TEXT_BYTES:
            raise BulletinFormatError(f"{path.name}：文件过大，不像一期简报的纯文本。")
    except OSError as exc:
        raise BulletinFormatError(unreadable_file_message(path, exc)) from None
    try:
        paragraphs = text_paragraphs(decode(data))
        if problem := too_long(sum(len(p.text) for p in paragraphs)):
            raise BulletinFormatError(problem)
        result = recognise(paragraphs, name)
    except BulletinFormatError as exc:
        raise type(exc)(f"{path.name}：{exc.message}") from None
    return _imported(path, result, paragraphs, [])


def _imported(path: Path, result: Recognised, paragraphs: list[Paragraph], warnings: list[str]) -> ImportedFile:
    if problem := number_problem(result.issue):  # 第0期, （共印99999999999999999999份）: this file alone is refused
        raise BulletinFormatError(f"{path.name}：{problem}")
    layout = {SECTION_HEADING_OPTION: result.section_style} if result.section_style != SECTION_HEADING_DEFAULT else {}
    return ImportedFile(path, result.issue, warnings + result.warnings, paragraphs, result.roles, layout)



def nothing_to_import(folder: Path) -> str:
    """Why a folder gives no file to import, in Chinese: the kinds that are read, and what it
    holds instead that the clerk can do something about (past issues kept as PDF or OFD pages,
    to be saved as Word first; its subfolders, which are not read)."""
    pages: Counter[str] = Counter()  # past issues kept as printed pages (PDF, OFD)
    others: Counter[str] = Counter()  # tables and slides picked by mistake
    inner = 0
    try:
        for path in folder.iterdir():
            suffix = path.suffix.lower()
            if is_mac_companion(path.name):
                continue  # (._简报.pdf beside 简报.pdf: counted once, as the file itself)
            if path.is_dir():
                inner += 1
            elif suffix in PAGE_FILE_SUFFIXES:
                pages[PAGE_FILE_SUFFIXES[suffix]] += 1
            elif suffix in OTHER_OFFICE_SUFFIXES and not is_lock_file(path.name):
                others[f"{OTHER_OFFICE_SUFFIXES[suffix]}文件"] += 1
    except OSError:
        pass

    def counted(kinds: Counter[str]) -> str:  # (a Latin name set apart: 2 个 PDF 文件)
        return "、".join(f"{count} 个 {what}" if what[:1].isascii() else f"{count} 个{what}" for what, count in kinds.items())

    said = [f"文件夹 {folder} 中没有可以导入的文件（可以导入的是{IMPORTABLE_KINDS_NAMED}文件）"]
    if pages:
        said.append(f"其中的{counted(pages)}需先在 WPS 或 Word 中打开，另存为 Word 文档（.docx）后再导入")
    if others:
        said.append(f"其中的{counted(others)}不是简报")
    if inner:
        said.append(f"其中的 {inner} 个子文件夹不导入，请分别给出")
    return "；".join(said) + "。"
