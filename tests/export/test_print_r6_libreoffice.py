"""LibreOffice's print of our .docx against the preview's, on round 6's issues (print_r6_issues):
the same pages, page starts, page-number sides and line ends; and, where the two had printed
apart, a distribution list that wraps where a pause mark would hang (LibreOffice hangs none in
the closing table's cells), the closing lines' place in their rows, and —— drawn one unbroken
rule of two ems. One LibreOffice run converts every file of this module."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import PT_PER_MM, LayoutOptions
from bulletin_desktop.export.pdf import convert_many, font_substitutes, libreoffice_path

from docx_readback import have_libreoffice, page_count, render_page, text_lines, word_boxes
from line_ends import PAGE_NUMBER, agreement, layout_lines
from print_r6_issues import VARIED

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")]

OPTIONS = LayoutOptions()


@pytest.fixture(scope="module")
def printed(tmp_path_factory, qapp) -> dict[str, tuple[Path, Path]]:
    """name -> (LibreOffice's PDF of our .docx, the Qt PDF)."""
    from bulletin_desktop.export.qt_render import write_pdf_qt

    folder = tmp_path_factory.mktemp("print_r6")
    soffice = libreoffice_path()
    assert soffice is not None
    issues = {name: (make(), options) for name, (make, options) in VARIED.items()}
    pdfs = convert_many({name: docx_bytes(issue, options) for name, (issue, options) in issues.items()}, soffice,
                        substitutes=font_substitutes(OPTIONS), timeout=300)
    out = {}
    for name, (issue, options) in issues.items():
        lo, qt = folder / f"{name}-lo.pdf", folder / f"{name}-qt.pdf"
        lo.write_bytes(pdfs[name])
        write_pdf_qt(issue, qt, options)
        out[name] = (lo, qt)
    return out


def pages(pdf: Path) -> list[tuple[str, str]]:
    """Each page's first line of text (a few characters) and where its page number is."""
    out = []
    for page in range(1, page_count(pdf) + 1):
        lines = [line for line in text_lines(pdf, page) if line[4].strip()]
        numbers = [line for line in lines if PAGE_NUMBER.match(line[4].replace(" ", "")) and "—" in line[4]]
        assert len(numbers) == 1, (pdf.name, page, lines)
        middle = (numbers[0][0] + numbers[0][2]) / 2
        first = next(line for line in lines if line not in numbers)
        side = "center" if abs(middle - 297.6) < 20 else "right" if middle > 297.6 else "left"
        out.append((first[4][:6], side))
    return out


@pytest.mark.parametrize("name", list(VARIED))
def test_round_6_issues_print_the_pages_and_lines_of_the_preview(printed, name):
    lo, qt = printed[name]
    on_paper, preview = pages(lo), pages(qt)
    assert on_paper == preview
    count = len(on_paper)
    outside = (["right", "left"] * count)[:count]
    assert [side for _, side in on_paper] == (["center"] * count if name == "plain_centred" else outside)
    together = agreement(layout_lines(lo), layout_lines(qt))
    assert together.ratio == 1.0, (name, together)


def test_the_two_page_and_twelve_page_issues_have_their_pages(printed):
    assert page_count(printed["two_pages"][0]) == 2
    assert page_count(printed["twelve_pages"][0]) == 12


def test_a_distribution_line_breaks_before_the_character_a_pause_mark_follows(printed):
    """报：…市人大常委会、市政府、: 府 is the line's last place and 、 would hang past it; in the
    closing table LibreOffice hangs nothing, so 府、 goes down together, in the preview too."""
    for pdf in printed["long_closing"]:
        lines = layout_lines(pdf)
        first = next(line for line in lines if line.startswith("报："))
        assert first.endswith("市人大常委会、市政"), (pdf.name, first)
        assert lines[lines.index(first) + 1].startswith("府、市政协"), pdf.name


def ink_bands(pdf: Path, page: int, dpi: int = 144) -> list[tuple[float, float]]:
    """(top, bottom) in points of each band of rows holding dark ink, from top to bottom."""
    width, height, pixels = render_page(pdf, page, dpi)
    left, right = int(width * 0.25), int(width * 0.85)  # text and rules, not the page number's side
    rows = []
    for y in range(height):
        line = pixels[(y * width + left) * 3:(y * width + right) * 3]
        rows.append(min(line[1::3]) < 128)  # green: dark in black, light in the red masthead
    bands, start = [], None
    for y, dark in enumerate([*rows, False]):
        if dark and start is None:
            start = y
        elif not dark and start is not None:
            bands.append((start * 72 / dpi, y * 72 / dpi))
            start = None
    return bands


def test_closing_lines_sit_in_their_rows_as_on_paper(printed):
    """The sign-off, 报 and 发 lines between the closing block's rules: LibreOffice sets the
    spare height of these exact lines above the text, the preview had centred them (4 pt higher).
    The block stands at the foot of the last page, whichever page that is."""
    lo, qt = printed["secret_urgent"]
    last = page_count(lo)
    assert page_count(qt) == last
    bottom = (OPTIONS.margin_top_mm + OPTIONS.type_height_mm) * PT_PER_MM
    top = bottom - 3 * OPTIONS.line_pitch_pt  # the closing block's three rows
    on_paper = [band for band in ink_bands(lo, last) if top < band[0] < bottom]
    preview = [band for band in ink_bands(qt, last) if top < band[0] < bottom]
    texts = [band for band in on_paper if band[1] - band[0] > 6]  # lines of text, not rules
    assert len(texts) == 3, on_paper
    for text in texts:
        nearest = min(preview, key=lambda band: abs(band[0] - text[0]))
        assert abs(nearest[0] - text[0]) <= 1.5 and abs(nearest[1] - text[1]) <= 1.5, (text, preview)


def test_two_em_dashes_take_two_ems_unbroken_as_on_paper(printed):
    """县应急局“双随机、一公开”——检查企业: what follows the dashes starts where it does on paper;
    the preview drew a narrower Latin dash and left a gap after it."""
    lo, qt = printed["marks_side_by_side"]

    def figure_after_dashes(pdf: Path) -> tuple[float, float, float, float, str]:
        return next(box for box in word_boxes(pdf, 1) if box[4] == "38")  # (检查企业)38

    assert abs(figure_after_dashes(lo)[0] - figure_after_dashes(qt)[0]) < 1.0
    width, _, pixels = render_page(qt, 1, 144)
    figure = figure_after_dashes(lo)
    char = OPTIONS.body_size_pt * 0.98  # one body character as set (98 % wide)
    # the dashes end four characters and the space before a figure to the left of it
    end = figure[0] - 4 * char - 0.2 * OPTIONS.body_size_pt
    start, y = end - 2 * char, (figure[1] + figure[3]) / 2
    # along the middle of the dashes' line (a few rows around it), every column is inked
    columns = range(int((start + 2) * 2), int((end - 2) * 2))
    inked = [any(min(pixels[((yy) * width + x) * 3:((yy) * width + x) * 3 + 3]) < 128
                 for yy in range(int(y * 2) - 6, int(y * 2) + 6)) for x in columns]
    assert all(inked), "a gap in the two-em rule"


def test_words_of_justified_lines_stand_where_they_print(printed):
    """Lines left short by a long number or address that goes down whole spread their spare
    room between Chinese characters, not inside Latin words: each word where it prints (the
    preview's were up to 3 pt off, having spread 10 and 2025 too)."""
    lo, qt = printed["latin_and_numbers"]
    for page in (1, 2):
        paper, preview = word_boxes(lo, page), word_boxes(qt, page)
        matcher = difflib.SequenceMatcher(None, [b[4] for b in paper], [b[4] for b in preview], autojunk=False)
        pairs = [(paper[i + k], preview[j + k]) for i, j, size in matcher.get_matching_blocks() for k in range(size)]
        assert len(pairs) > 20
        assert max(abs(a[0] - b[0]) for a, b in pairs) < 1.0, [(a[4], a[0], b[0]) for a, b in pairs
                                                                 if abs(a[0] - b[0]) >= 1.0]
