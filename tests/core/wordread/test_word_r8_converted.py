"""Word files LibreOffice made from what other hands wrote: a web page exported by an OA
system (its masthead in a table over a red rule, or headings, or lines split by <br>), a
hand-written RTF, OpenDocument text with automatic numbering, a text box masthead, tracked
changes, a comment, a footnote, a page-number footer and two columns, and plain text. Each
is converted to .docx (and one to the old .doc) and imported as the clerk expects."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file

pytestmark = pytest.mark.slow

OA_TABLE_PAGE = """<html><head><meta charset="utf-8"><title>简报</title></head><body>
<table width="100%" style="border-bottom:3px solid #ff0000">
<tr><td colspan="2" align="center"><font color="#ff0000" size="7">城北区住建工作简报</font></td></tr>
<tr><td colspan="2" align="center">第15期</td></tr>
<tr><td align="left">城北区住房和城乡建设局</td><td align="right">2025年6月18日</td></tr></table>
<hr style="color:red;height:2px">
<p>【重点工作】</p>
<p>　　6月12日，<b>区建管站</b>对辖区12个在建工地开展防汛专项检查，发现隐患9处。</p>
<p>　　6月13日，<b>区物业中心</b>召开物业服务企业座谈会。</p>
<p>【基层动态】</p>
<p>　　6月16日，<strong>西湖街道</strong>组织老旧小区改造现场观摩，<a href="http://example.org/n/1">详见专题报道</a>。</p>
<p>&nbsp;</p>
<table style="border-top:1px solid black;border-bottom:1px solid black" width="100%">
<tr><td>编辑：刘洋　　审核：陈静　　签发：马骏</td></tr><tr><td>报：区委、区政府。</td></tr>
<tr><td>送：区直各单位，各街道办事处。</td></tr></table>
<p>（共印40份）</p></body></html>"""

OA_HEADINGS_PAGE = """<html><head><meta charset="utf-8"></head><body>
<h1 align="center" style="color:red">南城区政务服务工作简报</h1><p align="center">第9期</p>
<p>南城区政务服务和大数据管理局　　　　2025年7月8日</p><hr color="red" size="3">
<h2>改革创新</h2><p>7月1日，<b>区政务服务中心</b>推出“一件事一次办”套餐服务12项。</p>
<p>7月3日，<b>区不动产登记中心</b>实现交房即交证。</p>
<h2>窗口服务</h2><p>7月4日，<b>区税务局窗口</b>开展延时服务，办理业务86件。</p><hr>
<p>编辑：何平　审核：罗兰　签发：宋江</p><p>报：区委、区政府。</p></body></html>"""

BROKEN_LINES_PAGE = """<html><head><meta charset="utf-8"></head><body>
<div style="text-align:center;color:red;font-size:28pt">北关镇工作简报</div><div style="text-align:center">第4期</div>
<div>北关镇党政办公室&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2025年3月12日</div>
<div>【工作动态】<br>3月8日，<b>镇综治中心</b>组织矛盾纠纷排查，化解纠纷5起。<br>3月9日，<b>镇农业服务中心</b>发放春耕物资。</div>
<div>【安全生产】<br>3月11日，<b>镇安监站</b>检查小作坊15家，<br>下达整改通知书3份。</div>
<div>编辑：韩梅　审核：周正　签发：冯刚<br>送：县委办、县政府办。<br>（共印15份）</div></body></html>"""


def _rtf(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)


RTF = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _rtf("仿宋_GB2312") + ";}}"
       "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}\n"
       + "\n".join([
           "{\\pard\\qc\\cf2\\fs72 " + _rtf("青山县安全生产简报") + "\\par}",
           "{\\pard\\qc\\fs32 " + _rtf("第8期") + "\\par}",
           "{\\pard\\fs32 " + _rtf("青山县安全生产委员会办公室") + "\\tab " + _rtf("2025年4月2日") + "\\par}",
           "{\\pard\\brdrb\\brdrs\\brdrw30\\brdrcf2\\fs32 \\par}",
           "{\\pard\\fs32 " + _rtf("【工作动态】") + "\\par}",
           "{\\pard\\fi640\\fs32 " + _rtf("3月28日，") + "{\\b " + _rtf("县应急管理局") + "}"
           + _rtf("开展危化品企业专项执法检查，检查企业6家，") + "\\line " + _rtf("发现问题14项。") + "\\par}",
           "{\\pard\\fi640\\fs32 " + _rtf("3月30日，") + "{\\b " + _rtf("石门镇") + "}" + _rtf("开展森林防火宣传。") + "\\par}",
           "{\\pard\\brdrt\\brdrs\\brdrw10\\fs28 " + _rtf("编辑：周敏　审核：吴刚　签发：郑涛") + "\\par}",
           "{\\pard\\fs28 " + _rtf("送：县委、县政府领导，县安委会成员单位。") + "\\par}",
           "{\\pard\\fs28 " + _rtf("（共印30份）") + "\\par}"]) + "}")

# Word's own RTF: the masthead in a text box (\\shp … \\shptxt), the sections numbered 一、 by a
# list (\\ls1, with the \\listtext Word writes for readers that do not number)
_LISTS = ("{\\*\\listtable{\\list\\listtemplateid1{\\listlevel\\levelnfc39\\levelstartat1\\levelfollow2"
          "{\\leveltext\\'02\\'00\\u12289 ?;}{\\levelnumbers\\'01;}}\\listid100}}"
          "{\\*\\listoverridetable{\\listoverride\\listid100\\listoverridecount0\\ls1}}")
_BOX = ("{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpright9000\\shpbottom2500\\shpfhdr0\\shpbxcolumn\\shpbypara"
        "\\shpwr3\\shpz0{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt \\pard\\qc\\cf2\\fs72 " + _rtf("西山区市场监管工作简报")
        + "\\par\\pard\\qc\\fs32 " + _rtf("第6期") + "\\par\\pard\\fs32 " + _rtf("西山区市场监督管理局") + "\\tab "
        + _rtf("2025年5月20日") + "\\par}}}")
WORD_RTF = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}"
            "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}" + _LISTS + "\n" + "\n".join([
                "\\pard " + _BOX + "\\par",
                "\\pard\\ls1\\ilvl0{\\listtext\\u19968?\\u12289 }" + _rtf("抽检监测") + "\\par",
                "\\pard\\fi640 " + _rtf("5月15日，") + "{\\b " + _rtf("区食品安全抽检中心") + "}" + _rtf("完成抽检样品120批次。") + "\\par",
                "\\pard\\ls1\\ilvl0{\\listtext\\u20108?\\u12289 }" + _rtf("执法办案") + "\\par",
                "\\pard\\fi640 " + _rtf("5月18日，") + "{\\b " + _rtf("城关市场监管所") + "}" + _rtf("查处无证经营案件2起。") + "\\par",
                "\\pard " + _rtf("编辑：许诺　审核：高远　签发：江涛") + "\\par", "\\pard " + _rtf("送：区委、区政府领导。") + "\\par"])
            + "}")

ODF_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">')

NUMBERED_ODF = ODF_HEAD + """<office:styles>
 <style:style style:name="单位" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <text:list-style style:name="栏目编号"><text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/></text:list-style>
 <text:list-style style:name="条目编号"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>
</office:styles>
<office:automatic-styles><style:style style:name="Red" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.5pt solid #ff0000"/></style:style></office:automatic-styles>
<office:body><office:text>
<text:p>河西镇农业农村工作简报</text:p><text:p>第21期</text:p><text:p text:style-name="Red">河西镇人民政府<text:tab/>2025年9月5日</text:p>
<text:list text:style-name="栏目编号"><text:list-item><text:p>秋粮生产</text:p></text:list-item></text:list>
<text:list text:style-name="条目编号">
 <text:list-item><text:p>9月1日，<text:span text:style-name="单位">农业服务中心</text:span>指导秋粮病虫害防治。</text:p></text:list-item>
 <text:list-item><text:p>9月2日，<text:span text:style-name="单位">李家村</text:span>完成玉米机收1200亩。</text:p></text:list-item></text:list>
<text:list text:style-name="栏目编号" text:continue-numbering="true"><text:list-item><text:p>人居环境</text:p></text:list-item></text:list>
<text:list text:style-name="条目编号"><text:list-item><text:p>9月3日，<text:span text:style-name="单位">王庄村</text:span>清理坑塘5处。</text:p></text:list-item></text:list>
<text:p>编辑：赵云　审核：钱峰　签发：孙海</text:p><text:p>送：镇党委、镇政府领导。</text:p><text:p>（共印20份）</text:p>
</office:text></office:body></office:document>"""

FRAMED_ODF = ODF_HEAD + """<office:automatic-styles>
 <style:style style:name="AsiaBold" style:family="text"><style:text-properties style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.5cm"/></style:section-properties></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="page" style:horizontal-pos="center" style:horizontal-rel="page"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p>打印于<text:date>2025年10月9日</text:date></text:p></style:header>
 <style:footer><text:p>— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>王</dc:creator><dc:date>2025-10-08T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
 <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>王</dc:creator><dc:date>2025-10-08T10:00:00</dc:date></office:change-info><text:p>区消防大队</text:p></text:deletion></text:changed-region>
</text:tracked-changes>
<text:p><draw:frame draw:style-name="fr1" draw:name="报头" text:anchor-type="paragraph" svg:width="15cm" svg:height="4cm" svg:y="2cm"><draw:text-box>
 <text:p>东湖区安全生产工作简报</text:p><text:p>第11期</text:p><text:p>东湖区应急管理局<text:tab/>2025年10月9日</text:p>
</draw:text-box></draw:frame></text:p>
<text:p>【工作动态】</text:p>
<text:p>10月5日，<text:change text:change-id="ct2"/><text:change-start text:change-id="ct1"/><text:span text:style-name="Bold">区消防救援大队</text:span><text:change-end text:change-id="ct1"/>开展高层建筑消防演练<office:annotation><dc:creator>审核人</dc:creator><text:p>请核实人数</text:p></office:annotation>，参演人员80人<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>数据由区消防救援大队提供。</text:p></text:note-body></text:note>。</text:p>
<text:section text:style-name="Sect2" text:name="两栏">
<text:p>10月6日，<text:span text:style-name="AsiaBold">区市场监管局</text:span>抽检食品样品32批次，<text:line-break/>合格率100%。</text:p>
<text:p>10月7日，<text:span text:style-name="Bold">湖滨街道</text:span>开展燃气安全入户检查。</text:p>
</text:section>
<text:p>编辑：陈晨<text:tab/>审核：林立<text:tab/>签发：黄河</text:p><text:p>送：区委、区政府领导。</text:p><text:p>（共印30份）</text:p>
</office:text></office:body></office:document>"""

PLAIN_TEXT = ("平原区信访工作简报\n第3期\n平原区信访局　　2025年2月20日\n【工作动态】\n"
              "　　2月17日，城东街道开展矛盾纠纷集中排查，化解纠纷11件。\n　　2月18日，区信访局召开信访形势分析会。\n"
              "编辑：孙丽　审核：钱进　签发：李明\n送：区委、区政府领导。\n（共印25份）\n")

SOURCES = {"oa_table.html": OA_TABLE_PAGE, "oa_headings.html": OA_HEADINGS_PAGE, "broken_lines.html": BROKEN_LINES_PAGE,
           "hand.rtf": RTF, "word.rtf": WORD_RTF, "numbered.fodt": NUMBERED_ODF, "framed.fodt": FRAMED_ODF, "plain.txt": PLAIN_TEXT}


def _convert(soffice, folder, sources, target: str) -> None:
    subprocess.run([str(soffice), "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", target, "--outdir", str(folder / "out"), *map(str, sources)],
                   capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    soffice = libreoffice.libreoffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is needed to make these files")
    folder = tmp_path_factory.mktemp("other_hands")
    sources = []
    for name, text in SOURCES.items():
        (folder / name).write_text(text, encoding="ascii" if name.endswith(".rtf") else "utf-8")
        sources.append(folder / name)
    _convert(soffice, folder, sources, "docx:MS Word 2007 XML")  # (the filter named: web pages open in Writer/Web)
    _convert(soffice, folder, [folder / "out" / "hand.docx"], "doc")  # an old .doc, made from the .docx
    return folder / "out"


def _entries(issue):
    return [(e.mark, e.date, e.unit, e.text) for _, e in issue.entries()]


def _masthead(issue):
    return issue.series, issue.number, issue.office, issue.date


def test_an_oa_page_with_its_masthead_in_a_table(made):
    issue = read_file(made / "oa_table.docx").issue
    assert _masthead(issue) == ("城北区住建工作简报", 15, "城北区住房和城乡建设局", dt.date(2025, 6, 18))
    assert [s.title for s in issue.sections] == ["重点工作", "基层动态"]
    assert _entries(issue) == [
        ("", "6月12日", "区建管站", "6月12日，区建管站对辖区12个在建工地开展防汛专项检查，发现隐患9处。"),
        ("", "6月13日", "区物业中心", "6月13日，区物业中心召开物业服务企业座谈会。"),
        ("", "6月16日", "西湖街道", "6月16日，西湖街道组织老旧小区改造现场观摩，详见专题报道。")]
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == (["刘洋"], ["陈静"], ["马骏"])
    assert [d.label for d in issue.distribution] == ["报", "送"] and issue.print_copies == 40


def test_an_oa_page_whose_name_and_sections_are_headings(made):
    issue = read_file(made / "oa_headings.docx").issue
    assert _masthead(issue) == ("南城区政务服务工作简报", 9, "南城区政务服务和大数据管理局", dt.date(2025, 7, 8))
    assert [s.title for s in issue.sections] == ["改革创新", "窗口服务"]
    assert [(e.date, e.unit) for _, e in issue.entries()] == [
        ("7月1日", "区政务服务中心"), ("7月3日", "区不动产登记中心"), ("7月4日", "区税务局窗口")]
    assert issue.signoff.signers == ["宋江"]


def test_an_oa_page_whose_entries_are_lines_of_one_block(made):
    issue = read_file(made / "broken_lines.docx").issue
    assert _masthead(issue) == ("北关镇工作简报", 4, "北关镇党政办公室", dt.date(2025, 3, 12))
    assert [s.title for s in issue.sections] == ["工作动态", "安全生产"]
    assert _entries(issue) == [
        ("", "3月8日", "镇综治中心", "3月8日，镇综治中心组织矛盾纠纷排查，化解纠纷5起。"),
        ("", "3月9日", "镇农业服务中心", "3月9日，镇农业服务中心发放春耕物资。"),
        ("", "3月11日", "镇安监站", "3月11日，镇安监站检查小作坊15家，下达整改通知书3份。")]
    assert issue.signoff.signers == ["冯刚"] and issue.print_copies == 15


HAND_RTF_ENTRIES = [("", "3月28日", "县应急管理局", "3月28日，县应急管理局开展危化品企业专项执法检查，检查企业6家，发现问题14项。"),
                    ("", "3月30日", "石门镇", "3月30日，石门镇开展森林防火宣传。")]


@pytest.mark.parametrize("name", ["hand.docx", "hand.doc"])
def test_a_hand_written_rtf_with_a_tab_and_a_line_break(made, name):
    imported = read_file(made / name)
    issue = imported.issue
    assert _masthead(issue) == ("青山县安全生产简报", 8, "青山县安全生产委员会办公室", dt.date(2025, 4, 2))
    assert _entries(issue) == HAND_RTF_ENTRIES
    assert issue.signoff.signers == ["郑涛"] and issue.print_copies == 30
    assert any("LibreOffice" in w for w in imported.warnings) == name.endswith(".doc")


def test_opendocument_numbering_prints_its_numbers(made):
    issue = read_file(made / "numbered.docx").issue
    assert _masthead(issue) == ("河西镇农业农村工作简报", 21, "河西镇人民政府", dt.date(2025, 9, 5))
    assert [s.title for s in issue.sections] == ["秋粮生产", "人居环境"]
    assert [(e.mark, e.date, e.unit) for _, e in issue.entries()] == [
        ("1.", "9月1日", "农业服务中心"), ("2.", "9月2日", "李家村"), ("1.", "9月3日", "王庄村")]


def test_a_framed_masthead_revisions_notes_and_columns(made):
    imported = read_file(made / "framed.docx")
    issue = imported.issue
    assert _masthead(issue) == ("东湖区安全生产工作简报", 11, "东湖区应急管理局", dt.date(2025, 10, 9))
    assert _entries(issue) == [
        ("", "10月5日", "区消防救援大队", "10月5日，区消防救援大队开展高层建筑消防演练，参演人员80人。"),
        ("", "10月6日", "区市场监管局", "10月6日，区市场监管局抽检食品样品32批次，合格率100%。"),
        ("", "10月7日", "湖滨街道", "10月7日，湖滨街道开展燃气安全入户检查。")]
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == (["陈晨"], ["林立"], ["黄河"])
    text = "".join(e.text for _, e in issue.entries())
    assert "核实" not in text and "区消防大队" not in text and "提供" not in text and "打印于" not in text
    assert any("脚注" in w for w in imported.warnings) and any("批注" in w for w in imported.warnings)
    assert any("修订" in w for w in imported.warnings)


def test_plain_text_saved_as_word_by_libreoffice(made):
    issue = read_file(made / "plain.docx").issue
    assert _masthead(issue) == ("平原区信访工作简报", 3, "平原区信访局", dt.date(2025, 2, 20))
    assert [(e.date, e.text) for _, e in issue.entries()] == [
        ("2月17日", "2月17日，城东街道开展矛盾纠纷集中排查，化解纠纷11件。"), ("2月18日", "2月18日，区信访局召开信访形势分析会。")]
    assert issue.print_copies == 25


def test_words_rtf_with_a_text_box_masthead_and_numbered_sections(made):
    issue = read_file(made / "word.docx").issue
    assert _masthead(issue) == ("西山区市场监管工作简报", 6, "西山区市场监督管理局", dt.date(2025, 5, 20))
    assert [s.title for s in issue.sections] == ["抽检监测", "执法办案"]
    assert _entries(issue) == [("", "5月15日", "区食品安全抽检中心", "5月15日，区食品安全抽检中心完成抽检样品120批次。"),
                               ("", "5月18日", "城关市场监管所", "5月18日，城关市场监管所查处无证经营案件2起。")]
    assert issue.signoff.signers == ["江涛"]
