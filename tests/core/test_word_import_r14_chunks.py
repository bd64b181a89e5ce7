"""Fragments a .docx embeds (w:altChunk) as plain text in the encoding of the tool that wrote
them (GBK, UTF-16 with its mark, or the charset its content type names), and an HTML fragment
whose content type carries a charset parameter: read as the text they hold, never as
replacement characters, never dropped."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from wordread.wordfiles import CLOSING, MASTHEAD, RT, make_docx

LINES = "【工作动态】\r\n5月6日，县应急管理局召开防汛调度会。\r\n5月7日，县水利局巡查堤防12公里。\r\n"


def with_chunk(path, data: bytes, content_type: str, target: str = "chunk.txt"):
    return make_docx(path, MASTHEAD + '<w:altChunk r:id="rIdAlt"/>' + CLOSING,
                     doc_rels=f'<Relationship Id="rIdAlt" Type="{RT}/aFChunk" Target="{target}"/>',
                     parts={f"word/{target}": data},
                     content_types=f'<Override PartName="/word/{target}" ContentType="{content_type}"/>')


def entry_texts(path) -> list[str]:
    return [e.text for _, e in read_file(path).issue.entries()]


@pytest.mark.parametrize(("encoding", "content_type"), [
    ("gbk", "text/plain"),
    ("utf-16", "text/plain"),  # (with its byte-order mark)
    ("utf-8", "text/plain"),
    ("gb18030", "text/plain; charset=GB18030"),
])
def test_a_plain_text_fragment_in_a_chinese_encoding(tmp_path, encoding, content_type):
    path = with_chunk(tmp_path / "片段.docx", LINES.encode(encoding), content_type)
    assert entry_texts(path) == ["5月6日，县应急管理局召开防汛调度会。", "5月7日，县水利局巡查堤防12公里。"]


def test_the_charset_its_content_type_names_is_read(tmp_path):
    # Big5 bytes that GB18030 would also take, as other characters
    path = with_chunk(tmp_path / "片段.docx", "【工作動態】\r\n5月6日，縣應急管理局召開調度會。\r\n".encode("big5"),
                      "text/plain; charset=&quot;big5&quot;")  # (quoted, as XML writes a quote)
    assert entry_texts(path) == ["5月6日，縣應急管理局召開調度會。"]


def test_an_html_fragment_whose_content_type_names_a_charset(tmp_path):
    html = ("<html><body><p>【工作动态】</p><p>5月6日，<b>县应急管理局</b>召开防汛调度会。</p></body></html>").encode("gb2312")
    path = with_chunk(tmp_path / "片段.docx", html, "text/html; charset=gb2312", "chunk.htm")
    assert [(e.unit, e.text) for _, e in read_file(path).issue.entries()] == [("县应急管理局", "5月6日，县应急管理局召开防汛调度会。")]


def test_an_rtf_fragment_not_read_is_said_with_what_to_do(tmp_path):
    rtf = b"{\\rtf1\\ansi\\ansicpg936 \\'d5\\'c5\\'c8\\'fd\\par}"
    path = with_chunk(tmp_path / "片段.docx", rtf, "application/rtf", "chunk.rtf")
    [note] = [w for w in read_file(path).warnings if "片段" in w]
    assert "未导入" in note and "另存为 .docx" in note
