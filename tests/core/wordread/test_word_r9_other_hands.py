"""Word files as other programs and other hands make them: WPS's own XML (w14/w15 marks,
wpsCustomData), alternatives only the older of which the reader knows, a masthead as WordArt
or in a frame written after the body's first line, a red line drawn as a table's border, the
whole bulletin in one table cell, lists restarted through a numbering override, a box moved
up above its anchor, building blocks and an HTML fragment in GBK, an embedded spreadsheet,
150 sections, 5,000 paragraphs, a run of 19,000 characters, nested custom XML and smart tags,
repeating sections, Google Docs and a generator that writes the fewest parts. Each reads as
the clerk sees it printed."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bulletin_desktop.core.importing import read_file
from wordfiles import CLOSING, MAIN_CT, MASTHEAD, RELS_NS, RT, W_NS, make_docx, p, r

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
SHAPE = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

ENTRIES = (p("【工作动态】")
           + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。"))
           + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。")))
EXPECTED_ENTRIES = [("5月6日", "县消防救援大队", "5月6日，县消防救援大队开展高层建筑消防演练。"),
                    ("5月7日", "县市场监管局", "5月7日，县市场监管局抽检食品样品32批次。")]
EXPECTED_MASTHEAD = ("某某工作简报", 7, "某某县应急管理局", "2024-03-05")


def imported(path: Path):
    return read_file(path)


def masthead_of(issue):
    return issue.series, issue.number, issue.office, str(issue.date)


def entries(issue):
    return [(e.date, e.unit, e.text) for _, e in issue.entries()]


def assert_reads_as_printed(path: Path):
    result = imported(path)
    assert masthead_of(result.issue) == EXPECTED_MASTHEAD
    assert entries(result.issue) == EXPECTED_ENTRIES
    assert result.issue.signoff.signers == ["王五"]
    assert [(d.label, d.text) for d in result.issue.distribution] == [("送", "县委、县政府。"), ("发", "各乡镇。")]
    return result


def declaring(path: Path, declarations: str, ignorable: str = "") -> Path:
    """``path`` with more namespaces declared on its document's root (and marked ignorable)."""
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    root = f'{declarations} mc:Ignorable="wps{" " + ignorable if ignorable else ""}"'
    parts["word/document.xml"] = parts["word/document.xml"].replace(b'mc:Ignorable="wps"', root.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def test_wps_marks_text_effects_and_its_own_data_are_no_text(tmp_path):
    """WPS writes w14 paragraph ids, text fills, East Asian font hints and a wpsCustomData
    part and section mark; none of it prints."""
    def para(runs: str, number: int) -> str:
        return (f'<w:p w14:paraId="{number:08X}" w14:textId="77777777" w:rsidR="00A1"><w:pPr><w:rPr>'
                f'<w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>{runs}</w:p>')

    def run(text: str, bold: bool = False) -> str:
        return (f'<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
                f'{"<w:b/><w:bCs/>" if bold else ""}<w14:textFill><w14:solidFill><w14:srgbClr w14:val="000000"/>'
                f'</w14:solidFill></w14:textFill><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>{text}</w:t></w:r>')

    body = (para(run("某某工作简报"), 1) + para(run("第7期"), 2) + para(run("某某县应急管理局　　　　2024年3月5日"), 3)
            + para(run("【工作动态】"), 4)
            + para(run("5月6日，") + run("县消防救援大队", True) + run("开展高层建筑消防演练。"), 5)
            + para(run("5月7日，") + run("县市场监管局", True) + run("抽检食品样品32批次。"), 6) + CLOSING)
    wps = "http://www.wps.cn/officeDocument/2013/wpsCustomData"
    path = make_docx(tmp_path / "wps.docx", body, sect_pr="<w:sectPr><wpsCustomData:docfieldsPr/></w:sectPr>", parts={
        "customXml/item1.xml": f'<?xml version="1.0"?><s:customData xmlns:s="{wps}"><customSectProps/></s:customData>'})
    assert_reads_as_printed(declaring(path, f'xmlns:w14="{W14}" xmlns:w15="{W15}" xmlns:wpsCustomData="{wps}"',
                                      "w14 w15 wpsCustomData"))


def test_alternatives_the_reader_does_not_know_give_their_fallback(tmp_path):
    """A choice that needs a namespace the reader does not read (a newer WPS or Word
    extension), around blocks and inside a run: the fallback is what prints for it."""
    blocks = ('<mc:AlternateContent xmlns:wpsx="http://www.wps.cn/officeDocument/2017/extension">'
              '<mc:Choice Requires="wpsx"><w:p><w:r><w:t>新格式里的文字</w:t></w:r></w:p></mc:Choice>'
              f'<mc:Fallback>{p("某某工作简报")}</mc:Fallback></mc:AlternateContent>')
    inline = ('<w:p><w:r><mc:AlternateContent xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du">'
              '<mc:Choice Requires="w16du"><w:t>XX</w:t></mc:Choice><mc:Fallback><w:t>第7期</w:t></mc:Fallback>'
              '</mc:AlternateContent></w:r></w:p>')
    body = blocks + inline + p("某某县应急管理局　　　　2024年3月5日") + ENTRIES + CLOSING
    result = assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))
    assert "新格式" not in "".join(s.title for s in result.issue.sections)


def test_a_masthead_set_as_wordart_is_read_once_by_its_text(tmp_path):
    """Word 2010's WordArt: a shape with a warped text body on the page, with the legacy
    text path beside it for older readers."""
    art = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0">'
           '<wp:positionH relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="page"><wp:posOffset>1000000</wp:posOffset></wp:positionV>'
           '<wp:extent cx="5000000" cy="900000"/><wp:docPr id="1" name="艺术字 1"/>'
           f'<a:graphic><a:graphicData uri="{SHAPE}"><wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr>'
           '<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="FF0000"/><w:sz w:val="96"/></w:rPr>'
           '<w:t>某某工作简报</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr wrap="none">'
           '<a:prstTxWarp prst="textPlain"><a:avLst/></a:prstTxWarp><a:spAutoFit/></wps:bodyPr></wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           '<v:shape style="position:absolute;margin-top:60pt;width:400pt;height:70pt;mso-position-vertical-relative:page">'
           '<v:textpath string="某某工作简报"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    body = f"<w:p>{art}</w:p>" + p("第7期") + p("某某县应急管理局　　　　2024年3月5日") + ENTRIES + CLOSING
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


def test_a_masthead_framed_at_the_top_of_the_page_though_written_after_the_first_heading(tmp_path):
    frame = ('<w:framePr w:w="8800" w:h="2400" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
             'w:x="1600" w:y="1400"/>')
    body = (p("【工作动态】") + p("某某工作简报", extra_ppr=frame) + p("第7期", extra_ppr=frame)
            + p("某某县应急管理局　　　　2024年3月5日", extra_ppr=frame)
            + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。"))
            + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。")) + CLOSING)
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


def test_red_lines_drawn_as_table_borders_are_no_text(tmp_path):
    """The office and date in a borderless table whose bottom border is the red line, and a
    red line drawn as an empty one-cell table of a hair's height."""
    line = ('<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
            '<w:bottom w:val="single" w:sz="24" w:color="FF0000"/><w:right w:val="nil"/></w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="8800"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="60" w:hRule="exact"/></w:trPr>'
            '<w:tc><w:tcPr><w:tcW w:w="8800" w:type="dxa"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>')
    office = ('<w:tbl><w:tblPr><w:tblBorders><w:bottom w:val="thickThinSmallGap" w:sz="24" w:color="FF0000"/>'
              '</w:tblBorders></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>某某县应急管理局</w:t></w:r></w:p></w:tc>'
              '<w:tc><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>2024年3月5日</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    body = p("某某工作简报") + p("第7期") + office + line + ENTRIES + line + CLOSING
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


def test_a_bulletin_laid_out_in_one_table_cell(tmp_path):
    body = f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr><w:tc>{MASTHEAD + ENTRIES + CLOSING}</w:tc></w:tr></w:tbl>'
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


NUMBERED = f"""<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="decimal"/><w:lvlText w:val="%1．"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num>
</w:numbering>"""


def test_entries_numbered_afresh_in_each_section_through_a_start_override(tmp_path):
    """Word's 重新开始于 1: the second section's entries are a new list instance of the same
    list, whose override starts it again; the sections are numbered by a list of their own."""
    def numbered(num_id: int, text: str, unit: str = "", rest: str = "") -> str:
        runs = r(text) + (r(unit, bold=True) + r(rest) if unit else "")
        return f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>{runs}</w:p>'

    body = (MASTHEAD + numbered(7, "工作动态")
            + numbered(3, "5月6日，", "县消防救援大队", "开展高层建筑消防演练。")
            + numbered(3, "5月7日，", "县市场监管局", "抽检食品样品32批次。")
            + numbered(7, "基层信息")
            + numbered(4, "5月8日，", "城关镇", "排查出租房屋56户。") + numbered(4, "5月9日，", "县教育局", "开展校园安全检查。")
            + CLOSING)
    issue = imported(make_docx(tmp_path / "t.docx", body, numbering=NUMBERED)).issue
    assert [(s.title, [(e.mark, e.date, e.unit) for e in s.entries]) for s in issue.sections] == [
        ("工作动态", [("1．", "5月6日", "县消防救援大队"), ("2．", "5月7日", "县市场监管局")]),
        ("基层信息", [("1．", "5月8日", "城关镇"), ("2．", "5月9日", "县教育局")])]


def _two_level_list(restart: str) -> str:
    return (f'<?xml version="1.0"?><w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
            '<w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
            f'{restart}<w:numFmt w:val="decimal"/><w:lvlText w:val="%2．"/><w:suff w:val="nothing"/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="（%3）"/><w:suff w:val="nothing"/></w:lvl>'
            '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


@pytest.mark.parametrize("restart, second_section", [
    ("", ["1．", "2．"]), ('<w:lvlRestart w:val="1"/>', ["1．", "2．"]), ('<w:lvlRestart w:val="0"/>', ["3．", "4．"])],
    ids=["as word does", "after the sections", "never"])
def test_entries_at_a_lists_second_level_number_on_across_sections_when_it_never_restarts(tmp_path, restart, second_section):
    """One multilevel list numbers the sections (一、) and their entries (1．); an entry's
    number starts again under each section unless the level is set never to restart
    (“重新开始列表的间隔” unticked), when it counts on through the issue."""
    def numbered(level: int, text: str, unit: str = "", rest: str = "") -> str:
        runs = r(text) + (r(unit, bold=True) + r(rest) if unit else "")
        return f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>{runs}</w:p>'

    body = (MASTHEAD + numbered(0, "工作动态") + numbered(1, "5月6日，", "县消防救援大队", "开展高层建筑消防演练。")
            + numbered(1, "5月7日，", "县市场监管局", "抽检食品样品32批次。") + numbered(0, "基层信息")
            + numbered(1, "5月8日，", "城关镇", "排查出租房屋56户。") + numbered(1, "5月9日，", "县教育局", "开展校园安全检查。")
            + CLOSING)
    issue = imported(make_docx(tmp_path / "t.docx", body, numbering=_two_level_list(restart))).issue
    assert [s.title for s in issue.sections] == ["工作动态", "基层信息"]
    assert [[e.mark for e in s.entries] for s in issue.sections] == [["1．", "2．"], second_section]


def test_a_third_level_set_to_restart_after_the_first_counts_on_under_the_second():
    """（%3） restarts only when a section (the first level) is numbered, not an entry."""
    from lxml import etree

    from bulletin_desktop.core.wordread.numbering import Numbering

    numbering = Numbering(etree.fromstring(_two_level_list("").encode()))
    assert [numbering.label("1", level) for level in (0, 1, 2, 1, 2, 0, 2)] == [
        "一、", "1．", "（1）", "2．", "（2）", "二、", "（1）"]


def _anchored_box(paragraphs: str, offset: int, relative: str = "paragraph") -> str:
    return ('<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="{relative}"><wp:posOffset>{offset}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="5600000" cy="400000"/><a:graphic><a:graphicData uri="{SHAPE}"><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></w:r>')


def _vml_box(paragraphs: str, top: str) -> str:
    return (f'<w:r><w:pict><v:shape style="position:absolute;margin-left:0;margin-top:{top};width:440pt;height:30pt">'
            f"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")


@pytest.mark.parametrize("box", [lambda text: _anchored_box(text, -450000), lambda text: _anchored_box(text, -300000, "line"),
                                 lambda text: _vml_box(text, "-36pt")], ids=["drawing", "line", "vml"])
def test_a_box_moved_up_above_its_anchor_near_the_end_is_read_before_it(tmp_path, box):
    """A closing line in a box anchored in the last paragraph and dragged up over it: it
    prints above that paragraph, so it is read before it (boxes anchored in the second half
    of the body are otherwise read after their paragraph's text)."""
    body = (MASTHEAD + ENTRIES + p("编辑：张三 审核：李四 签发：王五")
            + f'<w:p>{box(p("送：县委、县政府。"))}<w:r><w:t>发：各乡镇。</w:t></w:r></w:p>')
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


def test_a_box_moved_down_below_its_anchor_near_the_end_stays_after_it(tmp_path):
    body = (MASTHEAD + ENTRIES + p("编辑：张三 审核：李四 签发：王五")
            + f'<w:p><w:r><w:t>送：县委、县政府。</w:t></w:r>{_anchored_box(p("发：各乡镇。"), 300000)}</w:p>')
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


def test_a_masthead_and_a_closing_block_in_tables_placed_on_the_page(tmp_path):
    """Tables dragged to the top and the foot of the page (w:tblpPr anchored to the page or
    its margins) print there, wherever they are written: the masthead's after the first
    heading, the closing block's before the entries."""
    def placed(content: str, anchor: str, y: int) -> str:
        return (f'<w:tbl><w:tblPr><w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="{anchor}" '
                f'w:horzAnchor="page" w:tblpX="1600" w:tblpY="{y}"/><w:tblW w:w="8800" w:type="dxa"/></w:tblPr>'
                f"<w:tr><w:tc>{content}</w:tc></w:tr></w:tbl>")

    body = (p("【工作动态】") + placed(MASTHEAD, "page", 1500) + placed(CLOSING, "margin", 12800)
            + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。"))
            + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。")))
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


def test_a_table_floating_beside_the_text_is_read_where_it_is_written(tmp_path):
    """A table set to wrap with the text (placed by its paragraph, or in the middle of the
    page) is part of the flow."""
    rows = ('<w:tr><w:tc>' + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。"))
            + '</w:tc></w:tr><w:tr><w:tc>' + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。"))
            + "</w:tc></w:tr>")
    beside = f'<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="text" w:tblpY="-200"/></w:tblPr>{rows}</w:tbl>'
    middle = f'<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="page" w:tblpY="8000"/></w:tblPr>{rows}</w:tbl>'
    for table in (beside, middle):
        assert_reads_as_printed(make_docx(tmp_path / "t.docx", MASTHEAD + p("【工作动态】") + table + CLOSING))


def test_table_rows_given_as_an_alternative_read_the_chosen_branch(tmp_path):
    row = '<w:tr><w:tc>{}</w:tc></w:tr>'
    first = row.format(p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。")))
    table = ('<w:tbl><w:tblPr/><mc:AlternateContent><mc:Choice Requires="wps">' + first
             + f'</mc:Choice><mc:Fallback>{row.format(p("旧版本的行"))}</mc:Fallback></mc:AlternateContent>'
             + row.format(p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。"))) + "</w:tbl>")
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", MASTHEAD + p("【工作动态】") + table + CLOSING))


def test_building_blocks_are_no_text_and_an_html_fragment_in_gbk_is_read(tmp_path):
    """The glossary part (a template's building blocks and placeholder texts) never prints;
    a fragment an OA system merged in as a GB2312 web page reads in its own encoding."""
    glossary = (f'<?xml version="1.0" encoding="UTF-8"?><w:glossaryDocument xmlns:w="{W_NS}"><w:docParts><w:docPart>'
                '<w:docPartPr><w:name w:val="DefaultPlaceholder"/></w:docPartPr><w:docPartBody>'
                '<w:p><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:p><w:p><w:r><w:t>5月9日，模板示例条目。</w:t></w:r></w:p>'
                '</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            '<p>5月7日，<b>县市场监管局</b>抽检食品样品32批次。</p></body></html>').encode("gb2312")
    body = (MASTHEAD + p("【工作动态】") + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。"))
            + '<w:altChunk r:id="rIdChunk"/>' + CLOSING)
    path = make_docx(tmp_path / "t.docx", body,
                     doc_rels=(f'<Relationship Id="rIdGloss" Type="{RT}/glossaryDocument" Target="glossary/document.xml"/>'
                               f'<Relationship Id="rIdChunk" Type="{RT}/aFChunk" Target="chunk.htm"/>'),
                     parts={"word/glossary/document.xml": glossary, "word/chunk.htm": html},
                     content_types=('<Override PartName="/word/glossary/document.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>'
                                    '<Default Extension="htm" ContentType="text/html"/>'))
    assert_reads_as_printed(path)


def test_an_embedded_spreadsheet_is_skipped_with_a_note(tmp_path):
    ole = ('<w:r><w:object w:dxaOrig="4000" w:dyaOrig="1500"><v:shape id="_x0000_i1025" style="width:200pt;height:75pt">'
           '<v:imagedata r:id="rIdEmf" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" '
           'ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1700000000" r:id="rIdOle"/></w:object></w:r>')
    body = (MASTHEAD + p("【工作动态】") + p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。") + ole)
            + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。")) + CLOSING)
    path = make_docx(tmp_path / "t.docx", body,
                     doc_rels=(f'<Relationship Id="rIdOle" Type="{RT}/package" Target="embeddings/Sheet1.xlsx"/>'
                               f'<Relationship Id="rIdEmf" Type="{RT}/image" Target="media/image1.emf"/>'),
                     parts={"word/embeddings/Sheet1.xlsx": b"PK\x03\x04" + bytes(200), "word/media/image1.emf": bytes(200)},
                     content_types=('<Default Extension="xlsx" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
                                    '<Default Extension="emf" ContentType="image/x-emf"/>'))
    result = assert_reads_as_printed(declaring(path, 'xmlns:o="urn:schemas-microsoft-com:office:office"'))
    assert "跳过了 1 个图形或嵌入对象。" in result.warnings


def test_a_section_break_after_every_paragraph(tmp_path):
    """A converter that closes a continuous section after each of 150 paragraphs."""
    section = '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    body = MASTHEAD + p("【工作动态】", extra_ppr=section) + "".join(
        p(f"5月{i % 28 + 1}日，", runs=r(f"县第{i}中学", bold=True) + r(f"开展消防演练{i}次。"), extra_ppr=section)
        for i in range(150)) + CLOSING
    issue = imported(make_docx(tmp_path / "t.docx", body)).issue
    assert masthead_of(issue) == EXPECTED_MASTHEAD
    assert [e.unit for _, e in issue.entries()] == [f"县第{i}中学" for i in range(150)]


def test_five_thousand_paragraphs_are_read(tmp_path):
    body = MASTHEAD + p("【工作动态】") + "".join(
        p(f"5月{i % 28 + 1}日，", runs=r("城关镇", bold=True) + r(f"巡查点位{i}处。")) for i in range(5000)) + CLOSING
    issue = imported(make_docx(tmp_path / "t.docx", body)).issue
    read = [e.text for _, e in issue.entries()]
    assert len(read) == 5000 and read[4999].endswith("巡查点位4999处。")


def test_a_run_of_nineteen_thousand_characters_is_one_entry(tmp_path):
    text = ("会议强调，要深入贯彻落实安全生产工作部署，压紧压实各方责任，扎实开展隐患排查整治。" * 500)[:19000]
    body = MASTHEAD + p("【工作动态】") + p("5月6日，", runs=r("县消防救援大队", bold=True) + r(text)) + CLOSING
    issue = imported(make_docx(tmp_path / "t.docx", body)).issue
    assert [(e.unit, e.text) for _, e in issue.entries()] == [("县消防救援大队", "5月6日，县消防救援大队" + text)]


def test_custom_xml_and_smart_tags_nested_around_tables_rows_cells_and_runs(tmp_path):
    """An OA system's tags wrapping the whole body, a table, a row and a cell, inside and
    around Word 2003's smart tags: they print as if they were not there."""
    body = (MASTHEAD + '<w:customXml w:element="bulletin"><w:customXml w:element="section">' + p("【工作动态】")
            + '<w:customXml w:element="entries"><w:tbl><w:tblPr/><w:customXml w:element="row"><w:tr><w:tc>'
            + '<w:p><w:smartTag w:element="date"><w:customXml w:element="d"><w:r><w:t>5月6日，</w:t></w:r></w:customXml>'
            + '</w:smartTag><w:customXml w:element="unit"><w:smartTag w:element="PersonName">'
            + r("县消防救援大队", bold=True) + "</w:smartTag></w:customXml>" + r("开展高层建筑消防演练。")
            + '</w:p></w:tc></w:tr></w:customXml><w:tr><w:customXml w:element="cell"><w:tc>'
            + p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。"))
            + "</w:tc></w:customXml></w:tr></w:tbl></w:customXml></w:customXml></w:customXml>" + CLOSING)
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


def _repeating(items: list[str]) -> str:
    inner = "".join(f"<w:sdt><w:sdtPr><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>{item}</w:sdtContent></w:sdt>"
                    for item in items)
    return ('<w:sdt><w:sdtPr><w:alias w:val="条目"/><w15:repeatingSection><w15:sectionTitle w:val="条目"/>'
            f"</w15:repeatingSection></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>")


def test_entries_in_a_repeating_section_are_each_read(tmp_path):
    items = [p("5月6日，", runs=r("县消防救援大队", bold=True) + r("开展高层建筑消防演练。")),
             p("5月7日，", runs=r("县市场监管局", bold=True) + r("抽检食品样品32批次。"))]
    path = make_docx(tmp_path / "t.docx", MASTHEAD + p("【工作动态】") + _repeating(items) + CLOSING)
    assert_reads_as_printed(declaring(path, f'xmlns:w15="{W15}"', "w15"))


def test_a_forms_rows_in_a_repeating_section_are_entries(tmp_path):
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(cell)}</w:tc>" for cell in cells) + "</w:tr>"

    table = ("<w:tbl><w:tblPr/>" + row("日期", "单位", "内容")
             + _repeating([row("5月6日", "县消防救援大队", "开展高层建筑消防演练。"),
                           row("5月7日", "县市场监管局", "抽检食品样品32批次。")]) + "</w:tbl>")
    path = make_docx(tmp_path / "t.docx", MASTHEAD + p("【工作动态】") + table + CLOSING)
    assert_reads_as_printed(declaring(path, f'xmlns:w15="{W15}"', "w15"))


GOOGLE_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>
<w:sz w:val="22"/><w:lang w:val="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"""


def test_a_document_saved_by_google_docs(tmp_path):
    """Google Docs sets every run's bold on (w:val="1") or off (w:val="0") with a w:rtl of 0,
    fills each rsid with zeros, names the bulletin a Title and its sections Heading 1."""
    def run(text: str, bold: bool = False) -> str:
        toggle = '<w:b w:val="1"/><w:bCs w:val="1"/>' if bold else '<w:b w:val="0"/>'
        return (f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>{toggle}<w:rtl w:val="0"/>'
                f'</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')

    def para(runs: str, style: str = "") -> str:
        styled = f'<w:pStyle w:val="{style}"/>' if style else ""
        return f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000"><w:pPr>{styled}<w:rPr/></w:pPr>{runs}</w:p>'

    body = (para(run("某某工作简报"), "Title") + para(run("第7期")) + para(run("某某县应急管理局　　　　2024年3月5日"))
            + para(run("工作动态"), "Heading1")
            + para(run("5月6日，") + run("县消防救援大队", True) + run("开展高层建筑消防演练。"))
            + para(run("5月7日，") + run("县市场监管局", True) + run("抽检食品样品32批次。"))
            + para(run("编辑：张三 审核：李四 签发：王五")) + para(run("送：县委、县政府。")) + para(run("发：各乡镇。")))
    issue = assert_reads_as_printed(make_docx(tmp_path / "t.docx", body, styles=GOOGLE_STYLES)).issue
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert [[run.text for run in e.rich if run.bold] for _, e in issue.entries()] == [["县消防救援大队"], ["县市场监管局"]]


def test_a_generator_writing_only_the_main_document_in_the_default_namespace(tmp_path):
    """A Pages-like exporter: content types, the package's relationships and the document,
    no styles or relationships of its own, WordprocessingML as the default namespace and the
    main part named by an absolute target."""
    def para(*runs: tuple[str, bool]) -> str:
        return "<p>" + "".join(f'<r>{"<rPr><b/></rPr>" if bold else ""}<t xml:space="preserve">{text}</t></r>'
                               for text, bold in runs) + "</p>"

    lines = [para(("某某工作简报", False)), para(("第7期", False)), para(("某某县应急管理局　　　　2024年3月5日", False)),
             para(("【工作动态】", False)),
             para(("5月6日，", False), ("县消防救援大队", True), ("开展高层建筑消防演练。", False)),
             para(("5月7日，", False), ("县市场监管局", True), ("抽检食品样品32批次。", False)),
             para(("编辑：张三 审核：李四 签发：王五", False)), para(("送：县委、县政府。", False)), para(("发：各乡镇。", False))]
    path = tmp_path / "t.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                         f'relationships+xml"/><Override PartName="/word/document.xml" ContentType="{MAIN_CT}"/></Types>')
        package.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{RELS_NS}"><Relationship Id="r1" '
                         f'Type="{RT}/officeDocument" Target="/word/document.xml"/></Relationships>')
        package.writestr("word/document.xml", f'<?xml version="1.0"?><document xmlns="{W_NS}"><body>{"".join(lines)}</body></document>')
    assert_reads_as_printed(path)


def test_a_vertical_box_beside_the_masthead_and_a_left_to_right_mark(tmp_path):
    """内部资料 注意保存 in a box of vertical text anchored in the name's paragraph, which WPS
    marks left to right (w:bidi 0, w:rtl 0): the masthead reads as printed."""
    box = ('<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>200000</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="400000" cy="1800000"/>'
           f'<a:graphic><a:graphicData uri="{SHAPE}"><wps:wsp><wps:txbx><w:txbxContent>{p("内部资料")}{p("注意保存")}'
           '</w:txbxContent></wps:txbx><wps:bodyPr vert="eaVert"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    body = (f'<w:p><w:pPr><w:bidi w:val="0"/></w:pPr>{box}<w:r><w:rPr><w:rtl w:val="0"/></w:rPr><w:t>某某工作简报</w:t></w:r></w:p>'
            + p("第7期") + p("某某县应急管理局　　　　2024年3月5日") + ENTRIES + CLOSING)
    assert_reads_as_printed(make_docx(tmp_path / "t.docx", body))


@pytest.mark.parametrize("boxes, read", [(190, True), (230, False)])
def test_text_boxes_with_a_fallback_count_once_towards_a_documents_length(tmp_path, monkeypatch, boxes, read):
    """A PDF made into Word sets every line in a text box, each with its VML fallback holding
    the same line again: the length is the lines printed, the fallback's not counted (a limit
    of 20 pages stands for the real one: 440 lines)."""
    from bulletin_desktop.core.recognise import BulletinFormatError
    from bulletin_desktop.core.wordread import limits
    from wordfiles import text_box

    monkeypatch.setattr(limits, "MAX_PAGES", 20)
    body = MASTHEAD + p("【工作动态】") + "".join(
        f'<w:p>{text_box(p(f"5月{i % 28 + 1}日，", runs=r("城关镇", bold=True) + r(f"巡查点位{i}处。")))}</w:p>'
        for i in range(boxes)) + CLOSING
    path = make_docx(tmp_path / "t.docx", body)
    if read:
        assert len(list(imported(path).issue.entries())) == boxes
    else:
        with pytest.raises(BulletinFormatError, match="页"):
            imported(path)


@pytest.mark.parametrize("embedded", [
    '<v:shape id="_x0000_i1025" style="width:80pt;height:60pt"><v:imagedata r:id="rIdEmf" o:title=""/></v:shape>'
    '<o:OLEObject Type="Embed" ProgID="Word.Document.12" ShapeID="_x0000_i1025" DrawAspect="Icon" r:id="rIdOle"/>',
    '<w:drawing><wp:inline><wp:extent cx="100" cy="100"/><a:graphic><a:graphicData '
    'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdEmf"/>'
    '</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
    '<w:objectEmbed w:drawAspect="icon" r:id="rIdOle" w:progId="KWPS.Document.9" w:shapeId="1"/>'],
    ids=["word 2007", "word 2010 drawing"])
def test_a_document_embedded_as_an_object_is_named_in_the_notes(tmp_path, embedded):
    """A covering letter may carry the bulletin itself as an embedded document: the clerk
    is told that its text was not read and how to import it."""
    body = (MASTHEAD + ENTRIES + f"<w:p><w:r><w:object>{embedded}</w:object></w:r></w:p>" + CLOSING)
    path = make_docx(tmp_path / "t.docx", body,
                     doc_rels=(f'<Relationship Id="rIdOle" Type="{RT}/package" Target="embeddings/Document1.docx"/>'
                               f'<Relationship Id="rIdEmf" Type="{RT}/image" Target="media/image1.emf"/>'),
                     parts={"word/embeddings/Document1.docx": b"PK\x03\x04" + bytes(200), "word/media/image1.emf": bytes(200)},
                     content_types=('<Default Extension="docx" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.wordprocessingml.document"/>'
                                    '<Default Extension="emf" ContentType="image/x-emf"/>'))
    warnings = assert_reads_as_printed(declaring(path, 'xmlns:o="urn:schemas-microsoft-com:office:office"')).warnings
    assert "跳过了 1 个图形或嵌入对象。" in warnings
    assert any(note.startswith("其中 1 个是嵌入的 Word 文档") and "另存为文件后再导入" in note for note in warnings)


def test_an_embedded_spreadsheet_is_no_document(tmp_path):
    ole = ('<w:r><w:object><v:shape id="s1" style="width:200pt;height:75pt"><v:imagedata r:id="rIdEmf" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="s1" DrawAspect="Content" r:id="rIdOle"/></w:object></w:r>')
    path = make_docx(tmp_path / "t.docx", MASTHEAD + ENTRIES + f"<w:p>{ole}</w:p>" + CLOSING,
                     doc_rels=f'<Relationship Id="rIdEmf" Type="{RT}/image" Target="media/image1.emf"/>',
                     parts={"word/media/image1.emf": bytes(200)})
    warnings = imported(declaring(path, 'xmlns:o="urn:schemas-microsoft-com:office:office"')).warnings
    assert not any("嵌入的 Word 文档" in note for note in warnings)


def test_a_package_whose_folders_are_written_with_backslashes(tmp_path):
    """.NET 4.5's zip tools on Windows wrote word\\document.xml for word/document.xml (an
    OA system's export): the parts are found as on Windows, where the zip reader itself
    turns the backslash into a slash."""
    source = make_docx(tmp_path / "src.docx", MASTHEAD + ENTRIES + CLOSING)
    path = tmp_path / "t.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename.replace("/", "\\"), old.read(info))
    assert_reads_as_printed(path)
