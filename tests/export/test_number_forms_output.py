"""The 期号 line as the masthead writes it and the print note, in the blocks and in what
both renderers make of them: the .docx XML and the Qt render (its text and its PDF)."""
from __future__ import annotations

import shutil

import pytest

from bulletin_desktop.core.model import YearNumber
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.docx import styles as st
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import LayoutOptions

from docx_readback import NS, attr, body_paragraphs, part, text_lines, text_of


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


@pytest.fixture
def year_issue(sample_issue):
    sample_issue.number, sample_issue.year_number, sample_issue.print_copies = 60, YearNumber(6, 2026), 35
    return sample_issue


def _borders(row):
    return {b.tag.rpartition("}")[2]: attr(b, "sz") for b in row.iterfind("w:tc/w:tcPr/w:tcBorders/*", NS)}


@pytest.mark.parametrize("year_number, line", [
    (None, "第60期"), (YearNumber(6, 2026), "2026年第6期（总第60期）"), (YearNumber(6, None), "第6期（总第60期）"),
    (YearNumber(6, 2026, total=False), "2026年第6期"), (YearNumber(None), "总第60期"),
])
def test_the_issue_line_prints_the_number_as_the_masthead_has_it(sample_issue, year_number, line):
    sample_issue.number, sample_issue.year_number = 60, year_number
    [block] = [b for b in layout_issue(sample_issue) if b.kind is BlockKind.ISSUE_LINE]
    assert block.text == line
    document = part(docx_bytes(sample_issue), "word/document.xml")
    assert [text_of(p) for p in body_paragraphs(document, st.ISSUE_LINE)] == [line]


def test_the_print_note_closes_the_distribution_box_in_word(year_issue):
    distribution = [b for b in layout_issue(year_issue) if b.kind is BlockKind.DISTRIBUTION]
    assert distribution[0].note == "（共印35份）" and distribution[0].text.endswith("\n（共印35份）")
    table = part(docx_bytes(year_issue), "word/document.xml").find("w:body/w:tbl", NS)
    rows = table.findall("w:tr", NS)
    # sign-off, 送, 发, the note: the 发 line loses the outer rule to the note's inner one
    assert [_borders(r) for r in rows] == [{}, {"top": "8"}, {"top": "6"}, {"top": "6", "bottom": "8"}]
    note = rows[-1].find("w:tc/w:p", NS)
    assert text_of(note) == "（共印35份）"
    assert attr(note.find("w:pPr/w:jc", NS), "val") == "right"
    assert attr(note.find("w:pPr/w:pStyle", NS), "val") == st.DISTRIBUTION  # the closing font size
    assert attr(note.find("w:pPr/w:ind", NS), "right") == "280"  # one character in, as the lines above


def test_a_print_note_without_distribution_is_a_box_of_its_own(year_issue):
    year_issue.distribution = []
    table = part(docx_bytes(year_issue), "word/document.xml").find("w:body/w:tbl", NS)
    rows = table.findall("w:tr", NS)
    assert [text_of(r.find("w:tc/w:p", NS)) for r in rows][-1] == "（共印35份）"
    assert _borders(rows[-1]) == {"top": "8", "bottom": "8"}


def test_no_print_note_leaves_the_closing_block_as_it_was(sample_issue):
    assert all(not b.note for b in layout_issue(sample_issue))
    table = part(docx_bytes(sample_issue), "word/document.xml").find("w:body/w:tbl", NS)
    assert "共印" not in "".join(t.text or "" for t in table.iter(f"{{{NS['w']}}}t"))


def test_the_qt_render_prints_both(year_issue):
    from bulletin_desktop.export.qt_render import render_issue

    renderer = render_issue(year_issue)
    first = renderer.page_text(0).split("\n")
    assert first[:2] == ["漯河安全生产简报", "2026年第6期（总第60期）"]
    last = renderer.page_text(renderer.page_count() - 1).split("\n")
    assert last[-2] == "（共印35份）"  # the last line, then the page number
    assert last[-3].endswith("市安全生产委员会有关成员单位。")  # after the last distribution line


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext reads the PDF back")
def test_the_qt_pdf_sets_the_note_flush_right_in_the_closing_inset(year_issue, tmp_path):
    from bulletin_desktop.export.qt_render import render_issue, write_pdf_qt

    path = tmp_path / "第60期.pdf"
    write_pdf_qt(year_issue, path)
    pages = render_issue(year_issue).page_count()
    [note] = [line for line in text_lines(path, pages) if "共印" in line[4]]
    assert note[4] == "（共印35份）"
    options = LayoutOptions()
    right_edge = (210 - options.margin_right_mm) * 72 / 25.4 - options.closing_indent_chars * options.closing_size_pt
    assert abs(note[2] - right_edge) < 3  # flush right, one closing character in from the edge
    assert "2026年第6期（总第60期）" in [line[4] for line in text_lines(path, 1)]
