"""An old Word file damaged inside (a broken download, a bad disk): LibreOffice opens what it
cannot read as Word as plain text and hands back the file's bytes as characters. The clerk
is told the file is damaged, not that it lacks a bulletin's name; nothing is written."""
from __future__ import annotations

import random
import shutil

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError, Paragraph
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.core.wordread import compound

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _noise(count: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(count))


def _lines(*texts: str) -> list[Paragraph]:
    return [Paragraph((Run(text),)) for text in texts]


def looks_garbled(paragraphs: list[Paragraph]) -> bool:
    from bulletin_desktop.core.wordread.garbled import looks_garbled as garbled

    return garbled(paragraphs)


def test_a_bulletins_text_is_not_garbled(sample_text):
    assert not looks_garbled(_lines(*sample_text.replace("**", "").splitlines()))
    assert not looks_garbled(_lines("3月1日，某县开会，气温-5°C，检查3×4个点位，Café Müller店照常营业。" * 3))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "gbk", "cp1252", "utf-8", "big5"])
def test_random_bytes_read_as_characters_are(encoding):
    data = _noise(6000, 7)
    assert looks_garbled(_lines(data.decode(encoding, "replace")))


def test_a_line_or_two_is_too_little_to_say():
    assert not looks_garbled(_lines("탏ᇠꆱ", "\ue000\ue001"))


@pytest.mark.slow
def test_an_old_word_file_of_garbage_is_refused_as_damaged_and_nothing_is_written(soffice, tmp_path, capsys):
    from bulletin_desktop.cli import main

    broken = tmp_path / "第8期简报.doc"
    broken.write_bytes(CFB_MAGIC + _noise(24000, 3))
    with pytest.raises(BulletinFormatError) as caught:
        read_file(broken)
    assert caught.value.message.startswith("第8期简报.doc：文件已损坏") and "另存为 .docx" in caught.value.message
    db = tmp_path / "a.sqlite"
    assert main(["import", "--db", str(db), str(broken)]) == 1
    assert "文件已损坏" in capsys.readouterr().err
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert capsys.readouterr().out.strip() in ("[]", "")


@pytest.mark.slow
def test_a_sound_document_the_directory_reader_cannot_follow_is_still_read(soffice, tmp_path, monkeypatch):
    """The check is on what LibreOffice read, not on the directory alone: a .doc whose
    directory this reader cannot follow, and LibreOffice can, is imported."""
    from test_word_converted import assert_bulletin, python_docx_bulletin

    source = python_docx_bulletin(tmp_path / "bulletin.docx")
    libreoffice.convert(soffice, source, "doc", tmp_path, timeout=180)
    old = tmp_path / "简报.doc"
    shutil.copyfile(tmp_path / "out" / "bulletin.doc", old)
    monkeypatch.setattr(compound, "compound_contents", lambda path: None)
    assert_bulletin(read_file(old).issue)


def test_a_package_whose_directory_asks_for_an_unknown_zip_version_is_refused_in_chinese(tmp_path):
    """A damaged byte in the zip directory's 'version needed' field: the zip module gives up
    with NotImplementedError, which is one more way of being damaged."""
    from wordfiles import CLOSING, MASTHEAD, make_docx

    path = make_docx(tmp_path / "简报.docx", MASTHEAD + CLOSING)
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 161  # version needed to extract: 16.1
    path.write_bytes(bytes(data))
    with pytest.raises(BulletinFormatError) as caught:
        read_file(path)
    assert caught.value.message.startswith("简报.docx：文件不完整或已损坏")


@pytest.mark.parametrize("junk", [b"\xef\xbb\xbf", b"\r\n\r\n", b"\xef\xbb\xbf\n  \t"])
def test_a_download_with_a_bom_or_blank_lines_before_it_is_read_with_a_note(tmp_path, junk):
    """An OA system's download page that prints a BOM or an empty line before the file."""
    from wordfiles import CLOSING, MASTHEAD, make_docx

    whole = make_docx(tmp_path / "whole.docx", MASTHEAD + CLOSING).read_bytes()
    path = tmp_path / "第7期.docx"
    path.write_bytes(junk + whole)
    result = read_file(path)
    assert (result.issue.series, result.issue.number, result.issue.signoff.signers) == ("某某工作简报", 7, ["王五"])
    assert result.warnings[0].startswith(f"第7期.docx 开头多了 {len(junk)} 个字节")


def test_other_bytes_before_a_zip_still_make_no_word_file(tmp_path):
    from wordfiles import CLOSING, MASTHEAD, make_docx

    path = tmp_path / "第7期.docx"
    path.write_bytes(b"HTTP/1.1 200 OK\r\n\r\n" + make_docx(tmp_path / "whole.docx", MASTHEAD + CLOSING).read_bytes())
    with pytest.raises(BulletinFormatError, match="这不是 Word 文件"):
        read_file(path)


def test_an_old_word_file_after_a_bom_is_taken_for_what_it_is(tmp_path, monkeypatch):
    """Without LibreOffice, the message is the one for an old .doc, not 'no Word file'."""
    monkeypatch.setattr(libreoffice, "libreoffice_path", lambda: None)
    path = tmp_path / "第8期.doc"
    path.write_bytes(b"\xef\xbb\xbf\r\n" + CFB_MAGIC + bytes(1024))
    with pytest.raises(BulletinFormatError) as caught:
        read_file(path)
    assert caught.value.message.startswith("第8期.doc：") and "安装 LibreOffice" in caught.value.message


@pytest.mark.slow
def test_an_old_word_download_with_a_bom_before_it_is_read_with_a_note(soffice, tmp_path):
    from test_word_converted import assert_bulletin, python_docx_bulletin

    source = python_docx_bulletin(tmp_path / "bulletin.docx")
    libreoffice.convert(soffice, source, "doc", tmp_path, timeout=180)
    path = tmp_path / "第52期.doc"
    path.write_bytes(b"\xef\xbb\xbf\r\n" + (tmp_path / "out" / "bulletin.doc").read_bytes())
    result = read_file(path)
    assert_bulletin(result.issue)
    assert result.warnings[0].startswith("第52期.doc 开头多了 5 个字节")
