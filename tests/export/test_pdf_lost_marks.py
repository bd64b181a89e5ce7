"""A pause mark LibreOffice leaves out of its PDF is caught by reading the PDF back, and the
clerk's PDF is then set by the preview's typesetting, with every character."""
from __future__ import annotations

import dataclasses
import logging
import zlib
from collections import Counter
from pathlib import Path

import pytest

from bulletin_desktop.core.richtext import Run
from bulletin_desktop.export import pdf
from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.pdf_drawn_text import PAUSE_MARKS, docx_text, drawn_text, lost_marks

from docx_readback import have_libreoffice, pdftotext

# a full first line whose comma must hang past the margin: LibreOffice 7.4 prints no comma there
HANGING_COMMA = "检查12处安全生产检查督导隐患排查应急演练工作6.35交，后面还有一些文字用来把这一段写得更长一些，看看下一行。"


def _pdf(objects: dict[int, bytes]) -> bytes:
    return b"%PDF-1.4\n" + b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, body) for n, body in objects.items()) + b"%%EOF\n"


def _stream(data: bytes, compress: bool = True) -> bytes:
    packed = zlib.compress(data) if compress else data
    head = b"<</Length %d/Filter/FlateDecode>>" % len(packed) if compress else b"<</Length %d>>" % len(packed)
    return head + b"\nstream\n" + packed + b"\nendstream"


CMAP_ONE_BYTE = b"""/CIDInit/ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
3 beginbfchar <01> <68C0> <02> <67E5> <03> <FF0C> endbfchar
1 beginbfrange <10> <12> <0041> endbfrange
1 beginbfrange <20> <21> [<3002> <3001>] endbfrange
endcmap"""
CMAP_TWO_BYTES = b"""begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0101> <5B89> <0102> <5168> endbfchar endcmap"""


def _made_pdf(content: bytes, compress: bool = True, cmap: bytes = CMAP_ONE_BYTE) -> bytes:
    return _pdf({
        1: b"<</Type/Catalog/Pages 2 0 R>>",
        2: b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        3: b"<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 5 0 R/F2 7 0 R>>/XObject<</X1 9 0 R>>>>/Contents 4 0 R>>",
        4: _stream(content, compress),
        5: b"<</Type/Font/Subtype/Type1/BaseFont/A/ToUnicode 6 0 R>>",
        6: _stream(cmap),
        7: b"<</Type/Font/Subtype/Type0/BaseFont/B/ToUnicode 8 0 R>>",
        8: _stream(CMAP_TWO_BYTES, compress=False),
        9: _stream(b"BT /F1 12 Tf <20>Tj ET", compress=False).replace(b"<</Length", b"<</Type/XObject/Subtype/Form/Length"),
    })


def test_reads_what_the_operators_show_through_each_fonts_map():
    content = (b"BT /F1 16 Tf [<01>6<02>-5<03>]TJ 0 -20 Td (\\001\\002) Tj <101112> ' "
               b"/F2 16 Tf [<0101> 120 <0102>] TJ ET /X1 Do BT /F1 9 Tf 1 2 (\\(\\)) \" ET")
    assert drawn_text(_made_pdf(content)) == "检查，检查ABC安全。"


def test_uncompressed_content_and_odd_hex_digits():
    assert drawn_text(_made_pdf(b"BT /F1 10 Tf <2>Tj <21 >Tj ET", compress=False)) == "。、"


@pytest.mark.parametrize("bad", [
    b"not a pdf at all",
    b"%PDF-1.4 stand-in",
    _made_pdf(b"BT /F9 16 Tf <01>Tj ET"),  # a font the page does not have
    _made_pdf(b"BT <01>Tj ET"),  # text with no font chosen
    _made_pdf(b"BT /F1 16 Tf <01>Tj ET").replace(b"/Type/Catalog", b"/Type/Catalog/Encrypt 10 0 R"),
    _made_pdf(b"BT /F1 16 Tf <01>Tj ET").replace(b"/Filter/FlateDecode", b"/Filter/LZWDecode", 1),
])
def test_a_pdf_it_cannot_read_claims_nothing(bad, sample_issue):
    assert drawn_text(bad) is None
    assert lost_marks(docx_bytes(sample_issue), bad) == Counter()


def test_counts_the_marks_the_pdf_lacks(sample_issue):
    docx = docx_bytes(sample_issue)
    held = Counter(c for c in docx_text(docx) if c in PAUSE_MARKS)
    assert held["，"] > 10 and held["。"] > 5  # the sample's body is read, not its masthead alone
    shown = "".join(c * n for c, n in held.items())
    comma_short = shown.replace("，", "", 2)
    codes = {mark: 0x30 + i for i, mark in enumerate(PAUSE_MARKS)}
    cmap = (b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange %d beginbfchar " % len(codes)
            + b" ".join(b"<%02X> <%04X>" % (code, ord(mark)) for mark, code in codes.items()) + b" endbfchar endcmap")
    made = _made_pdf(b"BT /F1 16 Tf <" + "".join(f"{codes[c]:02X}" for c in comma_short).encode() + b">Tj ET",
                     cmap=cmap)
    assert lost_marks(docx, made) == Counter({"，": 2})


def _qt_pdf(issue, path: Path) -> bytes:
    pdf.write_pdf(issue, path, engine="qt")
    return path.read_bytes()


def _without_a_comma(issue):
    """The issue as LibreOffice printed it: one comma of the first entry gone."""
    section = issue.sections[0]
    entry = section.entries[0]
    text = "".join(run.text for run in entry.body)
    short = dataclasses.replace(issue, sections=[dataclasses.replace(section, entries=[
        dataclasses.replace(entry, body=(Run(text=text.replace("，", "", 1)),)), *section.entries[1:]]),
        *issue.sections[1:]])
    assert "，" in text
    return short


@pytest.fixture
def libreoffice_prints(monkeypatch):
    """LibreOffice stood in for: its PDF is whatever the test sets."""
    made: dict[str, bytes] = {}
    monkeypatch.setattr(pdf, "libreoffice_path", lambda: Path("/stand-in/soffice"))
    monkeypatch.setattr(pdf, "convert_docx_to_pdf", lambda docx, soffice, **_: made["pdf"])
    return made


def test_a_lost_mark_gets_the_pdf_set_by_the_preview(sample_issue, tmp_path, libreoffice_prints, caplog):
    libreoffice_prints["pdf"] = _qt_pdf(_without_a_comma(sample_issue), tmp_path / "lo.pdf")
    target = tmp_path / "简报.pdf"
    with caplog.at_level(logging.WARNING):
        pdf.write_pdf(sample_issue, target)
    written = target.read_bytes()
    assert written != libreoffice_prints["pdf"]
    assert lost_marks(docx_bytes(sample_issue), written) == Counter()
    [said] = [r.clerk for r in caplog.records if hasattr(r, "clerk")]
    assert "漏印了 1 个标点（，）" in said and "本程序的排版" in said


def test_nothing_lost_keeps_libreoffices_pdf(sample_issue, tmp_path, libreoffice_prints, caplog):
    libreoffice_prints["pdf"] = _qt_pdf(sample_issue, tmp_path / "lo.pdf")
    target = tmp_path / "简报.pdf"
    with caplog.at_level(logging.WARNING):
        pdf.write_pdf(sample_issue, target)
    assert target.read_bytes() == libreoffice_prints["pdf"]
    assert not [r for r in caplog.records if hasattr(r, "clerk")]


def test_libreoffice_asked_for_by_name_is_written_and_the_loss_said(sample_issue, tmp_path, libreoffice_prints,
                                                                    caplog):
    libreoffice_prints["pdf"] = _qt_pdf(_without_a_comma(sample_issue), tmp_path / "lo.pdf")
    target = tmp_path / "简报.pdf"
    with caplog.at_level(logging.WARNING):
        pdf.write_pdf(sample_issue, target, engine="libreoffice")
    assert target.read_bytes() == libreoffice_prints["pdf"]
    [said] = [r.clerk for r in caplog.records if hasattr(r, "clerk")]
    assert "漏印了 1 个标点（，）" in said and "--engine qt" in said


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_the_clerks_pdf_keeps_a_comma_that_hangs(sample_issue, tmp_path, monkeypatch):
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    section = sample_issue.sections[0]
    section.entries[0] = dataclasses.replace(section.entries[0], date="", unit="", body=(Run(text=HANGING_COMMA),))
    target = tmp_path / "简报.pdf"
    pdf.write_pdf(sample_issue, target, LayoutOptions())
    printed = "".join(pdftotext(target).split())
    assert "6.35交，后面" in printed
    held = Counter(c for c in docx_text(docx_bytes(sample_issue)) if c in PAUSE_MARKS)
    assert Counter(c for c in printed if c in PAUSE_MARKS) == held
