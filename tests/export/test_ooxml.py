"""The XML helpers python-docx lacks, on bare lxml elements and on python-docx objects."""
import docx
from lxml import etree

from bulletin_desktop.export.docx import ooxml
from bulletin_desktop.export.docx.ooxml import element, qn, sub
from bulletin_desktop.export.layout_options import mm_to_twips

from docx_readback import NS, attr


def names(parent):
    return [etree.QName(c).localname for c in parent]


def test_units():
    assert mm_to_twips(210) == 11906 and mm_to_twips(297) == 16838
    assert ooxml.pt_to_twips(28.95) == 579
    assert ooxml.pt_to_half_points(16) == 32 and ooxml.pt_to_half_points(42) == 84
    assert ooxml.pt_to_border_eighths(2.25) == 18
    assert ooxml.mm_to_border_eighths(0.35) == 8 and ooxml.mm_to_border_eighths(0.25) == 6
    assert ooxml.pt_to_border_eighths(100) == 96 and ooxml.pt_to_border_eighths(0) == 2  # Word's limits


def test_insert_ordered_follows_the_schema_and_replaces():
    ppr = element("w:pPr")
    ooxml.insert_ordered(ppr, element("w:jc", val="both"))
    ooxml.insert_ordered(ppr, element("w:pStyle", val="X"))
    ooxml.insert_ordered(ppr, element("w:spacing", line=579))
    ooxml.insert_ordered(ppr, element("w:pBdr"))
    ooxml.insert_ordered(ppr, element("w:jc", val="center"))
    assert names(ppr) == ["pStyle", "pBdr", "spacing", "jc"]
    assert attr(ppr.find("w:jc", NS), "val") == "center"
    assert ooxml.is_in_schema_order(ppr)
    ppr.append(element("w:pStyle"))
    assert not ooxml.is_in_schema_order(ppr)


def test_fonts_fill_every_slot_and_the_east_asian_hint():
    rpr = element("w:rPr")
    sub(rpr, "w:b")
    sub(rpr, "w:sz", val=32)
    ooxml.set_fonts(rpr, "仿宋_GB2312", "Times New Roman")
    fonts = rpr.find("w:rFonts", NS)
    assert names(rpr) == ["rFonts", "b", "sz"]
    assert (attr(fonts, "eastAsia"), attr(fonts, "ascii"), attr(fonts, "hAnsi")) == (
        "仿宋_GB2312", "Times New Roman", "Times New Roman")
    assert attr(fonts, "hint") == "eastAsia"
    ooxml.set_fonts(rpr, "宋体")
    assert len(rpr.findall("w:rFonts", NS)) == 1
    assert attr(rpr.find("w:rFonts", NS), "ascii") == "宋体"


def test_helpers_work_on_python_docx_objects(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("黑体标题")
    run.bold = True
    ooxml.set_fonts(run._r.get_or_add_rPr(), "黑体", "Times New Roman")
    ppr = paragraph._p.get_or_add_pPr()
    ooxml.set_border(ppr, "bottom", width_pt=2.25, color="FF0000", space_pt=11)
    ooxml.set_tab(ppr, 8845, "right")
    ooxml.add_page_field(document.add_paragraph()._p)
    document.save(tmp_path / "x.docx")
    reread = docx.Document(tmp_path / "x.docx")
    p = reread.paragraphs[0]
    assert p.runs[0].bold and p.runs[0].font.name == "Times New Roman"
    assert attr(p._p.find("w:r/w:rPr/w:rFonts", NS), "eastAsia") == "黑体"
    assert p.paragraph_format.tab_stops[0].position == 8845 * 635  # EMU per twip
    assert ooxml.is_in_schema_order(p._p.pPr)
    assert "PAGE" in reread.paragraphs[1]._p.xpath("string(.//w:instrText)")


def test_text_keeps_tabs_and_breaks_and_drops_what_xml_cannot_carry():
    run = element("w:r")
    ooxml.add_text(run, " 前\t后\r\n下一行\x00\x07\x1f\ufffe尾 ")
    assert names(run) == ["t", "tab", "t", "br", "t"]
    texts = [t.text for t in run.findall("w:t", NS)]
    assert texts == [" 前", "后", "下一行尾 "]
    assert run[0].get(ooxml.XML_SPACE) == "preserve" and run[2].get(ooxml.XML_SPACE) is None
    etree.fromstring(etree.tostring(run))  # serialises to well-formed XML
    assert ooxml.xml_safe("a\x0bb\ud800c\td") == "abc\td"


def test_add_run_sets_fonts_bold_size_colour_and_style_in_order():
    p = element("w:p")
    r = ooxml.add_run(p, "漯河", east_asia="方正小标宋简体", latin="Times New Roman", bold=True, size_pt=42,
                      color="FF0000", style="RunInHeading")
    rpr = r.find("w:rPr", NS)
    assert names(rpr) == ["rStyle", "rFonts", "b", "bCs", "color", "sz", "szCs"]
    assert attr(rpr.find("w:sz", NS), "val") == "84"
    assert ooxml.is_in_schema_order(rpr)


def test_page_field_is_a_complex_field_with_the_given_run_properties():
    p = element("w:p")
    ooxml.add_page_field(p, ooxml.run_properties("宋体", "宋体", size_pt=14), cached="3")
    kinds = [attr(r.find("w:fldChar", NS), "fldCharType") for r in p.findall("w:r", NS)]
    assert kinds == ["begin", None, "separate", None, "end"]
    assert p.findall("w:r", NS)[1].find("w:instrText", NS).text.strip() == "PAGE"
    assert p.findall("w:r", NS)[3].find("w:t", NS).text == "3"
    assert all(attr(r.find("w:rPr/w:rFonts", NS), "eastAsia") == "宋体" for r in p.findall("w:r", NS))


def test_borders_and_their_limits():
    ppr = element("w:pPr")
    ooxml.set_border(ppr, "bottom", width_pt=2.25, color="FF0000", space_pt=40)
    ooxml.set_border(ppr, "top", width_pt=1)
    bdr = ppr.find("w:pBdr", NS)
    assert names(bdr) == ["top", "bottom"]
    bottom = bdr.find("w:bottom", NS)
    assert (attr(bottom, "sz"), attr(bottom, "space"), attr(bottom, "color"), attr(bottom, "val")) == (
        "18", "31", "FF0000", "single")


def test_tabs_stay_sorted():
    ppr = element("w:pPr")
    ooxml.set_tab(ppr, 8000)
    ooxml.set_tab(ppr, 420, "left")
    assert [attr(t, "pos") for t in ppr.find("w:tabs", NS)] == ["420", "8000"]


def test_indent_writes_character_units_and_the_twips_fallback():
    ppr = element("w:pPr")
    ooxml.set_indent(ppr, first_line_chars=200, first_line=630)
    ind = ppr.find("w:ind", NS)
    assert (attr(ind, "firstLineChars"), attr(ind, "firstLine"), attr(ind, "left")) == ("200", "630", None)


def test_section_with_grid_and_odd_even_footers():
    sectpr = ooxml.section_properties(page_w=11906, page_h=16838, top=2098, right=1474, bottom=1984, left=1587,
                                      header=850, footer=1307, line_pitch=579,
                                      footers=(("default", "rId4"), ("even", "rId5")))
    assert names(sectpr) == ["footerReference", "footerReference", "pgSz", "pgMar", "cols", "docGrid"]
    grid = sectpr.find("w:docGrid", NS)
    assert (attr(grid, "type"), attr(grid, "linePitch"), attr(grid, "charSpace")) == ("lines", "579", None)
    ooxml.set_footer_reference(sectpr, "even", "rId9")
    refs = {attr(r, "type"): r.get(qn("r:id")) for r in sectpr.findall("w:footerReference", NS)}
    assert refs == {"default": "rId4", "even": "rId9"}
    assert ooxml.is_in_schema_order(sectpr)


def test_even_and_odd_footers_setting():
    settings = element("w:settings")
    ooxml.insert_ordered(settings, element("w:zoom", percent=100))
    ooxml.insert_ordered(settings, element("w:compat"))
    ooxml.enable_even_and_odd_footers(settings)
    ooxml.enable_even_and_odd_footers(settings)
    assert names(settings) == ["zoom", "evenAndOddHeaders", "compat"]
    ooxml.enable_even_and_odd_footers(settings, False)
    assert settings.find("w:evenAndOddHeaders", NS) is None


def test_floating_table_with_cell_borders():
    body = element("w:body")
    tbl = ooxml.add_table(body, [8845], cell_margin=0)
    ooxml.float_table(tbl, x_twips=1587)
    tc = ooxml.add_row_cell(tbl, 8845)
    ooxml.set_cell_border(tc, "bottom", width_pt=1)
    ooxml.set_cell_border(tc, "top", width_pt=0.75)
    tblpr = tbl.find("w:tblPr", NS)
    assert names(tblpr) == ["tblpPr", "tblOverlap", "tblW", "tblLayout", "tblCellMar"]
    pos = tblpr.find("w:tblpPr", NS)
    assert (attr(pos, "vertAnchor"), attr(pos, "tblpYSpec"), attr(pos, "horzAnchor"), attr(pos, "tblpX")) == (
        "margin", "bottom", "page", "1587")
    borders = tc.find("w:tcPr/w:tcBorders", NS)
    assert names(borders) == ["top", "bottom"]
    assert names(tc.find("w:tcPr", NS)) == ["tcW", "tcBorders"]
