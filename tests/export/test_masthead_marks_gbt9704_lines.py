"""GB/T 9704 sets the copy number (份号), the secrecy level with its period (密级和保密期限) and
the urgency (紧急程度) top left, each on a line of its own in that order; the archive keeps
them as one line of marks. The preview, Word and the Qt PDF print the same lines; marks of
no such kind (内部资料 注意保存) stay side by side, and what the clerk wrote is never changed."""
from __future__ import annotations

import dataclasses

import pytest

from bulletin_desktop.core.marks import marking_lines
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.docx import styles as word_styles
from bulletin_desktop.export.docx.writer import docx_bytes

from docx_readback import NS, part, style_id, text_of


@pytest.mark.parametrize(("marking", "lines"), [
    ("000123 秘密★1年 特急", ["000123", "秘密★1年", "特急"]),
    ("机密★10年　加急", ["机密★10年", "加急"]),
    ("秘密 ★1年", ["秘密 ★1年"]),  # the period written apart stays with its level
    ("内部资料 注意保存", ["内部资料 注意保存"]),
    ("内部资料　注意保存　（特急）", ["内部资料　注意保存", "（特急）"]),
    ("000123 内部资料 注意保存", ["000123", "内部资料 注意保存"]),
    ("紧急救援", ["紧急救援"]),  # a word opening with 紧急 is no urgency
    ("", []),
    ("   ", []),
])
def test_marks_are_set_in_their_lines(marking, lines):
    assert marking_lines(marking) == lines


def test_each_line_is_a_block_of_its_own_above_the_name(sample_issue):
    blocks = layout_issue(dataclasses.replace(sample_issue, marking="000123 秘密★1年 特急"))
    assert [b.kind for b in blocks[:4]] == [BlockKind.MASTHEAD_MARKING] * 3 + [BlockKind.MASTHEAD]
    assert [b.text for b in blocks[:3]] == ["000123", "秘密★1年", "特急"]


def test_word_prints_the_same_lines_under_the_marking_style(sample_issue):
    document = part(docx_bytes(dataclasses.replace(sample_issue, marking="000123 秘密★1年 特急")), "word/document.xml")
    paragraphs = [p for p in document.iter("{%s}p" % NS["w"]) if text_of(p)]
    assert [text_of(p) for p in paragraphs[:3]] == ["000123", "秘密★1年", "特急"]
    assert {style_id(p) for p in paragraphs[:3]} == {word_styles.MASTHEAD_MARKING}
    assert text_of(paragraphs[3]) == sample_issue.series


def test_the_preview_sets_them_one_under_the_other(sample_issue, qapp):
    from bulletin_desktop.export.qt_render import render_issue

    renderer = render_issue(dataclasses.replace(sample_issue, marking="000123 秘密★1年 特急"))
    placements = [p for p in renderer.page(0).placements if p.row.text()]
    assert [p.row.text() for p in placements[:4]] == ["000123", "秘密★1年", "特急", sample_issue.series]
    assert placements[0].line < placements[1].line < placements[2].line < placements[3].line
    assert {p.row.shift for p in placements[:3]} == {0}
