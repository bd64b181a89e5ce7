"""Word documents that embed part of their text as an HTML fragment (w:altChunk), as OA
systems and web editors write them; and the fragment reader itself."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.richtext import Run, plain
from bulletin_desktop.core.wordread.html_chunk import html_text
from test_word_traps import issue_of
from wordfiles import CLOSING, MASTHEAD, RT, make_docx, p

CHUNK_REL = f"{RT}/aFChunk"


def with_chunk(tmp_path, before: str, data: bytes, after: str = CLOSING, content_type: str = "text/html",
               name: str = "afchunk1.htm"):
    return make_docx(
        tmp_path / "t.docx", before + '<w:altChunk r:id="rIdChunk"/>' + after,
        doc_rels=f'<Relationship Id="rIdChunk" Type="{CHUNK_REL}" Target="{name}"/>',
        parts={f"word/{name}": data},
        content_types=f'<Override PartName="/word/{name}" ContentType="{content_type}"/>')


def test_an_html_fragments_entries_are_imported_with_their_bold_units(tmp_path):
    html = ('<html><head><meta charset="utf-8"><title>简报</title><style>p {margin:0}</style></head><body>'
            '<p>5月3日，<b>县住建局</b>对建筑工地开展安全检查。</p>'
            '<p>5月4日，<span style="font-weight: bold">东城街道</span>开展燃气安全检查。</p></body></html>')
    issue, warnings = issue_of(with_chunk(tmp_path, MASTHEAD + p("【动态】") + p("5月1日，某县开会。"), html.encode()))
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == [
        ("5月1日", "", "5月1日，某县开会。"), ("5月3日", "县住建局", "5月3日，县住建局对建筑工地开展安全检查。"),
        ("5月4日", "东城街道", "5月4日，东城街道开展燃气安全检查。")]
    assert issue.signoff.signers == ["王五"] and not warnings


def test_a_whole_bulletin_in_an_html_fragment_with_its_masthead_in_a_table(tmp_path):
    """What an OA system exports: the document's body one fragment, the masthead a layout table."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            '<p align="center"><font color="red" size="7">某某工作简报</font></p>'
            '<table><tr><td>第7期</td></tr><tr><td>某某县应急管理局</td><td>2024年3月5日</td></tr></table>'
            '<p>【动态】<p>3月1日，<strong>某县</strong>开会。<p>3月2日，<b>某乡</b>检查。'
            '<script>document.write("不是文字")</script>'
            '<p>编辑：张三 审核：李四 签发：王五<br>送：县委、县政府。<br>发：各乡镇。</body></html>')
    issue, _ = issue_of(with_chunk(tmp_path, "", html.encode("gb18030"), after=""))
    assert (issue.series, issue.number, issue.office) == ("某某工作简报", 7, "某某县应急管理局")
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("3月1日", "某县"), ("3月2日", "某乡")]
    assert [d.line() for d in issue.distribution] == ["送：县委、县政府。", "发：各乡镇。"]


def test_a_plain_text_fragment_is_read_line_by_line(tmp_path):
    issue, _ = issue_of(with_chunk(tmp_path, MASTHEAD + p("【动态】"), "3月1日，某县开会。\r\n\r\n3月2日，某乡检查。".encode(),
                                   content_type="text/plain", name="chunk.txt"))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。", "3月2日，某乡检查。"]


def test_a_fragment_of_another_kind_is_reported_not_read(tmp_path):
    issue, warnings = issue_of(with_chunk(tmp_path, MASTHEAD + p("【动态】") + p("3月1日，某县开会。"), b"{\\rtf1 x}",
                                          content_type="application/rtf", name="chunk.rtf"))
    assert [e.text for _, e in issue.entries()] == ["3月1日，某县开会。"]
    assert any("片段" in warning for warning in warnings)


def test_html_text_blocks_and_table_rows():
    blocks = html_text("<div>【动态】<br>3月1日，某县开会。</div><ul><li>一<li>二</ul><table><tr><td>第7期<td>某局</tr>"
                       "<tr><td><table><tr><td>内层</td></tr></table></td></tr></table><p> 多个   空格 </p>"
                       "<p style='display:none'>隐藏</p><p><b>粗<span style='font-weight:normal'>细</span></b></p>".encode())
    texts = [[[plain(r) for r in cell] for cell in block] if isinstance(block, list) else plain(block) for block in blocks]
    assert texts == ["【动态】", "3月1日，某县开会。", "一", "二", [["第7期"], ["某局"]], [["内层"]], "多个 空格", "粗细"]
    assert blocks[-1] == (Run("粗", True), Run("细"))


def test_html_text_stops_when_told(tmp_path):
    def over() -> None:
        raise BulletinFormatError("超时")

    with pytest.raises(BulletinFormatError):
        html_text(b"<p>x</p>", over)


def test_a_drop_cap_runs_into_its_paragraph(tmp_path):
    frame = '<w:pPr><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around"/></w:pPr>'
    body = MASTHEAD + p("【动态】") + f"<w:p>{frame}<w:r><w:t>3</w:t></w:r></w:p>" + p("月1日，某县开会。") + CLOSING
    issue, warnings = issue_of(make_docx(tmp_path / "t.docx", body))
    assert [(e.date, e.text) for _, e in issue.entries()] == [("3月1日", "3月1日，某县开会。")]
    assert not warnings
