"""Files made by other hands, round 13: Word 2003's XML document as Java systems fill it (no
style list, so LibreOffice would drop the bold of every unit; tracked changes as
aml:annotation, whose text LibreOffice would drop whether inserted or deleted), Word's own
web page under a .doc name (mso-bidi-font-weight:normal on each <b> is no weight of the
Chinese text), and a .docx of scanned pages (pictures, no text), refused saying so."""
from __future__ import annotations

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.wordread import REVISIONS_NOTE
from bulletin_desktop.core.wordread.word2003 import prepared
from wordread.wordfiles import RT, make_docx, p

W03 = "http://schemas.microsoft.com/office/word/2003/wordml"
AML = "http://schemas.microsoft.com/aml/2001/core"
needs_libreoffice = pytest.mark.skipif(libreoffice.libreoffice_path() is None, reason="needs LibreOffice")


def w03_p(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def w03_r(text: str, bold: bool = False) -> str:
    return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t>{text}</w:t></w:r>'


def w03_document(body: str, *, encoding: str = "utf-8", styles: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            f'<w:wordDocument xmlns:w="{W03}" xmlns:aml="{AML}" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">'
            f'{styles}<w:body><wx:sect>{body}<w:sectPr/></wx:sect></w:body></w:wordDocument>').encode(encoding)


MASTHEAD_03 = (w03_p(w03_r("城关镇党政信息")) + w03_p(w03_r("第12期")) + w03_p(w03_r("城关镇党政办公室"), "<w:r><w:tab/></w:r>", w03_r("2025年6月3日"))
               + w03_p(w03_r("【镇村动态】")))
CLOSING_03 = w03_p(w03_r("报：县委办、县政府办。")) + w03_p(w03_r("发：各村（社区）。"))


def annotation(kind: str, content: str = "") -> str:
    inner = f"<aml:content>{content}</aml:content>" if content else ""
    return f'<aml:annotation aml:id="1" w:type="Word.{kind}" aml:author="审核人">{inner}</aml:annotation>'


def units_and_texts(path):
    return [(e.unit, e.text) for _, e in read_file(path).issue.entries()]


@needs_libreoffice
@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_word_2003_document_without_styles_keeps_its_bold_units(tmp_path, encoding):
    body = (MASTHEAD_03 + w03_p(w03_r("6月1日，"), w03_r("东关社区", True), w03_r("开展消防演练。"))
            + w03_p(w03_r("6月2日，"), w03_r("西街村", True), w03_r("清理河道垃圾3吨。")) + CLOSING_03)
    path = tmp_path / "信息.doc"
    path.write_bytes(w03_document(body, encoding=encoding))
    assert units_and_texts(path) == [("东关社区", "6月1日，东关社区开展消防演练。"), ("西街村", "6月2日，西街村清理河道垃圾3吨。")]


@needs_libreoffice
def test_a_word_2003_document_is_read_with_its_tracked_changes_accepted(tmp_path):
    deleted = annotation("Deletion", "<w:r><w:delText>全体</w:delText></w:r>")
    body = (MASTHEAD_03 + w03_p(w03_r("6月1日，"), w03_r("东关社区", True), w03_r("组织"), deleted, w03_r("居民开展消防演练。"))
            + w03_p(w03_r("6月2日，"), w03_r("西街村", True), w03_r("清理河道垃圾"), annotation("Insertion", w03_r("3吨")), w03_r("。"))
            + CLOSING_03)
    path = tmp_path / "修订.xml"
    path.write_bytes(w03_document(body))
    imported = read_file(path)
    assert [(e.unit, e.text) for _, e in imported.issue.entries()] == [
        ("东关社区", "6月1日，东关社区组织居民开展消防演练。"), ("西街村", "6月2日，西街村清理河道垃圾3吨。")]
    assert REVISIONS_NOTE in imported.warnings


def test_accepting_a_deleted_paragraph_mark_runs_the_paragraph_on_into_the_next():
    mark_deleted = f"<w:pPr><w:rPr>{annotation('Deletion')}</w:rPr></w:pPr>"
    whole_deleted = annotation("Deletion", "<w:r><w:delText>此条删去。</w:delText></w:r>")
    body = (w03_p(w03_r("6月1日，东关社区"), ppr=mark_deleted) + w03_p(w03_r("开展消防演练。"), ppr='<w:pPr><w:jc w:val="both"/></w:pPr>')
            + w03_p(whole_deleted, ppr=mark_deleted) + w03_p(w03_r("6月2日，西街村清理河道。"))
            + w03_p(w03_r("新加的一条。"), ppr=f"<w:pPr><w:rPr>{annotation('Insertion')}</w:rPr></w:pPr>"))
    ready = prepared(w03_document(body))
    assert ready.revised and ready.data is not None
    text = ready.data.decode("utf-8")
    assert text.startswith('<?xml') and 'progid="Word.Document"' in text and "<w:styles/>" in text
    assert "aml:annotation" not in text and "此条删去" not in text
    assert text.count("<w:p>") + text.count("<w:p ") == 3
    assert '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>6月1日，东关社区</w:t></w:r><w:r><w:t>开展消防演练。</w:t></w:r></w:p>' in text


def test_a_word_2003_document_with_styles_and_no_changes_is_converted_as_it_is():
    styles = '<w:styles><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>'
    assert prepared(w03_document(w03_p(w03_r("正文")), styles=styles)).data is None
    assert prepared(b'<?xml version="1.0"?><w:wordDocument xmlns:w="' + W03.encode() + b'"><w:body>').data is None  # broken


WORD_WEB_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=ProgId content=Word.Document>
<style><!-- p.MsoNormal {margin:0cm;font-size:16.0pt;} b.unit {mso-bidi-font-weight:normal} --></style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center>城关镇党政信息</p><p class=MsoNormal align=center>第<span lang=EN-US>12</span>期</p>
<p class=MsoNormal>城关镇党政办公室&nbsp;&nbsp;&nbsp;&nbsp;<span lang=EN-US>2025</span>年<span lang=EN-US>6</span>月<span lang=EN-US>3</span>日</p>
<p class=MsoNormal>【镇村动态】</p>
<p class=MsoNormal><span lang=EN-US>6</span>月<span lang=EN-US>1</span>日，<b style='mso-bidi-font-weight:normal'>东关社区</b>开展消防演练。</p>
<p class=MsoNormal><span lang=EN-US>6</span>月<span lang=EN-US>2</span>日，<b class=unit>西街村</b>清理河道垃圾<span style='font-weight:normal'>3</span>吨。</p>
<p class=MsoNormal>报：县委办、县政府办。</p><p class=MsoNormal>发：各村（社区）。</p></div></body></html>"""


def test_word_s_web_page_under_a_doc_name_keeps_the_bold_it_shows(tmp_path):
    path = tmp_path / "信息.doc"
    path.write_bytes(WORD_WEB_PAGE.encode("gb2312"))
    assert units_and_texts(path) == [("东关社区", "6月1日，东关社区开展消防演练。"), ("西街村", "6月2日，西街村清理河道垃圾3吨。")]


def picture(number: int) -> str:
    return (f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="7600000"/><wp:docPr id="{number}" name="图片 {number}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>'
            '<a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def test_a_docx_of_scanned_pages_is_refused_saying_it_holds_pictures_only(tmp_path):
    path = make_docx(tmp_path / "扫描件.docx", picture(1) + picture(2) + picture(3) + p(""),
                     doc_rels=f'<Relationship Id="rIdImg" Type="{RT}/image" Target="media/image1.png"/>',
                     parts={"word/media/image1.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64})
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert "3 张图片" in refused.value.message and "扫描件" in refused.value.message


def test_a_docx_with_no_text_and_no_pictures_is_refused_as_before(tmp_path):
    with pytest.raises(BulletinFormatError) as refused:
        read_file(make_docx(tmp_path / "空白.docx", p("") + p("　")))
    assert "没有文字" in refused.value.message and "图片" not in refused.value.message


def cells_row(*texts: str, bold: bool = False) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{p(t, bold=bold)}</w:tc>" for t in texts) + "</w:tr>"


def test_under_a_column_labelled_unit_a_village_s_name_is_the_entry_s_unit(tmp_path):
    # (村 and 网格 are no unit's ending the recogniser knows: the label says what the column holds)
    villages = ["东关村", "城关镇第三网格", "西街村", "北湖社区"]
    rows = "".join(cells_row(f"6月{i + 1}日", name, f"组织开展防汛隐患排查{i + 2}次。") for i, name in enumerate(villages))
    table = f"<w:tbl><w:tblPr/>{cells_row('时　间', '报送单位', '信息内容', bold=True)}{rows}</w:tbl>"
    body = p("城关镇党政信息") + p("第12期") + p("城关镇党政办公室　　　　2025年6月3日") + p("【村居动态】") + table + p("发：各村（社区）。")
    imported = read_file(make_docx(tmp_path / "汇总.docx", body))
    assert [(e.date, e.unit) for _, e in imported.issue.entries()] == [(f"6月{i + 1}日", name) for i, name in enumerate(villages)]


def test_a_labelled_table_of_figures_stays_a_table_of_figures(tmp_path):
    rows = cells_row("东关村", "5", "3") + cells_row("西街村", "4", "2")
    table = f"<w:tbl><w:tblPr/>{cells_row('单位', '报送', '采用', bold=True)}{rows}</w:tbl>"
    body = (p("城关镇党政信息") + p("第12期") + p("城关镇党政办公室　　　　2025年6月3日") + p("【村居动态】")
            + p("6月1日，城关镇召开防汛会议。") + p("【报送情况】") + table + p("发：各村（社区）。"))
    imported = read_file(make_docx(tmp_path / "统计.docx", body))
    assert [e.unit for _, e in imported.issue.entries()].count("东关村") == 0


@needs_libreoffice
def test_a_word_2003_document_s_header_prints_on_page_one_too(tmp_path):
    # (LibreOffice gives page 1 a header of its own, empty, unless the document names one)
    header = '<w:hdr w:type="odd">' + w03_p(w03_r("第12期　　城关镇党政办公室　　2025年6月3日")) + "</w:hdr>"
    body = (w03_p(w03_r("城关镇党政信息")) + w03_p(w03_r("【镇村动态】"))
            + w03_p(w03_r("6月1日，"), w03_r("东关社区", True), w03_r("开展消防演练。")) + CLOSING_03)
    path = tmp_path / "页眉.xml"
    path.write_bytes(w03_document(body).replace(b"<w:sectPr/>", f"<w:sectPr>{header}</w:sectPr>".encode()))
    issue = read_file(path).issue
    assert (issue.number, str(issue.date), [e.unit for _, e in issue.entries()]) == (12, "2025-06-03", ["东关社区"])


def test_a_first_page_of_its_own_is_kept_as_the_document_sets_it():
    margins = ('<w:hdr w:type="odd">' + w03_p(w03_r("每页")) + '</w:hdr><w:hdr w:type="first">' + w03_p(w03_r("首页")) + "</w:hdr>"
               + '<w:ftr w:type="odd">' + w03_p(w03_r("页脚")) + "</w:ftr>")
    data = w03_document(w03_p(w03_r("正文"))).replace(b"<w:sectPr/>", f"<w:sectPr>{margins}</w:sectPr>".encode())
    text = (prepared(data).data or b"").decode("utf-8")
    assert text.count('w:type="first"') == 2 and text.count("首页") == 1 and text.count("页脚") == 2
    titled = data.replace(b"</w:sectPr>", b"<w:titlePg/></w:sectPr>")
    assert (prepared(titled).data or b"").decode("utf-8").count("页脚") == 1


def test_list_text_naming_no_level_prints_nothing_of_it(tmp_path):
    # LibreOffice writes %0%.%1. for a Word 2003 list's 1.
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering '
                 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%0%.%1."/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    listed = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    body = (p("城关镇党政信息") + p("第12期") + p("城关镇党政办公室　　　　2025年6月3日") + p("【镇村动态】")
            + f'<w:p>{listed}<w:r><w:t>6月1日，</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>东关社区</w:t></w:r><w:r><w:t>开展消防演练。</w:t></w:r></w:p>'
            + f'<w:p>{listed}<w:r><w:t>6月2日，</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>西街村委会</w:t></w:r><w:r><w:t>清理河道。</w:t></w:r></w:p>')
    issue = read_file(make_docx(tmp_path / "编号.docx", body, numbering=numbering)).issue
    assert [(e.mark, e.unit) for _, e in issue.entries()] == [("1.", "东关社区"), ("2.", "西街村委会")]


def test_a_word_2003_document_declaring_entities_past_its_first_bytes_is_refused(tmp_path):
    # (the look at the file's head misses a DOCTYPE after a long comment; LibreOffice is never given it)
    laughs = '<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    body = w03_p(w03_r("&b;"))
    data = (b'<?xml version="1.0" encoding="utf-8"?>\n<?mso-application progid="Word.Document"?>\n<!--' + b" " * 3000 + b"-->\n"
            + f'<!DOCTYPE w:wordDocument [{laughs}]>'.encode()
            + w03_document(body).split(b"?>\n", 2)[2])
    path = tmp_path / "实体.doc"
    path.write_bytes(data)
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert "DOCTYPE" in refused.value.message


def test_a_word_2003_document_of_millions_of_elements_is_refused(tmp_path, monkeypatch):
    from bulletin_desktop.core.wordread import limits

    monkeypatch.setattr(limits, "MAX_XML_NODES", 5000)  # (the same check, on a file of test size)
    path = tmp_path / "巨量.xml"
    path.write_bytes(w03_document(w03_p(w03_r("正文")) + "<w:p/>" * 6000))
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert "远多于一期简报" in refused.value.message
