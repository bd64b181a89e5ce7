"""Word files as Word, WPS and OA systems write them, edited by hand in document.xml: the
masthead in a text box or drawn shapes, format revisions, fonts named only for Chinese text,
runs split by the spelling checker, fields in the page margins, section breaks and columns,
soft breaks and tabs in the masthead. Each is read as the clerk sees it printed."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordfiles import CLOSING, MASTHEAD, NUMBERING, RT, W_NS, make_docx, p, r

SHAPE_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def imported(path):
    result = read_file(path)
    return result.issue, result.warnings


def entries(issue):
    return [(e.mark, e.date, e.unit, e.text) for _, e in issue.entries()]


def masthead_of(issue):
    return issue.series, issue.number, issue.office, issue.date


def all_text(issue) -> str:
    parts = [issue.series, issue.office]
    for section in issue.sections:
        parts.append(section.title)
        parts += [e.text for e in section.entries]
        parts += [a.title + "".join(str(x) for x in a.paragraphs) for a in getattr(section, "articles", [])]
    return "\n".join(parts)


RED_LINE_SHAPE = (  # a red line drawn under the masthead: a shape with no text
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="5600000" cy="0"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:spPr><a:prstGeom prst="line"/><a:ln w="38100"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln>'
    '</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:line from="0,0" to="440pt,0" strokecolor="red" strokeweight="3pt"/></w:pict>'
    "</mc:Fallback></mc:AlternateContent></w:r>")


def wps_box(paragraphs: str) -> str:
    """A text box as WPS writes it: DrawingML only, anchored, no VML fallback beside it."""
    return ('<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5600000" cy="1800000"/><a:graphic><a:graphicData '
            f'uri="{SHAPE_NS}"><wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent>'
            "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>")


def vml_box(paragraphs: str) -> str:
    """A text box as Word 2003 (and Word in compatibility mode) writes it: VML only."""
    return ('<w:r><w:pict><v:shape style="position:absolute;width:440pt;height:120pt" stroked="f">'
            f"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")


ENTRIES = (p("【工作动态】")
           + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。"))
           + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。")))
EXPECTED_ENTRIES = [("", "5月6日", "县消防救援大队", "5月6日，县消防救援大队开展高层建筑消防演练。"),
                    ("", "5月7日", "县市场监管局", "5月7日，县市场监管局抽检食品样品32批次。")]
EXPECTED_MASTHEAD = ("某某工作简报", 7, "某某县应急管理局", dt.date(2024, 3, 5))


@pytest.mark.parametrize("box", [wps_box, vml_box], ids=["wps", "vml"])
def test_a_masthead_in_a_text_box_above_a_drawn_red_line(tmp_path, box):
    body = para(box(MASTHEAD)) + para(RED_LINE_SHAPE) + ENTRIES + CLOSING
    issue, _ = imported(make_docx(tmp_path / "t.docx", body))
    assert masthead_of(issue) == EXPECTED_MASTHEAD
    assert [s.title for s in issue.sections] == ["工作动态"] and entries(issue) == EXPECTED_ENTRIES
    assert issue.signoff.signers == ["王五"]


def test_a_red_line_as_a_paragraph_border_is_no_text(tmp_path):
    red_border = '<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" w:color="FF0000"/></w:pBdr>'
    body = (p("某某工作简报") + p("第7期") + para(run("某某县应急管理局　　　　2024年3月5日"), ppr=red_border)
            + para(ppr=red_border) + ENTRIES + CLOSING)
    issue, _ = imported(make_docx(tmp_path / "t.docx", body))
    assert masthead_of(issue) == EXPECTED_MASTHEAD and entries(issue) == EXPECTED_ENTRIES


def test_format_revisions_read_as_the_page_shows_them_now(tmp_path):
    """w:rPrChange keeps a run's properties before a tracked formatting change and
    w:pPrChange a paragraph's: what prints is the new ones."""
    was_bold = '<w:rPrChange w:id="1" w:author="王" w:date="2024-03-05T10:00:00Z"><w:rPr><w:b/></w:rPr></w:rPrChange>'
    was_plain = '<w:b/><w:rPrChange w:id="2" w:author="王" w:date="2024-03-05T10:00:00Z"><w:rPr/></w:rPrChange>'
    was_numbered = ('<w:pPrChange w:id="3" w:author="王" w:date="2024-03-05T10:00:00Z"><w:pPr><w:numPr><w:ilvl w:val="0"/>'
                    '<w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>')
    body = (MASTHEAD + para(run("【工作动态】"), ppr=was_numbered)
            + para(run("5月6日，"), run("县消防救援大队", was_plain), run("联合"), run("县教育局", was_bold), run("开展消防演练。"))
            + CLOSING)
    issue, warnings = imported(make_docx(tmp_path / "t.docx", body, numbering=NUMBERING))
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert entries(issue) == [("", "5月6日", "县消防救援大队", "5月6日，县消防救援大队联合县教育局开展消防演练。")]
    assert [run.text for run in issue.sections[0].entries[0].rich if run.bold] == ["县消防救援大队"]


def test_runs_split_by_the_spelling_checker_and_smart_tags_read_as_one_text(tmp_path):
    """Word splits a run wherever an edit session (rsid) or a spelling mark falls, and Word
    2003 wraps dates in smart tags: none of this shows."""
    date_tag = ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
                '<w:smartTagPr><w:attr w:name="Year" w:val="2024"/><w:attr w:name="Month" w:val="5"/>'
                '<w:attr w:name="Day" w:val="6"/><w:attr w:name="IsLunarDate" w:val="False"/></w:smartTagPr>'
                f'{run("5月")}{run("6日")}</w:smartTag>')
    body = (MASTHEAD + p("【工作动态】")
            + para(date_tag, run("，"), '<w:proofErr w:type="spellStart"/>', run("县消防", "<w:b/>"),
                   '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
                   run("救援大队", '<w:b/><w:bCs/>'), '<w:proofErr w:type="spellEnd"/>',
                   '<w:r><w:lastRenderedPageBreak/><w:t>开展高层建筑</w:t></w:r>', run("消防演练。"))
            + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。")) + CLOSING)
    issue, _ = imported(make_docx(tmp_path / "t.docx", body))
    assert entries(issue) == EXPECTED_ENTRIES
    assert not issue.sections[0].title.startswith("封面")


FONT_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>
  <w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="a5"><w:name w:val="Strong"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
</w:styles>"""


def test_fonts_named_only_for_chinese_text_and_bold_by_character_style(tmp_path):
    """WPS names fonts by w:eastAsia only, with a w:hint; one unit is bold by the Strong
    character style, one set in 黑体; a run bold only for complex scripts (w:bCs) prints
    plain in Chinese, and a run of the Strong style with bold turned off is plain."""
    hei = '<w:rFonts w:hint="eastAsia" w:eastAsia="黑体"/>'
    body = (MASTHEAD + p("【工作动态】")
            + para(run("5月6日，", '<w:rFonts w:hint="eastAsia"/>'), run("县消防救援大队", '<w:rStyle w:val="a5"/>'),
                   run("开展高层建筑消防演练。", '<w:rFonts w:hint="eastAsia"/>'))
            + para(run("5月7日，", '<w:rFonts w:hint="eastAsia"/>'), run("县市场监管局", hei), run("抽检食品样品32批次。"))
            + para(run("5月8日，"), run("县卫健委", "<w:bCs/>"), run("开展义诊，"),
                   run("服务群众", '<w:rStyle w:val="a5"/><w:b w:val="0"/>'), run("200余人次。"))
            + CLOSING)
    issue, _ = imported(make_docx(tmp_path / "t.docx", body, styles=FONT_STYLES))
    assert entries(issue) == EXPECTED_ENTRIES + [("", "5月8日", "", "5月8日，县卫健委开展义诊，服务群众200余人次。")]


def test_fields_in_the_page_margins_stay_there(tmp_path):
    """PAGE and NUMPAGES in the footer, DATE in the header: none of them leaks into the body;
    a link typed as a HYPERLINK field prints its text only."""
    def field(code: str, result: str) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(result)}'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W_NS}">'
              + para(run("打印日期："), field('DATE \\@ "yyyy年M月d日"', "2024年3月6日")) + "</w:hdr>")
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W_NS}">'
              + para(run("— "), field("PAGE", "1"), run(" —")) + para(run("第"), field("PAGE", "1"), run("页 共"),
                                                                    field("NUMPAGES", "1"), run("页")) + "</w:ftr>")
    rels = (f'<Relationship Id="rIdH" Type="{RT}/header" Target="header1.xml"/>'
            f'<Relationship Id="rIdF" Type="{RT}/footer" Target="footer1.xml"/>')
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
            '</w:sectPr>')
    body = (MASTHEAD + p("【工作动态】")
            + para(run("5月6日，"), run("县消防救援大队", "<w:b/>"), run("开展高层建筑消防演练，"),
                   field('HYPERLINK "http://www.example.gov.cn/x.html"', "详见县政府网"), run("。"))
            + CLOSING)
    path = make_docx(tmp_path / "t.docx", body, doc_rels=rels, sect_pr=sect,
                     parts={"word/header1.xml": header, "word/footer1.xml": footer})
    issue, _ = imported(path)
    assert masthead_of(issue) == EXPECTED_MASTHEAD
    assert entries(issue) == [("", "5月6日", "县消防救援大队", "5月6日，县消防救援大队开展高层建筑消防演练，详见县政府网。")]
    text = all_text(issue) + str(issue.signoff) + str(issue.distribution)
    assert "打印日期" not in text and "NUMPAGES" not in text and "HYPERLINK" not in text and "共1页" not in text


def test_section_breaks_and_columns_are_layout_only(tmp_path):
    """A continuous section break after the masthead sets the body in two columns, another
    ends them before the closing block: no page break, nothing read as a cover page."""
    two_columns = '<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2" w:space="425"/></w:sectPr>'
    one_column = '<w:sectPr><w:type w:val="continuous"/><w:cols w:space="425"/></w:sectPr>'
    body = (p("某某工作简报") + p("第7期") + para(run("某某县应急管理局　　　　2024年3月5日"), ppr=one_column)
            + p("【工作动态】") + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。"))
            + para(run("5月7日，"), run("县市场监管局", "<w:b/>"), '<w:r><w:br w:type="column"/></w:r>',
                   run("抽检食品样品32批次。"), ppr=two_columns)
            + CLOSING)
    issue, warnings = imported(make_docx(tmp_path / "t.docx", body))
    assert masthead_of(issue) == EXPECTED_MASTHEAD and entries(issue) == EXPECTED_ENTRIES
    assert not any("封面" in w for w in warnings)


def test_soft_breaks_and_tabs_in_a_one_paragraph_masthead(tmp_path):
    """A masthead typed as one paragraph, Shift+Enter between its lines, a tab (or Word's
    absolute tab) between the office and the date; entries indented with a tab or with
    full-width spaces."""
    masthead = para(run("某某工作简报"), "<w:r><w:br/></w:r>", run("第7期"), "<w:r><w:br/></w:r>", run("某某县应急管理局"),
                    '<w:r><w:tab/></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>',
                    run("2024年3月5日"))
    body = (masthead + p("【工作动态】")
            + para("<w:r><w:tab/></w:r>", run("5月6日，"), run("县消防救援大队", "<w:b/>"), run("开展高层建筑消防演练。"))
            + para(run("　　5月7日，"), run("县市场监管局", "<w:b/>"), run("抽检食品样品32批次。")) + CLOSING)
    issue, _ = imported(make_docx(tmp_path / "t.docx", body))
    assert masthead_of(issue) == EXPECTED_MASTHEAD and entries(issue) == EXPECTED_ENTRIES


def test_a_closing_block_with_fitted_labels_and_tabs(tmp_path):
    """Labels stretched to a width (w:fitText, Word splits 编辑 into runs of one id) and
    tabs between the roles, as an OA template lays its closing block out."""
    fitted = '<w:fitText w:val="840" w:id="7"/>'
    closing = (para(run("编", fitted), run("辑", fitted), run("：张三"), "<w:r><w:tab/></w:r>", run("审核：李四"),
                    "<w:r><w:tab/></w:r>", run("签发：王五"))
               + para(run("送：县委、县政府。")) + para(run("发：各乡镇。")))
    issue, _ = imported(make_docx(tmp_path / "t.docx", MASTHEAD + ENTRIES + closing))
    assert entries(issue) == EXPECTED_ENTRIES
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == (["张三"], ["李四"], ["王五"])
    assert [d.label for d in issue.distribution] == ["送", "发"]


def test_hyphens_symbols_and_footnotes_inside_an_entry(tmp_path):
    """A non-breaking hyphen prints as a hyphen, a soft hyphen not at all; a bullet from
    Wingdings by w:sym is the entry's mark; a footnote's text stays out of the body."""
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:id="1"><w:p><w:r><w:t>数据截至5月5日。</w:t></w:r></w:p></w:footnote></w:footnotes>')
    rels = f'<Relationship Id="rIdFn" Type="{RT}/footnotes" Target="footnotes.xml"/>'
    body = (MASTHEAD + p("【工作动态】")
            + para('<w:r><w:sym w:font="Wingdings" w:char="F075"/></w:r>', run("5月6日，"), run("县交通运输局", "<w:b/>"),
                   run("巡查G"), "<w:r><w:noBreakHyphen/></w:r>", run("310国道"), run("Ex"), "<w:r><w:softHyphen/></w:r>",
                   run("press段，排查隐患12处"), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                   '<w:footnoteReference w:id="1"/></w:r>', run("。"))
            + CLOSING)
    issue, warnings = imported(make_docx(tmp_path / "t.docx", body, doc_rels=rels,
                                         parts={"word/footnotes.xml": footnotes}))
    assert entries(issue) == [("◆", "5月6日", "县交通运输局", "◆5月6日，县交通运输局巡查G-310国道Express段，排查隐患12处。")]
    assert "数据截至" not in all_text(issue) and any("脚注" in w for w in warnings)


CHINESE_LISTS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/>
    <w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>
<w:num w:numId="4"><w:abstractNumId w:val="5"/></w:num>
</w:numbering>"""


def test_automatic_numbers_not_in_the_text_are_read_as_printed(tmp_path):
    """一、 numbers the sections, 1. the entries under them (a tab after the number, as Word
    puts one); a paragraph of a numbered style with its numbering taken off (numId 0) has none."""
    def numbered(level: int, *runs: str) -> str:
        return para(*runs, ppr=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="4"/></w:numPr>')

    body = (MASTHEAD + numbered(0, run("工作动态"))
            + numbered(2, run("5月6日，"), run("县消防救援大队", "<w:b/>"), run("开展高层建筑消防演练。"))
            + numbered(2, run("5月7日，"), run("县市场监管局", "<w:b/>"), run("抽检食品样品32批次。"))
            + numbered(0, run("基层信息"))
            + numbered(2, run("5月8日，"), run("城关镇", "<w:b/>"), run("排查出租房屋56户。"))
            + para(run("5月9日，"), run("城关镇", "<w:b/>"), run("开展燃气安全宣传。"),
                   ppr='<w:pStyle w:val="NumberedHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
            + CLOSING)
    issue, _ = imported(make_docx(tmp_path / "t.docx", body, numbering=CHINESE_LISTS))
    assert [s.title for s in issue.sections] == ["工作动态", "基层信息"]
    assert [(e.mark, e.date, e.unit) for _, e in issue.entries()] == [
        ("1. ", "5月6日", "县消防救援大队"), ("2. ", "5月7日", "县市场监管局"), ("1. ", "5月8日", "城关镇"), ("", "5月9日", "城关镇")]


def test_a_picture_between_masthead_and_body_comments_and_tracked_changes(tmp_path):
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W_NS}">'
                '<w:comment w:id="0" w:author="审核人"><w:p><w:r><w:t>单位名称请核实</w:t></w:r></w:p></w:comment></w:comments>')
    rels = (f'<Relationship Id="rIdImg" Type="{RT}/image" Target="media/image1.png"/>'
            f'<Relationship Id="rIdC" Type="{RT}/comments" Target="comments.xml"/>')
    picture = ('<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="图片 1" descr=""/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
               '<pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
               "</wp:inline></w:drawing></w:r>")
    ins = '<w:ins w:id="11" w:author="王" w:date="2024-03-05T10:00:00Z">{}</w:ins>'
    dele = '<w:del w:id="12" w:author="王" w:date="2024-03-05T10:00:00Z"><w:r><w:delText>{}</w:delText></w:r></w:del>'
    body = (MASTHEAD + para(picture) + p("【工作动态】")
            + para(run("5月6日，"), '<w:commentRangeStart w:id="0"/>', dele.format("县消防大队"),
                   ins.format(run("县消防救援大队", "<w:b/>")), '<w:commentRangeEnd w:id="0"/>',
                   '<w:r><w:commentReference w:id="0"/></w:r>', run("开展高层建筑消防演练"), dele.format("，参加人员100人"),
                   run("。"))
            + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。")) + CLOSING)
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    issue, warnings = imported(make_docx(tmp_path / "t.docx", body, doc_rels=rels,
                                         parts={"word/media/image1.png": png, "word/comments.xml": comments}))
    assert masthead_of(issue) == EXPECTED_MASTHEAD and entries(issue) == EXPECTED_ENTRIES
    assert "核实" not in all_text(issue) and "县消防大队" not in all_text(issue)
    assert any("图片" in w for w in warnings) and any("修订" in w for w in warnings)


def _repacked(source, target, *, drop=(), replace=None):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename in drop:
                continue
            data = old.read(item.filename)
            if replace and item.filename in replace:
                data = replace[item.filename](data)
            new.writestr(item.filename, data)
    return target


def test_a_macro_enabled_document_without_its_properties_part(tmp_path):
    """A .docm (macros never run) whose package names a core properties part it lacks."""
    macro_ct = "application/vnd.ms-word.document.macroEnabled.main+xml"
    path = make_docx(
        tmp_path / "简报.docm", MASTHEAD + ENTRIES + CLOSING, main_type=macro_ct,
        doc_rels='<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>',
        package_rels_extra=('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                            'metadata/core-properties" Target="docProps/core.xml"/>'),
        content_types='<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
        parts={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504})
    issue, _ = imported(path)
    assert masthead_of(issue) == EXPECTED_MASTHEAD and entries(issue) == EXPECTED_ENTRIES


STRICT = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships":
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "http://purl.oclc.org/ooxml/drawingml/main",
}


def test_a_strict_open_xml_document_with_a_text_box_masthead(tmp_path):
    def strict(data: bytes) -> bytes:
        text = data.decode()
        for old, new in STRICT.items():
            text = text.replace(old + '"', new + '"').replace(old + "/", new + "/")
        return text.encode()

    transitional = make_docx(tmp_path / "a.docx", para(wps_box(MASTHEAD)) + ENTRIES + CLOSING)
    names = ["word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "_rels/.rels"]
    path = _repacked(transitional, tmp_path / "strict.docx", replace={name: strict for name in names})
    assert b"purl.oclc.org" in zipfile.ZipFile(path).read("word/document.xml")
    issue, _ = imported(path)
    assert masthead_of(issue) == EXPECTED_MASTHEAD and entries(issue) == EXPECTED_ENTRIES


def test_a_document_hundreds_of_pages_long_is_refused_and_nothing_is_written(tmp_path, capsys):
    from bulletin_desktop.cli import main

    long_entry = "5月6日，某县召开会议，" + "研究部署安全生产工作。" * 80
    path = make_docx(tmp_path / "汇编.docx", MASTHEAD + p("【工作动态】") + p(long_entry) * 2500 + CLOSING)
    with pytest.raises(BulletinFormatError) as caught:
        read_file(path)
    assert "汇编.docx" in caught.value.message and "Traceback" not in caught.value.message
    db = tmp_path / "a.sqlite"
    assert main(["import", "--db", str(db), str(path)]) == 1
    err = capsys.readouterr().err
    assert "汇编.docx" in err and "Traceback" not in err
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert capsys.readouterr().out.strip() in ("[]", "")


def test_a_bullet_typed_as_a_symbol_field_is_the_entrys_mark(tmp_path):
    """Word 97 wrote Insert → Symbol as a SYMBOL field, drawn from its code each time (no
    result saved); where a result is saved, it is read once."""
    def symbol_field(code: str, result: str = "") -> str:
        shown = f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result}' if result else ""
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText>'
                f'</w:r>{shown}<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    body = (MASTHEAD + p("【工作动态】")
            + para(symbol_field('SYMBOL 117 \\f "Wingdings" \\s 16'), run("5月6日，"), run("县消防救援大队", "<w:b/>"),
                   run("开展高层建筑消防演练。"))
            + para(symbol_field("SYMBOL 9670 \\u"), run("5月7日，"), run("县市场监管局", "<w:b/>"), run("抽检食品样品32批次。"))
            + para(symbol_field("SYMBOL 108 \\f Wingdings", '<w:r><w:sym w:font="Wingdings" w:char="F06C"/></w:r>'),
                   run("5月8日，"), run("城关镇", "<w:b/>"), run("排查出租房屋56户。"))
            + CLOSING)
    issue, _ = imported(make_docx(tmp_path / "t.docx", body))
    assert [(e.mark, e.date, e.unit) for _, e in issue.entries()] == [
        ("◆", "5月6日", "县消防救援大队"), ("◆", "5月7日", "县市场监管局"), ("●", "5月8日", "城关镇")]
