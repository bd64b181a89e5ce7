"""An article's subtitle or byline under its title (——某镇交通安全工作做法, （某县应急管理局）)
is set apart: centred, in 楷体, kept with what follows; in Word under a style of its own
(文章副题), in the preview and the Qt PDF alike. A dash line later in the article, or a
paragraph that merely begins with a dash, stays an ordinary paragraph."""
from __future__ import annotations

import dataclasses

from bulletin_desktop.core.model import Article, Section
from bulletin_desktop.core.richtext import from_plain
from bulletin_desktop.export.block_styles import Align, block_styles
from bulletin_desktop.export.blocks import BlockKind, FontRole, layout_issue
from bulletin_desktop.export.docx import styles as word_styles
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import LayoutOptions

from docx_readback import NS, part, style_id, text_of

BYLINE = "——青年镇交通安全工作做法"


def _issue(sample_issue):
    article = Article("织密农村交通安全防护网", [from_plain(BYLINE), from_plain("今年以来，青年镇坚持三管齐下。"),
                                            from_plain("——摘自某某日报")])
    return dataclasses.replace(sample_issue, sections=[Section("经验交流", [article])])


def test_the_byline_is_a_block_of_its_own_in_kai(sample_issue):
    blocks = [b for b in layout_issue(_issue(sample_issue)) if b.kind in (
        BlockKind.ARTICLE_TITLE, BlockKind.ARTICLE_BYLINE, BlockKind.ARTICLE_PARAGRAPH)]
    assert [b.kind for b in blocks] == [BlockKind.ARTICLE_TITLE, BlockKind.ARTICLE_BYLINE,
                                        BlockKind.ARTICLE_PARAGRAPH, BlockKind.ARTICLE_PARAGRAPH]
    assert blocks[1].text == BYLINE and {s.role for s in blocks[1].spans} == {FontRole.KAI}
    style = block_styles(LayoutOptions())[BlockKind.ARTICLE_BYLINE]
    assert style.align is Align.CENTRE and style.first_line_chars == 0 and style.keep_with_next


def test_word_writes_it_under_its_own_style(sample_issue):
    document = part(docx_bytes(_issue(sample_issue)), "word/document.xml")
    styled = {text_of(p): style_id(p) for p in document.iter("{%s}p" % NS["w"])}
    assert styled[BYLINE] == word_styles.ARTICLE_BYLINE
    assert styled["——摘自某某日报"] == word_styles.BODY
    assert word_styles.STYLE_NAMES[word_styles.ARTICLE_BYLINE] == "文章副题"


def test_the_preview_centres_it(sample_issue, qapp):
    from bulletin_desktop.export.qt_render import render_issue

    renderer = render_issue(_issue(sample_issue))
    rows = {p.row.text(): p.row for page in range(renderer.page_count()) for p in renderer.page(page).placements
            if p.row.text()}
    byline, body = rows[BYLINE], rows["——摘自某某日报"]
    assert byline.shift > body.shift + 50  # centred, where a paragraph starts at its indent


def _kinds(sample_issue, paragraphs):
    article = Article("在全县冬季安全生产工作会议上的讲话", [from_plain(p) for p in paragraphs])
    issue = dataclasses.replace(sample_issue, sections=[Section("领导讲话", [article])])
    return [b.kind for b in layout_issue(issue) if b.kind in (BlockKind.ARTICLE_BYLINE, BlockKind.ARTICLE_PARAGRAPH)]


def test_a_speaker_and_the_date_under_him_are_set_apart(sample_issue):
    kinds = _kinds(sample_issue, ["县长　王建国", "（2026年11月25日）", "同志们：今天召开这次会议。"])
    assert kinds == [BlockKind.ARTICLE_BYLINE, BlockKind.ARTICLE_BYLINE, BlockKind.ARTICLE_PARAGRAPH]


def test_a_unit_named_alone_under_the_title_is_its_byline(sample_issue):
    kinds = _kinds(sample_issue, ["区实验小学", "今年以来，我校聚焦课后服务。"])
    assert kinds == [BlockKind.ARTICLE_BYLINE, BlockKind.ARTICLE_PARAGRAPH]


def test_a_short_first_heading_stays_a_paragraph(sample_issue):
    kinds = _kinds(sample_issue, ["基本情况", "今年以来，我校聚焦课后服务。"])
    assert kinds == [BlockKind.ARTICLE_PARAGRAPH, BlockKind.ARTICLE_PARAGRAPH]
    # and a unit's name later in the article is no byline
    kinds = _kinds(sample_issue, ["今年以来，我校聚焦课后服务。", "区实验小学"])
    assert kinds == [BlockKind.ARTICLE_PARAGRAPH, BlockKind.ARTICLE_PARAGRAPH]
