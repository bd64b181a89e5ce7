"""The marks above the masthead's name print at the top left of the type area in 黑体 3号
(GB/T 9704's place for 密级 and the like), above the name: in Word under their own style
(报头标记), in the preview and the Qt PDF alike; an issue without marks prints as before."""
from __future__ import annotations

import dataclasses

from bulletin_desktop.export.block_styles import Align, block_styles
from bulletin_desktop.export.blocks import BlockKind, FontRole, layout_issue
from bulletin_desktop.export.docx import styles as word_styles
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import LayoutOptions

from docx_readback import NS, part, style_id, text_of

MARKING = "内部资料 注意保存"


def test_the_marking_is_the_first_block_in_hei(sample_issue):
    blocks = layout_issue(dataclasses.replace(sample_issue, marking=MARKING))
    assert [b.kind for b in blocks[:2]] == [BlockKind.MASTHEAD_MARKING, BlockKind.MASTHEAD]
    assert blocks[0].text == MARKING and blocks[0].spans[0].role is FontRole.HEADING
    style = block_styles(LayoutOptions())[BlockKind.MASTHEAD_MARKING]
    assert style.align is Align.LEFT and style.role is FontRole.HEADING and style.first_line_chars == 0
    assert layout_issue(sample_issue)[0].kind is BlockKind.MASTHEAD


def test_word_puts_it_first_under_its_own_style(sample_issue):
    document = part(docx_bytes(dataclasses.replace(sample_issue, marking=MARKING)), "word/document.xml")
    paragraphs = [p for p in document.iter("{%s}p" % NS["w"]) if text_of(p)]
    assert (text_of(paragraphs[0]), style_id(paragraphs[0])) == (MARKING, word_styles.MASTHEAD_MARKING)
    assert style_id(paragraphs[1]) == word_styles.MASTHEAD
    assert word_styles.STYLE_NAMES[word_styles.MASTHEAD_MARKING] == "报头标记"


def test_the_preview_prints_it_above_the_name_at_the_left(sample_issue, qapp):
    from bulletin_desktop.export.qt_render import render_issue

    renderer = render_issue(dataclasses.replace(sample_issue, marking=MARKING))
    placements = [p for p in renderer.page(0).placements if p.row.text()]
    assert placements[0].row.text() == MARKING and placements[1].row.text() == sample_issue.series
    assert placements[0].row.shift == 0 and placements[0].line < placements[1].line
