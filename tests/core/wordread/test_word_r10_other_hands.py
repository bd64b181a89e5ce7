"""Word files as other hands leave them, round 10: a unit replaced and an entry moved with
changes tracked, comments over several paragraphs, fields inside fields and fields whose
result runs over paragraphs, positional tabs in the closing block, a document without
styles and with lists that name nothing, templates, theme fonts, a table of contents with
web-hidden page numbers and text always hidden, offices combined in brackets, a guide over
a unit's name and a bullet in the private-use area, the main part elsewhere, editing
restricted, a note's own mark, the main part in UTF-16 or GB2312 or with ElementTree's
prefixes, and ZIP64 records. Each reads as the clerk sees it printed."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bulletin_desktop.core.importing import read_file
from wordfiles import CLOSING, MASTHEAD, NUMBERING, RT, STYLES, W_NS, make_docx, p

B = "<w:b/>"
REVISION = 'w:id="{}" w:author="李科员" w:date="2024-03-04T10:00:00Z"'


def run(text: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def field(kind: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:fldChar w:fldCharType="{kind}"/></w:r>'


def code(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def entry(date: str, unit: str, rest: str, *before: str) -> str:
    return para(*before, run(date + "，"), run(unit, B), run(rest))


SIMPLE = MASTHEAD + p("【工作动态】") + entry("3月1日", "县应急管理局", "召开调度会。") + CLOSING
SIMPLE_ENTRY = [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。")]


def masthead_of(issue):
    return issue.series, issue.number, issue.office, str(issue.date)


def entries(issue):
    return [(e.date, e.unit, e.text) for _, e in issue.entries()]


def sections(issue):
    return [(s.title, [(e.date, e.unit, e.text) for e in s.entries]) for s in issue.sections]


def rewritten(path: Path, name: str, transform) -> Path:
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    parts[name] = transform(parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for member, data in parts.items():
            package.writestr(member, data)
    return path


def test_a_unit_replaced_and_an_entry_moved_with_changes_tracked(tmp_path):
    """A reviewer replaces the unit's old name (县安监局 → 县应急管理局), moves an entry to
    another section, takes a list number off (the old number kept in w:pPrChange) and deletes
    a word someone else inserted: the text reads as accepted, the moved entry once, where it
    went."""
    moved = ('<w:r><w:t>3月2日，</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>城关镇</w:t></w:r>'
             '<w:r><w:t>排查出租房屋56户。</w:t></w:r>')
    body = (MASTHEAD + p("【工作动态】")
            + para(run("3月1日，"),
                   f'<w:del {REVISION.format(1)}><w:r><w:rPr><w:b/></w:rPr><w:delText>县安监局</w:delText></w:r></w:del>',
                   f'<w:ins {REVISION.format(2)}><w:r><w:rPr><w:b/></w:rPr><w:t>县应急管理局</w:t></w:r></w:ins>',
                   run("召开全县安全生产"), f'<w:del {REVISION.format(3)}><w:r><w:delText>工作</w:delText></w:r></w:del>',
                   run("调度会。"))
            + '<w:moveFromRangeStart w:id="10" w:name="move1" w:author="李科员"/>'
            + f'<w:p><w:pPr><w:rPr><w:moveFrom {REVISION.format(11)}/></w:rPr></w:pPr>'
              f'<w:moveFrom {REVISION.format(12)}>{moved}</w:moveFrom></w:p><w:moveFromRangeEnd w:id="10"/>'
            + entry("3月3日", "县住建局", "检查在建工地12处。")
              .replace("<w:p>", f'<w:p><w:pPr><w:pPrChange {REVISION.format(13)}><w:pPr><w:numPr><w:ilvl w:val="0"/>'
                                '<w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>', 1)
            + p("【基层信息】")
            + '<w:moveToRangeStart w:id="20" w:name="move1" w:author="李科员"/>'
            + f'<w:p><w:pPr><w:rPr><w:moveTo {REVISION.format(21)}/></w:rPr></w:pPr>'
              f'<w:moveTo {REVISION.format(22)}>{moved}</w:moveTo></w:p><w:moveToRangeEnd w:id="20"/>'
            + entry("3月4日", "县教育局", "开展校园安全检查。")
              .replace(run("开展"), f'<w:ins {REVISION.format(30)}><w:del {REVISION.format(31)}><w:r>'
                                    '<w:delText>临时</w:delText></w:r></w:del></w:ins>' + run("开展"))
            + CLOSING)
    result = read_file(make_docx(tmp_path / "修订稿.docx", body, numbering=NUMBERING))
    assert masthead_of(result.issue) == ("某某工作简报", 7, "某某县应急管理局", "2024-03-05")
    assert sections(result.issue) == [
        ("工作动态", [("3月1日", "县应急管理局", "3月1日，县应急管理局召开全县安全生产调度会。"),
                  ("3月3日", "县住建局", "3月3日，县住建局检查在建工地12处。")]),
        ("基层信息", [("3月2日", "城关镇", "3月2日，城关镇排查出租房屋56户。"),
                  ("3月4日", "县教育局", "3月4日，县教育局开展校园安全检查。")])]
    assert any("修订" in warning for warning in result.warnings)


def test_comments_over_several_paragraphs_and_their_replies_are_no_text(tmp_path):
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W_NS}">'
                '<w:comment w:id="0" w:author="王主任" w:initials="王"><w:p><w:r><w:annotationRef/></w:r>'
                '<w:r><w:t>3月9日，县委办要求补充数字。</w:t></w:r></w:p></w:comment>'
                '<w:comment w:id="1" w:author="张三"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>已改。</w:t></w:r></w:p>'
                '</w:comment></w:comments>')

    def mark(number: int) -> str:
        return f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{number}"/></w:r>'

    body = (MASTHEAD + p("【工作动态】")
            + entry("3月1日", "县应急管理局", "召开调度会。", '<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>')
            + para(run("3月2日，"), run("县住建局", B), run("检查工地12处"), '<w:commentRangeEnd w:id="0"/>', mark(0),
                   '<w:commentRangeEnd w:id="1"/>', mark(1), run("。"))
            + CLOSING)
    result = read_file(make_docx(tmp_path / "批注稿.docx", body, doc_rels=f'<Relationship Id="rIdCm" Type="{RT}/comments" '
                                 'Target="comments.xml"/>', parts={"word/comments.xml": comments}))
    assert entries(result.issue) == [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。"),
                                     ("3月2日", "县住建局", "3月2日，县住建局检查工地12处。")]
    assert any("2 条批注" in warning for warning in result.warnings)


def test_merge_fields_in_another_fields_code_are_no_unfilled_placeholders(tmp_path):
    """{ IF { MERGEFIELD 单位 } = "" "本单位" "{ MERGEFIELD 单位 }" } prints its own result
    (县住建局): the merge fields in its code print nothing of their own, so they are not told as
    placeholders left unfilled; a HYPERLINK's result, a REF's and a DATE's read as saved."""
    masthead = (p("某某工作简报") + para(field("begin"), code(" REF 期号 \\h "), field("separate"), run("第7期"), field("end"))
                + para(run("某某县应急管理局　　　　"), '<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">'
                       '<w:r><w:t>2024年3月5日</w:t></w:r></w:fldSimple>'))
    merge = field("begin") + code(" MERGEFIELD 单位 ") + field("separate") + run("«单位»", B) + field("end")
    body = (masthead + p("【工作动态】")
            + para(run("3月1日，"), field("begin"), code(" IF "), merge, code(' = "" "本单位" "'), merge, code('" '),
                   field("separate"), run("县住建局", B), field("end"), run("检查在建工地12处。"))
            + para(run("3月2日，"), field("begin"), code(' HYPERLINK "http://yjj.example.gov.cn/" '), field("separate"),
                   run("县应急", B + '<w:rStyle w:val="Hyperlink"/>'), run("管理局", B), field("end"), run("发布预警信息。"))
            + CLOSING)
    result = read_file(make_docx(tmp_path / "域.docx", body))
    assert masthead_of(result.issue) == ("某某工作简报", 7, "某某县应急管理局", "2024-03-05")
    assert entries(result.issue) == [("3月1日", "县住建局", "3月1日，县住建局检查在建工地12处。"),
                                     ("3月2日", "县应急管理局", "3月2日，县应急管理局发布预警信息。")]
    assert not any("邮件合并" in warning for warning in result.warnings)


def test_a_merge_field_left_unfilled_in_the_text_is_still_told(tmp_path):
    merge = field("begin") + code(" MERGEFIELD 单位 ") + field("separate") + run("«单位»", B) + field("end")
    body = MASTHEAD + p("【工作动态】") + para(run("3月1日，"), merge, run("召开调度会。")) + CLOSING
    result = read_file(make_docx(tmp_path / "模板.docx", body))
    assert any("«单位»" in warning for warning in result.warnings)


def test_a_fields_result_running_over_paragraphs_is_read(tmp_path):
    """INCLUDETEXT keeps what it included from another file as its result, over paragraphs."""
    body = (MASTHEAD + p("【工作动态】")
            + para(field("begin"), code(' INCLUDETEXT "D:\\\\简报\\\\来稿.docx" '), field("separate"),
                   run("3月1日，"), run("县应急管理局", B), run("召开调度会。"))
            + para(run("3月2日，"), run("县住建局", B), run("检查工地12处。"), field("end"))
            + CLOSING)
    assert entries(read_file(make_docx(tmp_path / "包含.docx", body)).issue) == [
        ("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。"), ("3月2日", "县住建局", "3月2日，县住建局检查工地12处。")]


def test_a_closing_block_and_masthead_set_apart_by_positional_tabs(tmp_path):
    def ptab(alignment: str, leader: str = "none") -> str:
        return f'<w:r><w:ptab w:relativeTo="margin" w:alignment="{alignment}" w:leader="{leader}"/></w:r>'

    body = (p("某某工作简报") + p("第7期") + para(run("某某县应急管理局"), ptab("right"), run("2024年3月5日"))
            + p("【工作动态】") + entry("3月1日", "县应急管理局", "召开调度会。")
            + para(run("编辑：张三"), ptab("center"), run("审核：李四"), ptab("right"), run("签发：王五"))
            + para(run("送：县委、县政府。")) + para(run("发：各乡镇。"), ptab("right", "dot"), run("（共印50份）")))
    issue = read_file(make_docx(tmp_path / "定位制表.docx", body)).issue
    assert masthead_of(issue) == ("某某工作简报", 7, "某某县应急管理局", "2024-03-05")
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == (["张三"], ["李四"], ["王五"])
    assert [(d.label, d.text) for d in issue.distribution] == [("送", "县委、县政府。"), ("发", "各乡镇。")]
    assert issue.print_copies == 50


def test_no_styles_part_and_lists_that_name_no_definition(tmp_path):
    """A generator that writes no styles part yet names Heading1, and numbers entries with a
    list whose abstract definition is missing or a list the numbering part never defines:
    Word numbers them with nothing, and the text reads as it prints."""
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="9"/></w:num></w:numbering>')

    def numbered(number: int, style: str = "") -> str:
        return (f'<w:pStyle w:val="{style}"/>' if style else "") + \
            f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'

    body = (MASTHEAD + para(run("工作动态"), ppr=numbered(1, "Heading1"))
            + para(run("3月1日，"), run("县应急管理局", B), run("召开调度会。"), ppr=numbered(2))
            + para(run("3月2日，"), run("县住建局", B), run("检查工地。"), ppr=numbered(5))
            + para(run("基层信息"), ppr=numbered(1, "Heading1"))
            + para(run("3月3日，"), run("城关镇", B), run("排查出租房屋。"), ppr=numbered(2, "ListParagraph"))
            + CLOSING)
    issue = read_file(make_docx(tmp_path / "缺样式.docx", body, styles=None, numbering=numbering)).issue
    assert [(s.title, [(e.mark, e.unit) for e in s.entries]) for s in issue.sections] == [
        ("工作动态", [("", "县应急管理局"), ("", "县住建局")]), ("基层信息", [("", "城关镇")])]


TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TEMPLATE = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"


@pytest.mark.parametrize(("name", "main_type"), [("简报模板.dotx", TEMPLATE), ("模板另存.docx", MACRO_TEMPLATE)])
def test_a_template_is_read_as_a_document(tmp_path, name, main_type):
    issue = read_file(make_docx(tmp_path / name, SIMPLE, main_type=main_type)).issue
    assert entries(issue) == SIMPLE_ENTRY and issue.series == "某某工作简报"


def test_theme_fonts_around_a_unit_set_in_heiti(tmp_path):
    """Text in the theme's fonts only (asciiTheme, eastAsiaTheme: Word's own default), a unit
    set in 黑体 among it: the 黑体 is the unit, as bold would be."""
    theme = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>'
             '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>'
             '<a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont>'
             '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/>'
             '</a:minorFont></a:fontScheme></a:themeElements></a:theme>')
    styles = STYLES.replace("<w:rPrDefault><w:rPr/></w:rPrDefault>",
                            '<w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
                            'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/></w:rPr></w:rPrDefault>')
    themed = '<w:rFonts w:asciiTheme="minorEastAsia" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorEastAsia"/>'
    heiti = '<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/>'
    body = (MASTHEAD + p("【工作动态】")
            + para(run("3月1日，", themed), run("县应急管理局", heiti), run("召开调度会，部署节后复工复产安全工作。", themed))
            + para(run("3月2日，", themed), run("县住建局", B + themed), run("检查在建工地12处。", themed)) + CLOSING)
    issue = read_file(make_docx(tmp_path / "主题字体.docx", body, styles=styles, parts={"word/theme/theme1.xml": theme},
                                doc_rels=f'<Relationship Id="rIdTh" Type="{RT}/theme" Target="theme/theme1.xml"/>')).issue
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("3月1日", "县应急管理局"), ("3月2日", "县住建局")]


def test_a_theme_font_beside_a_named_heiti_is_what_prints(tmp_path):
    """A run naming 黑体 and the theme's East Asian font both: Word prints the theme's (等线),
    so the words are not set apart as a unit in 黑体 would be."""
    both = '<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:eastAsiaTheme="minorEastAsia"/>'
    body = (MASTHEAD + p("【工作动态】")
            + para(run("3月1日，"), run("县应急管理局召开调度会", both), run("，部署节后复工复产安全工作，要求各乡镇压实责任。"))
            + entry("3月2日", "县住建局", "检查在建工地12处。") + CLOSING)
    issue = read_file(make_docx(tmp_path / "主题覆盖.docx", body)).issue
    assert [(e.unit, e.text) for _, e in issue.entries()] == [
        ("", "3月1日，县应急管理局召开调度会，部署节后复工复产安全工作，要求各乡镇压实责任。"),
        ("县住建局", "3月2日，县住建局检查在建工地12处。")]


def test_text_always_hidden_and_a_contents_pages_web_hidden_numbers(tmp_path):
    """w:specVanish hides a run even where hidden text is shown (an OA template's note to the
    clerk); w:webHidden hides only on a web page, so a contents line's page number prints,
    but it is the page's, not the text's: the contents line is read without it."""
    web_hidden = "<w:webHidden/>"
    contents = (p("本期要目")
                + para(field("begin"), code(' TOC \\o "1-3" \\h \\z \\u '), field("separate"),
                       '<w:hyperlink w:anchor="_Toc1" w:history="1">', run("县应急管理局召开调度会"),
                       f"<w:r><w:rPr>{web_hidden}</w:rPr><w:tab/></w:r>", field("begin", web_hidden),
                       f'<w:r><w:rPr>{web_hidden}</w:rPr><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>',
                       field("separate", web_hidden), run("1", web_hidden), field("end", web_hidden), "</w:hyperlink>")
                + para(field("end")))
    body = (MASTHEAD + contents + p("【工作动态】")
            + entry("3月1日", "县应急管理局", "召开调度会。").replace("</w:p>", run("（内部备注：待核）", "<w:specVanish/>") + "</w:p>")
            + entry("3月2日", "县住建局", "检查工地12处。").replace("</w:p>", run("草稿", "<w:vanish/>") + "</w:p>")
            + CLOSING)
    issue = read_file(make_docx(tmp_path / "目录.docx", body)).issue
    assert sections(issue) == [
        ("本期要目", [("", "", "县应急管理局召开调度会")]),
        ("工作动态", [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。"),
                  ("3月2日", "县住建局", "3月2日，县住建局检查工地12处。")])]


def test_two_offices_combined_in_brackets_are_the_joint_office(tmp_path):
    combined = '<w:eastAsianLayout w:id="1" w:combine="1" w:combineBrackets="round"/>'
    body = (p("某某工作简报") + p("第7期") + para(run("县应急管理局县交通运输局", combined), run("　　　　2024年3月5日"))
            + p("【工作动态】") + entry("3月1日", "县应急管理局", "召开调度会。") + CLOSING)
    issue = read_file(make_docx(tmp_path / "联合.docx", body)).issue
    assert (issue.office, str(issue.date)) == ("县应急管理局　县交通运输局", "2024-03-05")


def test_a_guide_over_a_units_first_character_and_a_bullet_in_the_private_use_area(tmp_path):
    """拼音指南 over the rare 亳 of 亳州市应急管理局 (the base bold as the rest of the name), and
    ● typed as Wingdings' private-use character by WPS: the unit reads whole, the bullet as
    the entry's mark."""
    ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="14"/><w:hpsRaise w:val="28"/>'
            '<w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>bó</w:t></w:r></w:rt>'
            '<w:rubyBase><w:r><w:rPr><w:b/></w:rPr><w:t>亳</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    body = (MASTHEAD + p("【工作动态】") + para(run("3月1日，"), ruby, run("州市应急管理局", B), run("召开调度会。"))
            + entry("3月2日", "县住建局", "检查工地12处。", run("\uf06c", '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'))
            + CLOSING)
    issue = read_file(make_docx(tmp_path / "注音.docx", body)).issue
    assert [(e.mark, e.date, e.unit) for _, e in issue.entries()] == [("", "3月1日", "亳州市应急管理局"),
                                                                      ("●", "3月2日", "县住建局")]


def test_editing_restricted_and_write_protected_is_read(tmp_path):
    """限制编辑 (read only, with ranges left open) and 修改权限密码 need no password to open."""
    crypt = ('w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny" '
             'w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" w:hash="abc=" w:salt="def="')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{W_NS}">'
                f'<w:writeProtection w:recommended="1" {crypt}/><w:documentProtection w:edit="readOnly" '
                f'w:enforcement="1" {crypt}/></w:settings>')
    body = (MASTHEAD + p("【工作动态】") + '<w:permStart w:id="1" w:edGrp="everyone"/>'
            + entry("3月1日", "县应急管理局", "召开调度会。") + '<w:permEnd w:id="1"/>' + CLOSING)
    path = make_docx(tmp_path / "只读.docx", body, parts={"word/settings.xml": settings},
                     doc_rels=f'<Relationship Id="rIdSet" Type="{RT}/settings" Target="settings.xml"/>')
    assert entries(read_file(path).issue) == SIMPLE_ENTRY


def test_a_notes_own_mark_goes_with_the_note(tmp_path):
    """A footnote marked with a mark of its own (*, w:customMarkFollows) rather than a number:
    the note is not imported, so neither is the mark that points to it."""
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
             '<w:footnote w:id="2"><w:p><w:r><w:t>*数据为初步统计。</w:t></w:r></w:p></w:footnote></w:footnotes>')
    body = (MASTHEAD + p("【工作动态】")
            + para(run("3月1日，"), run("县统计局", B), run("发布一季度数据"),
                   '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1" '
                   'w:id="2"/><w:t>*</w:t></w:r>', run("，全县生产总值增长5%*。"))
            + CLOSING)
    result = read_file(make_docx(tmp_path / "脚注.docx", body, parts={"word/footnotes.xml": notes},
                                 doc_rels=f'<Relationship Id="rIdFn" Type="{RT}/footnotes" Target="footnotes.xml"/>'))
    assert entries(result.issue) == [("3月1日", "县统计局", "3月1日，县统计局发布一季度数据，全县生产总值增长5%*。")]
    assert any("脚注" in warning for warning in result.warnings)


def _utf16(data: bytes) -> bytes:
    return b"\xff\xfe" + data.decode().replace('encoding="UTF-8"', 'encoding="utf-16"').encode("utf-16-le")


def _gb2312(data: bytes) -> bytes:
    return data.decode().replace('encoding="UTF-8"', 'encoding="GB2312"').encode("gb2312")


def _element_tree(data: bytes) -> bytes:
    from xml.etree import ElementTree

    return ElementTree.tostring(ElementTree.fromstring(data), encoding="utf-8", xml_declaration=True)


@pytest.mark.parametrize("transform", [_utf16, _gb2312, _element_tree], ids=["UTF-16", "GB2312", "ns0 prefixes"])
def test_a_main_document_written_by_other_xml_writers(tmp_path, transform):
    """A .NET generator's UTF-16, a Chinese system's GB2312, Python's ElementTree with its
    ns0: prefixes and no xml:space: the same document."""
    path = rewritten(make_docx(tmp_path / "生成.docx", SIMPLE), "word/document.xml", transform)
    assert entries(read_file(path).issue) == SIMPLE_ENTRY


def test_the_main_part_in_a_folder_of_its_own_and_zip64_records(tmp_path):
    """A Java library's package (content/main_part.xml, found through the relationships) with
    ZIP64 records for every member, as .NET's packaging writes on a stream."""
    source = make_docx(tmp_path / "源.docx", SIMPLE, main="content/main_part.xml")
    path = tmp_path / "zip64.docx"
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in package.infolist():
            with target.open(info.filename, "w", force_zip64=True) as member:
                member.write(package.read(info))
    assert entries(read_file(path).issue) == SIMPLE_ENTRY


def test_a_drop_down_form_field_prints_its_chosen_entry(tmp_path):
    """An OA template's 密级 as a legacy drop-down form field (FORMDROPDOWN): Word saves no
    result for it and draws the entry chosen; a text form field keeps its result."""
    def drop_down(chosen: str) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="密级"/><w:enabled/>'
                f'<w:ddList>{chosen}<w:listEntry w:val="内部资料"/><w:listEntry w:val="内部资料　注意保存"/></w:ddList>'
                '</w:ffData></w:fldChar></w:r>' + code(" FORMDROPDOWN ") + field("end"))

    text = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="期号"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            + code(" FORMTEXT ") + field("separate") + run("第7期") + field("end"))
    rest = p("某某工作简报") + para(text) + p("某某县应急管理局　　　　2024年3月5日") + p("【工作动态】") + \
        entry("3月1日", "县应急管理局", "召开调度会。") + CLOSING
    chosen = read_file(make_docx(tmp_path / "窗体.docx", para(drop_down('<w:result w:val="1"/>')) + rest)).issue
    assert (chosen.marking, chosen.series, chosen.number) == ("内部资料　注意保存", "某某工作简报", 7)
    assert entries(chosen) == SIMPLE_ENTRY
    first = read_file(make_docx(tmp_path / "默认.docx", para(drop_down("")) + rest)).issue
    assert first.marking == "内部资料"


def test_entries_numbered_in_enclosed_numbers_and_sections_in_japanese_counting(tmp_path):
    """⑴ ⑵ (decimalEnclosedParen) before entries, 一、二、 counted as a template made in
    Japanese Word counts (japaneseCounting: the same characters) before sections."""
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="japaneseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                 '</w:numbering>')

    def numbered(number: int) -> str:
        return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'

    body = (MASTHEAD + para(run("工作动态"), ppr=numbered(1))
            + para(run("3月1日，"), run("县应急管理局", B), run("召开调度会。"), ppr=numbered(2))
            + para(run("3月2日，"), run("县住建局", B), run("检查工地。"), ppr=numbered(2))
            + para(run("基层信息"), ppr=numbered(1)) + entry("3月3日", "城关镇", "排查出租房屋。") + CLOSING)
    issue = read_file(make_docx(tmp_path / "编号.docx", body, numbering=numbering)).issue
    assert [(s.title, [(e.mark, e.unit) for e in s.entries]) for s in issue.sections] == [
        ("工作动态", [("⑴", "县应急管理局"), ("⑵", "县住建局")]), ("基层信息", [("", "城关镇")])]


def test_page_and_column_breaks_are_layout(tmp_path):
    """A page break in the middle of an entry, and one opening a heading's paragraph (as older
    Word wrote a page break before a heading): the text reads on as one paragraph."""
    page, column = '<w:r><w:br w:type="page"/></w:r>', '<w:r><w:br w:type="column"/></w:r>'
    body = (MASTHEAD + p("【工作动态】")
            + para(run("3月1日，"), run("县应急管理局", B), run("召开调度会。"), page, run("会议要求，各乡镇要压实责任。"))
            + para(page, run("【基层信息】")) + entry("3月2日", "城关镇", "排查出租房屋56户。", column) + para(page) + CLOSING)
    issue = read_file(make_docx(tmp_path / "分页.docx", body)).issue
    assert sections(issue) == [
        ("工作动态", [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。会议要求，各乡镇要压实责任。")]),
        ("基层信息", [("3月2日", "城关镇", "3月2日，城关镇排查出租房屋56户。")])]


def test_a_main_document_without_its_relationships_or_with_absolute_targets(tmp_path):
    """A generator that writes no relationships for the main document (so no styles), and one
    that names its parts from the package's root (/word/document.xml)."""
    bare = make_docx(tmp_path / "无关系.docx", SIMPLE)
    with zipfile.ZipFile(bare) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()
                 if info.filename != "word/_rels/document.xml.rels"}
    with zipfile.ZipFile(bare, "w") as package:
        for member, data in parts.items():
            package.writestr(member, data)
    absolute = make_docx(tmp_path / "绝对路径.docx", SIMPLE)
    rewritten(absolute, "_rels/.rels", lambda data: data.replace(b'Target="word/', b'Target="/word/'))
    rewritten(absolute, "word/_rels/document.xml.rels", lambda data: data.replace(b'Target="styles', b'Target="/word/styles'))
    assert entries(read_file(bare).issue) == entries(read_file(absolute).issue) == SIMPLE_ENTRY


def test_tables_nested_sixty_deep_are_read_and_deeper_xml_is_refused_in_chinese(tmp_path):
    def nested(depth: int) -> str:
        inner = entry("3月1日", "县应急管理局", "召开调度会。")
        for _ in range(depth):
            inner = f"<w:tbl><w:tblPr/><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
        return MASTHEAD + p("【工作动态】") + inner + CLOSING

    assert entries(read_file(make_docx(tmp_path / "嵌套.docx", nested(60))).issue) == SIMPLE_ENTRY
    from bulletin_desktop.core.recognise import BulletinFormatError

    with pytest.raises(BulletinFormatError) as refused:
        read_file(make_docx(tmp_path / "过深.docx", nested(400)))
    assert refused.value.message.startswith("过深.docx：")


def test_a_broken_list_of_content_types_is_repaired_as_a_missing_one_is(tmp_path):
    """A [Content_Types].xml cut short by a hand-edit: Word repairs it on opening, as it does a
    missing one; the types are told from the parts' names and the clerk is told."""
    path = rewritten(make_docx(tmp_path / "清单坏.docx", SIMPLE), "[Content_Types].xml", lambda data: data[:120])
    result = read_file(path)
    assert entries(result.issue) == SIMPLE_ENTRY
    assert any("内容类型清单" in warning and "已损坏" in warning for warning in result.warnings)
