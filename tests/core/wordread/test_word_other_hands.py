"""Word files as other software makes them (WPS, LibreOffice, OA systems, old Word): bullets
typed in a symbol font or drawn by a bullet list, tables of entries under their column
labels, merged cells, and embedded HTML with its line breaks and stylesheets."""
from __future__ import annotations

from bulletin_desktop.core.wordread import read_word
from test_html_chunk import with_chunk
from test_word_traps import issue_of
from wordfiles import CLOSING, MASTHEAD, W_NS, make_docx, p, r, table


def font_run(text: str, font: str) -> str:
    return f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t>{text}</w:t></w:r>'


def entries(issue):
    return [(e.mark, e.date, e.unit) for _, e in issue.entries()]


def test_a_bullet_typed_in_wingdings_reads_as_the_mark_it_prints(tmp_path):
    """WPS and LibreOffice keep a Wingdings ◆ as U+F075 in the text, old files as the letter u."""
    body = MASTHEAD + p("【动态】")
    for bullet, date in (("\uf075", "8月14日"), ("u", "8月15日")):
        body += p(runs=font_run(bullet, "Wingdings") + r(f"{date}，") + r("县社保中心", bold=True) + r("开展认证。"))
    body += p(runs=font_run("\uf0b7", "Symbol") + r("8月16日，") + r("城关镇", bold=True) + r("推进应用。"))
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body + CLOSING))
    assert entries(issue) == [("◆", "8月14日", "县社保中心"), ("◆", "8月15日", "县社保中心"), ("•", "8月16日", "城关镇")]


def test_latin_text_left_in_a_symbol_font_is_kept(tmp_path):
    body = MASTHEAD + p("【动态】") + p("3月1日，某县开会，", runs=font_run("GDP", "Symbol") + r("增长。")) + CLOSING
    texts = [par.text for par in read_word(make_docx(tmp_path / "t.docx", body)).paragraphs]
    assert "3月1日，某县开会，GDP增长。" in texts


BULLETS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="◆"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="u"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0d8"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


def test_a_bullet_lists_bullet_is_the_entrys_mark(tmp_path):
    def bulleted(level: int, date: str) -> str:
        numbered = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr>'
        return p(f"{date}，", extra_ppr=numbered, runs=r("东城区", bold=True) + r("组织召开推进会。"))

    body = MASTHEAD + p("【动态】") + bulleted(0, "6月3日") + bulleted(1, "6月4日") + bulleted(2, "6月5日") + CLOSING
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body, numbering=BULLETS))
    # (➢ is no mark an entry opens with: not read, as before)
    assert entries(issue) == [("◆", "6月3日", "东城区"), ("◆", "6月4日", "东城区"), ("", "6月5日", "东城区")]


def test_the_column_labels_over_a_table_of_entries_are_no_entry(tmp_path):
    rows = table([["序号", "单位", "日期", "内容"], ["1", "城关镇", "7月1日", "巡查河道堤防12公里。"],
                  ["2", "清河镇", "7月2日", "对3处隐患点开展加密巡查。"]])
    bold_labels = table([[p("报送单位", bold=True), p("时　间", bold=True), p("主要内容", bold=True)],
                         ["县水利局", "7月3日", "开展水库安全检查。"]])
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【防汛值守】") + rows + bold_labels + CLOSING))
    assert [(e.mark, e.date, e.unit, e.text) for _, e in issue.entries()] == [
        ("1．", "7月1日", "城关镇", "1．7月1日，城关镇巡查河道堤防12公里。"),
        ("2．", "7月2日", "清河镇", "2．7月2日，清河镇对3处隐患点开展加密巡查。"),
        ("", "7月3日", "县水利局", "7月3日，县水利局开展水库安全检查。")]


def test_a_data_tables_labels_stay(tmp_path):
    rows = table([["单位", "内容"], ["甲县", "12"]])
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【统计】") + rows + CLOSING))
    assert [e.text for _, e in issue.entries()] == ["单位  内容", "甲县  12"]


def test_a_data_tables_figures_and_time_words_are_no_entry_dates(tmp_path):
    """A cell of 3.5 (a figure) or 近期 in a data table is no date: its row stays a row, not
    an entry dated so (the editor's date field takes such leads; a table's cell is no lead)."""
    rows = table([["城关镇", "3.5", "完成河道清淤工程主体施工任务。"],
                  ["清河镇", "近期", "完成河道清淤工程主体施工任务。"]])
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【统计】") + rows + CLOSING))
    assert [(e.date, e.text) for _, e in issue.entries()] == [
        ("", "城关镇  3.5  完成河道清淤工程主体施工任务。"), ("", "清河镇  近期  完成河道清淤工程主体施工任务。")]


def merged(text: str, first: bool) -> str:
    merge = '<w:vMerge w:val="restart"/>' if first else "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{merge}</w:tcPr>{p(text)}</w:tc>"


def test_a_vertically_merged_cells_text_is_each_rows(tmp_path):
    rows = ("<w:tbl><w:tblPr/><w:tr><w:tc>" + p("乡镇") + "</w:tc><w:tc>" + p("企业") + "</w:tc><w:tc>" + p("隐患")
            + "</w:tc></w:tr><w:tr>" + merged("城关镇", True) + "<w:tc>" + p("8") + "</w:tc><w:tc>" + p("15")
            + "</w:tc></w:tr><w:tr>" + merged("", False) + "<w:tc>" + p("3") + "</w:tc><w:tc>" + p("4")
            + "</w:tc></w:tr></w:tbl>")
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", MASTHEAD + p("【隐患排查】") + rows + CLOSING))
    assert [e.text for _, e in issue.entries()] == ["乡镇  企业  隐患", "城关镇  8  15", "城关镇  3  4"]


def test_a_cell_merged_down_from_the_first_row_is_read_once(tmp_path):
    """A masthead laid out as a table, its name merged down beside the number and the date."""
    rows = ("<w:tbl><w:tblPr/><w:tr>" + merged("某某工作简报", True) + "<w:tc>" + p("第7期") + "</w:tc></w:tr><w:tr>"
            + merged("", False) + "<w:tc>" + p("2024年3月5日") + "</w:tc></w:tr></w:tbl>")
    texts = [par.text for par in read_word(make_docx(tmp_path / "t.docx", rows + p("【动态】") + p("内容。"))).paragraphs]
    assert texts.count("某某工作简报  第7期") == 1 and "2024年3月5日" in texts and "某某工作简报  2024年3月5日" not in texts


def test_a_line_break_in_an_html_fragment_is_read_as_word_reads_one(tmp_path):
    html = ("<p>【审批服务】<br>5月13日，<b>县政务服务中心</b>推行集成服务。</p>"
            "<p>5月15日，<b>县住建局窗口</b>开展“帮办代办”服务，<br>\n为8个重点项目提供全流程帮办。</p>")
    issue, _ = issue_of(with_chunk(tmp_path, MASTHEAD, html.encode()))
    assert [s.title for s in issue.sections] == ["审批服务"]
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == [
        ("5月13日", "县政务服务中心", "5月13日，县政务服务中心推行集成服务。"),
        ("5月15日", "县住建局窗口", "5月15日，县住建局窗口开展“帮办代办”服务，为8个重点项目提供全流程帮办。")]


def test_bold_and_heiti_from_an_html_fragments_stylesheet(tmp_path):
    html = ("<html><head><style><!-- p.MsoNormal {font-family:仿宋_GB2312} .unit { font-weight : bold }"
            " span.hei {font-family:'黑体', SimHei} .plain b {font-weight:normal} --></style></head><body>"
            "<p class=MsoNormal>【审批服务】</p>"
            "<p class=MsoNormal>5月13日，<span class='x unit'>县政务服务中心</span>推行集成服务。</p>"
            "<p class=MsoNormal>5月14日，<span class=hei>县市场监管局</span>全面实行网办。</p>"
            "<p>5月15日，<span style='mso-fareast-font-family:黑体'>县税务局</span>推行无纸化办税。</p>"
            "<p>5月16日，<font face=SimHei>县医保局</font>推行异地就医直接结算。</p></body></html>")
    issue, _ = issue_of(with_chunk(tmp_path, MASTHEAD, html.encode()))
    assert [(e.date, e.unit) for _, e in issue.entries()] == [
        ("5月13日", "县政务服务中心"), ("5月14日", "县市场监管局"), ("5月15日", "县税务局"), ("5月16日", "县医保局")]


def test_a_fragment_set_in_heiti_throughout_sets_nothing_apart(tmp_path):
    html = "<style>p {font-family:黑体}</style><p>【审批服务】</p><p>5月13日，县政务服务中心推行集成服务。</p>"
    issue, _ = issue_of(with_chunk(tmp_path, MASTHEAD, html.encode()))
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("5月13日", "")]


def with_footers(tmp_path, body: str, default: str, first: str):
    """A one-section file with a footer of its own on page 1 (首页不同) and another on the rest."""
    from wordfiles import NAMESPACES, RT

    footer_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
    return make_docx(
        tmp_path / "t.docx", body,
        sect_pr=('<w:sectPr><w:footerReference w:type="default" r:id="rIdF1"/>'
                 '<w:footerReference w:type="first" r:id="rIdF2"/><w:titlePg/></w:sectPr>'),
        doc_rels=(f'<Relationship Id="rIdF1" Type="{RT}/footer" Target="footer1.xml"/>'
                  f'<Relationship Id="rIdF2" Type="{RT}/footer" Target="footer2.xml"/>'),
        parts={"word/footer1.xml": f"<w:ftr {NAMESPACES}>{default}</w:ftr>",
               "word/footer2.xml": f"<w:ftr {NAMESPACES}>{first}</w:ftr>"},
        content_types=(f'<Override PartName="/word/footer1.xml" ContentType="{footer_type}"/>'
                       f'<Override PartName="/word/footer2.xml" ContentType="{footer_type}"/>'))


def test_a_closing_block_in_the_first_pages_own_footer_is_read(tmp_path):
    from bulletin_desktop.core.importing import read_file
    from bulletin_desktop.core.model import Signoff

    body = MASTHEAD + p("【动态】") + p("2月19日，", runs=r("县信访局", bold=True) + r("召开会议。"))
    imported = read_file(with_footers(tmp_path, body, p("— 2 —"), CLOSING + p("（共印25份）")))
    assert imported.issue.signoff == Signoff(["张三"], ["李四"], ["王五"])
    assert [d.line() for d in imported.issue.distribution] == ["送：县委、县政府。", "发：各乡镇。"]
    assert imported.issue.print_copies == 25
    assert [e.unit for _, e in imported.issue.entries()] == ["县信访局"]


def test_the_other_pages_footer_with_a_closing_block_comes_first(tmp_path):
    from bulletin_desktop.core.importing import read_file

    body = MASTHEAD + p("【动态】") + p("2月19日，某县开会。")
    imported = read_file(with_footers(tmp_path, body, p("编辑：赵六"), p("编辑：孙七")))
    assert imported.issue.signoff.editors == ["赵六"]


def floating_box(paragraphs: str, position: str, height: int = 1000000) -> str:
    """A DrawingML text box placed on the page (``position``: wp:positionV's content and
    relativeFrom, e.g. 'relativeFrom="page"><wp:posOffset>8400000</wp:posOffset>'), with
    the VML fallback Word writes beside it."""
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV {position}</wp:positionV><wp:extent cx="5600000" cy="{height}"/><wp:wrapTopAndBottom/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def vml_box(paragraphs: str, style: str) -> str:
    return f'<w:r><w:pict><v:shape style="{style}"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'


AT_THE_FOOT = 'relativeFrom="page"><wp:posOffset>8400000</wp:posOffset>'  # 23.3 cm down an A4 page
AT_THE_TOP = 'relativeFrom="page"><wp:posOffset>900000</wp:posOffset>'
ENTRIES = p("【监管动态】") + p("8月26日，", runs=r("县市场监管局", bold=True) + r("召开部署会。"))


def test_a_closing_block_in_a_box_at_the_foot_of_the_page_is_read_after_the_body(tmp_path):
    """WPS one-page templates anchor the box at the page's foot in any paragraph: the name's,
    a heading's."""
    for anchored_in in range(3):
        paragraphs = [p("某某工作简报"), p("第7期"), p("某某县应急管理局　　　　2024年3月5日"), ENTRIES]
        index = (0, 3, 3)[anchored_in]
        box = floating_box(CLOSING, AT_THE_FOOT if anchored_in < 2 else 'relativeFrom="margin"><wp:align>bottom</wp:align>')
        paragraphs[index] = paragraphs[index].replace("</w:p>", box + "</w:p>", 1)
        issue, _ = issue_of(make_docx(tmp_path / "t.docx", "".join(paragraphs)))
        assert (issue.series, issue.number) == ("某某工作简报", 7)
        assert [(e.date, e.unit) for _, e in issue.entries()] == [("8月26日", "县市场监管局")]
        assert issue.signoff.signers == ["王五"] and [d.label for d in issue.distribution] == ["送", "发"]


def test_a_masthead_in_a_box_at_the_top_of_the_page_is_read_before_the_body(tmp_path):
    later = p("8月27日，", runs=r("城南所", bold=True) + r("开展检查。") + floating_box(MASTHEAD, AT_THE_TOP, 1400000))
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", ENTRIES + later + CLOSING))
    assert (issue.series, issue.number, issue.office) == ("某某工作简报", 7, "某某县应急管理局")
    assert [e.unit for _, e in issue.entries()] == ["县市场监管局", "城南所"]


def test_a_vml_box_placed_on_the_page_is_read_where_it_prints(tmp_path):
    foot = vml_box(CLOSING, "position:absolute;margin-top:660pt;width:441pt;height:80pt;mso-position-vertical-relative:page")
    top = vml_box(MASTHEAD, "position:absolute;top:1cm;height:3cm;mso-position-vertical-relative:margin")
    body = p(runs=foot) + ENTRIES + p(runs=top)
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert issue.series == "某某工作简报" and issue.signoff.signers == ["王五"]
    assert [e.unit for _, e in issue.entries()] == ["县市场监管局"]


def test_a_box_placed_on_a_later_page_stays_on_its_page(tmp_path):
    page_break = '<w:r><w:br w:type="page"/></w:r>'
    on_page_two = p("第二页的说明", runs=floating_box(p("【专题】"), AT_THE_TOP))
    body = MASTHEAD + ENTRIES + p(runs=page_break) + p("8月28日，某县开会。") + on_page_two + p("8月29日，某乡检查。")
    texts = [par.text for par in read_word(make_docx(tmp_path / "t.docx", body)).paragraphs]
    assert texts.index("【专题】") == texts.index("8月28日，某县开会。") - 1
    assert texts.index("【专题】") > texts.index("【监管动态】")


def test_a_box_placed_by_its_paragraph_is_read_with_it(tmp_path):
    """Positioned from its paragraph (or the middle of the page): no telling where it prints
    but by its paragraph."""
    for position in ('relativeFrom="paragraph"><wp:posOffset>8400000</wp:posOffset>',
                     'relativeFrom="page"><wp:posOffset>5000000</wp:posOffset>'):
        body = MASTHEAD + p("【动态】", runs=floating_box(p("图为检查现场"), position)) + p("3月1日，某县开会。")
        body += p("3月2日，某乡检查。") + p("3月3日，某镇开会。") + p("3月4日，某局检查。")
        texts = [par.text for par in read_word(make_docx(tmp_path / "t.docx", body)).paragraphs]
        assert texts.index("图为检查现场") == texts.index("【动态】") - 1


def test_boxes_placed_on_the_page_in_one_paragraph_are_read_top_to_bottom(tmp_path):
    """A PDF made into Word: a page's lines in boxes placed on the page, anchored in one
    paragraph in no particular order."""
    lines = ["【动态】", "3月1日，某县开会。", "3月2日，某乡检查。", "3月3日，某镇开会。"]
    boxes = "".join(floating_box(p(lines[i]), f'relativeFrom="page"><wp:posOffset>{4000000 + i * 400000}</wp:posOffset>', 300000)
                    for i in (2, 0, 3, 1))
    texts = [par.text for par in read_word(make_docx(tmp_path / "t.docx", MASTHEAD + p(runs=boxes))).paragraphs]
    assert texts[-4:] == lines


def test_a_table_of_dates_and_what_happened_gives_the_entries_it_holds(tmp_path):
    """日期 | 工作内容: each row the entry it lays out, its bold unit counted; the label row is none."""
    from docx import Document

    from bulletin_desktop.core.importing import read_file

    document = Document()
    for line in ("测试简报", "第1期", "测试县财政局办公室", "2024年6月7日", "【工作动态】"):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=2)
    rows = [("日期", "工作内容"), ("6月3日", "**县财政局**召开预算执行分析会。"), ("6月4日", "城关镇开展补贴资金专项清理。")]
    for row, (date, text) in zip(table.rows, rows):
        row.cells[0].paragraphs[0].add_run(date)
        cell = row.cells[1].paragraphs[0]
        if text.startswith("**"):
            unit, rest = text[2:].split("**", 1)
            cell.add_run(unit).bold = True
            cell.add_run(rest)
        else:
            cell.add_run(text)
    path = tmp_path / "dates.docx"
    document.save(str(path))
    entries = [e for _s, e in read_file(path).issue.entries()]
    assert [(e.date, e.unit, e.text) for e in entries] == [
        ("6月3日", "县财政局", "6月3日，县财政局召开预算执行分析会。"), ("6月4日", "", "6月4日，城关镇开展补贴资金专项清理。")]
