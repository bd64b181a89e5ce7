"""Round 6's issues in the preview (no LibreOffice needed): the issues are what they say they
are (a heading that would have stood at a page's foot, a closing block flush under the body,
an entry 22 lines long), and the rules the LibreOffice comparison found: the closing block
hangs no pause mark where body text does, and —— is set two ems wide."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import DistributionLine
from bulletin_desktop.export.blocks import Block, BlockKind, Span, layout_issue
from bulletin_desktop.export.layout_options import LayoutOptions

from print_r6_issues import VARIED

OPTIONS = LayoutOptions()


@pytest.fixture
def renderer(qapp):
    from bulletin_desktop.export.qt_render import IssueRenderer

    return IssueRenderer(OPTIONS)


def page_lines(renderer, index: int) -> list[str]:
    """The grid lines of page ``index``: the text of the row starting on each, "" for none."""
    lines = [""] * OPTIONS.lines_per_page
    for placement in renderer.page(index).placements:
        lines[placement.line] = placement.row.text() or "\x00"
    return lines


def test_an_entry_of_exactly_a_page_of_lines_runs_on_over_the_page_break(renderer):
    issue = VARIED["page_long_entry"][0]()
    renderer.update(layout_issue(issue, OPTIONS))
    long_entry = issue.sections[0].entries[2]
    rows = [(i, p) for i in range(renderer.page_count()) for p in renderer.page(i).placements
            if p.source == long_entry.uid]
    assert len(rows) == OPTIONS.lines_per_page  # 22 lines, every one full but the last
    assert all(len(p.row.text()) >= 27 for _, p in rows[:-1]) and rows[-1][1].row.text().endswith("。")
    assert {i for i, _ in rows} == {0, 1} and rows[0][1].line > 0  # no page of its own: entries split


def test_a_heading_that_would_end_a_page_starts_the_next_with_its_entry(renderer):
    renderer.update(layout_issue(VARIED["heading_at_page_foot"][0](), OPTIONS))
    first, second = page_lines(renderer, 0), page_lines(renderer, 1)
    assert first[-1] == "" and first[-2]  # one line left free on page 1
    assert second[0] == "【隐患排查】" and second[1].lstrip().startswith("10月")


def test_the_closing_block_lands_flush_under_the_body(renderer):
    renderer.update(layout_issue(VARIED["closing_at_foot"][0](), OPTIONS))
    last = page_lines(renderer, renderer.page_count() - 1)
    start = next(i for i, line in enumerate(last) if line.startswith("编辑："))
    assert start > 0 and last[start - 1] not in ("", "\x00")  # body text right above it
    assert last[-1]  # and the block ends on the page's last line


LIST = "省应急管理厅，省安委办，市委常委，市人大常委会、市政府、市政协有关领导，市纪委监委。"


def test_a_pause_mark_hangs_in_body_text_but_not_in_the_closing_block(renderer):
    """报：…市政府、 is 29 places and a pause mark on a line of 29.6 (4号, inset a character a
    side): the mark would hang, but LibreOffice hangs none in the closing table's cells."""
    issue = VARIED["long_closing"][0]()
    issue.distribution = [DistributionLine("报", LIST)]
    renderer.update(layout_issue(issue, OPTIONS))
    text = renderer.plain_text()
    assert "报：省应急管理厅，省安委办，市委常委，市人大常委会、市政\n府、市政协" in text
    # body text of 28 places: a pause mark after a full line hangs past the margin
    entry = Block(BlockKind.ENTRY, (Span("甲" * 26 + "、乙。"),))
    renderer.update([entry])
    assert renderer.page(0).placements[0].row.text() == "甲" * 26 + "、"


@pytest.mark.parametrize("text", ["县应急局——检查企业", "——西平县应急管理局", "一是——二是"])
def test_two_em_dashes_are_set_two_characters_wide(renderer, text):
    """The dashes take what two Chinese characters take: the next characters are where
    they would be after 一一."""
    def x_after(line_text: str, count: int) -> float:
        renderer.update([Block(BlockKind.ARTICLE_BYLINE, (Span(line_text),))])
        row = renderer.page(0).placements[0].row
        return row.layout.lineAt(0).cursorToX(count)[0]

    dashes = text.index("——")
    assert abs(x_after(text, dashes + 2) - x_after(text.replace("——", "一一"), dashes + 2)) < 0.05


def test_a_justified_line_spreads_between_chinese_characters_not_inside_latin_words(renderer):
    """A line left short by a long number that goes down whole: its spare room goes between
    the Chinese characters and the words, as Word and LibreOffice spread it, not between
    the digits of 2025 (which the preview had printed 2 0 2 5)."""
    text = "2025年10月，对代码为91411700MA9KXJ2P3T411721198507234518的企业开展检查。"
    renderer.update([Block(BlockKind.ENTRY, (Span(text),))])
    row = renderer.page(0).placements[0].row
    assert row.text() == "2025年10月，对代码为" and row.spare > 10  # the number went down whole
    runs = row.set_text.runs(row.index, row.spare)
    x_of = {}
    for run in runs:
        for index, point in zip(run.stringIndexes(), run.positions()):
            x_of.setdefault(index, point.x())
    digit = x_of[1] - x_of[0]  # 2|0 of 2025: a digit's own advance
    assert abs(digit - OPTIONS.body_size_pt * 0.98 / 2) < 0.3
    assert abs((x_of[3] - x_of[2]) - digit) < 0.05 and abs((x_of[6] - x_of[5]) - digit) < 0.05  # 1|0 of 10月
    han = x_of[10] - x_of[9]  # 对|代: a character and its share of the spare
    assert han > OPTIONS.body_size_pt * 0.98 + 1
