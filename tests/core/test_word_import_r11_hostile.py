"""Hostile Word files, round 11: a document nested past what the parser reads is refused as
made, not as broken; a styles part so nested is left out and the body read; thousands of
fields never closed, each a begin and a code, leave the text around them to print."""
from __future__ import annotations

import random

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordread.wordfiles import CLOSING, MASTHEAD, STYLES, make_docx, p

B = "<w:b/>"


def run(text: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


ENTRY = "<w:p>" + run("8月5日，") + run("邓州市消防救援大队", B) + run("开展高层建筑消防演练。") + "</w:p>"


def test_a_document_nested_past_the_parser_s_depth_is_refused_as_made(tmp_path):
    deep = '<w:ins w:id="1" w:author="x">' * 300 + run("邓州市") + "</w:ins>" * 300
    body = MASTHEAD + p("【工作动态】") + f"<w:p>{deep}</w:p>" + ENTRY + CLOSING
    with pytest.raises(BulletinFormatError) as refused:
        read_file(make_docx(tmp_path / "嵌套.docx", body))
    assert "嵌套过深" in refused.value.message


def test_styles_nested_past_it_are_left_out_and_the_body_read(tmp_path):
    styles = STYLES.replace("</w:styles>", "<w:latentStyles>" + "<w:x>" * 300 + "</w:x>" * 300 + "</w:latentStyles></w:styles>")
    imported = read_file(make_docx(tmp_path / "样式.docx", MASTHEAD + p("【工作动态】") + ENTRY + CLOSING, styles=styles))
    assert [e.unit for _, e in imported.issue.entries()] == ["邓州市消防救援大队"]
    assert any("已损坏" in warning for warning in imported.warnings)


def test_thousands_of_fields_never_closed_leave_the_text_around_them(tmp_path):
    rnd = random.Random(11)
    begun = "".join('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r><w:instrText xml:space="preserve"> MERGEFIELD f{rnd.getrandbits(48):x} </w:instrText></w:r>'
                    for _ in range(20_000))
    body = (MASTHEAD + p("【工作动态】") + "<w:p>" + run("8月4日，") + run("邓州市应急管理局", B) + run("召开防汛会商会。") + begun
            + "</w:p>" + ENTRY + CLOSING)
    issue = read_file(make_docx(tmp_path / "断域.docx", body)).issue
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("8月4日", "邓州市应急管理局"), ("8月5日", "邓州市消防救援大队")]
    assert issue.distribution

