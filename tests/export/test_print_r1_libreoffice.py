"""LibreOffice's print of our .docx against the layout reference and the preview: the issues
of print_r1_issues and lines where a pause mark ends a full line right before a digit or a
Latin letter, which LibreOffice 7.4 printed without the mark until the copy converted was
guarded (print_guard). One LibreOffice run converts every file of this module."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup, plain
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import PT_PER_MM, LayoutOptions
from bulletin_desktop.export.pdf import convert_many, font_substitutes, libreoffice_path

from docx_readback import have_libreoffice, page_count, pdftotext, render_page, text_lines
from print_r1_issues import VARIED

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")]

OPTIONS = LayoutOptions()
_FILL = "安全生产隐患排查督导检查应急演练专项整治责任落实重点企业"
# An entry's first line holds 26 characters after its two-character indent: the 25 here
# and the mark fill it exactly, and the digits or letters go down to the next line.
MARK_ENDS_LINE = {
    "comma_time": _FILL[:25] + "，14:00" + _FILL,
    "stop_year": _FILL[:25] + "。2024年" + _FILL,
    "pause_latin": _FILL[:25] + "、LED" + _FILL,
    "bold_comma": "**" + _FILL[:25] + "，**2019年" + _FILL,
}


def _marks_issue() -> Issue:
    return Issue("测试简报", 1, dt.date(2026, 3, 9), "测试办公室", None,
                 [Section("测试", [Item.from_rich(parse_markup(m)) for m in MARK_ENDS_LINE.values()])])


@pytest.fixture(scope="module")
def printed(tmp_path_factory, qapp) -> dict[str, Path]:
    """name -> LibreOffice's PDF of our .docx; name-qt -> the Qt PDF (the preview's pages)."""
    from bulletin_desktop.export.qt_render import write_pdf_qt

    folder = tmp_path_factory.mktemp("print_r1")
    soffice = libreoffice_path()
    assert soffice is not None
    issues = {name: make() for name, make in VARIED.items()}
    issues["marks"] = _marks_issue()
    pdfs = convert_many({name: docx_bytes(issue, OPTIONS) for name, issue in issues.items()}, soffice,
                        substitutes=font_substitutes(OPTIONS), timeout=300)
    out = {}
    for name, data in pdfs.items():
        out[name] = folder / f"{name}.pdf"
        out[name].write_bytes(data)
        out[f"{name}-qt"] = folder / f"{name}-qt.pdf"
        write_pdf_qt(issues[name], out[f"{name}-qt"], OPTIONS)
    return out


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_mark_ending_a_full_line_before_digits_or_letters_prints(printed):
    text = _squeezed(pdftotext(printed["marks"]))
    for name, markup in MARK_ENDS_LINE.items():
        assert _squeezed(plain(parse_markup(markup))) in text, name
    # and the mark does end the line, as in the preview
    lines = [_squeezed(line[4]) for line in text_lines(printed["marks"], 1)]
    assert any(line.endswith(_FILL[:25] + "，") for line in lines)


MM = PT_PER_MM
LEFT, RIGHT = 28 * MM, (210 - 26) * MM
TOP, FOOT = 37 * MM, (297 - 35) * MM


@pytest.mark.parametrize("name", list(VARIED))
def test_the_type_area_and_the_page_numbers_are_where_the_reference_puts_them(printed, name):
    pdf = printed[name]
    for page in range(1, page_count(pdf) + 1):
        lines = [line for line in text_lines(pdf, page) if line[4].strip()]
        body = [line for line in lines if line[1] < FOOT]
        numbers = [line for line in lines if line[1] >= FOOT]
        # lines start at the left margin (a page of the closing block alone: one character in)
        assert min(line[0] for line in body) >= LEFT - 0.6
        if page == 1:
            assert min(line[0] for line in body) == pytest.approx(LEFT, abs=0.6)
        assert max(line[2] for line in body) <= RIGHT + 0.6
        assert min(line[1] for line in body) >= TOP and max(line[3] for line in body) <= FOOT
        # "— N —", one character (4号, 14 pt) in from the outer edge: right on odd pages
        assert len(numbers) == 1 and _squeezed(numbers[0][4]) == f"—{page}—"
        x0, _, x1, _, _ = numbers[0]
        if page % 2:
            assert x1 == pytest.approx(RIGHT - 14, abs=0.6)
        else:
            assert x0 == pytest.approx(LEFT + 14, abs=0.6)


def ink_bands(pdf: Path, page: int, top: float, dpi: int = 144) -> list[tuple[float, float]]:
    """(top, bottom) in points of each band of rows with dark ink below ``top`` and above the
    page number: lines of text and rules."""
    width, height, pixels = render_page(pdf, page, dpi)
    left, right = int(width * 0.25), int(width * 0.85)
    bands, start = [], None
    for y in range(int(top * dpi / 72), int(FOOT * dpi / 72) + 3):
        line = pixels[(y * width + left) * 3:(y * width + right) * 3]
        dark = min(line[1::3]) < 128
        if dark and start is None:
            start = y
        elif not dark and start is not None:
            bands.append((start * 72 / dpi, y * 72 / dpi))
            start = None
    return bands


@pytest.mark.parametrize("name", ["long_distribution", "one_page", "closing_at_page_end"])
def test_every_closing_line_and_rule_stands_where_it_prints(printed, name):
    """The sign-off, the 报/送/发 items of several lines each, 本期增发 and the print run: the
    preview had set each line a whole grid line high where the .docx sets it a little less,
    and a long list's first lines stood up to 7 pt off the print."""
    lo, qt = printed[name], printed[f"{name}-qt"]
    last = page_count(lo)
    assert page_count(qt) == last
    sign_off = next(line for line in text_lines(lo, last) if line[4].startswith("编辑"))
    on_paper, preview = ink_bands(lo, last, sign_off[1] - 4), ink_bands(qt, last, sign_off[1] - 4)
    assert len(on_paper) == len(preview) >= 4, (on_paper, preview)
    for (top, bottom), (qt_top, qt_bottom) in zip(on_paper, preview):
        assert abs(qt_top - top) <= 1.0 and abs(qt_bottom - bottom) <= 1.0, (on_paper, preview)
    assert on_paper[-1][1] == pytest.approx(FOOT, abs=1.0)  # the last rule on the type area's foot


def test_a_masthead_of_two_lines_prints_them_of_equal_length(printed):
    """平顶山市安全生产委员会办公室工作简报 at 26 pt, the smallest masthead size: LibreOffice
    and the preview print 9 + 9 characters (it had been 17 + 1, the last character alone)."""
    for pdf in (printed["long_units"], printed["long_units-qt"]):
        masthead = [_squeezed(line[4]) for line in text_lines(pdf, 1) if line[3] - line[1] > 30]
        assert masthead == ["平顶山市安全生产委", "员会办公室工作简报"], pdf.name


def test_a_closing_block_flush_under_the_body_stays_on_its_page(printed):
    """The body ends on the grid line right above the closing block: both keep the block on
    that page, under the body's last line."""
    lo, qt = printed["closing_at_page_end"], printed["closing_at_page_end-qt"]
    assert page_count(lo) == page_count(qt) == 2
    for pdf in (lo, qt):
        lines = [line for line in text_lines(pdf, 2) if line[4].strip() and line[1] < FOOT]
        sign_off = next(k for k, line in enumerate(lines) if line[4].startswith("编辑"))
        assert lines[sign_off - 1][4].endswith("安全检查。")  # the last entry's line
        assert lines[sign_off][1] - lines[sign_off - 1][3] < 15  # no free grid line between
