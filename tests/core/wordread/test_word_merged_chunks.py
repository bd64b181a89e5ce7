"""Documents merged into a Word file with w:altChunk as OA systems and document libraries
(docx4j, the OpenXML SDK) assemble a bulletin from submissions: a whole Word document, or a
web archive (.mht) holding an HTML page. Word merges them when it opens the file."""
from __future__ import annotations

import io
import quopri

import pytest

from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.core.wordread import read_word
from hostile_files import zip_bomb
from test_html_chunk import with_chunk
from wordfiles import CLOSING, MASTHEAD, MAIN_CT, STYLES, make_docx, p, r


def submission(body: str, **kwargs) -> bytes:
    """A Word document as bytes, as a library embeds it."""
    out = io.BytesIO()
    make_docx(out, body, **kwargs)  # type: ignore[arg-type]
    return out.getvalue()


def rich_of(path) -> list[tuple[Run, ...]]:
    return [par.rich for par in read_word(path).paragraphs]


def test_a_word_document_merged_in_is_read_with_its_own_styles(tmp_path):
    merged = submission(p("【工作交流】") + p("3月6日，", runs=r("清河镇", style="UnitChar") + r("开展防汛演练。")))
    read = rich_of(with_chunk(tmp_path, MASTHEAD + p("3月5日，城关镇开会。"), merged, content_type=MAIN_CT, name="chunk1.docx"))
    assert (Run("【工作交流】"),) in read
    assert (Run("3月6日，"), Run("清河镇", True), Run("开展防汛演练。")) in read
    assert read.index((Run("3月5日，城关镇开会。"),)) < read.index((Run("【工作交流】"),))


def test_a_merged_document_that_is_a_zip_bomb_is_refused(tmp_path):
    bomb = zip_bomb(tmp_path / "bomb.docx").read_bytes()
    with pytest.raises(BulletinFormatError, match="压缩"):
        read_word(with_chunk(tmp_path, MASTHEAD, bomb, content_type=MAIN_CT, name="chunk1.docx"))


def test_documents_merged_into_merged_documents_go_two_deep(tmp_path):
    inner = submission(p("最里层"))
    middle = submission(p("中间层") + '<w:altChunk r:id="rIdC"/>', doc_rels=(
        '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
        'Target="inner.docx"/>'), parts={"word/inner.docx": inner},
        content_types=f'<Override PartName="/word/inner.docx" ContentType="{MAIN_CT}"/>')
    texts = [par.text for par in read_word(with_chunk(tmp_path, p("外层"), middle, after="", content_type=MAIN_CT,
                                                      name="chunk1.docx")).paragraphs]
    assert texts == ["外层", "中间层", "最里层"]


def test_a_web_archives_page_is_read_as_html_is(tmp_path):
    page = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body>'
            "<p>3月7日，<b>县应急局</b>印发通知。</p></body></html>").encode("gb2312")
    archive = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="part"\r\n\r\n--part\r\n'
               b"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
               + quopri.encodestring(page) + b"\r\n--part\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               b"iVBORw0KGgo=\r\n--part--\r\n")
    read = rich_of(with_chunk(tmp_path, MASTHEAD, archive, content_type="message/rfc822", name="chunk1.mht"))
    assert (Run("3月7日，"), Run("县应急局", True), Run("印发通知。")) in read


def test_a_broken_part_the_reader_never_reads_does_not_refuse_the_file(tmp_path):
    path = make_docx(tmp_path / "t.docx", MASTHEAD + p("3月5日，城关镇开会。") + CLOSING, styles=STYLES,
                     doc_rels='<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
                     parts={"word/comments.xml": "<w:comments><w:comment>未闭合"},
                     content_types='<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    assert "3月5日，城关镇开会。" in [par.text for par in read_word(path).paragraphs]
