"""LibreOffice's print of our .docx against the preview's, on what they printed apart:
a quotation mark after digits (LibreOffice set it half-width in the Latin face), a closing
block that exactly fills the last page (LibreOffice moved it to a page of its own) and
Latin words in quotation marks (the preview would not end a line next to the marks).
One LibreOffice run converts every file of this module."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bulletin_desktop.core.model import DistributionLine, Issue, Item, Section, Signoff
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.pdf import convert_many, font_substitutes, libreoffice_path

from docx_readback import have_libreoffice, page_count, text_lines
from line_ends import PAGE_NUMBER, agreement, layout_lines
from print_r5_issues import VARIED

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")]

OPTIONS = LayoutOptions()
ENTRY = "6月{}日，**县应急管理局**召开专题会议，部署重点工作。"  # one line of the page
CLOSING = dict(signoff=Signoff(["王五"], ["李四"], ["张三"]),
               distribution=[DistributionLine("报", "市应急管理局。"), DistributionLine("发", "各乡镇人民政府。")])
# quotation marks closed after digits, a Latin letter, a point and a percent sign: set half-width,
# each would leave room for more on the line than the preview has
QUOTED = "6月3日，对照省“50”条、市“72”条和“3·15”专项，" + "检查“5G”基站“28”个，完成率“86.5%”，整改“100%”，" * 6 + "已通报。"


def issue_of(markups: list[str], **more) -> Issue:
    return Issue("某县安全生产简报", 9, dt.date(2025, 6, 30), "某县安全生产委员会办公室",
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(m)) for m in markups])], **more)


CASES = {f"lines{n}": issue_of([ENTRY.format(day) for day in range(1, n + 1)], **CLOSING) for n in range(10, 14)}
CASES["quoted"] = issue_of([QUOTED])
# Latin words in quotation marks: a line may end before “ and after ”, as in Word
LATIN_QUOTED = ("6月4日，**市应急管理局**召开会议，部署“APP”、‘GPS’和“NB-IoT”平台建设，推广“5G”“Wi-Fi”"
                "应用，对“No.3”车间和“B2B”平台开展检查，要求“AI”识别全覆盖。")
CASES["latin_quoted"] = issue_of([LATIN_QUOTED] * 4)
CASE_OPTIONS = {name: OPTIONS for name in CASES}
for name, (make, options) in VARIED.items():
    CASES[name], CASE_OPTIONS[name] = make(), options


@pytest.fixture(scope="module")
def printed(tmp_path_factory, qapp) -> dict[str, tuple[Path, Path]]:
    """name -> (LibreOffice's PDF of our .docx, the Qt PDF)."""
    from bulletin_desktop.export.qt_render import write_pdf_qt

    folder = tmp_path_factory.mktemp("print_r5")
    soffice = libreoffice_path()
    assert soffice is not None
    pdfs = convert_many({name: docx_bytes(issue, CASE_OPTIONS[name]) for name, issue in CASES.items()}, soffice,
                        substitutes=font_substitutes(OPTIONS), timeout=300)
    out = {}
    for name, issue in CASES.items():
        lo, qt = folder / f"{name}-lo.pdf", folder / f"{name}-qt.pdf"
        lo.write_bytes(pdfs[name])
        write_pdf_qt(issue, qt, CASE_OPTIONS[name])
        out[name] = (lo, qt)
    return out


def test_a_closing_block_that_fills_the_last_page_stays_there_in_both(printed):
    counts = {name: (page_count(lo), page_count(qt)) for name, (lo, qt) in printed.items() if name.startswith("lines")}
    assert all(lo == qt for lo, qt in counts.values()), counts
    # among them the issue whose body and closing block exactly fill the first page
    assert counts["lines11"] == (1, 1) and counts["lines12"] == (2, 2), counts
    lo, _ = printed["lines11"]
    lines = [line[4] for line in text_lines(lo, 1)]
    assert lines.index("6月11日，县应急管理局召开专题会议，部署重点工作。") < lines.index("发：各乡镇人民政府。")


def test_quotation_marks_after_digits_print_full_width_as_in_the_preview(printed):
    lo, qt = printed["quoted"]
    lines = layout_lines(lo)
    assert len(lines) > 8  # the masthead, and the entry over several lines
    together = agreement(lines, layout_lines(qt))
    assert together.same_text and together.ratio == 1.0, lines


def test_lines_end_around_quoted_latin_words_as_in_the_preview(printed):
    lo, qt = printed["latin_quoted"]
    together = agreement(layout_lines(lo), layout_lines(qt))
    assert together.same_text and together.ratio == 1.0, layout_lines(lo)


def pages(pdf: Path) -> list[tuple[str, str]]:
    """Each page's first line of text (a few characters) and the side its page number is on."""
    out = []
    for page in range(1, page_count(pdf) + 1):
        lines = [line for line in text_lines(pdf, page) if line[4].strip()]
        numbers = [line for line in lines if PAGE_NUMBER.match(line[4].replace(" ", "")) and "—" in line[4]]
        assert len(numbers) == 1, (pdf.name, page, lines)
        middle = (numbers[0][0] + numbers[0][2]) / 2
        first = next(line for line in lines if line not in numbers)
        out.append((first[4][:6], "right" if middle > 297.6 else "left"))
    return out


@pytest.mark.parametrize("name", list(VARIED))
def test_varied_issues_print_the_same_pages_as_the_preview(printed, name):
    """The same number of pages, each opening with the same line, the page number outside
    (odd pages right, even left), and the same line ends."""
    lo, qt = printed[name]
    on_paper, preview = pages(lo), pages(qt)
    assert on_paper == preview
    assert [side for _, side in on_paper] == ["right", "left"] * (len(on_paper) // 2) + ["right"] * (len(on_paper) % 2)
    together = agreement(layout_lines(lo), layout_lines(qt))
    assert together.ratio >= 0.98, name
