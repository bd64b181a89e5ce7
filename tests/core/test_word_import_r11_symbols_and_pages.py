"""Symbol fonts beyond Wingdings and Symbol, round 11: Wingdings 2 (ticks, boxes, circled
numbers, bullets), Wingdings 3 (triangles) and Webdings (▶ ✓ ●) print characters, whether
Word writes the glyph as w:sym, WPS and LibreOffice as a private-use character, an old file
as the plain letter, a SYMBOL field or a list's bullet; a web page Word saved (另存为网页)
draws its list bullets as such a letter in a span of the font (Wingdings l for ●; a glyph of
0x80–0x9F as the Windows character of that byte), read as the bullet. A saved page's menu,
a row of links and nothing else, is no text of the page."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordread.wordfiles import CLOSING, MASTHEAD, NUMBERING, STYLES, make_docx, p

B = "<w:b/>"


def run(text: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def fonts(font: str) -> str:
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'


REST = run("7月2日，") + run("唐河县水利局", B) + run("巡查水库堤坝9处。")


@pytest.mark.parametrize("font, code, printed", [
    ("Wingdings 2", 0x98, "●"), ("Wingdings 2", 0x6A, "①"), ("Wingdings 2", 0x52, "☑"), ("Wingdings 2", 0xA2, "■"),
    ("Wingdings 3", 0x75, "▶"), ("Wingdings 3", 0x70, "▲"), ("Webdings", 0x34, "▶"), ("Webdings", 0x3D, "●"),
])
@pytest.mark.parametrize("written", ["sym", "private use", "letter", "symbol field"])
def test_a_glyph_of_these_fonts_prints_its_character(tmp_path, font, code, printed, written):
    if written == "sym":
        glyph = f'<w:r><w:sym w:font="{font}" w:char="F0{code:02X}"/></w:r>'
    elif written == "private use":
        glyph = run(chr(0xF000 + code), fonts(font))
    elif written == "letter":
        if code > 0x7E:
            pytest.skip("a letter of the Latin range only")
        glyph = run(chr(code), fonts(font))
    else:
        glyph = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 f'<w:r><w:instrText xml:space="preserve"> SYMBOL {code} \\f "{font}" \\s 16 </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = MASTHEAD + p("【水利动态】") + para(glyph, REST) + CLOSING
    (_, item), = read_file(make_docx(tmp_path / "符号.docx", body)).issue.entries()
    assert (item.mark.strip(), item.date, item.unit) == (printed, "7月2日", "唐河县水利局")


def test_a_glyph_these_fonts_give_no_meaning_prints_nothing(tmp_path):
    body = MASTHEAD + p("【水利动态】") + para('<w:r><w:sym w:font="Webdings" w:char="F021"/></w:r>', REST) + CLOSING
    (_, item), = read_file(make_docx(tmp_path / "符号.docx", body)).issue.entries()
    assert item.text == "7月2日，唐河县水利局巡查水库堤坝9处。"


def test_a_list_bulleted_in_wingdings_3(tmp_path):
    numbering = NUMBERING.replace(
        '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>',
        '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="u"/><w:rPr><w:rFonts w:ascii="Wingdings 3" '
        'w:hAnsi="Wingdings 3" w:hint="default"/></w:rPr></w:lvl>')
    body = MASTHEAD + p("【水利动态】") + para(REST, ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>') + CLOSING
    (_, item), = read_file(make_docx(tmp_path / "列表.docx", body, styles=STYLES, numbering=numbering)).issue.entries()
    assert (item.mark.strip(), item.unit) == ("▶", "唐河县水利局")


PAGE_HEAD = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\"><head>"
             "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15\">"
             "</head><body lang=ZH-CN><div class=WordSection1><p class=MsoNormal>唐河县防汛工作简报</p><p class=MsoNormal>第12期</p>"
             "<p class=MsoNormal>唐河县防汛抗旱指挥部办公室　　　　2024年7月3日</p><p class=MsoNormal>【水利动态】</p>")
PAGE_TAIL = "<p class=MsoNormal>签发：赵刚</p><p class=MsoNormal>送：县委、县政府。</p></div></body></html>"


def list_item(font: str, letter: str, date: str, unit: str, rest: str) -> str:
    return ("<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'>"
            f"<![if !supportLists]><span lang=EN-US style='font-family:{font};mso-fareast-font-family:{font}'>"
            f"<span style='mso-list:Ignore'>{letter}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span>"
            f"<![endif]>{date}，<b>{unit}</b>{rest}<o:p></o:p></p>")


def test_a_web_page_word_saved_reads_its_symbol_font_bullets(tmp_path):
    page = (PAGE_HEAD + list_item("Wingdings", "l", "7月2日", "唐河县水利局", "巡查水库堤坝9处。")
            + list_item("Wingdings 2", "&#152;", "7月3日", "桐寨铺镇", "转移低洼地带群众42人。")
            + list_item("Symbol", "&#183;", "7月3日", "唐河县气象局", "发布暴雨蓝色预警。") + PAGE_TAIL)
    path = tmp_path / "防汛简报.htm"
    path.write_text(page, encoding="utf-8")
    issue = read_file(path).issue
    assert [(e.mark.strip(), e.date, e.unit) for _, e in issue.entries()] == [
        ("●", "7月2日", "唐河县水利局"), ("●", "7月3日", "桐寨铺镇"), ("•", "7月3日", "唐河县气象局")]


def test_text_in_a_web_page_named_in_a_symbol_font_only_for_its_latin_letters_keeps_its_chinese(tmp_path):
    page = (PAGE_HEAD + "<p class=MsoNormal><span style='font-family:Wingdings;mso-fareast-font-family:仿宋'>"
            "7月2日，<b>唐河县水利局</b>巡查水库堤坝9处。</span></p>" + PAGE_TAIL)
    path = tmp_path / "防汛简报.htm"
    path.write_text(page, encoding="utf-8")
    (_, item), = read_file(path).issue.entries()
    assert (item.date, item.unit, item.text) == ("7月2日", "唐河县水利局", "7月2日，唐河县水利局巡查水库堤坝9处。")


@pytest.mark.parametrize("menu", [
    "<nav><a href='/'>首页</a><a href='/xw'>新闻中心</a><a href='/gk'>政务公开</a></nav>",
    "<div class=menu><a href='/'>首页</a> | <a href='/xw'>新闻中心</a> | <a href='/gk'>政务公开</a></div>",
    "<p><a href='/'>网站首页</a> &gt; <a href='/jb'>工作简报</a> &gt; <a href='/jb/fx'>防汛简报</a></p>",
])
def test_a_saved_page_s_menu_of_links_is_not_read(tmp_path, menu):
    page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>防汛简报</title></head><body>{menu}"
            + PAGE_HEAD.split("<body lang=ZH-CN>")[1]
            + "<p>7月2日，<b>唐河县水利局</b>巡查水库堤坝9处。详见<a href='/a.doc'>附件</a>、<a href='/b.doc'>图表</a>。</p>"
            + PAGE_TAIL)
    path = tmp_path / "防汛简报第12期.html"
    path.write_text(page, encoding="utf-8")
    issue = read_file(path).issue
    assert (issue.series, issue.number) == ("唐河县防汛工作简报", 12)
    assert [e.text for _, e in issue.entries()] == ["7月2日，唐河县水利局巡查水库堤坝9处。详见附件、图表。"]


BULLETIN_PAGE = (PAGE_HEAD.split("<body lang=ZH-CN>")[0] + "<body>" + PAGE_HEAD.split("<body lang=ZH-CN>")[1]
                 + "<p>7月2日，<b>唐河县水利局</b>巡查水库堤坝9处。</p>" + PAGE_TAIL)


@pytest.mark.parametrize("frames", ["frameset", "iframe"])
def test_a_saved_page_of_frames_is_read_from_the_frame_holding_the_document(tmp_path, frames):
    """An OA system shows the document in a frame: 网页，全部 saves the frame's page in the
    folder beside the page, which holds no text of its own."""
    folder = tmp_path / "公文查看_files"
    folder.mkdir()
    (folder / "title.htm").write_text("<html><body><p>欢迎您，王芳　今天是2024年7月3日</p></body></html>", encoding="utf-8")
    (folder / "正文.htm").write_text(BULLETIN_PAGE, encoding="utf-8")
    if frames == "frameset":
        shell = ('<html><frameset rows="40,*"><frame src="公文查看_files/title.htm">'
                 '<frame src="%E5%85%AC%E6%96%87%E6%9F%A5%E7%9C%8B_files/%E6%AD%A3%E6%96%87.htm#top"></frameset></html>')
    else:
        shell = ('<html><body><iframe src="公文查看_files/title.htm"></iframe>'
                 '<iframe src="公文查看_files\\正文.htm?id=3"></iframe></body></html>')
    path = tmp_path / "公文查看.htm"
    path.write_text(shell, encoding="utf-8")
    imported = read_file(path)
    assert [(e.date, e.unit) for _, e in imported.issue.entries()] == [("7月2日", "唐河县水利局")]
    assert imported.warnings[0] == "公文查看.htm 的正文在它的框架页“公文查看_files/正文.htm”中（另存网页时一起保存的），已按框架页读取。"


def test_a_frame_outside_the_page_s_folder_is_not_followed(tmp_path):
    inside = tmp_path / "page"
    inside.mkdir()
    (tmp_path / "elsewhere.htm").write_text(BULLETIN_PAGE, encoding="utf-8")
    path = inside / "公文查看.htm"
    path.write_text(f'<html><body><iframe src="../elsewhere.htm"></iframe><iframe src="file://{tmp_path}/elsewhere.htm"></iframe>'
                    f'<iframe src="{tmp_path}/elsewhere.htm"></iframe></body></html>', encoding="utf-8")
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert "没有文字" in refused.value.message


def test_a_symbol_word_saved_in_a_web_page_under_its_own_font_name(tmp_path):
    """Insert → Symbol saved as a web page: the run's font is the text's, the symbol's is named apart."""
    page = (PAGE_HEAD + "<p class=MsoNormal><span style='font-family:仿宋_GB2312;mso-char-type:symbol;"
            "mso-symbol-font-family:Wingdings'>u</span>7月2日，<b>唐河县水利局</b>巡查水库堤坝9处。</p>" + PAGE_TAIL)
    path = tmp_path / "防汛简报.htm"
    path.write_text(page, encoding="utf-8")
    (_, item), = read_file(path).issue.entries()
    assert (item.mark.strip(), item.unit) == ("◆", "唐河县水利局")


def test_a_contents_of_links_is_no_menu(tmp_path):
    page = (PAGE_HEAD.split("<p class=MsoNormal>【水利动态】</p>")[0]
            + "<p>本期要目</p><p><a href='#1'>唐河县水利局巡查水库堤坝</a><br><a href='#2'>桐寨铺镇转移低洼地带群众</a></p>"
            + "<p>【水利动态】</p><p>7月2日，<b>唐河县水利局</b>巡查水库堤坝9处。</p>"
            + "<p>7月3日，<b>桐寨铺镇</b>转移低洼地带群众42人。</p>" + PAGE_TAIL)
    path = tmp_path / "防汛简报.htm"
    path.write_text(page, encoding="utf-8")
    issue = read_file(path).issue
    contents = "".join(e.text for e in issue.sections[0].entries)
    assert (issue.sections[0].title, contents) == ("本期要目", "唐河县水利局巡查水库堤坝桐寨铺镇转移低洼地带群众")
    assert [e.unit for e in issue.sections[1].entries] == ["唐河县水利局", "桐寨铺镇"]


@pytest.mark.parametrize("photo", [
    '<img src="data:image/jpeg;base64,{}">',
    "<img src='data:image/jpeg;base64,{}' alt='现场'>",
    "<img src=data:image/jpeg;base64,{} width=300>",
])
def test_a_photo_written_into_the_page_leaves_the_text_around_it(tmp_path, photo):
    picture = "/9j/4AAQSkZJRgABAQ" * 2000
    if '"' in photo:
        picture = "\n".join(picture[i:i + 76] for i in range(0, len(picture), 76))  # (wrapped as MIME wraps it)
    page = (PAGE_HEAD + "<p>7月2日，<b>唐河县水利局</b>巡查水库堤坝9处。" + photo.format(picture) + "发现隐患3处。</p>" + PAGE_TAIL)
    path = tmp_path / "防汛简报.htm"
    path.write_text(page, encoding="utf-8")
    (_, item), = read_file(path).issue.entries()
    assert (item.unit, item.text) == ("唐河县水利局", "7月2日，唐河县水利局巡查水库堤坝9处。发现隐患3处。")


@pytest.mark.parametrize("encoding", ["base64", "base64 cut short", "quoted-printable", "8bit"])
def test_a_web_archive_s_page_is_decoded_as_its_headers_say(tmp_path, encoding):
    import base64
    import quopri

    html = BULLETIN_PAGE.encode("utf-8")
    if encoding.startswith("base64"):
        body = base64.encodebytes(html)
        body = body.rstrip().rstrip(b"=") if encoding.endswith("short") else body
        encoding = "base64"
    elif encoding == "quoted-printable":
        body = quopri.encodestring(html)
    else:
        body = html
    archive = (b'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; '
               b'boundary="----MultipartBoundary--x"\r\n\r\n------MultipartBoundary--x\r\nContent-Type: text/html\r\n'
               b"Content-Transfer-Encoding: " + encoding.encode() + b"\r\nContent-Location: http://oa.example.gov.cn/a\r\n\r\n"
               + body + b"\r\n------MultipartBoundary--x\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + b"iVBORw0KGgo=\r\n" * 1000 + b"------MultipartBoundary--x--\r\n")
    path = tmp_path / "防汛简报.mhtml"
    path.write_bytes(archive)
    assert [(e.date, e.unit) for _, e in read_file(path).issue.entries()] == [("7月2日", "唐河县水利局")]
