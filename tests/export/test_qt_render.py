"""The Qt rendering of the block layout: the fallback PDF, printing, and the page grid
that the preview shares with them."""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Section, Signoff, item
from bulletin_desktop.core.richtext import from_plain, plain
from bulletin_desktop.core.safe_write import WriteError
from bulletin_desktop.export.blocks import layout_issue
from bulletin_desktop.export.layout_options import LayoutOptions

PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")  # pdftotext may drop the spaces
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                   reason="poppler-utils (pdftotext, pdftoppm) is not installed")


@pytest.fixture(autouse=True)
def _app(qapp):
    """One QApplication for the session, made before anything asks Qt for fonts."""
    return qapp


def entry_texts(issue: Issue) -> list[str]:
    texts = []
    for _section, entry in issue.entries():
        if isinstance(entry, Article):
            texts.append(entry.title)
            texts.extend(plain(p) for p in entry.paragraphs)
        else:
            texts.append(entry.text)
    return texts


def flowing_text(pages_text: str) -> str:
    """Page text with the page numbers dropped and the lines joined, so a paragraph
    that runs over a line or page break reads as it was written."""
    lines = pages_text.replace("\f", "\n").split("\n")
    return "".join(line for line in lines if not PAGE_NUMBER.match(line.strip()))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def ideographs(count: int, start: int = 0) -> str:
    """``count`` distinct full-width characters with no line-breaking rules of their own."""
    base = "国家安全生产委员会办公室应急管理局消防救援支队组织开展检查督导"
    return "".join(base[(start + i) % len(base)] for i in range(count))


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory, qapp):
    from bulletin_desktop.core.textformat import read_text
    from bulletin_desktop.export.qt_render import write_pdf_qt

    issue = read_text((Path(__file__).parents[2] / "resources" / "sample-luohe-052.txt").read_text("utf-8"))
    path = tmp_path_factory.mktemp("pdf") / "第52期.pdf"
    write_pdf_qt(issue, path)
    return issue, path


@needs_poppler
def test_pdf_holds_every_entry_in_order(sample_pdf):
    issue, path = sample_pdf
    text = flowing_text(pdf_text(path))
    position = 0
    for expected in entry_texts(issue):
        found = text.find(expected.replace(" ", ""), position) if " " in expected else text.find(expected, position)
        if found < 0:  # pdftotext may drop the spaces around Latin words
            found = text.replace(" ", "").find(expected.replace(" ", ""), 0)
        assert found >= 0, f"missing from the PDF: {expected[:30]}…"
        position = max(position, found)
    assert "漯河安全生产简报" in text
    assert "编辑：卜丹 赵贺龙" in text and "送：市委常委、市安委会主任、副主任。" in text


@needs_poppler
def test_pdf_text_uses_ideographs_not_radicals(sample_pdf):
    """一 人 大 老 … share glyphs with the Kangxi radicals; copying from the PDF must
    give the ideographs."""
    text = pdf_text(sample_pdf[1])
    assert not [ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF]
    assert "老街街道" in text and "一岗双责" in text and "人员" in text


@needs_poppler
def test_dashes_read_back_as_written_in_a_chinese_locale(tmp_path):
    """Under zh_CN Qt shapes — to the full-width glyph that ― (U+2015) also names."""
    from PySide6.QtCore import QLocale

    from bulletin_desktop.export.qt_render import write_pdf_qt

    issue = Issue("简报", 1, dt.date(2022, 11, 21),
                  sections=[Section("栏目", [item("11月14日—11月18日，“街道—网格—商户”三级监控。")])])
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        write_pdf_qt(issue, tmp_path / "dash.pdf")
    finally:
        QLocale.setDefault(previous)
    # pdftotext reads the small space between Chinese and digits as a space
    text = flowing_text(pdf_text(tmp_path / "dash.pdf")).replace(" ", "")
    assert "11月14日—11月18日，“街道—网格—商户”三级监控。" in text and "―" not in text


@needs_poppler
def test_pdf_pages_are_a4_and_numbered(sample_pdf):
    issue, path = sample_pdf
    info = pdf_info(path)
    assert info["Page size"].startswith("595") and "x 841" in info["Page size"] or "x 842" in info["Page size"]
    assert "(A4)" in info["Page size"]
    pages = pdf_text(path).rstrip("\f").split("\f")
    assert len(pages) == int(info["Pages"]) > 1
    for number, page in enumerate(pages, start=1):
        assert page.strip().splitlines()[-1].replace(" ", "") == f"—{number}—"
    assert info["Title"] == "漯河安全生产简报 第52期"


@needs_poppler
def test_masthead_is_red_and_body_black(sample_pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(sample_pdf[1]), str(tmp_path / "p")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert not image.isNull()

    def red_and_dark(top: float, bottom: float) -> tuple[int, int]:
        red = dark = 0
        for y in range(int(image.height() * top), int(image.height() * bottom)):
            for x in range(image.width()):
                c = QColor(image.pixel(x, y))
                if c.red() > 200 and c.green() < 90 and c.blue() < 90:
                    red += 1
                elif c.red() < 90 and c.green() < 90 and c.blue() < 90:
                    dark += 1
        return red, dark

    mast_red, _ = red_and_dark(0.12, 0.25)  # the bulletin name, 37 mm below the top edge
    body_red, body_dark = red_and_dark(0.45, 0.85)
    assert mast_red > 150
    assert body_red == 0 and body_dark > 500


@needs_poppler
def test_closing_block_sits_at_the_bottom_of_the_last_page(sample_pdf, tmp_path):
    out = tmp_path / "bbox.html"
    subprocess.run(["pdftotext", "-bbox", "-f", "0", str(sample_pdf[1]), str(out)], check=True)
    html = out.read_text("utf-8")
    last_page = html.split("<page ")[-1]
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', last_page)
    bottom_of = {word: float(ymax) for _ymin, ymax, word in words}
    distribution = max(y for w, y in bottom_of.items() if "管委会" in w or "成员单位" in w)
    type_bottom = (297 - 35) * 72 / 25.4
    assert type_bottom - 30 < distribution <= type_bottom


def test_renderer_and_pdf_agree_on_pages(sample_pdf):
    from bulletin_desktop.export.qt_render import render_issue

    issue, path = sample_pdf
    pages = render_issue(issue).page_count()
    if shutil.which("pdfinfo"):
        assert int(pdf_info(path)["Pages"]) == pages


def test_body_keeps_the_22_by_28_grid():
    from bulletin_desktop.export.qt_render import render_issue

    text = ideographs(26 + 28 * 40)  # exactly 41 full lines: 26 after the indent, then 28 each
    issue = Issue("简报", 1, dt.date(2022, 11, 21), office="办公室",
                  sections=[Section("栏目", [item(text)])])
    renderer = render_issue(issue)
    first = renderer.page_text(0).split("\n")[:-1]
    assert first[:4] == ["简报", "第1期", "办公室\t2022年11月21日", "【栏目】"]
    body = first[4:]
    # 报头 takes 7 grid lines (name 3, blank 1, issue line 1, office 1, red rule 1),
    # the heading 1: 14 body lines are left of the 22
    assert len(body) == 14
    assert [len(line) for line in body[:3]] == [26, 28, 28]
    second = renderer.page_text(1).split("\n")[:-1]
    assert len(second) == 22 and {len(line) for line in second} == {28}


def test_text_is_never_markup(tmp_path):
    from bulletin_desktop.export.qt_render import render_issue

    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>&amp;<b>粗</b>"
    issue = Issue("简报<i>", 1, dt.date(2022, 11, 21), sections=[Section("<h1>栏目</h1>", [item(hostile)])])
    shown = flowing_text(render_issue(issue).plain_text())
    assert hostile in shown and "【<h1>栏目</h1>】" in shown and "简报<i>" in shown


def test_rare_characters_outside_the_basic_plane_keep_their_place():
    """Names may hold CJK Extension B characters, two UTF-16 units each in Qt."""
    from bulletin_desktop.export.qt_render import render_issue

    text = "11月16日，" + "𠀾𪚥" * 40 + "同志到场检查。"
    issue = Issue("简报", 1, dt.date(2022, 11, 21), sections=[Section("栏目", [item(text)])])
    assert text in flowing_text(render_issue(issue).plain_text())


def test_changed_block_is_laid_out_alone():
    from bulletin_desktop.export.qt_render import IssueRenderer

    issue = Issue("简报", 1, dt.date(2022, 11, 21),
                  sections=[Section("栏目", [item(ideographs(100, n)) for n in range(10)])])
    renderer = IssueRenderer()
    first = renderer.update(layout_issue(issue))
    assert first.laid_out == len(layout_issue(issue))
    issue.sections[0].entries[3].body = from_plain(ideographs(120, 7))
    again = renderer.update(layout_issue(issue))
    assert (again.laid_out, again.reused) == (1, first.laid_out - 1)


def test_options_change_the_pages():
    from bulletin_desktop.export.qt_render import IssueRenderer

    issue = Issue("简报", 1, dt.date(2022, 11, 21),
                  sections=[Section("栏目", [item(ideographs(300, n)) for n in range(8)])])
    renderer = IssueRenderer()
    renderer.update(layout_issue(issue))
    standard = renderer.page_count()
    renderer.set_options(LayoutOptions(lines_per_page=26))
    assert renderer.page_count() < standard
    renderer.set_options(LayoutOptions(chars_per_line=20))
    assert renderer.page_count() > standard


def test_closing_block_takes_a_page_of_its_own_when_the_last_one_is_full():
    from bulletin_desktop.export.qt_render import render_issue

    def issue_with(body_lines: int) -> Issue:
        return Issue("简报", 1, dt.date(2022, 11, 21), office="办公室",
                     sections=[Section("栏目", [item(ideographs(26 + 28 * (body_lines - 1)))])],
                     signoff=Signoff(["卜丹"], ["翟红伟"], ["孙全忠"]),
                     distribution=[DistributionLine("送", "市委常委。"), DistributionLine("发", "各县区。")])

    roomy = render_issue(issue_with(5))
    assert roomy.page_count() == 1
    page = roomy.page_text(0).split("\n")
    assert page[-4].startswith("编辑：") and page[-2] == "发：各县区。"
    full = render_issue(issue_with(14))  # page 1 is full to the last line
    assert full.page_count() == 2
    assert full.page_text(1).split("\n")[0].startswith("编辑：")


def test_write_failure_leaves_the_previous_file(tmp_path, sample_issue, monkeypatch):
    from bulletin_desktop.export import qt_render

    target = tmp_path / "简报.pdf"
    target.write_bytes(b"previous")
    with pytest.raises(WriteError) as raised:
        qt_render.write_pdf_qt(sample_issue, tmp_path / "没有的文件夹" / "简报.pdf")
    assert "文件夹不存在" in raised.value.message

    def broken(*_args):
        raise qt_render.QtRenderError("绘制失败")

    monkeypatch.setattr(qt_render.IssueRenderer, "paint_page", broken)
    with pytest.raises(qt_render.QtRenderError):
        qt_render.write_pdf_qt(sample_issue, target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["简报.pdf"]


@needs_poppler
def test_print_issue_prints_the_chosen_pages(sample_issue, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from bulletin_desktop.export.qt_render import print_issue, render_issue

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFromTo(2, 3)
    print_issue(sample_issue, printer)
    pages = pdf_text(tmp_path / "printed.pdf").rstrip("\f").split("\f")
    assert [p.strip().splitlines()[-1].replace(" ", "") for p in pages] == ["—2—", "—3—"]
    assert render_issue(sample_issue).page_count() > 3


@pytest.mark.slow
@needs_poppler
@pytest.mark.skipif(importlib.util.find_spec("bulletin_desktop.export.docx") is None,
                    reason="the .docx writer (bulletin_desktop.export.docx.writer) is not in the tree yet")
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_qt_pdf_has_as_many_pages_as_libreoffice_renders_the_docx(sample_pdf, tmp_path):
    from bulletin_desktop.export.docx.writer import write_docx

    issue, qt_pdf = sample_pdf
    docx = tmp_path / "sample.docx"
    write_docx(issue, docx, LayoutOptions())
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx)], check=True, capture_output=True, timeout=180)
    lo_pages = int(pdf_info(tmp_path / "sample.pdf")["Pages"])
    assert int(pdf_info(qt_pdf)["Pages"]) == lo_pages


def test_official_font_names_map_to_installed_faces():
    from PySide6.QtGui import QFontDatabase

    from bulletin_desktop.export.screen_fonts import font_kind, is_substituted, screen_family, screen_font

    installed = set(QFontDatabase.families())
    for name in ("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "方正仿宋_GBK", "华文楷体"):
        assert screen_family(name) in installed
    assert [font_kind(n) for n in ("方正小标宋简体", "仿宋_GB2312", "FangSong", "黑体", "SimHei", "楷体_GB2312", "宋体")] == \
        ["xiaobiaosong", "fangsong", "fangsong", "hei", "hei", "kai", "song"]
    if {"Noto Serif CJK SC", "Noto Sans CJK SC"} <= installed and "黑体" not in installed and "SimHei" not in installed:
        assert screen_family("黑体") == "Noto Sans CJK SC"
        assert screen_family("仿宋_GB2312") == "Noto Serif CJK SC"
        assert is_substituted("方正小标宋简体")
        assert screen_font("方正小标宋简体", 22).weight() > screen_font("仿宋_GB2312", 22).weight()
    assert screen_font("仿宋_GB2312", 16, bold=True).bold()


def _ink(font, text: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    image = QImage(400, 80, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    painter.end()
    return sum(255 - b for b in bytes(image.constBits()))


def test_bold_in_a_substituted_chinese_face_thickens_its_regular_style_as_word_does():
    """仿宋_GB2312 has one weight and Word prints its bold thickened; its look-alike does the
    same with its regular style (not its own, far heavier bold face), and so do titles in
    方正小标宋's look-alike. A Latin face keeps its real bold."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    from bulletin_desktop.export.screen_fonts import is_substituted, screen_family, screen_font

    if not is_substituted("仿宋_GB2312"):
        pytest.skip("仿宋_GB2312 itself is installed: Qt thickens it on its own")
    family = screen_family("仿宋_GB2312")
    styles = QFontDatabase.styles(family)
    regular = min(styles, key=lambda s: abs(QFontDatabase.weight(family, s) - 400))
    bold = screen_font("仿宋_GB2312", 16, bold=True)
    assert bold.bold() and bold.styleName() == regular
    assert QRawFont.fromFont(bold).styleName() == regular  # the regular face is the one drawn
    title = screen_font("方正小标宋简体", 22)
    assert title.bold() and title.styleName() == screen_font("方正小标宋简体", 22, bold=True).styleName()
    plain_font = screen_font("仿宋_GB2312", 16)
    assert not plain_font.bold() and plain_font.styleName() == ""
    assert _ink(bold, "西城区组织召开") > 1.15 * _ink(plain_font, "西城区组织召开")  # drawn thicker
    latin = screen_font("Times New Roman", 16, bold=True)
    assert latin.bold() and latin.styleName() == ""
    assert QFont(latin).weight() == QFont.Weight.Bold


def test_the_lines_do_not_follow_the_programs_locale(qapp):
    """The window runs under the Chinese locale, the command line under the machine's; the
    shaper takes its language from it, and Chinese glyph forms (a wider dash in 5—10月) would
    break the window's lines otherwise than the command line's PDF and LibreOffice's print."""
    from PySide6.QtCore import QLocale

    from bulletin_desktop.export.qt_render import render_issue
    from generated_issues import rich_issue

    issue = rich_issue(19)
    kept = QLocale()
    try:
        QLocale.setDefault(QLocale.c())
        machine = render_issue(issue, LayoutOptions()).plain_text()
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        chinese = render_issue(issue, LayoutOptions()).plain_text()
    finally:
        QLocale.setDefault(kept)
    assert "—" in machine and chinese == machine
