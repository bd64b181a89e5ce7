"""The one style table both outputs read: every block kind has a style, a kind without
one fails in both writers, and the options reach the Word styles and the Qt rows alike."""
from __future__ import annotations

import pytest

from bulletin_desktop.export.block_styles import Align, MissingBlockStyle, block_styles, body_glyph_scale
from bulletin_desktop.export.blocks import Block, BlockKind, Span, layout_issue
from bulletin_desktop.export.docx import styles as word_styles
from bulletin_desktop.export.docx.writer import document_xml, docx_bytes
from bulletin_desktop.export.layout_options import LayoutOptions

from docx_readback import NS, attr, body_paragraphs, part, style_id


@pytest.mark.parametrize("kind", list(BlockKind))
def test_every_block_kind_has_a_style_in_the_table_and_in_word(kind):
    table = block_styles(LayoutOptions())
    assert table[kind].size_pt > 0 and table[kind].grid_lines >= 1
    assert word_styles.style_of(kind)


def test_a_kind_without_a_style_fails_loudly_in_both_outputs(sample_issue, qapp):
    from bulletin_desktop.export.qt_render import IssueRenderer

    stranger = Block("footnote", (Span("脚注"),))  # a kind blocks.py might add one day
    with pytest.raises(MissingBlockStyle):
        block_styles(LayoutOptions()).for_block(stranger)
    with pytest.raises(MissingBlockStyle):
        word_styles.style_of(stranger.kind)
    blocks = layout_issue(sample_issue)
    blocks.insert(5, stranger)
    with pytest.raises(MissingBlockStyle):
        IssueRenderer().update(blocks)

    import bulletin_desktop.export.docx.writer as writer

    original = writer.layout_issue
    try:
        writer.layout_issue = lambda issue, options=None: blocks
        with pytest.raises(MissingBlockStyle):
            document_xml(sample_issue)
    finally:
        writer.layout_issue = original


def test_grid_pitch_follows_lines_per_page():
    assert LayoutOptions().line_pitch_pt == 28.95  # 22 lines fill 225 mm (12,756 twips)
    assert LayoutOptions(lines_per_page=30).line_pitch_pt == 21.25
    assert LayoutOptions(lines_per_page=30).line_pitch_pt * 30 <= 225 * 72 / 25.4


def test_body_glyph_scale_fits_chars_per_line():
    assert body_glyph_scale(LayoutOptions()) == 98
    assert body_glyph_scale(LayoutOptions(chars_per_line=26)) == 106
    table = block_styles(LayoutOptions())
    assert table[BlockKind.ENTRY].glyph_scale == 98 and table[BlockKind.ARTICLE_TITLE].glyph_scale == 100
    assert table[BlockKind.ENTRY].align is Align.JUSTIFY and table[BlockKind.ENTRY].first_line_indent_pt == 2 * 16 * 0.98


def test_masthead_takes_whole_grid_lines_by_its_size():
    table = block_styles(LayoutOptions())
    short = table.for_block(Block(BlockKind.MASTHEAD, (Span("漯河安全生产简报"),)))
    assert (short.size_pt, short.grid_lines) == (42, 3)  # 42 × 1.45 = 60.9 pt: three lines of 28.95
    long = table.for_block(Block(BlockKind.MASTHEAD, (Span("漯河市安全生产委员会办公室简报"),)))
    assert (long.size_pt, long.grid_lines) == (26, 2)
    assert table[BlockKind.ARTICLE_TITLE].grid_lines == 2 and table[BlockKind.ENTRY].grid_lines == 1
    small = block_styles(LayoutOptions(masthead_size_pt=18, masthead_fallback_sizes_pt=()))
    assert small.for_block(Block(BlockKind.MASTHEAD, (Span("简报"),))).grid_lines == 1


def _paragraph_style(data: bytes, style: str):
    return part(data, "word/styles.xml").find(f"w:style[@w:styleId='{style}']", NS)


def test_word_styles_come_from_the_table(sample_issue):
    options = LayoutOptions(closing_indent_chars=2, article_title_size_pt=26, lines_per_page=20)
    data = docx_bytes(sample_issue, options)
    table = block_styles(options)
    signoff = _paragraph_style(data, word_styles.SIGNOFF)
    assert attr(signoff.find("w:pPr/w:ind", NS), "left") == str(round(table[BlockKind.SIGNOFF].side_indent_pt * 20))
    title = _paragraph_style(data, word_styles.ARTICLE_TITLE)
    pitch = round(options.line_pitch_pt * 20)
    assert attr(title.find("w:pPr/w:spacing", NS), "line") == str(2 * pitch)  # 26 pt × 1.45 takes two lines of 31.85
    assert attr(title.find("w:rPr/w:sz", NS), "val") == "52"
    document = part(data, "word/document.xml")
    assert attr(document.find("w:body/w:sectPr/w:docGrid", NS), "linePitch") == str(pitch)
    closing = [p for p in document.iter("{%s}p" % NS["w"]) if style_id(p) == word_styles.SIGNOFF]
    assert attr(closing[0].find("w:pPr/w:ind", NS), "left") == "560" and body_paragraphs(document)


def test_qt_rows_come_from_the_table(sample_issue, qapp):
    from bulletin_desktop.export.qt_render import render_issue

    standard = render_issue(sample_issue)
    wide = render_issue(sample_issue, LayoutOptions(closing_indent_chars=3))

    def signoff_shift(renderer):
        for page in range(renderer.page_count()):
            for placement in renderer.page(page).placements:
                text = placement.row.text()
                if text and text.startswith("编辑："):
                    return placement.row.shift
        raise AssertionError("no sign-off line")

    assert signoff_shift(standard) == pytest.approx(14)
    assert signoff_shift(wide) == pytest.approx(42)
