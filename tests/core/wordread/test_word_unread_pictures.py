"""Pictures are never inflated: a masthead kept as a bitmap that packs far past any XML's
ratio (mostly one colour) does not get the bulletin refused as a zip bomb, and a picture's
name never smuggles in a part the reader would read unbounded."""
import zipfile
import zlib

import pytest

from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.wordread import read_word
from bulletin_desktop.core.wordread.limits import MAX_RATIO

from wordfiles import CLOSING, MASTHEAD, RT, image_run, make_docx, p, r

# a white bitmap with a band of solid red: how an old template's red masthead picture packs
BITMAP = b"BM" + b"\0" * 52 + (b"\xff" * 3 * 2480 * 180 + b"\x00\x00\xff" * 2480 * 60) * 2
BODY = MASTHEAD + p("【工作动态】") + p("3月1日，", runs=r("县应急局", bold=True) + r("召开会议。")) + CLOSING


def with_picture(path, name="media/image1.bmp"):
    return make_docx(path, p("", runs=image_run("rIdPic")) + BODY,
                     doc_rels=f'<Relationship Id="rIdPic" Type="{RT}/image" Target="{name}"/>',
                     content_types='<Default Extension="bmp" ContentType="image/bmp"/>',
                     parts={f"word/{name}": BITMAP})


def test_the_bitmap_packs_past_the_ratio_a_zip_bomb_is_refused_for():
    assert len(BITMAP) > MAX_RATIO * len(zlib.compress(BITMAP))


def test_a_bulletin_with_a_bitmap_masthead_is_read(tmp_path):
    text = read_word(with_picture(tmp_path / "bitmap.docx"))
    assert [p.text for p in text.paragraphs][:2] == ["某某工作简报", "第7期"]
    assert any("1 张图片" in w for w in text.warnings)


def test_a_picture_the_file_lacks_is_still_counted_missing(tmp_path):
    path = with_picture(tmp_path / "gone.docx")
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(tmp_path / "slim.docx", "w") as new:
        for info in old.infolist():
            if not info.filename.endswith(".bmp"):
                new.writestr(info, old.read(info))
    assert any("1 个部件" in w for w in read_word(tmp_path / "slim.docx").warnings)


def test_a_main_document_under_a_picture_name_is_refused_not_inflated(tmp_path):
    path = make_docx(tmp_path / "odd.docx", BODY, main="word/document.png")
    with pytest.raises(BulletinFormatError) as caught:
        read_word(path)
    assert caught.value.message.startswith("odd.docx：")


def test_an_opendocument_file_is_bounded_whole_before_libreoffice_unpacks_it(tmp_path):
    path = tmp_path / "renamed.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        package.writestr("content.xml", "<office:document-content/>")
        package.writestr("Pictures/bomb.png", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(BulletinFormatError, match="压缩炸弹"):
        read_word(path)
