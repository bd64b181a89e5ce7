"""Two things of the Word file that LibreOffice printed otherwise than Word and the preview:

- a character shared between scripts (quotation marks, ·, ◆, ℃) after a digit or a
  Latin letter: LibreOffice ignores the eastAsia hint and took the Latin face (“50条” printed
  50” half-width); such characters now sit in runs naming the East-Asian face in every slot;
- a closing block that exactly fills the last page: LibreOffice adds the rules of the
  closing table to its rows' heights, and the anchor paragraph its hairline, so the block
  went onto a page of its own; the rows now give that height up.
"""
from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from bulletin_desktop.core.model import DistributionLine, Issue, Item, Section, Signoff
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.block_styles import block_styles
from bulletin_desktop.export.blocks import BlockKind
from bulletin_desktop.export.docx.geometry import geometry
from bulletin_desktop.export.docx.styles import CLOSING_ANCHOR_TWIPS
from bulletin_desktop.export.docx.template import footer_xml
from bulletin_desktop.export.docx.writer import document_xml
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.text_runs import latin_runs, shared_runs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OPTIONS = LayoutOptions()


def issue_of(*markups: str, signoff: Signoff | None = None, distribution=(), print_copies=None) -> Issue:
    return Issue("某市安全生产简报", 7, dt.date(2025, 6, 3), "某市安全生产委员会办公室",
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(m)) for m in markups])],
                 signoff=signoff or Signoff(), distribution=list(distribution), print_copies=print_copies)


def runs(issue: Issue) -> list[tuple[str, dict[str, str], bool]]:
    """(text, rFonts attributes, bold) of every run with text in the issue's entries."""
    root = etree.fromstring(document_xml(issue, OPTIONS))
    out = []
    entries = [p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "BulletinEntry"]
    for r in (r for p in entries for r in p.iter(f"{W}r")):
        text = "".join(t.text or "" for t in r.iter(f"{W}t"))
        if text:
            fonts = r.find(f"{W}rPr/{W}rFonts")
            out.append((text, {k.removeprefix(W): v for k, v in fonts.attrib.items()}, r.find(f"{W}rPr/{W}b") is not None))
    return out


@pytest.mark.parametrize("text, shared", [
    ("省“50条”和市“72条”", ["“", "”", "“", "”"]),
    ("召开“3·15”专题会议", ["“", "·", "”"]),
    ("温度-5℃～3℃，8:30—11:45", ["℃", "℃"]),
    ("5—10月，等等……——县应急局", []),  # one em in the Latin face too, as Word sets them
    ("①◆Ⅳ级α粒子", ["①◆Ⅳ", "α"]),
    ("Café和PM2.5，全角（）【】，。", []),
])
def test_which_characters_are_shared_between_scripts(text, shared):
    assert [text[a:b] for a, b in shared_runs(text)] == shared
    # none of them is set in the Latin face, in Word or in the preview
    assert not any(a < d and c < b for a, b in shared_runs(text) for c, d in latin_runs(text))


def test_a_quotation_mark_after_digits_names_the_east_asian_face_in_every_slot():
    found = runs(issue_of("6月2日，**舞阳县**对照省“50条”、市“72条”措施，检查“5G”基站“28个”，完成率“86.5%”。"))
    body_face, latin = OPTIONS.body_font, OPTIONS.latin_font
    for text, fonts, _ in found:
        if shared_runs(text):
            assert [text[a:b] for a, b in shared_runs(text)] == [text], text  # a run of its own
            assert fonts["ascii"] == fonts["hAnsi"] == fonts["eastAsia"] == body_face, text
        else:
            assert (fonts["ascii"], fonts["eastAsia"], fonts["hint"]) == (latin, body_face, "eastAsia"), text
    assert "".join(text for text, _, _ in found).endswith("检查“5G”基站“28个”，完成率“86.5%”。")
    assert [t for t, _, _ in found].count("”") == 5


def test_a_shared_character_keeps_its_runs_weight_and_face():
    found = runs(issue_of("**一是落实“15条”措施。**6月2日，县应急局召开会议。"))
    assert ("”", {"ascii": OPTIONS.body_font, "hAnsi": OPTIONS.body_font, "eastAsia": OPTIONS.body_font,
                  "cs": OPTIONS.body_font, "hint": "eastAsia"}, True) in found


def test_text_without_shared_characters_stays_one_run_and_page_numbers_are_untouched():
    found = runs(issue_of("6月2日，**县应急局**召开会议，部署3项重点工作。"))
    assert [t for t, _, _ in found if "召开" in t] == ["召开会议，部署3项重点工作。"]
    footer = etree.fromstring(footer_xml(OPTIONS, even=False))
    assert ["".join(t.text for t in r.iter(f"{W}t")) for r in footer.iter(f"{W}r") if r.find(f"{W}t") is not None] \
        == ["— ", "1", " —"]


def closing_rows(issue: Issue) -> list[tuple[int, float]]:
    """(exact line height in twips, width of the row's rules in points) of each closing row."""
    root = etree.fromstring(document_xml(issue))
    table = root.find(f"{W}body/{W}tbl")
    out = []
    for tc in table.iter(f"{W}tc"):
        spacing = tc.find(f"{W}p/{W}pPr/{W}spacing")
        assert spacing.get(f"{W}lineRule") == "exact"
        rules = [int(b.get(f"{W}sz")) / 8 for b in tc.findall(f"{W}tcPr/{W}tcBorders/*")]
        out.append((int(spacing.get(f"{W}line")), sum(rules)))
    return out


@pytest.mark.parametrize("signoff, distribution, copies", [
    (Signoff(["王五"], ["李四"], ["张三"]), [DistributionLine("送", "市委办公室。"), DistributionLine("发", "各县区。")], None),
    (Signoff(), [DistributionLine("发", "各县区。")], 40),
    (Signoff(["王五"]), [], None),
    (Signoff(["王五"]), [], 35),
])
def test_closing_rows_with_their_rules_and_the_anchor_take_no_more_than_their_grid_lines(signoff, distribution,
                                                                                             copies):
    rows = closing_rows(issue_of("6月2日，开会。", signoff=signoff, distribution=distribution, print_copies=copies))
    pitch = geometry(OPTIONS).line_pitch
    grid = block_styles(OPTIONS)[BlockKind.DISTRIBUTION].grid_lines
    assert len(rows) == (1 if signoff.line("") else 0) + len(distribution) + (1 if copies else 0)
    # each row as LibreOffice sets it (its line, its rules) within its grid lines; the first
    # row also leaves the anchor paragraph's hairline
    assert rows[0][0] + round(rows[0][1] * 20) + CLOSING_ANCHOR_TWIPS <= grid * pitch
    for line, rules in rows:
        assert line + round(rules * 20) <= grid * pitch
        assert line >= grid * pitch - 3 * 20 - CLOSING_ANCHOR_TWIPS  # no more than a few points closer
