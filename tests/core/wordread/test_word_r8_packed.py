"""A zip archive of documents (attachments packed together, then given a Word name or
imported as it is) is named for what it is, with the file inside, whatever the encoding its
zip tool wrote the names in; nothing is written to the archive."""
from __future__ import annotations

import zipfile

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordfiles import CLOSING, MASTHEAD, make_docx


def _packed(tmp_path, name: str, member_bytes: bytes) -> bytes:
    """A zip holding one member named ``member_bytes`` as stored, without the UTF-8 flag (a
    placeholder of the same length is written, then its bytes replaced)."""
    document = make_docx(tmp_path / "inner.docx", MASTHEAD + CLOSING).read_bytes()
    placeholder = "x" * (len(member_bytes) - 5) + ".docx"
    target = tmp_path / name
    with zipfile.ZipFile(target, "w") as package:
        package.writestr(placeholder, document)
    target.write_bytes(target.read_bytes().replace(placeholder.encode(), member_bytes))
    return target


@pytest.mark.parametrize("stored", ["第7期简报.docx".encode("gbk"), "简报/第7期简报.docx".encode("gbk")])
def test_a_zip_of_documents_under_a_word_name_says_to_unpack_it(tmp_path, stored):
    path = _packed(tmp_path, "简报.docx", stored)
    with pytest.raises(BulletinFormatError) as caught:
        read_file(path)
    shown = stored.decode("gbk")
    assert caught.value.message == f"简报.docx：这是一个压缩包，不是 Word 文档；里面有“{shown}”，请先解压，再导入其中的文件。"


def test_a_zip_imported_as_it_is_names_its_files_and_writes_nothing(tmp_path, capsys):
    from bulletin_desktop.cli import main

    inner = make_docx(tmp_path / "a.docx", MASTHEAD + CLOSING).read_bytes()
    path = tmp_path / "附件.zip"
    with zipfile.ZipFile(path, "w") as package:  # names in UTF-8, flagged so
        package.writestr("第7期.docx", inner)
        package.writestr("第8期.doc", inner)
        package.writestr("说明/", b"")
    db = tmp_path / "a.sqlite"
    assert main(["import", "--db", str(db), str(path)]) == 1
    assert "附件.zip：这是一个压缩包，不是 Word 文档；里面有“第7期.docx”等 2 个文件，请先解压" in capsys.readouterr().err
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert capsys.readouterr().out.strip() in ("[]", "")


def test_a_package_with_no_documents_in_it_is_still_no_word_document(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("readme.md", "hello")
    with pytest.raises(BulletinFormatError, match="这不是 Word 文档"):
        read_file(path)


def _in_a_folder(tmp_path, folder_bytes: bytes, *, flagged: bool) -> tuple:
    """A .docx whose unpacked parts were zipped again inside a folder; the folder's name
    stored as given (UTF-8 with its flag, or GBK/UTF-8 bytes without it)."""
    document = make_docx(tmp_path / "inner.docx", MASTHEAD + CLOSING)
    placeholder = folder_bytes.decode() if flagged else "x" * len(folder_bytes)
    target = tmp_path / "第7期.docx"
    with zipfile.ZipFile(document) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(f"{placeholder}/{info.filename}", old.read(info))
    if not flagged:
        target.write_bytes(target.read_bytes().replace(placeholder.encode(), folder_bytes))
    return target


@pytest.mark.parametrize("stored, flagged", [("简报".encode("gbk"), False), ("简报".encode(), False), ("简报".encode(), True)])
def test_a_document_zipped_again_inside_its_folder_is_read_with_a_note(tmp_path, stored, flagged):
    path = _in_a_folder(tmp_path, stored, flagged=flagged)
    result = read_file(path)
    assert (result.issue.series, result.issue.number) == ("某某工作简报", 7)
    assert result.issue.signoff.signers == ["王五"]
    assert any(w.startswith("第7期.docx 中 Word 文档的各部分都放在压缩包里的文件夹“简报”中") for w in result.warnings)


def test_a_folder_zipped_so_is_bounded_before_it_is_copied(tmp_path, monkeypatch):
    from bulletin_desktop.core.wordread import limits

    monkeypatch.setattr(limits, "MAX_TOTAL_UNCOMPRESSED", 1000)
    with pytest.raises(BulletinFormatError, match="压缩炸弹"):
        read_file(_in_a_folder(tmp_path, b"jianbao", flagged=True))


def test_a_document_zipped_again_without_its_content_types_is_read_with_a_note(tmp_path):
    """[Content_Types].xml left out when the parts were zipped again (Word repairs the file on
    opening): the parts are found by their relationships as ever, a picture is still a picture."""
    from wordfiles import RT, image_run, p

    rels = f'<Relationship Id="rIdImg" Type="{RT}/image" Target="media/image1.png"/>'
    whole = make_docx(tmp_path / "whole.docx", MASTHEAD + p(runs=image_run()) + CLOSING, doc_rels=rels,
                      parts={"word/media/image1.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 32})
    target = tmp_path / "第7期.docx"
    with zipfile.ZipFile(whole) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != "[Content_Types].xml":
                new.writestr(info, old.read(info))
    result = read_file(target)
    assert (result.issue.series, result.issue.number, result.issue.signoff.signers) == ("某某工作简报", 7, ["王五"])
    assert any(w.startswith("文件中缺少内容类型清单") for w in result.warnings)
    assert any("1 张图片" in w for w in result.warnings) and not any("缺失" in w for w in result.warnings)
