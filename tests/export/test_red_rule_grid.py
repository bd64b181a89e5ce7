"""The red rule under the office line: where the preview draws it, Word and LibreOffice
print it, and the rule with its space takes one grid line, so the body after it stays on
the page's 22-line grid (it had run about half a line off it on page 1)."""
from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from bulletin_desktop.core.model import Issue, Section, item
from bulletin_desktop.export.block_styles import block_styles
from bulletin_desktop.export.docx.writer import document_xml
from bulletin_desktop.export.layout_options import PT_PER_MM, LayoutOptions
from bulletin_desktop.export.pdf import write_pdf

from docx_readback import have_libreoffice, render_page

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OPTIONS = LayoutOptions()
DPI = 144


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def long_issue() -> Issue:
    body = "安全生产工作要求各级各部门进一步提高思想认识压紧压实责任深入排查整治风险隐患确保辖区形势持续稳定向好。" * 4
    return Issue("测试简报", 1, dt.date(2023, 1, 1), "某办公室", None,
                 [Section("", [item(body) for _ in range(8)])])  # no heading: text of one kind


def office_paragraph(options: LayoutOptions) -> etree._Element:
    root = etree.fromstring(document_xml(long_issue(), options))
    return next(p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pBdr") is not None)


@pytest.mark.parametrize("changes", [{}, {"red_rule_pt": 3}, {"red_rule_gap_mm": 2}, {"red_rule_gap_mm": 6}])
def test_rule_and_its_space_take_one_grid_line(changes):
    options = LayoutOptions(**changes)
    ppr = office_paragraph(options).find(f"{W}pPr")
    border = ppr.find(f"{W}pBdr/{W}bottom")
    space_pt, eighths = int(border.get(f"{W}space")), int(border.get(f"{W}sz"))
    after = int(ppr.find(f"{W}spacing").get(f"{W}after"))
    assert 20 * space_pt + eighths * 20 // 8 + after == round(20 * options.line_pitch_pt)
    # the border's space puts the rule's middle where the preview draws it (whole points in Word)
    assert space_pt + eighths / 16 == pytest.approx(block_styles(options).red_rule_offset_pt, abs=0.5)


def ink_rows(pdf, page: int, colour) -> list[float]:
    """Rows (points from the top) with ink of ``colour`` ("red" or "black") across a fifth
    of the type area or more."""
    width, height, pixels = render_page(pdf, page, DPI)
    scale = DPI / 72
    left = int(OPTIONS.margin_left_mm * PT_PER_MM * scale)
    right = int((OPTIONS.margin_left_mm + OPTIONS.type_width_mm) * PT_PER_MM * scale)

    def inked(x: int, y: int) -> bool:
        r, g, b = pixels[3 * (y * width + x):3 * (y * width + x) + 3]
        return r > 180 and g < 90 and b < 90 if colour == "red" else r + g + b < 3 * 100

    return [y / scale for y in range(height) if sum(inked(x, y) for x in range(left, right)) > (right - left) / 5]


def first_body_ink(pdf, page: int, below: float) -> float:
    return next(y for y in ink_rows(pdf, page, "black") if y > below)


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_printed_rule_lies_where_the_preview_draws_it_and_the_body_stays_on_the_grid(tmp_path):
    from bulletin_desktop.export.qt_render import write_pdf_qt

    printed, previewed = tmp_path / "lo.pdf", tmp_path / "qt.pdf"
    write_pdf(long_issue(), printed, OPTIONS)
    write_pdf_qt(long_issue(), previewed, OPTIONS)
    rule_printed, rule_previewed = ink_rows(printed, 1, "red")[-1], ink_rows(previewed, 1, "red")[-1]
    assert rule_printed == pytest.approx(rule_previewed, abs=1)
    # a full line of body text below the rule sits on the grid as page 2's first line does
    pitch = OPTIONS.line_pitch_pt
    top = OPTIONS.margin_top_mm * PT_PER_MM
    on_page_1 = (first_body_ink(printed, 1, rule_printed + 8) - top) % pitch
    on_page_2 = (first_body_ink(printed, 2, top) - top) % pitch
    assert min(abs(on_page_1 - on_page_2), pitch - abs(on_page_1 - on_page_2)) < 1.5
