"""The page number's height on the page: GB/T 9704 puts the dashes of "— 1 —" 7 mm below
the type area. The .docx (as LibreOffice prints it) and the Qt PDF of the preview must
both put them there, from the one setting page_number_gap_mm."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.model import Issue, Section, item
from bulletin_desktop.export.docx.geometry import geometry
from bulletin_desktop.export.layout_options import PT_PER_MM, LayoutOptions, mm_to_twips
from bulletin_desktop.export.pdf import write_pdf

from docx_readback import have_libreoffice, render_page

OPTIONS = LayoutOptions()
DPI = 288


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def short_issue() -> Issue:
    return Issue("测试简报", 1, dt.date(2023, 1, 1), "某办公室", None,
                 [Section("安排部署", [item("1月1日，某县召开安全生产工作会议。")])])


def dash_below_type_area_mm(pdf, options: LayoutOptions = OPTIONS) -> float:
    """How far below the type area the top of the first dash of page 1's number is inked."""
    width, height, pixels = render_page(pdf, 1, DPI)
    scale = DPI / 72
    type_bottom = (options.margin_top_mm + options.type_height_mm) * PT_PER_MM
    right = (options.margin_left_mm + options.type_width_mm) * PT_PER_MM
    em = options.page_number_size_pt
    rows = range(int((type_bottom + PT_PER_MM) * scale), int((type_bottom + 15 * PT_PER_MM) * scale))
    columns = range(int((right - 5 * em) * scale), int(right * scale))

    def dark(x: int, y: int) -> bool:
        offset = 3 * (y * width + x)
        return sum(pixels[offset:offset + 3]) < 3 * 128

    first = min(x for x in columns for y in rows if dark(x, y))  # the first dash's left end
    top = min(y for y in rows for x in range(first, first + int(em / 2 * scale)) if dark(x, y))
    return (top / scale - type_bottom) / PT_PER_MM


def test_footer_distance_follows_the_gap():
    assert geometry(OPTIONS).footer == mm_to_twips(OPTIONS.page_number_footer_mm)
    lower = LayoutOptions(page_number_gap_mm=10)
    assert OPTIONS.page_number_footer_mm - lower.page_number_footer_mm == pytest.approx(3)
    assert lower.page_number_baseline_pt - OPTIONS.page_number_baseline_pt == pytest.approx(3 * PT_PER_MM)


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_printed_and_previewed_dashes_stand_7_mm_below_the_type_area(tmp_path):
    from bulletin_desktop.export.qt_render import write_pdf_qt

    printed, previewed = tmp_path / "lo.pdf", tmp_path / "qt.pdf"
    write_pdf(short_issue(), printed, OPTIONS)
    write_pdf_qt(short_issue(), previewed, OPTIONS)
    in_print, in_preview = dash_below_type_area_mm(printed), dash_below_type_area_mm(previewed)
    assert 6.5 <= in_print <= 7.8
    assert 6.5 <= in_preview <= 7.8
    assert abs(in_print - in_preview) < 0.5
