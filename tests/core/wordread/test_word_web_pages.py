"""Web pages under a Word name: what OA systems and web pages hand out as an "exported Word
file" (HTML sent as application/msword and saved as .doc) and Word's own 网页 / 单一文件网页
renamed .doc. Word opens them as documents; the reader reads their text as it reads an HTML
fragment in a document."""
from __future__ import annotations

import quopri

import pytest

from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.core.wordread import read_word

EXPORTED = """<html xmlns:o='urn:schemas-microsoft-com:office:office' xmlns:w='urn:schemas-microsoft-com:office:word'>
<head><meta charset='utf-8'><title>简报</title><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View>
</w:WordDocument></xml><![endif]--></head><body><p>某某工作简报</p><p>第7期</p>
<p>3月5日，<b>城关镇</b>开展消防安全检查。</p></body></html>"""


def test_an_html_page_saved_as_a_word_document_is_read(tmp_path):
    path = tmp_path / "简报第7期.doc"
    path.write_text(EXPORTED, encoding="utf-8")
    text = read_word(path)
    assert [p.rich for p in text.paragraphs] == [
        (Run("某某工作简报"),), (Run("第7期"),), (Run("3月5日，"), Run("城关镇", True), Run("开展消防安全检查。"))]
    assert any("网页" in warning for warning in text.warnings)


def test_a_page_in_gb2312_with_a_byte_order_mark_or_doctype_is_read(tmp_path):
    for name, data in (("a.doc", ('<!DOCTYPE html><html><head><meta charset="gb2312"></head><body><p>第7期</p></body></html>').encode("gb2312")),
                       ("b.docx", "\ufeff<html><body><p>第7期</p></body></html>".encode("utf-8"))):
        path = tmp_path / name
        path.write_bytes(data)
        assert [p.text for p in read_word(path).paragraphs] == ["第7期"]


def test_a_web_archive_saved_as_a_word_document_is_read(tmp_path):
    page = '<html><head><meta charset="gb2312"></head><body><p>3月5日，<b>城关镇</b>开会。</p></body></html>'.encode("gb2312")
    path = tmp_path / "t.doc"
    path.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
                     b'Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
                     + quopri.encodestring(page) + b"\r\n--b--\r\n")
    assert [p.rich for p in read_word(path).paragraphs] == [(Run("3月5日，"), Run("城关镇", True), Run("开会。"))]


def test_a_web_archive_without_a_page_or_a_page_without_text_is_refused(tmp_path):
    archive = tmp_path / "a.doc"
    archive.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
                        b"Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n")
    empty = tmp_path / "b.doc"
    empty.write_text("<html><head><title>简报</title></head><body></body></html>", encoding="utf-8")
    for path in (archive, empty):
        with pytest.raises(BulletinFormatError, match=path.name):
            read_word(path)
