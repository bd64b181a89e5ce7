"""The sample issue exported to .docx and read back with python-docx and lxml."""
import datetime as dt
import re

import docx
import pytest
from lxml import etree

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Section, Signoff, item
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.docx import ooxml
from bulletin_desktop.export.docx import styles as st
from bulletin_desktop.export.docx.writer import docx_bytes, write_docx
from bulletin_desktop.export.layout_options import LayoutOptions

from docx_readback import (
    NS, attr, body_paragraphs, east_asia, part, parts, runs_with_text, style_id, text_of, w,
)


@pytest.fixture
def data(sample_issue):
    return docx_bytes(sample_issue)


@pytest.fixture
def document(data):
    return part(data, "word/document.xml")


@pytest.fixture
def saved(sample_issue, tmp_path):
    path = tmp_path / "漯河052.docx"
    write_docx(sample_issue, path)
    return path


def test_page_size_and_margins(saved):
    section = docx.Document(str(saved)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [round(m.mm, 1) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                     section.right_margin)] == [37.0, 35.0, 28.0, 26.0]


def test_every_run_names_its_east_asian_and_latin_faces(data):
    for name in ("word/document.xml", "word/footer1.xml", "word/footer2.xml"):
        for run in runs_with_text(part(data, name)):
            fonts = run.find("w:rPr/w:rFonts", NS)
            assert fonts is not None, name
            ea, ascii_, hansi = attr(fonts, "eastAsia"), attr(fonts, "ascii"), attr(fonts, "hAnsi")
            assert ea and ascii_ == hansi and ascii_ in (ea, "Times New Roman")


def faces(root, style):
    return {east_asia(r) for p in root.iter(w("p")) if style_id(p) == style for r in runs_with_text(p)}


def test_each_kind_of_run_has_its_face(data, document):
    assert faces(document, st.MASTHEAD) == {"方正小标宋简体"}
    assert faces(document, st.ARTICLE_TITLE) == {"方正小标宋简体"}
    assert faces(document, st.SECTION_HEADING) == {"黑体"}
    assert faces(document, st.ISSUE_LINE) == {"仿宋_GB2312"}
    assert faces(document, st.OFFICE_DATE) == {"仿宋_GB2312"}
    assert faces(document, st.SIGNOFF) == {"仿宋_GB2312"}
    assert faces(document, st.DISTRIBUTION) == {"仿宋_GB2312"}
    body = [r for p in body_paragraphs(document, st.BODY) for r in runs_with_text(p)]
    run_in = [r for r in body if attr(r.find("w:rPr/w:rStyle", NS), "val") == st.RUN_IN_HEADING]
    assert [text_of(r) for r in run_in] == ["一、夯实消防基础。", "二、推行智能管控。", "三、凝聚监管合力。"]
    assert {east_asia(r) for r in run_in} == {"黑体"}
    assert {east_asia(r) for r in body if r not in run_in} == {"仿宋_GB2312"}
    assert faces(part(data, "word/footer1.xml"), st.PAGE_NUMBER) == {"宋体"}


def test_kai_sub_headings():
    issue = Issue("测试简报", 1, dt.date(2024, 3, 5), sections=[Section("工作交流", [
        Article("标题", [parse_markup("（一）严格考核。内容。"), parse_markup("1.第一点。内容。")])])])
    document = part(docx_bytes(issue), "word/document.xml")
    runs = [r for p in body_paragraphs(document, st.BODY) for r in runs_with_text(p)]
    assert [(text_of(r), east_asia(r)) for r in runs] == [
        ("（一）严格考核。", "楷体_GB2312"), ("内容。", "仿宋_GB2312"), ("1.第一点。内容。", "仿宋_GB2312")]
    assert attr(runs[0].find("w:rPr/w:rStyle", NS), "val") == st.RUN_IN_SUBHEADING


def test_masthead_is_red_centred_and_sized_for_the_name(document):
    [masthead] = body_paragraphs(document, st.MASTHEAD)
    run = runs_with_text(masthead)[0]
    assert text_of(masthead) == "漯河安全生产简报"
    assert attr(run.find("w:rPr/w:color", NS), "val") == "FF0000"
    assert attr(run.find("w:rPr/w:sz", NS), "val") == "84"
    spacing = masthead.find("w:pPr/w:spacing", NS)
    # 42 pt × 1.45 needs three grid lines, as LibreOffice sets the face (block_styles.LINE_HEIGHT_EM)
    assert (attr(spacing, "line"), attr(spacing, "lineRule")) == (str(3 * 579), "exact")


def test_long_names_step_the_masthead_down_and_options_change_the_red(sample_issue):
    sample_issue.series = "漯河市安全生产委员会办公室工作简报"
    options = LayoutOptions().with_changes({"red": "E60012"})
    document = part(docx_bytes(sample_issue, options), "word/document.xml")
    run = runs_with_text(body_paragraphs(document, st.MASTHEAD)[0])[0]
    assert attr(run.find("w:rPr/w:sz", NS), "val") == str(round(options.masthead_size_for(sample_issue.series) * 2))
    assert attr(run.find("w:rPr/w:sz", NS), "val") == "52"
    assert attr(run.find("w:rPr/w:color", NS), "val") == "E60012"


def test_issue_special_office_and_date_lines(document):
    assert [text_of(p) for p in body_paragraphs(document, st.ISSUE_LINE)] == ["第52期"]
    assert [text_of(p) for p in body_paragraphs(document, st.SPECIAL_LINE)] == ["（安全生产大检查专刊 第34期）"]
    [office] = body_paragraphs(document, st.OFFICE_DATE)
    assert text_of(office) == "漯河市安全生产委员会办公室\t2022年11月21日"
    rule = office.find("w:pPr/w:pBdr/w:bottom", NS)
    # 7 pt under the grid row: the rule's middle 4 mm under the foot of the text (test_red_rule_grid.py)
    assert (attr(rule, "sz"), attr(rule, "color"), attr(rule, "space")) == ("18", "FF0000", "7")


def test_office_date_right_tab_at_the_type_width(data):
    styles = part(data, "word/styles.xml")
    tab = styles.find(f"w:style[@w:styleId='{st.OFFICE_DATE}']/w:pPr/w:tabs/w:tab", NS)
    assert (attr(tab, "val"), attr(tab, "pos")) == ("right", str(11906 - 1587 - 1474))


def test_dates_have_no_leading_zeros():
    issue = Issue("简报", 3, dt.date(2023, 1, 5), office="办公室")
    [office] = body_paragraphs(part(docx_bytes(issue), "word/document.xml"), st.OFFICE_DATE)
    assert text_of(office).endswith("\t2023年1月5日")


def test_body_paragraph_format_and_grid(data, document):
    styles = part(data, "word/styles.xml")
    normal = styles.find("w:style[@w:styleId='Normal']", NS)
    spacing = normal.find("w:pPr/w:spacing", NS)
    assert (attr(spacing, "line"), attr(spacing, "lineRule")) == ("579", "exact")
    assert attr(normal.find("w:pPr/w:jc", NS), "val") == "both"
    scale = int(attr(normal.find("w:rPr/w:w", NS), "val"))
    grid = document.find("w:body/w:sectPr/w:docGrid", NS)
    assert (attr(grid, "type"), attr(grid, "linePitch")) == ("lines", "579")
    # exactly 28 characters of 16 pt fit the type area, a 29th does not
    type_width = 11906 - 1587 - 1474
    advance = 320 * scale / 100
    assert 28 * advance <= type_width < 29 * advance
    # 22 lines fit the type area
    assert 22 * 579 <= 16838 - 2098 - 1984 < 23 * 579
    ind = styles.find(f"w:style[@w:styleId='{st.BODY}']/w:pPr/w:ind", NS)
    assert attr(ind, "firstLineChars") == "200" and attr(ind, "firstLine") == str(round(2 * advance))


def test_page_numbers_are_page_fields_odd_right_even_left(data):
    settings = part(data, "word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    rels = part(data, "word/_rels/document.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    refs = {attr(r, "type"): targets[r.get(ooxml.qn("r:id"))]
            for r in part(data, "word/document.xml").findall("w:body/w:sectPr/w:footerReference", NS)}
    assert refs == {"default": "footer1.xml", "even": "footer2.xml"}
    for name, align, side in (("footer1.xml", "right", "right"), ("footer2.xml", "left", "left")):
        p = part(data, f"word/{name}").find("w:p", NS)
        assert attr(p.find("w:pPr/w:jc", NS), "val") == align
        ind = p.find("w:pPr/w:ind", NS)
        assert attr(ind, side) == "280" and attr(ind, f"{side}Chars") == "100"  # one character in
        assert p.xpath("string(.//w:instrText)", namespaces=NS).strip() == "PAGE"
        assert re.fullmatch(r"— \d —", text_of(p))
        sizes = {attr(r.find("w:rPr/w:sz", NS), "val") for r in p.findall("w:r", NS)}
        assert sizes == {"28"}


def test_centred_page_numbers(sample_issue):
    data = docx_bytes(sample_issue, LayoutOptions().with_changes({"page_number_position": "center"}))
    for name in ("footer1.xml", "footer2.xml"):
        p = part(data, f"word/{name}").find("w:p", NS)
        assert attr(p.find("w:pPr/w:jc", NS), "val") == "center"
        assert p.find("w:pPr/w:ind", NS) is None


def bold_texts(root):
    """Texts of bold runs, neighbouring bold runs joined."""
    out, previous_bold = [], False
    for p in root.iter(w("p")):
        previous_bold = False
        for r in runs_with_text(p):
            bold = r.find("w:rPr/w:b", NS) is not None
            if bold:
                if previous_bold:
                    out[-1] += text_of(r)
                else:
                    out.append(text_of(r))
            previous_bold = bold
    return out


def test_bold_runs_exactly_where_the_sample_has_markup(sample_text, document):
    marked = re.findall(r"\*\*(.+?)\*\*", sample_text)
    assert len(marked) == 9
    assert bold_texts(document) == marked


def test_every_entry_is_present_in_order(sample_issue, saved):
    reread = docx.Document(str(saved))
    shown = [p.text for p in reread.paragraphs]
    expected = [b.text for b in layout_issue(sample_issue)
                if b.kind not in (BlockKind.RED_RULE, BlockKind.SIGNOFF, BlockKind.DISTRIBUTION)]
    assert shown[:len(expected)] == expected
    cells = [cell.text for row in reread.tables[0].rows for cell in row.cells]
    assert cells == [
        "编辑：卜丹 赵贺龙  审核：翟红伟  签发：孙全忠",
        "送：市委常委、市安委会主任、副主任。",
        "发：各县区人民政府，经济技术开发区、市城乡一体化示范区、西城区管委会，市安全生产委员会有关成员单位。",
    ]


def test_closing_block_floats_to_the_foot_between_rules(document):
    [table] = document.findall("w:body/w:tbl", NS)
    assert document.find("w:body", NS).index(table) == len(document.find("w:body", NS)) - 3  # then anchor, sectPr
    position = table.find("w:tblPr/w:tblpPr", NS)
    assert (attr(position, "vertAnchor"), attr(position, "tblpYSpec")) == ("margin", "bottom")
    assert attr(table.find("w:tblPr/w:tblW", NS), "w") == str(11906 - 1587 - 1474)
    rows = table.findall("w:tr", NS)
    borders = [{etree_name(b): attr(b, "sz") for b in row.iterfind("w:tc/w:tcPr/w:tcBorders/*", NS)} for row in rows]
    assert borders == [{}, {"top": "8"}, {"top": "6", "bottom": "8"}]  # 0.35 mm outside, 0.25 mm between
    distribution = [row.find("w:tc/w:p", NS) for row in rows[1:]]
    for p in distribution:
        ind = p.find("w:pPr/w:ind", NS)
        # one character in from each side; continuation lines after "送：" (two 14 pt characters)
        assert (attr(ind, "left"), attr(ind, "hanging"), attr(ind, "right")) == ("840", "560", "280")


def etree_name(el):
    return el.tag.rpartition("}")[2]


def test_distribution_hanging_indent_follows_the_label_length(sample_issue):
    sample_issue.distribution = [DistributionLine("本期增发", "市委办公室。")]
    table = part(docx_bytes(sample_issue), "word/document.xml").find("w:body/w:tbl", NS)
    ind = table.findall("w:tr", NS)[-1].find("w:tc/w:p/w:pPr/w:ind", NS)
    assert (attr(ind, "left"), attr(ind, "hanging")) == (str(280 + 5 * 280), str(5 * 280))


def test_no_closing_block_without_signoff_and_distribution(sample_issue):
    sample_issue.signoff = Signoff()
    sample_issue.distribution = []
    document = part(docx_bytes(sample_issue), "word/document.xml")
    assert document.find("w:body/w:tbl", NS) is None
    assert style_id(body_paragraphs(document)[-1]) == st.BODY


def test_output_is_deterministic_and_dated_by_the_issue(sample_issue):
    first, second = docx_bytes(sample_issue), docx_bytes(sample_issue)
    assert first == second
    core = part(first, "docProps/core.xml")
    dates = [el.text for el in core if el.tag.endswith(("created", "modified"))]
    assert dates == ["2022-11-21T00:00:00Z"] * 2
    assert core.findtext("{http://purl.org/dc/elements/1.1/}title") == "漯河安全生产简报 第52期"


def test_every_property_container_is_in_schema_order(data):
    checked = 0
    for name, xml in parts(data).items():
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        root = etree.fromstring(xml)
        for el in root.iter(*(ooxml.qn(f"w:{t}") for t in ("pPr", "rPr", "sectPr", "pBdr", "settings",
                                                               "tblPr", "tcPr", "tcBorders"))):
            assert ooxml.is_in_schema_order(el), (name, [etree_name(c) for c in el])
            checked += 1
    assert checked > 100


def test_items_without_date_or_unit():
    issue = Issue("简报", 1, dt.date(2024, 1, 1), sections=[Section("动态", [item("没有日期的一条。")])])
    [p] = body_paragraphs(part(docx_bytes(issue), "word/document.xml"), st.ENTRY)
    assert text_of(p) == "没有日期的一条。"
