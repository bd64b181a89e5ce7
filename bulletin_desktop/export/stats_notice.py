"""The 通报 (各单位信息报送采用情况通报) as a .docx in the bulletin's own page and styles:
title, a lead paragraph with the totals, the ranking table (and, for a range of more than
one quarter, each category's figures quarter by quarter), the office and date."""
from __future__ import annotations

import datetime as dt
import os

from lxml import etree

from ..core.model import format_cn_date
from ..core.safe_write import write_atomically
from ..core.stats.report import StatsReport
from .docx import styles as st
from .docx.geometry import geometry
from .docx.ooxml import NSMAP, W_NS, add_run, add_table, element, insert_ordered, set_indent, set_spacing, sub
from .docx.template import CORE, DOCUMENT, core_properties_xml, pack, section, template_parts
from .layout_options import LayoutOptions

# relative widths of 排名 单位 类别 报送 报送中已采用 采用率 采用 其中文章 其中专刊 得分 备注 (StatsReport.table);
# 采用率 wide enough for 100.0% on one line in 五号 (it broke to 100. / 0%), 备注 the narrower
_WEIGHTS = (2, 9, 4, 4, 3, 5, 4, 3, 3, 3, 10)
_TABLE_PT = 10.5  # 五号: a table of many units must fit the page width


def notice_bytes(report: StatsReport, office: str = "", date: dt.date | None = None,
                 options: LayoutOptions = LayoutOptions()) -> bytes:
    parts = template_parts(options)
    parts[DOCUMENT] = _document(report, office, date or dt.date.today(), options)
    parts[CORE] = core_properties_xml(title=report.title, subject="信息报送采用情况通报", creator=office,
                                      date_iso=f"{(date or dt.date.today()).isoformat()}T00:00:00Z")
    return pack(parts)


def write_notice(path: str | os.PathLike, report: StatsReport, office: str = "", date: dt.date | None = None,
                 options: LayoutOptions = LayoutOptions()) -> None:
    data = notice_bytes(report, office, date, options)
    write_atomically(path, lambda handle: handle.write(data))


def _paragraph(parent: etree._Element, style: str, align: str | None = None) -> etree._Element:
    p = sub(parent, "w:p")
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:pStyle", val=style)
    if align:
        insert_ordered(ppr, element("w:jc", val=align))
    return p


def _document(report: StatsReport, office: str, date: dt.date, o: LayoutOptions) -> bytes:
    root = etree.Element(f"{{{W_NS}}}document", nsmap=NSMAP)
    body = sub(root, "w:body")
    add_run(_paragraph(body, st.ARTICLE_TITLE), report.title, east_asia=o.title_font, latin=o.latin_font)
    add_run(_paragraph(body, st.BODY), report.lead(), east_asia=o.body_font, latin=o.latin_font)
    header, rows = report.table("unit")  # its 合计 row last
    _table(body, header, rows, _WEIGHTS, (header.index("单位"), header.index("备注")), o)  # names, notes: from the left
    if note := report.table_note("unit", counting=False):  # (the lead says by which dates it counts)
        add_run(_paragraph(body, st.BODY), note, east_asia=o.body_font, latin=o.latin_font)
    if report.by_quarter_in_notice:  # a half year's, a year's: each level quarter by quarter
        add_run(_paragraph(body, st.BODY), "各类别分季度报送、采用情况如下。", east_asia=o.body_font, latin=o.latin_font)
        header, rows = report.table("category-quarter")
        _table(body, header, rows, (4, 2, *[3] * (len(header) - 2)), (0,), o)
        if note := report.table_note("category-quarter", counting=False):
            add_run(_paragraph(body, st.BODY), note, east_asia=o.body_font, latin=o.latin_font)
    # the signature never opens a page alone: the paragraph above it (the table's note) goes with it
    closing = [text for text in (office, format_cn_date(date)) if text]
    above = body[-1] if closing and len(body) and body[-1].tag == f"{{{W_NS}}}p" else None
    if above is not None:
        insert_ordered(above.find(f"{{{W_NS}}}pPr"), element("w:keepNext"))
    for position, text in enumerate(closing):
        p = _paragraph(body, st.BODY, "right")
        if position < len(closing) - 1:
            insert_ordered(p.find(f"{{{W_NS}}}pPr"), element("w:keepNext"))
        add_run(p, text, east_asia=o.body_font, latin=o.latin_font)
    body.append(section(o))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _table(body: etree._Element, header: list[str], rows: list[list], weights: tuple[int, ...], left: tuple[int, ...],
           o: LayoutOptions) -> None:
    """A ruled table across the type width, its head repeated on every page and its head and
    last (合计) row bold; the columns ``left`` read from the left, the others centred."""
    width = geometry(o).type_width
    widths = [width * w // sum(weights) for w in weights]
    tbl = add_table(body, widths, cell_margin=60)
    tblpr = tbl.find(f"{{{W_NS}}}tblPr")
    borders = insert_ordered(tblpr, element("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, f"w:{side}", val="single", sz=4, space=0, color="auto")
    for index, values in enumerate([header, *rows]):
        tr = sub(tbl, "w:tr")
        if index == 0:
            sub(sub(tr, "w:trPr"), "w:tblHeader")  # repeats on every page
        for column, (value, cell_width) in enumerate(zip(values, widths)):
            tc = sub(tr, "w:tc")
            insert_ordered(sub(tc, "w:tcPr"), element("w:tcW", w=cell_width, type="dxa"))
            p = _paragraph(tc, st.NORMAL, "left" if column in left and index else "center")
            ppr = p.find(f"{{{W_NS}}}pPr")
            # single-spaced rows, off the 22-line grid of the body text
            insert_ordered(ppr, element("w:snapToGrid", val=0))
            set_spacing(ppr, line_twips=240, rule="auto")
            set_indent(ppr, first_line=0)
            text = f"{value:g}" if isinstance(value, float) else str(value)
            add_run(p, text, east_asia=o.body_font, latin=o.latin_font, bold=index == 0 or index == len(rows),
                    size_pt=_TABLE_PT)
