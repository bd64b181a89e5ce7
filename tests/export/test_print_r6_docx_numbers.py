"""The numbers of round 6's .docx files (print_r6_issues) against the layout reference: A4,
margins 37/35/28/26 mm, a grid of 579 twips, every run with Chinese text in a named
East-Asian face, red FF0000 for the masthead and its rule of 2.25 pt across the type area,
the masthead's size by the length of the name, — N — odd pages right and even pages left,
and the closing block's lines told not to hang punctuation (as the preview sets them)."""
from __future__ import annotations

import re

import pytest

from bulletin_desktop.export.docx.writer import docx_bytes
from bulletin_desktop.export.layout_options import LayoutOptions, mm_to_twips

from docx_readback import NS, attr, body_paragraphs, part, runs_with_text, style_id, w
from print_r6_issues import VARIED

HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def files() -> dict[str, tuple[bytes, LayoutOptions]]:
    return {name: (docx_bytes(make(), options), options) for name, (make, options) in VARIED.items()}


@pytest.mark.parametrize("name", list(VARIED))
def test_page_grid_faces_and_red(files, name):
    data, options = files[name]
    document, styles = part(data, "word/document.xml"), part(data, "word/styles.xml")
    section = document.find("w:body/w:sectPr", NS)
    margins = section.find("w:pgMar", NS)
    mm = (options.margin_top_mm, options.margin_bottom_mm, options.margin_left_mm, options.margin_right_mm)
    assert [int(attr(margins, side)) for side in ("top", "bottom", "left", "right")] == [mm_to_twips(m) for m in mm]
    if options == LayoutOptions():
        assert [int(attr(margins, side)) for side in ("top", "bottom", "left", "right")] == [2098, 1984, 1587, 1474]
    size = section.find("w:pgSz", NS)
    assert (attr(size, "w"), attr(size, "h")) == (str(mm_to_twips(210)), str(mm_to_twips(297)))
    pitch = attr(section.find("w:docGrid", NS), "linePitch")
    assert pitch == str(round(options.line_pitch_pt * 20)) and (pitch == "579") == (options.lines_per_page == 22)

    style_faces = {attr(s, "styleId"): attr(s.find("w:rPr/w:rFonts", NS), "eastAsia")
                   for s in styles.findall("w:style", NS)}
    for p in body_paragraphs(document) + [p for tbl in document.iter(w("tbl")) for p in tbl.iter(w("p"))]:
        for run in runs_with_text(p):
            text = "".join(t.text or "" for t in run.iter(w("t")))
            if HAN.search(text):
                face = attr(run.find("w:rPr/w:rFonts", NS), "eastAsia") or style_faces.get(style_id(p))
                assert face in (options.body_font, options.title_font, options.heading_font, options.kai_font), text

    colours = {attr(c, "val") for root in (document, styles) for c in root.iter(w("color"))} - {"auto", "000000"}
    assert colours == {"FF0000"}
    red_rules = [b for root in (document, styles) for b in root.iter(w("bottom")) if attr(b, "color") == "FF0000"]
    assert red_rules and {attr(b, "sz") for b in red_rules} == {str(round(options.red_rule_pt * 8))}  # eighths
    if options.red_rule_pt == 2.25:
        assert {attr(b, "sz") for b in red_rules} == {"18"}


@pytest.mark.parametrize("name, size", [("masthead_36", 36), ("masthead_26", 26), ("masthead_too_long", 26),
                                        ("secret_urgent", 42), ("twelve_pages", 36),
                                        ("rule_3pt_masthead_36", 36)])
def test_the_masthead_takes_the_largest_size_its_name_fits(files, name, size):
    document = part(files[name][0], "word/document.xml")
    masthead = body_paragraphs(document, "Masthead")
    assert len(masthead) == 1
    assert {attr(r.find("w:rPr/w:sz", NS), "val") for r in runs_with_text(masthead[0])} == {str(2 * size)}


@pytest.mark.parametrize("name", ["long_closing", "plain_centred", "lines_23"])
def test_page_numbers_and_closing_lines(files, name):
    data, options = files[name]
    sides = {"word/footer1.xml": "right", "word/footer2.xml": "left"}
    for footer, side in sides.items():
        root = part(data, footer)
        text = "".join(t.text or "" for t in root.iter(w("t"), w("instrText")))
        assert text.replace(" ", "").startswith("—") and "PAGE" in text and text.rstrip().endswith("—")
        assert attr(root.find(".//w:jc", NS), "val") == ("center" if options.page_number_position == "center"
                                                          else side)
    assert part(data, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    styles = part(data, "word/styles.xml")
    for style in ("Signoff", "Distribution"):
        found = styles.find(f"w:style[@w:styleId='{style}']/w:pPr/w:overflowPunct", NS)
        assert attr(found, "val") == "0", style
    body = styles.find("w:style[@w:styleId='BulletinBody']/w:pPr/w:overflowPunct", NS)
    assert body is None  # body text hangs its pause marks, as Word does by default


@pytest.mark.parametrize("style, face, size", [
    ("BulletinBody", "仿宋_GB2312", 16), ("SectionHeading", "黑体", 16), ("IssueLine", "仿宋_GB2312", 16),
    ("OfficeDate", "仿宋_GB2312", 16), ("ArticleTitle", "方正小标宋简体", 22), ("ArticleByline", "楷体_GB2312", 16),
    ("MastheadMarking", "黑体", 16), ("Signoff", "仿宋_GB2312", 14), ("Distribution", "仿宋_GB2312", 14),
    ("PageNumber", "宋体", 14),
])
def test_styles_name_the_reference_faces_and_sizes(files, style, face, size):
    """3号 仿宋 body, 黑体 headings and marks, 2号 小标宋 titles, 4号 仿宋 closing lines and 4号 宋体
    page numbers, each face in the East-Asian slot."""
    styles = part(files["two_pages"][0], "word/styles.xml")
    found = styles.find(f"w:style[@w:styleId='{style}']/w:rPr", NS)
    assert attr(found.find("w:rFonts", NS), "eastAsia") == face
    assert attr(found.find("w:sz", NS), "val") == str(2 * size)
