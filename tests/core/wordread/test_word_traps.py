"""Each trap of real Word files, built by hand, read and recognised field by field."""
import datetime as dt

import pytest

from bulletin_desktop.core.model import Article, DistributionLine, Signoff
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import Run, to_markup
from bulletin_desktop.core.wordread import paragraphs_from_path, read_word

from wordfiles import CLOSING, MASTHEAD, NUMBERING, RT, STYLES, br, image_run, make_docx, p, r, table, text_box


def issue_of(path):
    text = read_word(path)
    result = recognise(text.paragraphs)
    return result.issue, text.warnings + result.warnings


def test_masthead_in_a_table(tmp_path):
    body = table([["某某工作简报"], ["第7期"], ["某某县应急管理局", "2024年3月5日"]])
    body += p("【动态】") + p("3月1日，", runs=r("某县", bold=True) + r("开会。")) + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert (issue.series, issue.number, issue.office, issue.date) == ("某某工作简报", 7, "某某县应急管理局", dt.date(2024, 3, 5))
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("3月1日", "某县")]


def test_closing_block_laid_out_as_a_table(tmp_path):
    body = MASTHEAD + p("【动态】") + p("内容。")
    body += table([["编辑：张三", "审核：李四", "签发：王五"], ["送：", "县委、县政府。"], ["发：各乡镇、"], ["各部门。"]])
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert issue.signoff == Signoff(["张三"], ["李四"], ["王五"])
    assert issue.distribution == [DistributionLine("送", "县委、县政府。"), DistributionLine("发", "各乡镇、各部门。")]


def test_data_table_in_the_body_becomes_text_row_by_row(tmp_path):
    body = MASTHEAD + p("【统计】") + p("本周检查情况如下。") + table([["单位", "检查次数"], ["甲县", "12"]]) + CLOSING
    issue, warnings = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [e.text for _, e in issue.entries()] == ["本周检查情况如下。", "单位  检查次数", "甲县  12"]
    assert any("2 行表格" in w for w in warnings)  # the clerk is told it is no table any more


def test_a_table_s_short_rows_are_never_headings_or_titles(tmp_path):
    """Short rows without punctuation look like article titles and bare headings; as rows
    of a table they are its text, however the sections are written."""
    rows = table([["区县", "整治点位", "完成率"], ["东城区", "56", "100%"], ["西城区", "48", "96%"]])
    for heading in ("【数据统计】", "数据统计"):
        body = MASTHEAD + p("【动态】" if heading.startswith("【") else "工作动态") + p("7月1日，某县开会。")
        body += p(heading) + rows + p("以上数据截至7月5日。") + CLOSING
        issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
        section = issue.sections[-1]
        assert section.title == "数据统计"
        assert [(e.kind, e.text) for e in section.entries] == [
            ("item", "区县  整治点位  完成率"), ("item", "东城区  56  100%"), ("item", "西城区  48  96%"),
            ("item", "以上数据截至7月5日。")]


def test_masthead_and_closing_in_text_boxes_are_read_once(tmp_path):
    top = p(runs=text_box(MASTHEAD))
    bottom = p(runs=text_box(CLOSING))
    body = top + p("【动态】") + p("3月1日，某县开会。") + p("3月2日，某乡检查。") + bottom
    path = make_docx(tmp_path / "t.docx", body)
    issue, _ = issue_of(path)
    assert (issue.series, issue.number) == ("某某工作简报", 7)
    assert issue.signoff == Signoff(["张三"], ["李四"], ["王五"])
    assert [d.label for d in issue.distribution] == ["送", "发"]
    texts = [p.text for p in read_word(path).paragraphs]
    assert texts.count("某某工作简报") == 1 and texts.count("发：各乡镇。") == 1


def test_vml_only_text_box_is_read(tmp_path):
    vml = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + MASTHEAD + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", p(runs=vml) + p("【动态】") + p("内容。")))
    assert issue.series == "某某工作简报"


def test_tracked_changes_read_as_printed(tmp_path):
    ins = '<w:ins w:id="1" w:author="a"><w:r><w:t>召开</w:t></w:r></w:ins>'
    dele = '<w:del w:id="2" w:author="a"><w:r><w:delText>组织</w:delText></w:r></w:del>'
    body = MASTHEAD + p("【动态】") + p("3月1日，某县", runs=dele + ins + r("会议。")) + CLOSING
    issue, warnings = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县召开会议。"]
    assert any("修订" in w for w in warnings)


def test_deleted_paragraph_mark_joins_the_paragraphs(tmp_path):
    first = ('<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>' + r("3月1日，某县") + "</w:p>")
    body = MASTHEAD + p("【动态】") + first + p("召开会议。") + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县召开会议。"]


def test_date_field_keeps_its_saved_result(tmp_path):
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年3月5日</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    simple = '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple>'
    body = p("某某工作简报") + p("第7期") + p(runs=field) + p("【动态】") + p("共", runs=simple + r("页。")) + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert issue.date == dt.date(2024, 3, 5)
    assert [e.text for _, e in issue.entries()] == ["共3页。"]


def test_soft_breaks_in_each_of_their_meanings(tmp_path):
    heading_and_entry = p("【动态】", runs=br() + r("3月1日，某县召开会议，部署工作。"))
    two_entries = p("3月2日，某乡开展检查。", runs=br() + r("3月3日，某镇组织演练。"))
    mid_sentence = p("3月4日，某局召开会议，要求各单位坚持高", runs=br() + r("位推动，抓好落实。"))
    body = MASTHEAD + heading_and_entry + two_entries + mid_sentence + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [s.title for s in issue.sections] == ["动态"]
    assert [e.text for _, e in issue.entries()] == [
        "3月1日，某县召开会议，部署工作。", "3月2日，某乡开展检查。", "3月3日，某镇组织演练。",
        "3月4日，某局召开会议，要求各单位坚持高位推动，抓好落实。",
    ]


def test_an_entrys_next_sentence_on_a_line_of_its_own_stays_in_the_entry(tmp_path):
    """Shift+Enter after an entry's sentence, then more of the same entry: one entry (the model
    keeps an entry as one paragraph), not a second one with no date or unit."""
    continued = p("3月1日，", runs=r("某局", bold=True) + r("召开调度会。") + br() + r("会议要求，各单位加强管控。"))
    then_others = p("3月2日，某乡开展检查。", runs=br() + r("◆某镇组织演练。") + br() + r("某县：开展培训。"))
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【动态】") + continued + then_others + CLOSING))
    entries = [e for _, e in issue.entries()]
    assert [e.text for e in entries] == ["3月1日，某局召开调度会。会议要求，各单位加强管控。", "3月2日，某乡开展检查。",
                                         "◆某镇组织演练。", "某县：开展培训。"]
    assert (entries[0].date, entries[0].unit) == ("3月1日", "某局")


def test_soft_breaks_in_the_masthead_and_distribution(tmp_path):
    masthead = p("某某工作简报", runs=br() + r("第7期") + br() + r("某某县应急管理局　　2024年3月5日"))
    closing = p("编辑：张三", runs=br() + r("送：县委、县政府。") + br() + r("发：各乡镇、") + br() + r("各部门。"))
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", masthead + p("【动态】") + p("内容。") + closing))
    assert (issue.series, issue.number, issue.office) == ("某某工作简报", 7, "某某县应急管理局")
    assert issue.distribution == [DistributionLine("送", "县委、县政府。"), DistributionLine("发", "各乡镇、各部门。")]


def test_full_width_indents(tmp_path):
    indented = p("　　3月1日，某县召开会议。　　3月2日，某乡开展检查。")
    after_break = p("　　3月3日，某镇开展培训", runs=br() + r("　　活动很成功。"))
    body = MASTHEAD + p("【动态】") + indented + after_break + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县召开会议。", "3月2日，某乡开展检查。",
                                                    "3月3日，某镇开展培训", "活动很成功。"]


def test_auto_numbered_headings(tmp_path):
    numbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    bullet = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
    body = MASTHEAD + p("工作动态", extra_ppr=numbered) + p("3月1日，某县开会。", extra_ppr=bullet)
    body += p("经验交流", style="NumberedHeading") + p("某乡的做法") + p("一是抓好落实。") + CLOSING
    path = make_docx(tmp_path / "t.docx", body, numbering=NUMBERING)
    texts = [p.text for p in read_word(path).paragraphs]
    # (a list's bullet prints before its text as a number does, when it is an entry's mark)
    assert "一、工作动态" in texts and "二、经验交流" in texts and "●3月1日，某县开会。" in texts
    issue, _ = issue_of(path)
    assert [s.title for s in issue.sections] == ["工作动态", "经验交流"]
    assert isinstance(issue.sections[1].entries[0], Article)


def test_heading_style_makes_a_section(tmp_path):
    body = MASTHEAD + p("工作动态", style="Heading1") + p("3月1日，某县开会。") + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [s.title for s in issue.sections] == ["工作动态"]


@pytest.mark.parametrize("section_style", [None, "Heading1"])
def test_a_heading_style_below_the_sections_is_an_articles_title(tmp_path, section_style):
    """标题 1 栏目 over 标题 2 文章标题, or 【】 headings over titles in any heading style: the
    titles are articles in their section, not sections of their own."""
    heading = p("经验交流", style=section_style) if section_style else p("【经验交流】")
    body = (MASTHEAD + (p("工作动态", style=section_style) if section_style else p("【工作动态】"))
            + p("3月1日，某县开会。") + heading + p("城关镇织密安全网", style="Heading2")
            + p("今年以来，城关镇压实责任。") + p("东城街道燃气安全见实效", style="Heading2" if section_style else "Heading1")
            + p("今年以来，东城街道开展入户检查。") + CLOSING)
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [(s.title, [e.kind for e in s.entries]) for s in issue.sections] == [
        ("工作动态", ["item"]), ("经验交流", ["article", "article"])]
    assert [e.title for e in issue.sections[1].entries] == ["城关镇织密安全网", "东城街道燃气安全见实效"]


def test_one_level_of_heading_style_makes_the_sections_whichever_it_is(tmp_path):
    body = MASTHEAD + p("工作动态", style="Heading2") + p("3月1日，某县开会。") + p("督导检查", style="Heading2")
    body += p("3月2日，某乡检查。") + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [s.title for s in issue.sections] == ["工作动态", "督导检查"]


def test_a_pictures_caption_is_no_articles_title(tmp_path):
    body = MASTHEAD + p("【工作动态】") + p("5月1日，", runs=r("城关镇", bold=True) + r("开展消防演练。"))
    body += p("图为城关镇在县实验中学开展消防疏散演练") + p("5月2日，", runs=r("县交通局", bold=True) + r("开展检查。")) + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [(e.kind, e.date, e.unit) for e in issue.sections[0].entries] == [
        ("item", "5月1日", "城关镇"), ("item", "", ""), ("item", "5月2日", "县交通局")]


def test_bold_from_character_and_paragraph_styles(tmp_path):
    styled_unit = p("3月1日，", runs=r("某县", style="UnitChar") + r("召开会议。"))
    styled_para = p("一是抓好落实。", style="LeadChild")
    not_bold = p("3月2日，", runs='<w:r><w:rPr><w:rStyle w:val="UnitChar"/><w:b w:val="0"/></w:rPr><w:t>某乡</w:t></w:r>'
                 + r("检查。"))
    body = MASTHEAD + p("【动态】") + styled_unit + not_bold + styled_para + CLOSING
    path = make_docx(tmp_path / "t.docx", body)
    issue, _ = issue_of(path)
    items = [e for _, e in issue.entries()]
    assert [(i.date, i.unit) for i in items[:2]] == [("3月1日", "某县"), ("3月2日", "")]
    assert to_markup(items[2].rich) == "**一是抓好落实。**"


def _in_font(text: str, font: str) -> str:
    return f'<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{font}"/></w:rPr><w:t>{text}</w:t></w:r>'


def test_a_unit_set_in_heiti_among_other_text_is_taken_as_bold(tmp_path):
    """Offices that set the unit in 黑体 instead of bold: direct, through a character style,
    or through the paragraph's style with the rest set otherwise. Text in 黑体 throughout,
    or in a face that is not 黑-kind, is not set apart."""
    styles = STYLES.replace("</w:styles>", (
        '<w:style w:type="character" w:styleId="UnitHei"><w:name w:val="单位黑体"/>'
        '<w:rPr><w:rFonts w:eastAsia="SimHei"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="HeiPara"><w:name w:val="黑体段"/><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:rFonts w:eastAsia="方正黑体_GBK"/></w:rPr></w:style>'
        '</w:styles>'))
    direct = p(runs=_in_font("3月1日，", "仿宋_GB2312") + _in_font("某县应急局", "黑体") + _in_font("召开会议。", "仿宋_GB2312"))
    styled = p("3月2日，", runs=r("某乡", style="UnitHei") + r("开展检查。"))
    by_paragraph = p(style="HeiPara", runs=_in_font("3月3日，", "仿宋") + r("某街道") + _in_font("组织演练。", "仿宋"))
    throughout = p(runs=_in_font("3月4日，某镇开展培训。", "黑体"))
    other_face = p(runs=_in_font("3月5日，", "仿宋") + _in_font("某村", "楷体_GB2312") + _in_font("排查隐患。", "仿宋"))
    run_in_heading = p(runs=_in_font("一、加强领导。", "黑体") + _in_font("各乡镇成立工作专班。", "仿宋"))
    date_and_unit = p(runs=_in_font("3月6日，某区", "黑体") + _in_font("召开推进会。", "仿宋"))
    body = (MASTHEAD + p("【动态】") + direct + styled + by_paragraph + throughout + other_face + run_in_heading
            + date_and_unit + CLOSING)
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body, styles=styles))
    items = [e for _, e in issue.entries()]
    assert [(i.date, i.unit) for i in items] == [
        ("3月1日", "某县应急局"), ("3月2日", "某乡"), ("3月3日", "某街道"), ("3月4日", ""), ("3月5日", ""), ("", ""),
        ("3月6日", "某区")]
    assert to_markup(items[0].rich) == "3月1日，**某县应急局**召开会议。"
    assert to_markup(items[3].rich) == "3月4日，某镇开展培训。"
    # a run-in heading opens its paragraph in 黑体 by the layout's rule (ours sets it so too)
    assert to_markup(items[5].rich) == "一、加强领导。各乡镇成立工作专班。"


def test_footnotes_comments_headers_and_footers_are_not_text(tmp_path):
    footnote_ref = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    comment = ('<w:commentRangeStart w:id="0"/>' + r("召开会议。") + '<w:commentRangeEnd w:id="0"/>'
               '<w:r><w:commentReference w:id="0"/></w:r>')
    body = MASTHEAD + p("【动态】") + p("3月1日，某县", runs=footnote_ref + comment) + CLOSING
    footnotes = ('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:footnote w:id="1"><w:p><w:r><w:t>脚注的文字</w:t></w:r></w:p></w:footnote></w:footnotes>')
    footer = ('<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:p><w:r><w:t>— 1 —</w:t></w:r></w:p></w:ftr>')
    rels = (f'<Relationship Id="rIdFn" Type="{RT}/footnotes" Target="footnotes.xml"/>'
            f'<Relationship Id="rIdFt" Type="{RT}/footer" Target="footer1.xml"/>')
    path = make_docx(tmp_path / "t.docx", body, doc_rels=rels,
                     parts={"word/footnotes.xml": footnotes, "word/footer1.xml": footer})
    issue, warnings = issue_of(path)
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县召开会议。"]
    texts = "".join(p.text for p in read_word(path).paragraphs)
    assert "脚注的文字" not in texts and "— 1 —" not in texts
    assert any("脚注" in w for w in warnings) and any("批注" in w for w in warnings)


def test_image_is_skipped_and_reported(tmp_path):
    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。", runs=image_run()) + CLOSING
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    path = make_docx(tmp_path / "t.docx", body, doc_rels=f'<Relationship Id="rIdImg" Type="{RT}/image" Target="media/a.png"/>',
                     parts={"word/media/a.png": png})
    issue, warnings = issue_of(path)
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。"]
    assert any("1 张图片" in w for w in warnings)


def test_external_relationships_are_never_followed(tmp_path, monkeypatch):
    settings = ('<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<w:attachedTemplate r:id="rIdTpl"/></w:settings>')
    settings_rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rIdTpl" Type="{RT}/attachedTemplate" Target="file:///C:\\模板\\简报.dotm" TargetMode="External"/>'
                     "</Relationships>")
    linked = (f'<Relationship Id="rIdSet" Type="{RT}/settings" Target="settings.xml"/>'
              f'<Relationship Id="rIdImg" Type="{RT}/image" Target="file:///etc/passwd" TargetMode="External"/>')
    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。") + CLOSING
    path = make_docx(tmp_path / "t.docx", body, doc_rels=linked,
                     parts={"word/settings.xml": settings, "word/_rels/settings.xml.rels": settings_rels},
                     content_types='<Override PartName="/word/settings.xml" ContentType="application/'
                                   'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>')
    opened = []
    real_open = open

    def spying_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spying_open)
    issue, warnings = issue_of(path)
    assert issue.number == 7
    assert not [f for f in opened if "passwd" in f or "dotm" in f]
    assert any("外部文件" in w for w in warnings)


def test_main_part_found_through_relationships(tmp_path):
    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。") + CLOSING
    path = make_docx(tmp_path / "t.docx", body, main="content/main-body.xml")
    issue, _ = issue_of(path)
    assert (issue.series, issue.number) == ("某某工作简报", 7)


def test_hidden_text_is_not_printed(tmp_path):
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>'
    body = MASTHEAD + p("【动态】") + p("3月1日，某县", runs=hidden + r("开会。")) + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。"]


def test_paragraphs_from_path_gives_rich_text(tmp_path):
    body = p("3月1日，", runs=r("某县", bold=True) + r("开会。"))
    rich = paragraphs_from_path(make_docx(tmp_path / "t.docx", body))
    assert rich == [(Run("3月1日，"), Run("某县", True), Run("开会。"))]


@pytest.mark.parametrize("padding", ["　", "　　"])
def test_signoff_names_padded_with_full_width_spaces(tmp_path, padding):
    closing = p(f"编辑：卜{padding}丹　赵贺龙　　审核：翟红伟　　签发：孙全忠")
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【动态】") + p("内容。") + closing))
    assert issue.signoff == Signoff(["卜丹", "赵贺龙"], ["翟红伟"], ["孙全忠"])


def test_macro_enabled_document_is_read_as_text_only(tmp_path):
    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。") + CLOSING
    path = make_docx(tmp_path / "t.docm", body, main_type="application/vnd.ms-word.document.macroEnabled.main+xml")
    issue, _ = issue_of(path)
    assert (issue.series, issue.number) == ("某某工作简报", 7)
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。"]


def test_boxes_anchored_in_paragraphs_with_text_are_read_where_they_print(tmp_path):
    # the masthead box anchored in the first heading, the closing box in the last entry
    top = f"<w:p>{text_box(MASTHEAD)}{r('【动态】')}</w:p>"
    bottom = f"<w:p>{text_box(CLOSING)}{r('3月2日，某乡检查。')}</w:p>"
    body = top + p("3月1日，某县开会。") + bottom
    issue, warnings = issue_of(make_docx(tmp_path / "t.docx", body))
    assert (issue.series, [s.title for s in issue.sections]) == ("某某工作简报", ["动态"])
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。", "3月2日，某乡检查。"]
    assert issue.signoff == Signoff(["张三"], ["李四"], ["王五"]) and not warnings


HEADER_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"


def with_headers(tmp_path, body: str, headers: dict[str, str], title_page: bool):
    """A file whose first section has these headers ({"first": paragraphs, "default": …})."""
    from wordfiles import NAMESPACES

    refs = "".join(f'<w:headerReference w:type="{kind}" r:id="rIdH{kind}"/>' for kind in headers)
    return make_docx(
        tmp_path / "t.docx", body, sect_pr=f"<w:sectPr>{refs}{'<w:titlePg/>' if title_page else ''}</w:sectPr>",
        doc_rels="".join(f'<Relationship Id="rIdH{kind}" Type="{RT}/header" Target="header_{kind}.xml"/>'
                         for kind in headers),
        parts={f"word/header_{kind}.xml": f"<w:hdr {NAMESPACES}>{paras}</w:hdr>" for kind, paras in headers.items()},
        content_types="".join(f'<Override PartName="/word/header_{kind}.xml" ContentType="{HEADER_CT}"/>'
                              for kind in headers))


@pytest.mark.parametrize("title_page", [True, False])
def test_a_masthead_printed_in_the_first_pages_header_is_read_when_the_body_has_none(tmp_path, title_page):
    from bulletin_desktop.core.importing import read_file

    masthead = p("某某工作简报") + p("第7期")
    headers = {"first": masthead, "default": p("某某工作简报（续）")} if title_page else {"default": masthead}
    body = p("某某县应急管理局　　　　2024年3月5日") + p("【动态】") + p("3月1日，某县开会。") + CLOSING
    imported = read_file(with_headers(tmp_path, body, headers, title_page))
    issue = imported.issue
    assert (issue.series, issue.number, issue.office, issue.date) == ("某某工作简报", 7, "某某县应急管理局", dt.date(2024, 3, 5))
    assert [s.title for s in issue.sections] == ["动态"]
    assert any("页眉" in warning for warning in imported.warnings)


def test_a_running_title_in_the_header_stays_out_when_the_body_has_its_masthead(tmp_path):
    from bulletin_desktop.core.importing import read_file

    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。") + CLOSING
    imported = read_file(with_headers(tmp_path, body, {"default": p("某某工作简报")}, title_page=False))
    assert (imported.issue.series, imported.issue.office) == ("某某工作简报", "某某县应急管理局")
    assert [s.title for s in imported.issue.sections] == ["动态"]
    assert not any("页眉" in warning for warning in imported.warnings)


def word_art(text: str, shape_id: str = "_x0000_s1026") -> str:
    """Legacy WordArt (艺术字) as Word 2003 wrote it: a VML shape with a text path."""
    return ('<w:p><w:r><w:pict><v:shape id="' + shape_id + '" type="#_x0000_t136" style="width:400pt;height:50pt" '
            'fillcolor="red" stroked="f"><v:textpath style="font-family:&quot;方正小标宋简体&quot;" string="' + text
            + '"/></v:shape></w:pict></w:r></w:p>')


def test_a_masthead_set_in_legacy_word_art_is_read_by_its_text(tmp_path):
    body = word_art("某某工作简报") + p("第7期") + p("某某县应急管理局　　　　2024年3月5日")
    body += p("【动态】") + p("3月1日，某县开会。") + CLOSING
    issue, warnings = issue_of(make_docx(tmp_path / "t.docx", body))
    assert (issue.series, issue.number, issue.office) == ("某某工作简报", 7, "某某县应急管理局")
    assert not any("图形" in warning for warning in warnings)


def test_a_watermark_is_not_read_as_text(tmp_path):
    body = word_art("样稿", shape_id="PowerPlusWaterMarkObject357") + MASTHEAD + p("【动态】") + p("内容。") + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert issue.series == "某某工作简报"
    assert "样稿" not in "".join(e.text for _, e in issue.entries())


def test_a_masthead_printed_as_a_picture_takes_the_name_the_file_gives(tmp_path):
    """The red masthead is often a picture: no name in text. The file's own name gives it
    (less the issue's number and date), with a warning; a name given outright wins; with
    neither, the file is refused and the message says what to do."""
    from bulletin_desktop.core.importing import read_file
    from bulletin_desktop.core.recognise import BulletinFormatError

    body = p(runs=image_run()) + p("第7期") + p("某某县应急管理局　　　　2024年3月5日") + p("【动态】") + p("3月1日，某县开会。")
    named = make_docx(tmp_path / "某某县安全生产简报（第7期）2024年3月5日.docx", body)
    imported = read_file(named)
    assert (imported.issue.series, imported.issue.number) == ("某某县安全生产简报", 7)
    assert any("报头中没有简报名称的文字" in w and "某某县安全生产简报" in w for w in imported.warnings)
    assert read_file(named, series="防汛工作动态").issue.series == "防汛工作动态"
    bare = make_docx(tmp_path / "7.docx", body)
    with pytest.raises(BulletinFormatError, match="报头是图片时"):
        read_file(bare)
    # a masthead that does print its name keeps it, whatever the file is called
    assert read_file(make_docx(tmp_path / "别的简报第1期.docx", MASTHEAD + p("【动态】") + p("3月1日，某县开会。"))
                     ).issue.series == "某某工作简报"


@pytest.mark.parametrize("fmt, numbers", [
    ("chineseCounting", {1: "一", 10: "十", 11: "十一", 23: "二十三"}),
    ("chineseLegalSimplified", {1: "壹", 10: "拾", 11: "拾壹", 23: "贰拾叁"}),
    ("ideographTraditional", {1: "甲", 2: "乙", 10: "癸"}),
    ("decimalEnclosedCircle", {1: "①", 10: "⑩", 20: "⑳"}),
])
def test_list_numbers_as_word_draws_them(fmt, numbers):
    from bulletin_desktop.core.wordread.numbering import format_number

    assert {n: format_number(n, fmt) for n in numbers} == numbers


def test_a_strict_open_xml_document_reads_as_the_ordinary_one(tmp_path):
    """Word's "Strict Open XML" .docx: the same parts under the purl.oclc.org names."""
    import zipfile

    body = (MASTHEAD + p("【工作动态】", bold=True) + table([["5月6日，某县召开会议。"]])
            + p(runs=r("5月7日，") + r("某乡", bold=True) + r("开展检查。")) + CLOSING)
    ordinary = make_docx(tmp_path / "ordinary.docx", body, numbering=NUMBERING)
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(ordinary) as source, zipfile.ZipFile(strict, "w") as target:
        for info in source.infolist():
            data = source.read(info).replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"
            ).replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                      b"http://purl.oclc.org/ooxml/officeDocument/relationships")
            target.writestr(info, data)
    assert b"purl.oclc.org" in zipfile.ZipFile(strict).read("_rels/.rels")
    issue = recognise(read_word(strict).paragraphs).issue
    assert issue == recognise(read_word(ordinary).paragraphs).issue
    assert (issue.series, issue.sections[0].entries[1].unit, issue.signoff.signers) == ("某某工作简报", "某乡", ["王五"])


def test_a_phonetic_guide_reads_as_its_base_text(tmp_path):
    """拼音指南 (w:ruby): the characters print in the line, the pinyin above them is not text."""
    ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr>'
            '<w:rt><w:r><w:t>zhǎng gě</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>长葛</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    path = make_docx(tmp_path / "ruby.docx", MASTHEAD + p("【动态】") + p(runs=r("5月6日，") + ruby + r("市开展检查。")))
    texts = [para.text for para in read_word(path).paragraphs]
    assert texts[-1] == "5月6日，长葛市开展检查。"


FOOTER_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"


def with_footer(tmp_path, body: str, footer: str):
    """A file whose last section prints ``footer`` (paragraphs) at the foot of its pages."""
    from wordfiles import NAMESPACES

    return make_docx(
        tmp_path / "t.docx", body, sect_pr='<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>',
        doc_rels=f'<Relationship Id="rIdF" Type="{RT}/footer" Target="footer1.xml"/>',
        parts={"word/footer1.xml": f"<w:ftr {NAMESPACES}>{footer}</w:ftr>"},
        content_types=f'<Override PartName="/word/footer1.xml" ContentType="{FOOTER_CT}"/>')


def test_a_closing_block_printed_in_the_last_pages_footer_is_read_when_the_body_has_none(tmp_path):
    from bulletin_desktop.core.importing import read_file

    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。")
    imported = read_file(with_footer(tmp_path, body, CLOSING + p("— 1 —")))
    issue = imported.issue
    assert issue.signoff == Signoff(["张三"], ["李四"], ["王五"])
    assert [d.line() for d in issue.distribution] == ["送：县委、县政府。", "发：各乡镇。"]
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。"]
    assert any("页脚" in warning for warning in imported.warnings)


def test_a_footer_stays_out_when_the_body_has_its_closing_block(tmp_path):
    from bulletin_desktop.core.importing import read_file

    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。") + CLOSING
    imported = read_file(with_footer(tmp_path, body, p("编辑：赵六") + p("— 1 —")))
    assert imported.issue.signoff == Signoff(["张三"], ["李四"], ["王五"])
    assert not any("页脚" in warning for warning in imported.warnings)


HIDDEN_STYLES = STYLES.replace("</w:styles>", (
    '<w:style w:type="character" w:styleId="Note"><w:name w:val="编者注"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Memo"><w:name w:val="备注"/><w:basedOn w:val="MemoBase"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="MemoBase"><w:name w:val="备注基础"/><w:rPr><w:vanish/></w:rPr></w:style>'
    "</w:styles>"))


def test_text_hidden_by_a_style_is_not_imported(tmp_path):
    """隐藏文字 set by a character style, or by a paragraph style through the style it is
    based on; a run that switches it off again prints."""
    shown_again = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>（已核实）</w:t></w:r>'
    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。", runs=r("【编者：此条已删减】", style="Note"))
    body += p("编辑备注：请核对数字。", style="Memo") + p("3月2日，某乡检查。", style="Memo", runs=shown_again) + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body, styles=HIDDEN_STYLES))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。", "（已核实）"]


def test_bullets_inserted_from_symbol_fonts_print_as_their_characters(tmp_path):
    symbol = '<w:r><w:sym w:font="{}" w:char="{}"/></w:r>'
    body = MASTHEAD + p("【动态】") + p("", runs=symbol.format("Wingdings", "F075") + r("3月1日，某县开会。"))
    body += p("", runs=symbol.format("Symbol", "F0B7") + r("3月2日，某乡检查。"))
    body += p("", runs=symbol.format("Wingdings", "F04A") + r("3月3日，某镇巡查。")) + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [e.text for _, e in issue.entries()] == ["◆3月1日，某县开会。", "•3月2日，某乡检查。", "3月3日，某镇巡查。"]


def test_a_content_control_showing_its_placeholder_is_no_text(tmp_path):
    placeholder = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                   + p("单击或点击此处输入文字。") + "</w:sdtContent></w:sdt>")
    filled = '<w:sdt><w:sdtPr/><w:sdtContent>' + p("3月2日，某乡检查。") + "</w:sdtContent></w:sdt>"
    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会。") + placeholder + filled + CLOSING
    issue, warnings = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。", "3月2日，某乡检查。"]
    assert not warnings


def test_headings_numbered_through_a_list_style(tmp_path):
    """Word's multilevel list styles: the headings' list takes its levels from a list style
    (w:numStyleLink), which names the list that defines them (w:styleLink); they read 一、 二、."""
    numbering = NUMBERING.replace("</w:numbering>", (
        '<w:abstractNum w:abstractNumId="80"><w:styleLink w:val="JBList"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="82"><w:numStyleLink w:val="JBList"/></w:abstractNum>'
        '<w:num w:numId="81"><w:abstractNumId w:val="80"/></w:num><w:num w:numId="83"><w:abstractNumId w:val="82"/></w:num>'
        "</w:numbering>"))
    styles = STYLES.replace("</w:styles>", '<w:style w:type="numbering" w:styleId="JBList"><w:name w:val="简报列表"/>'
                                           '<w:pPr><w:numPr><w:numId w:val="81"/></w:numPr></w:pPr></w:style></w:styles>')
    listed = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="83"/></w:numPr>'
    body = MASTHEAD + p("工作动态", extra_ppr=listed) + p("3月1日，某县开会。") + p("督导检查", extra_ppr=listed)
    body += p("3月2日，某乡检查。") + CLOSING
    path = make_docx(tmp_path / "t.docx", body, numbering=numbering, styles=styles)
    assert [p.text for p in read_word(path).paragraphs][3:6:2] == ["一、工作动态", "二、督导检查"]
    issue, _ = issue_of(path)
    assert [s.title for s in issue.sections] == ["工作动态", "督导检查"]


@pytest.mark.parametrize("stem", ["驻马店市安全生产简报（2024年第5期）终稿", "驻马店市安全生产简报〔2024〕第5期",
                                  "驻马店市安全生产简报（二〇二四年第五期）", "驻马店市安全生产简报第5期（签发稿）",
                                  "驻马店市安全生产简报第5期-修改", "驻马店市安全生产简报第5期v2", "2024年第5期驻马店市安全生产简报",
                                  "附件1：驻马店市安全生产简报第5期"])
def test_the_name_a_file_gives_in_more_forms(stem):
    from bulletin_desktop.core.importing import name_from_file

    assert name_from_file(stem) == "驻马店市安全生产简报"


def test_a_layout_table_setting_the_body_in_columns_reads_cell_after_cell(tmp_path):
    """A row whose cells hold sections of entries (two columns, or 栏目 | 条目) is read a cell
    at a time, not as one line of a data table."""
    entry = p("5月1日，", runs=r("城关镇", bold=True) + r("组织开展安全检查，发现隐患5处。"))
    columns = table([[p("【工作动态】") + entry, p("【督查检查】") + p("5月2日，", runs=r("县交通局", bold=True) + r("开展检查。"))]])
    issue, warnings = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + columns + CLOSING))
    assert [(s.title, [(e.date, e.unit) for e in s.entries]) for s in issue.sections] == [
        ("工作动态", [("5月1日", "城关镇")]), ("督查检查", [("5月2日", "县交通局")])]
    assert not any("表格" in w for w in warnings)
    labelled = table([[p("工作动态"), entry + p("5月3日，", runs=r("县住建局", bold=True) + r("开展检查。"))],
                      [p("督查检查"), p("5月4日，", runs=r("县教育局", bold=True) + r("开展检查。"))]])
    issue, _ = issue_of(make_docx(tmp_path / "u.docx", MASTHEAD + labelled + CLOSING))
    assert [(s.title, [e.unit for e in s.entries]) for s in issue.sections] == [
        ("工作动态", ["城关镇", "县住建局"]), ("督查检查", ["县教育局"])]


def test_entries_laid_out_in_a_table_by_column(tmp_path):
    """单位 | 日期 | 内容 and 序号 | 内容: each row the entry it holds, counted for its unit (the
    row of column labels over them is no entry); a data table of figures stays rows of text."""
    by_column = table([[p("单位"), p("日期"), p("内容")],
                       [p("", runs=r("城关镇", bold=True)), p("5月1日"), p("组织开展安全检查，发现隐患5处。")],
                       [p("县交通局"), p("5月2日"), p("组织开展道路运输安全检查。")]])
    numbered = table([[p("序号"), p("内容")], [p("1"), p("5月3日，", runs=r("县住建局", bold=True) + r("组织开展安全检查。"))]])
    figures = table([[p("西平县"), p("5月1日"), p("12")], [p("某某局"), p("2024年3月5日"), p("第7期（总第60期）")]])
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【动态】") + by_column + numbered + figures + CLOSING))
    assert [(e.mark, e.date, e.unit, e.text) for _, e in issue.entries()] == [
        ("", "5月1日", "城关镇", "5月1日，城关镇组织开展安全检查，发现隐患5处。"),
        ("", "5月2日", "县交通局", "5月2日，县交通局组织开展道路运输安全检查。"),
        ("1．", "5月3日", "县住建局", "1．5月3日，县住建局组织开展安全检查。"),
        ("", "", "", "西平县  5月1日  12"), ("", "", "", "某某局  2024年3月5日  第7期（总第60期）")]


def test_a_run_in_heading_set_with_the_style_separator_runs_into_its_paragraph(tmp_path):
    """Word's style separator (Ctrl+Alt+Enter) hides a paragraph's mark: the heading in its own
    style and the paragraph after it print as one."""
    hidden_mark = '<w:pPr><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>'
    heading = f'<w:p>{hidden_mark}<w:r><w:rPr><w:b/></w:rPr><w:t>一、压实责任链条。</w:t></w:r></w:p>'
    body = MASTHEAD + p("【经验交流】") + p("城关镇织密安全防护网") + p("今年以来，城关镇压实责任。") + heading
    body += p("建立党政领导干部安全生产责任清单。") + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    [article] = [e for _, e in issue.entries()]
    assert [to_markup(par) for par in article.paragraphs] == ["今年以来，城关镇压实责任。", "**一、压实责任链条。**建立党政领导干部安全生产责任清单。"]


def _in_every_font(text: str, font: str, bold: bool = False) -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
    return f'<w:r><w:rPr>{fonts}{"<w:b/>" if bold else ""}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_document_set_in_a_heavy_face_throughout_bolds_only_its_bold(tmp_path):
    """微软雅黑 everywhere, as online editors export, with the date's figures in Arial or the
    date pasted in 宋体: only the unit set in bold is the unit, the rest is no bold."""
    figures_apart = p(runs=_in_every_font("10", "Arial") + _in_every_font("月", "Microsoft YaHei")
                      + _in_every_font("11", "Arial") + _in_every_font("日，", "Microsoft YaHei")
                      + _in_every_font("县交通运输局", "Microsoft YaHei", bold=True)
                      + _in_every_font("开展道路运输安全检查，发现隐患5处。", "Microsoft YaHei"))
    date_pasted = p(runs=_in_every_font("10月12日，", "SimSun") + _in_every_font("县应急管理局", "Microsoft YaHei", bold=True)
                    + _in_every_font("组织开展危化品企业安全检查。", "Microsoft YaHei"))
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【动态】") + figures_apart + date_pasted + CLOSING))
    assert [(e.date, e.unit, to_markup(e.body)) for _, e in issue.entries()] == [
        ("10月11日", "县交通运输局", "开展道路运输安全检查，发现隐患5处。"), ("10月12日", "县应急管理局", "组织开展危化品企业安全检查。")]


def test_a_masthead_drawn_as_a_group_of_text_boxes_reads_top_to_bottom(tmp_path):
    """The boxes of a grouped shape are stored in the order they were drawn: the 期号 box
    first here, though it prints under the name's."""
    def box(y: int, paragraphs: str) -> str:
        return (f'<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="{y}"/><a:ext cx="5600000" cy="500000"/></a:xfrm></wps:spPr>'
                f"<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp>")
    group = ('<w:p><w:r><w:drawing><wp:anchor><wp:extent cx="5600000" cy="1500000"/><a:graphic><a:graphicData '
             'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp '
             'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
             + box(800000, p("第7期") + p("某某县应急管理局　　　　2024年3月5日")) + box(0, p("某某工作简报"))
             + "</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>")
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", group + p("【动态】") + p("3月1日，某县开会。") + CLOSING))
    assert (issue.series, issue.number, issue.office) == ("某某工作简报", 7, "某某县应急管理局")
