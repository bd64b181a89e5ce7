"""The pages on paper: the fallback PDF and the printer."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from ...core.model import Issue
from ...core.safe_write import atomic_output
from ..blocks import layout_issue
from ..layout_options import LayoutOptions
from .device import QtRenderError
from .pdf_text import drawn_glyphs, fix_tounicode, shared_glyph_fixes
from .renderer import IssueRenderer

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PDF_RESOLUTION = 1200


def render_issue(issue: Issue, options: LayoutOptions = LayoutOptions()) -> IssueRenderer:
    renderer = IssueRenderer(options)
    renderer.update(layout_issue(issue, options))
    return renderer


def _page_layout(options: LayoutOptions) -> QPageLayout:
    size = QPageSize(QSizeF(options.page_width_mm, options.page_height_mm), QPageSize.Unit.Millimeter,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def paint_pages(renderer: IssueRenderer, device: QPagedPaintDevice, painter: QPainter,
                pages: Iterable[int]) -> None:
    """Draw ``pages`` (0-based) on a PDF writer or printer whose painter origin is the
    sheet's corner, one sheet each."""
    scale = device.logicalDpiX() / 72.0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for count, index in enumerate(pages):
        if count and not device.newPage():
            raise QtRenderError("无法开始新的一页，输出已中断。")
        painter.save()
        painter.scale(scale, scale)
        renderer.paint_page(painter, index)
        painter.restore()


def write_pdf_qt(issue: Issue, path, options: LayoutOptions = LayoutOptions()) -> None:
    """Write the issue as a PDF drawn by Qt (the fallback when LibreOffice is missing).

    The file appears complete or not at all (temp file in the target folder, then
    renamed); a failure to write raises ``WriteError`` with a Chinese message."""
    renderer = render_issue(issue, options)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout(options))
    writer.setTitle(f"{issue.series} {issue.number_line()}")
    writer.setCreator("简报编辑器")
    painter = QPainter()
    if not painter.begin(writer):
        raise QtRenderError("无法生成 PDF：Qt 无法开始绘制。")
    try:
        paint_pages(renderer, writer, painter, range(renderer.page_count()))
    finally:
        painter.end()
    buffer.close()
    fixes = shared_glyph_fixes(drawn_glyphs(renderer.text_layouts()), renderer.characters())
    data = fix_tounicode(bytes(buffer.data().data()), fixes)
    with atomic_output(path) as handle:
        handle.write(data)


def print_issue(issue: Issue, printer: "QPrinter", options: LayoutOptions = LayoutOptions()) -> None:
    """Print the issue on ``printer`` (set up by the print dialog), honouring its page range."""
    renderer = render_issue(issue, options)
    printer.setFullPage(True)
    # A printer without A4 keeps its own paper; the page is still drawn from its corner.
    printer.setPageLayout(_page_layout(options))
    count = renderer.page_count()
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        first, last = 1, count
    pages = range(max(1, first) - 1, min(last, count))
    if not pages:
        raise QtRenderError(f"所选页码范围内没有页面（本期共 {count} 页）。")
    painter = QPainter()
    if not painter.begin(printer):
        raise QtRenderError("无法开始打印：打印机不可用或无法写入所选的输出文件。")
    try:
        paint_pages(renderer, printer, painter, pages)
    finally:
        painter.end()
