"""GB/T 9704's 印发 line (…办公室　2022年11月21日印发) in the closing box: a distribution line
without a label, printed as written by Word, the preview and the text format alike, with no
colon of a label before it and no hanging indent after one."""
from __future__ import annotations

import dataclasses

from bulletin_desktop.core.model import DistributionLine
from bulletin_desktop.core.textformat import read_text, write_text
from bulletin_desktop.export.docx import styles as word_styles
from bulletin_desktop.export.docx.writer import docx_bytes

from docx_readback import NS, attr, part, style_id, text_of

ISSUED = "漯河市安全生产委员会办公室    2022年11月21日印发"


def _with_issued_line(issue):
    return dataclasses.replace(issue, distribution=[*issue.distribution, DistributionLine("", ISSUED)])


def test_word_prints_it_as_the_last_line_of_the_box_without_a_hanging_indent(sample_issue):
    document = part(docx_bytes(_with_issued_line(sample_issue)), "word/document.xml")
    boxed = [p for p in document.iter("{%s}p" % NS["w"]) if style_id(p) == word_styles.DISTRIBUTION]
    assert [text_of(p) for p in boxed][-1] == ISSUED
    assert [text_of(p)[:2] for p in boxed[:-1]] == ["送：", "发："]
    assert attr(boxed[-1].find("w:pPr/w:ind", NS), "hanging") is None
    assert attr(boxed[0].find("w:pPr/w:ind", NS), "hanging") is not None  # 送： keeps its own


def test_the_preview_prints_it_as_written(sample_issue, qapp):
    from bulletin_desktop.export.qt_render import render_issue

    renderer = render_issue(_with_issued_line(sample_issue))
    rows = [p.row.text() for page in range(renderer.page_count()) for p in renderer.page(page).placements]
    assert ISSUED in rows and not any(text and text.startswith("：") for text in rows)


def test_the_text_format_keeps_it(sample_issue):
    issue = _with_issued_line(sample_issue)
    text = write_text(issue)
    assert f"\n{ISSUED}\n" in f"\n{text}\n"
    assert read_text(text).distribution == issue.distribution
