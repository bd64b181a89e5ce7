"""The live preview as the clerk sees it: pages of the issue, kept up to date while typing."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bulletin_desktop.core.model import Article, Issue, Item, Section, item
from bulletin_desktop.core.richtext import from_plain, parse_markup, plain
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.gui.preview import PreviewWidget

PAGE_NUMBER = re.compile(r"^— \d+ —$")


def flowing(preview: PreviewWidget) -> str:
    """The shown text with page numbers dropped and lines joined."""
    lines = preview.plain_text().replace("\f", "\n").split("\n")
    return "".join(line for line in lines if not PAGE_NUMBER.match(line))


def texts_of(issue: Issue) -> list[str]:
    out = []
    for _section, entry in issue.entries():
        if isinstance(entry, Article):
            out += [entry.title, *(plain(p) for p in entry.paragraphs)]
        else:
            out.append(entry.text)
    return out


def generated_issue(entries: int = 50) -> Issue:
    sections = []
    for s in range(5):
        items = [Item.from_rich(parse_markup(f"11月{n % 28 + 1}日，**第{s}组单位{n}**"
                                             + "组织开展安全生产检查，督促企业落实主体责任，" * 6))
                 for n in range(entries // 5)]
        sections.append(Section(f"栏目{s + 1}", items))
    return Issue("漯河安全生产简报", 52, dt.date(2022, 11, 21), office="漯河市安全生产委员会办公室", sections=sections)


@pytest.fixture
def preview(qtbot):
    widget = PreviewWidget()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(qtbot, preview: PreviewWidget, issue: Issue) -> None:
    with qtbot.waitSignal(preview.updated, timeout=2000):
        preview.set_issue(issue)


def test_shows_the_sample_as_pages(qtbot, preview, sample_issue):
    with qtbot.waitSignal(preview.pageCountChanged, timeout=2000) as signal:
        preview.set_issue(sample_issue)
    assert signal.args == [preview.page_count()]
    assert preview.page_count() >= 4
    text = flowing(preview)
    for expected in texts_of(sample_issue):
        assert expected in text
    pages = preview.plain_text().split("\f")
    assert len(pages) == preview.page_count()
    assert [page.splitlines()[-1] for page in pages] == [f"— {n} —" for n in range(1, len(pages) + 1)]
    assert pages[0].startswith("漯河安全生产简报\n第52期\n（安全生产大检查专刊 第34期）\n")
    closing = pages[-1].splitlines()
    assert closing[-5].startswith("编辑：卜丹") and closing[-3].startswith("发：") and closing[-2].endswith("成员单位。")


def test_typing_updates_the_pages_after_a_pause(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    entry = sample_issue.sections[1].entries[0]
    entry.body = from_plain("带队检查冬季消防安全，新增一条。")
    preview.set_issue(sample_issue)
    # typing never waits for layout: the pages still show the old text right after the call
    assert "新增一条" not in flowing(preview)
    qtbot.waitUntil(lambda: "带队检查冬季消防安全，新增一条。" in flowing(preview), timeout=2000)


def test_a_burst_of_edits_is_laid_out_once(qtbot, preview):
    issue = generated_issue()
    show(qtbot, preview, issue)
    entry = issue.sections[0].entries[0]
    updates = []
    preview.updated.connect(lambda: updates.append(preview.last_update()))
    for n in range(5):
        entry.body = from_plain("组织检查" * (n + 1))
        preview.set_issue(issue)
    qtbot.waitUntil(lambda: bool(updates), timeout=2000)
    assert len(updates) == 1 and updates[0].laid_out == 1
    assert "组织检查" * 5 in flowing(preview)


def test_page_count_follows_the_issue(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    before = preview.page_count()
    sample_issue.sections[0].entries.extend(item("11月20日，" + "开展检查" * 200) for _ in range(3))
    with qtbot.waitSignal(preview.pageCountChanged, timeout=2000) as signal:
        preview.set_issue(sample_issue)
    assert signal.args[0] == preview.page_count() > before
    with qtbot.waitSignal(preview.pageCountChanged, timeout=2000) as signal:
        preview.set_issue(None)
    assert signal.args == [0] and preview.page_count() == 0 and preview.plain_text() == ""


def test_follow_scrolls_to_the_entry_and_keeps_still_otherwise(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    article = sample_issue.sections[-1].entries[0]
    assert preview.visible_pages()[0] == 1 and not preview.is_shown(article.uid)
    preview.follow(article.uid)
    assert preview.is_shown(article.uid)
    shown = preview.visible_pages()
    assert 1 not in shown
    where = preview.block_rect(article.uid)
    # already in view: following it again does not move the pages
    preview.follow(article.uid)
    assert preview.block_rect(article.uid) == where
    # an edit elsewhere that keeps the page count leaves the view where it was
    first = sample_issue.sections[0].entries[0]
    first.body = from_plain(plain(first.body).replace("形式持续", "形势持续"))  # same length
    show(qtbot, preview, sample_issue)
    assert "形势持续" in flowing(preview)
    assert preview.visible_pages() == shown and preview.is_shown(article.uid)


def test_another_issue_opens_at_its_first_page(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    preview.follow(sample_issue.sections[-1].entries[0].uid)
    assert 1 not in preview.visible_pages()
    show(qtbot, preview, generated_issue(20))
    assert preview.visible_pages()[0] == 1


def test_follow_before_the_update_scrolls_once_laid_out(qtbot, preview, sample_issue):
    preview.set_issue(sample_issue)
    last = sample_issue.sections[-1].entries[0].uid
    preview.follow(last)  # the main window may select an entry before the preview has caught up
    qtbot.waitUntil(lambda: preview.is_shown(last), timeout=2000)


def test_double_click_reports_the_entry(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    entry = sample_issue.sections[0].entries[1]
    preview.follow(entry.uid)
    rect = preview.block_rect(entry.uid)
    point = rect.center().toPoint()
    target = preview.childAt(point)
    with qtbot.waitSignal(preview.entryActivated, timeout=1000) as signal:
        qtbot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(preview, point))
    assert signal.args == [entry.uid]


def sheet_width(preview: PreviewWidget) -> int:
    """Width in pixels of the white sheet on a row through the middle of the view."""
    image = preview.grab().toImage()
    y = image.height() // 2
    white = [x for x in range(image.width()) if QColor(image.pixel(x, y)).lightness() > 250]
    return (white[-1] - white[0] + 1) if white else 0


def test_zoom_changes_the_shown_size(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    zooms = []
    preview.zoomChanged.connect(zooms.append)
    preview.set_zoom(0.5)
    half = sheet_width(preview)
    preview.set_zoom(0.25)
    quarter = sheet_width(preview)
    assert abs(half - 2 * quarter) <= 3 and quarter > 100
    assert zooms == [0.5, 0.25] and preview.zoom() == 0.25
    preview.zoom_in()
    assert preview.zoom() == pytest.approx(0.3125)
    preview.zoom_out()
    assert preview.zoom() == pytest.approx(0.25)
    preview.zoom_fit_width()
    width = preview.page_pixel_size().width()
    assert preview.width() - 80 < width < preview.width()


def test_pages_show_red_masthead_on_white(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    preview.set_zoom(0.5)
    image = preview.grab().toImage()
    colours = [QColor(image.pixel(x, y)) for y in range(0, image.height() // 3, 2) for x in range(0, image.width(), 2)]
    assert sum(1 for c in colours if c.red() > 200 and c.green() < 80 and c.blue() < 80) > 50  # name and rule
    assert any(c.lightness() > 250 for c in colours) and any(120 < c.lightness() < 140 for c in colours)


def test_entry_text_is_shown_as_text_never_as_html(qtbot, preview):
    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>&lt;b&gt;"
    issue = Issue("简报", 1, dt.date(2022, 11, 21), sections=[Section("<b>栏目</b>", [item(hostile)])])
    show(qtbot, preview, issue)
    text = flowing(preview)
    assert hostile in text and "【<b>栏目</b>】" in text


def test_an_edit_relays_out_only_the_changed_block(qtbot, preview):
    issue = generated_issue(50)
    show(qtbot, preview, issue)
    total = preview.last_update().laid_out
    assert total == preview.last_update().laid_out + preview.last_update().reused > 50
    entry = issue.sections[2].entries[4]
    entry.body = from_plain(plain(entry.body) + "新")
    show(qtbot, preview, issue)
    assert (preview.last_update().laid_out, preview.last_update().reused) == (1, total - 1)
    assert "新" in flowing(preview)
    issue.office = "漯河市应急管理局"  # the masthead's office line alone
    show(qtbot, preview, issue)
    assert preview.last_update().laid_out == 1


def test_options_relay_out_every_page(qtbot, preview, sample_issue):
    show(qtbot, preview, sample_issue)
    standard = preview.page_count()
    with qtbot.waitSignal(preview.pageCountChanged, timeout=1000):
        preview.set_options(LayoutOptions(lines_per_page=18))  # fewer, taller lines: more pages
    assert preview.page_count() > standard
    assert preview.options().lines_per_page == 18


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils (pdfinfo) is not installed")
def test_preview_has_as_many_pages_as_the_pdf(qtbot, preview, sample_issue, tmp_path):
    from bulletin_desktop.export.qt_render import write_pdf_qt

    show(qtbot, preview, sample_issue)
    write_pdf_qt(sample_issue, tmp_path / "out.pdf")
    info = subprocess.run(["pdfinfo", str(tmp_path / "out.pdf")], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) == preview.page_count()


def test_empty_preview_says_so(qtbot, preview):
    assert preview.page_count() == 0 and preview.plain_text() == ""
    image = preview.grab().toImage()
    centre = image.rect().center()
    around = [QColor(image.pixel(centre.x() + dx, centre.y() + dy)) for dx in range(-60, 60) for dy in range(-8, 8)]
    assert any(c.lightness() > 200 for c in around)  # the hint is drawn on the grey
