"""The exported .docx as LibreOffice prints it: rendered to PDF, read back with poppler.

Font faces differ on a machine without the Windows fonts, but every CJK face sets its
characters one em wide, so lines, grid and positions are what the clerk's printer gives.
"""
import re
from pathlib import Path

import pytest

from bulletin_desktop.core.richtext import from_plain
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.layout_options import PT_PER_MM, LayoutOptions
from bulletin_desktop.export.pdf import write_pdf

from docx_readback import have_libreoffice, page_count, pdftotext, render_page, text_lines

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")]

OPTIONS = LayoutOptions()
LEFT = OPTIONS.margin_left_mm * PT_PER_MM
RIGHT = LEFT + OPTIONS.type_width_mm * PT_PER_MM
TOP = OPTIONS.margin_top_mm * PT_PER_MM
BOTTOM = TOP + OPTIONS.type_height_mm * PT_PER_MM
PAGE_NUMBER = re.compile(r"^—\s*(\d+)\s*—$")
FULL_WIDTH = set("“”‘’—…·")
# may not start a line: set past the margin at the end of a full line instead (as Word does)
HANGING = set("，。、；：！？”’）》")


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    from bulletin_desktop.core.textformat import read_text
    sample_path = Path(__file__).resolve().parents[2] / "resources" / "sample-luohe-052.txt"

    issue = read_text(sample_path.read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("render") / "sample.pdf"
    write_pdf(issue, path)
    return issue, path


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(path) -> str:
    """The text of every page, page numbers left out, as one string without whitespace."""
    pages = []
    for page in range(1, page_count(path) + 1):
        lines = [line for line in pdftotext(path, page).splitlines() if not PAGE_NUMBER.match(line.strip())]
        pages.append(squeeze("".join(lines)))
    return "".join(pages)


def test_all_text_present_in_order(sample_pdf):
    issue, path = sample_pdf
    text = body_text(path)
    position = 0
    for block in layout_issue(issue):
        if block.kind is BlockKind.RED_RULE:
            continue
        expected = squeeze(block.text)
        found = text.find(expected, position)
        assert found >= 0, f"{block.kind.value} not found in order: {expected[:40]}"
        position = found + len(expected)


def test_masthead_is_red_and_the_red_rule_spans_the_type_area(sample_pdf):
    _, path = sample_pdf
    dpi = 40
    width, height, pixels = render_page(path, 1, dpi)

    def red(x, y):
        r, g, b = pixels[(y * width + x) * 3:(y * width + x) * 3 + 3]
        return r > 180 and g < 90 and b < 90

    scale = dpi / 72
    masthead_rows = range(int(TOP * scale), int((TOP + 2 * OPTIONS.line_pitch_pt) * scale))
    assert sum(red(x, y) for y in masthead_rows for x in range(width)) > 300
    rule_rows = [y for y in range(height) if sum(red(x, y) for x in range(width)) > 0.9 * (RIGHT - LEFT) * scale]
    assert rule_rows, "no red rule across the type area"
    assert TOP * scale < rule_rows[0] < height / 2
    for page in range(2, page_count(path) + 1):
        w2, h2, px2 = render_page(path, page, 20)
        assert not any(px2[i] > 180 and px2[i + 1] < 90 and px2[i + 2] < 90 for i in range(0, len(px2), 3))


def test_page_numbers_outside_one_character_in(sample_pdf):
    _, path = sample_pdf
    for page, side in ((1, "right"), (2, "left")):
        lines = [line for line in text_lines(path, page) if PAGE_NUMBER.match(line[4])]
        assert len(lines) == 1, page
        x_min, y_min, x_max, _, text = lines[0]
        assert int(PAGE_NUMBER.match(text).group(1)) == page
        assert BOTTOM + 3 * PT_PER_MM < y_min < BOTTOM + 12 * PT_PER_MM  # about 7 mm below the type area
        one_char = OPTIONS.page_number_size_pt
        if side == "right":
            assert RIGHT - 1.6 * one_char < x_max < RIGHT - 0.5 * one_char
        else:
            assert LEFT + 0.5 * one_char < x_min < LEFT + 1.6 * one_char
    assert re.search(r"—\s*1\s*—", pdftotext(path, 1)) and re.search(r"—\s*2\s*—", pdftotext(path, 2))


def is_full_width(text: str) -> bool:
    return all(ord(ch) >= 0x2E80 or ch in FULL_WIDTH for ch in text)


def test_full_body_lines_hold_28_characters_and_pages_22_lines(sample_pdf):
    _, path = sample_pdf
    full = []
    for page in range(1, page_count(path) + 1):
        for x_min, _y_min, x_max, y_max, text in text_lines(path, page):
            if abs(x_min - LEFT) < 2 and x_max > RIGHT - OPTIONS.body_size_pt / 2 and y_max < BOTTOM + 1:
                full.append(text)
    pure = [t for t in full if is_full_width(t)]
    assert len(pure) >= 30
    on_grid = [t[:-1] if len(t) == OPTIONS.chars_per_line + 1 and t[-1] in HANGING else t for t in pure]
    assert {len(t) for t in on_grid} == {OPTIONS.chars_per_line}, [t for t in pure if len(t) != 28]
    # a page of body text only: 22 lines
    lines = [line for line in text_lines(path, 2) if line[3] < BOTTOM + 1]
    assert len({round(line[1]) for line in lines}) == OPTIONS.lines_per_page


def closing_positions(path):
    last = page_count(path)
    lines = text_lines(path, last)
    signoff = [line for line in lines if line[4].startswith("编辑：")]
    distribution = [line for line in lines if line[4].startswith(("送：", "发："))]
    return last, lines, signoff, distribution


def test_closing_block_at_the_bottom_of_the_last_page(sample_pdf):
    _, path = sample_pdf
    last, lines, signoff, distribution = closing_positions(path)
    assert len(signoff) == 1 and len(distribution) == 2
    bottom = max(line[3] for line in lines if not PAGE_NUMBER.match(line[4]))
    assert BOTTOM - OPTIONS.line_pitch_pt < bottom <= BOTTOM + 1  # the last line sits on the foot of the type area
    assert signoff[0][1] > (TOP + BOTTOM) / 2
    for page in range(1, last):
        assert "编辑：" not in pdftotext(path, page)


@pytest.mark.parametrize("filler_paragraphs", [3, 4])
def test_closing_block_never_covers_text_on_a_nearly_full_last_page(sample_issue, tmp_path, filler_paragraphs):
    article = sample_issue.sections[-1].entries[-1]
    article.paragraphs += [from_plain("补" * 26)] * filler_paragraphs  # one line each
    path = tmp_path / "full.pdf"
    write_pdf(sample_issue, path)
    last, lines, signoff, distribution = closing_positions(path)
    assert len(signoff) == 1 and len(distribution) == 2
    body = [line for line in lines if line[1] < signoff[0][1] and not PAGE_NUMBER.match(line[4])]
    assert all(line[3] <= signoff[0][1] for line in body)
    block_bottom = max(line[3] for line in lines if line[1] >= signoff[0][1] and not PAGE_NUMBER.match(line[4]))
    assert block_bottom > BOTTOM - OPTIONS.line_pitch_pt
    assert "补" * 26 in body_text(path)
