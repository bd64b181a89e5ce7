"""Our own template: committed, up to date, A4, zh-CN, named styles with the fonts."""
import docx
from lxml import etree

from bulletin_desktop.export.docx import styles as st
from bulletin_desktop.export.docx.template import build_parts, template_bytes, template_parts, template_path, unpack
from bulletin_desktop.export.layout_options import LayoutOptions

from docx_readback import NS, attr, part


def test_committed_template_is_up_to_date():
    """Run `python -m bulletin_desktop.export.docx.template` after changing the template code."""
    committed = unpack(template_path().read_bytes())
    built = build_parts(LayoutOptions())
    assert list(committed) == list(built)
    stale = [name for name in built if committed[name] != built[name]]
    assert not stale, f"resources/bulletin-template.docx is stale in {stale}; regenerate it"


def test_writer_uses_the_committed_template_for_default_options():
    assert template_parts(LayoutOptions()) == unpack(template_path().read_bytes())
    assert template_bytes() == template_bytes(LayoutOptions())  # reproducible bytes


def test_template_opens_in_python_docx_as_a4_with_gb_margins():
    document = docx.Document(str(template_path()))
    section = document.sections[0]
    mm = [round(x.mm, 1) for x in (section.page_width, section.page_height, section.top_margin,
                                   section.bottom_margin, section.left_margin, section.right_margin)]
    assert mm == [210.0, 297.0, 37.0, 35.0, 28.0, 26.0]
    assert document.settings.odd_and_even_pages_header_footer


def test_east_asian_language_is_chinese_never_japanese():
    data = template_path().read_bytes()
    styles = part(data, "word/styles.xml")
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert attr(lang, "eastAsia") == "zh-CN"
    settings = part(data, "word/settings.xml")
    assert attr(settings.find("w:themeFontLang", NS), "eastAsia") == "zh-CN"
    everything = b"".join(unpack(data).values())
    assert b"ja-JP" not in everything


def test_doc_defaults_and_normal_carry_the_body_fonts():
    styles = part(template_path().read_bytes(), "word/styles.xml")
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert (attr(fonts, "eastAsia"), attr(fonts, "ascii"), attr(fonts, "hAnsi")) == (
        "仿宋_GB2312", "Times New Roman", "Times New Roman")
    assert attr(styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS), "val") == "32"


def test_named_styles_the_clerk_can_restyle():
    document = docx.Document(str(template_path()))
    by_name = {s.name: s for s in document.styles}
    for name in ("简报正文", "报头", "期号", "专刊期号", "编印单位与日期", "栏目标题", "文章标题", "编审签发", "报送发",
                 "页码", "一级小标题", "二级小标题"):
        assert name in by_name, name
    styles = part(template_path().read_bytes(), "word/styles.xml")

    def east_asia_of(style_id):
        return attr(styles.find(f"w:style[@w:styleId='{style_id}']/w:rPr/w:rFonts", NS), "eastAsia")

    assert east_asia_of(st.MASTHEAD) == "方正小标宋简体"
    assert east_asia_of(st.ARTICLE_TITLE) == "方正小标宋简体"
    assert east_asia_of(st.SECTION_HEADING) == "黑体"
    assert east_asia_of(st.RUN_IN_HEADING) == "黑体"
    assert east_asia_of(st.RUN_IN_SUBHEADING) == "楷体_GB2312"
    assert east_asia_of(st.PAGE_NUMBER) == "宋体"
    masthead = styles.find(f"w:style[@w:styleId='{st.MASTHEAD}']", NS)
    assert attr(masthead.find("w:rPr/w:color", NS), "val") == "FF0000"
    body = styles.find(f"w:style[@w:styleId='{st.BODY}']/w:pPr/w:ind", NS)
    assert attr(body, "firstLineChars") == "200" and int(attr(body, "firstLine")) > 0


def test_font_table_offers_the_faces_windows_has():
    fonts = part(template_path().read_bytes(), "word/fontTable.xml")
    alt = {attr(f, "name"): attr(f.find("w:altName", NS), "val") for f in fonts.findall("w:font", NS)}
    assert alt["仿宋_GB2312"] == "仿宋" and alt["楷体_GB2312"] == "楷体"
    assert {"方正小标宋简体", "黑体", "宋体", "Times New Roman"} <= set(alt)


def test_other_options_build_a_matching_template():
    options = LayoutOptions().with_changes({"page_number_position": "center", "body_font": "仿宋",
                                            "margin_left_mm": "30"})
    parts = template_parts(options)
    for footer in ("word/footer1.xml", "word/footer2.xml"):
        p = part_from(parts, footer).find("w:p", NS)
        assert attr(p.find("w:pPr/w:jc", NS), "val") == "center"
    styles = part_from(parts, "word/styles.xml")
    assert attr(styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS), "eastAsia") == "仿宋"
    margin = part_from(parts, "word/document.xml").find("w:body/w:sectPr/w:pgMar", NS)
    assert attr(margin, "left") == "1701"


def part_from(parts, name):
    return etree.fromstring(parts[name])
