"""A statistics table (``StatsReport.table``) as CSV for Excel, or as a formatted .xlsx."""
from __future__ import annotations

import csv
import io
import os
from typing import Sequence

from ..core.safe_write import write_atomically
from ..core.stats.report import RATE_NUMBER_FORMAT, rate_number

CSV_ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8, so Chinese is not garbled


def csv_text(header: Sequence[str], rows: Sequence[Sequence], note: str = "") -> str:
    """The table; its note (``StatsReport.table_note``) under it after an empty row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    if note:
        writer.writerows([[], [note]])
    return buffer.getvalue()


def write_csv(path: str | os.PathLike, header: Sequence[str], rows: Sequence[Sequence], note: str = "") -> None:
    data = csv_text(header, rows, note).encode(CSV_ENCODING)
    write_atomically(path, lambda handle: handle.write(data))


def xlsx_bytes(title: str, header: Sequence[str], rows: Sequence[Sequence], sheet: str = "采用情况",
               note: str = "", made: str = "") -> bytes:
    """One sheet: the title over the table, a bold shaded header row that stays in view,
    thin borders, columns wide enough for Chinese names; the note under the table, then the
    line saying the period and who made the table when (``made``, StatsReport.made_line)."""
    from openpyxl import Workbook  # deferred: only the Excel output needs it
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(1, len(header)))
    ws.cell(1, 1).font = Font(name="宋体", size=14, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:  # a rate a number, shown as the window shows it: sorts and sums in Excel and WPS
            if (fraction := rate_number(cell.value)) is not None:
                cell.value, cell.number_format = fraction, RATE_NUMBER_FORMAT
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[2]:
        cell.font = Font(name="宋体", bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for line in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for cell in line:
            cell.border = border
    for index, name in enumerate(header, 1):
        width = max([len(str(name))] + [len(str(r[index - 1])) for r in rows if index - 1 < len(r)])
        ws.column_dimensions[ws.cell(2, index).column_letter].width = min(40, 4 + 2 * width)
    if note or made:
        ws.append([])
    for line in (note, made):  # across the table's width, wrapped, outside its borders
        if not line:
            continue
        ws.append([line])
        last = ws.max_row
        ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=max(1, len(header)))
        ws.cell(last, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[last].height = 15 * (1 + len(line) // max(20, 2 * len(header) * 4))
    ws.freeze_panes = "A3"
    # printed from WPS or Excel on A4: as wide as one page (landscape for a wide table), the
    # head row again on every page
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if len(header) > 7 else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "2:2"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"  # a table of many pages is put back in order by them
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(path: str | os.PathLike, title: str, header: Sequence[str], rows: Sequence[Sequence],
               note: str = "", made: str = "") -> None:
    data = xlsx_bytes(title, header, rows, note=note, made=made)
    write_atomically(path, lambda handle: handle.write(data))
