"""Several issues in one .docx (a year's compilation, 年度汇编), a table of contents first.

Each issue is written by the per-issue writer (``write_issue_body``) into a section of
its own, so it starts on a new page and keeps its masthead, closing block and "— N —"
page numbers; the page numbers run on from the first issue (page 1) to the last. The
contents page has no page number. Each contents line names the issue and its date and
takes its page number from a PAGEREF field to a bookmark at the issue's masthead:
LibreOffice and WPS compute it when they lay the document out, and Word updates it when
the document is opened (the settings ask it to), so the numbers are right whatever the
fonts on the printing machine do to the page breaks.

The whole document is built in memory and written atomically at the end: a compilation
cancelled half-way (``progress`` returned False) or failed leaves no file behind.
"""
from __future__ import annotations

import os
from dataclasses import replace
from collections.abc import Callable, Sequence

from lxml import etree

from ...core.model import Issue, format_cn_date
from ...core.safe_write import write_atomically
from ..errors import ExportCancelled
from ..layout_options import LayoutOptions
from .geometry import geometry
from .ooxml import (
    NSMAP, W_NS, add_field, add_run, element, insert_ordered, qn, set_indent, set_spacing, set_tab, sub,
)
from .styles import NORMAL
from .template import CORE, DOCUMENT, core_properties_xml, pack, section, template_parts
from .writer import write_issue_body

SETTINGS = "word/settings.xml"
Progress = Callable[[int, int], bool]
"""Called after each issue with (issues done, issues in all); False cancels."""


def year_title(year: int) -> str:
    return f"{year}年度汇编"


def contents_chars(options: LayoutOptions) -> int:
    """Characters a contents line holds: it is set in the closing block's smaller size."""
    return int(options.chars_per_line * options.body_size_pt / options.closing_size_pt)


def contents_line(issue: Issue, chars_per_line: int = contents_chars(LayoutOptions())) -> str:
    """第52期（安全生产大检查专刊第34期）　2022年11月21日 (the 期号 as the issue's masthead
    writes it), the special series' name shortened to 专刊 when the line would leave no room
    for the dots and the page number."""
    date = format_cn_date(issue.date)
    number = issue.number_line()
    if issue.special is None:
        return f"{number}　{date}"
    for name in (issue.special.name, "专刊"):
        line = f"{number}（{replace(issue.special, name=name).label('')}）　{date}"
        if _width(line) <= chars_per_line - 5:  # room for dots and a three-digit page
            break
    return line


def _width(text: str) -> float:
    """In body characters: digits and Latin letters are half as wide as 汉字."""
    return sum(0.5 if ch.isascii() else 1 for ch in text)


def bookmark_name(index: int) -> str:
    return f"_Issue{index + 1}"


def write_compilation(issues: Sequence[Issue], path: str | os.PathLike, title: str, subtitle: str,
                      options: LayoutOptions = LayoutOptions(), progress: Progress | None = None) -> None:
    """Write ``issues`` (in the order given) as one .docx at ``path``, atomically. Raises
    ``ExportCancelled`` when ``progress`` returns False; no file is written then."""
    data = compilation_bytes(issues, title, subtitle, options, progress)
    write_atomically(path, lambda handle: handle.write(data))


def compilation_bytes(issues: Sequence[Issue], title: str, subtitle: str,
                      options: LayoutOptions = LayoutOptions(), progress: Progress | None = None) -> bytes:
    if not issues:
        raise ValueError("a compilation needs at least one issue")
    parts = template_parts(options)
    parts[DOCUMENT] = compilation_document_xml(issues, title, subtitle, options, progress)
    parts[SETTINGS] = _settings_updating_fields(parts[SETTINGS])
    parts[CORE] = core_properties_xml(title=f"{title} {subtitle}", subject=title, creator=issues[0].office,
                                      date_iso=f"{issues[-1].date.isoformat()}T00:00:00Z")
    return pack(parts)


def compilation_document_xml(issues: Sequence[Issue], title: str, subtitle: str,
                             options: LayoutOptions = LayoutOptions(), progress: Progress | None = None) -> bytes:
    root = etree.Element(f"{{{W_NS}}}document", nsmap=NSMAP)
    body = sub(root, "w:body")
    _contents(body, issues, title, subtitle, options)
    for index, issue in enumerate(issues):
        first = len(body)
        last = write_issue_body(body, issue, options)
        _bookmark(body[first], index)
        sectpr = section(options)
        if index == 0:  # the issues are numbered from 1, the contents page not at all
            insert_ordered(sectpr, element("w:pgNumType", start=1))
        if index < len(issues) - 1:
            assert last is not None  # an issue always has its masthead
            _end_section(last, sectpr)
        else:
            body.append(sectpr)
        if progress is not None and not progress(index + 1, len(issues)):
            raise ExportCancelled("已取消导出，没有写入文件。")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _contents(body: etree._Element, issues: Sequence[Issue], title: str, subtitle: str,
              options: LayoutOptions) -> None:
    g = geometry(options)

    def line(text: str, *, font: str, size_pt: float, lines: int = 1, center: bool = True) -> etree._Element:
        p = sub(body, "w:p")
        ppr = sub(p, "w:pPr")
        sub(ppr, "w:pStyle", val=NORMAL)
        set_spacing(ppr, line_twips=lines * g.line_pitch, rule="exact", before=0, after=0)
        set_indent(ppr, left=0, right=0, first_line=0)
        if center:
            sub(ppr, "w:jc", val="center")
        if text:
            add_run(p, text, east_asia=font, latin=options.latin_font, size_pt=size_pt)
        return p

    line(title, font=options.title_font, size_pt=options.article_title_size_pt, lines=2)
    line(subtitle, font=options.title_font, size_pt=options.article_title_size_pt, lines=2)
    line("目　录", font=options.heading_font, size_pt=options.body_size_pt)
    last = line("", font=options.body_font, size_pt=options.body_size_pt)
    for index, issue in enumerate(issues):
        last = line(contents_line(issue, contents_chars(options)), font=options.body_font,
                    size_pt=options.closing_size_pt, center=False)
        tab = set_tab(last.find(qn("w:pPr")), g.type_width, "right")
        tab.set(qn("w:leader"), "dot")
        run = add_run(last, "", east_asia=options.body_font, latin=options.latin_font,
                      size_pt=options.closing_size_pt)
        sub(run, "w:tab")
        rpr = run.find(qn("w:rPr"))
        add_field(last, f"PAGEREF {bookmark_name(index)} \\h", "", rpr)
    contents = section(options)
    for reference in contents.findall(qn("w:footerReference")):  # no page number on the contents
        contents.remove(reference)
    _end_section(last, contents)


def _end_section(paragraph: etree._Element, sectpr: etree._Element) -> None:
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        paragraph.insert(0, ppr)
    insert_ordered(ppr, sectpr)


def _bookmark(paragraph: etree._Element, index: int) -> None:
    """A bookmark around the start of the issue's first paragraph, for its contents line."""
    start = element("w:bookmarkStart", id=index + 1, name=bookmark_name(index))
    ppr = paragraph.find(qn("w:pPr"))
    paragraph.insert(1 if ppr is not None else 0, start)
    paragraph.append(element("w:bookmarkEnd", id=index + 1))


def _settings_updating_fields(settings: bytes) -> bytes:
    root = etree.fromstring(settings)
    insert_ordered(root, element("w:updateFields", val="true"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
