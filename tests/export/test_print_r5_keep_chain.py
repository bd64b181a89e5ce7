"""A section heading over an article's title is kept with the title and the article's first
line, as Word keeps a chain of keep-with-next paragraphs together: the preview never leaves
the heading alone at a page's foot (LibreOffice's print of the .docx moved both on)."""
import datetime as dt

import pytest

from bulletin_desktop.core.model import Article, Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.layout_options import LayoutOptions

KEPT = (BlockKind.SECTION_HEADING, BlockKind.ARTICLE_TITLE)


def issue_of(entries: int) -> Issue:
    items = [Item.from_rich(parse_markup(f"3月{k % 28 + 1}日，**县应急局**召开专题会议，部署重点工作。")) for k in range(entries)]
    article = Article("推进“专项整治”工作", [parse_markup("一、隐患排查。" + "专项整治应急演练风险管控宣传培训。" * 6)])
    return Issue("某县安全生产简报", 3, dt.date(2025, 5, 6), "某县安全生产委员会办公室",
                 sections=[Section("工作动态", items), Section("经验交流", [article])])


@pytest.mark.parametrize("entries", range(10, 40))
def test_no_page_ends_with_a_heading_or_a_title(qapp, entries):
    from bulletin_desktop.export.qt_render import IssueRenderer

    blocks = layout_issue(issue_of(entries))
    renderer = IssueRenderer(LayoutOptions())
    renderer.update(blocks)
    for index in range(renderer.page_count() - 1):
        last = renderer.page(index).placements[-1]
        assert blocks[last.block].kind not in KEPT, (entries, index + 1, blocks[last.block].text)
    title = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.ARTICLE_TITLE)
    first_page: dict[int, int] = {}  # block -> the page of its first line
    for page in range(renderer.page_count()):
        for placement in renderer.page(page).placements:
            first_page.setdefault(placement.block, page)
    assert first_page[title - 1] == first_page[title] == first_page[title + 1]  # heading, title, first line
