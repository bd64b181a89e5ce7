"""Files that are not Word documents though a clerk imports them as bulletins, round 10: an
OA system's page saved from the browser as a web page (.htm) or a single-file web page
(.mht, .mhtml; Chrome writes a long address and title before its MIME header, which may
push that header past the first kilobyte), read as Word opens them; and a WPS or Excel
table, a presentation or a PDF picked by mistake, refused in one Chinese sentence, nothing
written."""
from __future__ import annotations

import quopri
import shutil
import zipfile

import pytest

from bulletin_desktop.core.importing import expand_paths, read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from test_wordread_compound_files import compound
from wordread.wordfiles import RELS_NS, RT

PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>某某工作简报</title>'
        '</head><body><p align="center">某某工作简报</p><p align="center">第7期</p><p>某某县应急管理局　　　　2024年3月5日</p>'
        '<p>【工作动态】</p><p>3月1日，<b>县应急管理局</b>召开调度会。</p><p>3月2日，<strong>县住建局</strong>检查工地12处。</p>'
        '<p>编辑：张三 审核：李四 签发：王五</p><p>送：县委、县政府。</p></body></html>')
ENTRIES = [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。"), ("3月2日", "县住建局", "3月2日，县住建局检查工地12处。")]


def internet_explorer_archive() -> bytes:
    """单一文件网页 as Internet Explorer saves an OA page: GB2312, quoted-printable, a picture."""
    html = quopri.encodestring(PAGE.format(charset="gb2312").encode("gb2312")).decode("ascii").replace("\n", "\r\n")
    boundary = "----=_NextPart_000_0000_01DA0000.12345678"
    return ("From: <由 Windows Internet Explorer 8 保存>\r\nSubject: 某某工作简报\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
            f"This is a multi-part message in MIME format.\r\n\r\n--{boundary}\r\nContent-Type: text/html;\r\n"
            '\tcharset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
            f"Content-Location: http://oa.example.gov.cn/info/view.jsp?id=52\r\n\r\n{html}\r\n\r\n--{boundary}\r\n"
            "Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: http://oa.example.gov.cn/images/logo.gif\r\n\r\nR0lGODlhAQABAAAAACw=\r\n\r\n--{boundary}--\r\n"
            ).encode("gb2312")


def chrome_archive() -> bytes:
    """Chrome's 单个文件 page: the OA page's long address and its encoded title come first."""
    html = quopri.encodestring(PAGE.format(charset="utf-8").encode()).decode("ascii").replace("\n", "\r\n")
    address = "https://oa.example.gov.cn/portal/info/detail.do?channelId=20231109&articleId=52&token=" + "a1b2c3d4" * 120
    title = "=?utf-8?Q?" + "".join(f"={byte:02X}" for byte in "某某县应急管理局某某工作简报第7期".encode()) + "?="
    boundary = "----MultipartBoundary--abc123----"
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {address}\r\nSubject: {title}\r\n"
            "Date: Tue, 5 Mar 2024 09:12:00 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n--{boundary}\r\nContent-Type: text/html\r\n'
            "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {address}\r\n\r\n{html}\r\n\r\n--{boundary}--\r\n").encode("ascii")


PAGES = {
    "单一文件网页.mht": internet_explorer_archive,
    "信息专报.mhtml": chrome_archive,
    "OA下载.doc": chrome_archive,
    "简报网页.htm": lambda: PAGE.format(charset="gb2312").encode("gb2312"),
    "简报网页.html": lambda: b"\xff\xfe" + PAGE.format(charset="unicode").encode("utf-16-le"),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_saved_from_the_browser_is_read_as_word_opens_it(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(PAGES[name]())
    result = read_file(path)
    assert (result.issue.series, result.issue.number, str(result.issue.date)) == ("某某工作简报", 7, "2024-03-05")
    assert [(e.date, e.unit, e.text) for _, e in result.issue.entries()] == ENTRIES
    assert any("网页" in warning and name in warning for warning in result.warnings)


def test_a_folder_of_saved_pages_is_imported_with_them(tmp_path):
    for name in ("第7期.mht", "第8期.htm", "说明.pdf"):
        (tmp_path / name).write_bytes(b"x")
    assert [path.name for path in expand_paths([tmp_path])] == ["第7期.mht", "第8期.htm"]


def _spreadsheet_package(path):
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                         'vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        package.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{RELS_NS}"><Relationship Id="rId1" '
                         f'Type="{RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        package.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                         'spreadsheetml/2006/main"><sheets/></workbook>')
    return path


OTHERS = {
    "报送统计.et": (lambda path: compound(path, [("Workbook", b"\x09\x08" + bytes(5000))]), "这是WPS 表格文件"),
    "汇报.dps": (lambda path: compound(path, [("PowerPoint Document", bytes(5000))]), "这是WPS 演示文件"),
    "采用情况.xlsx": (_spreadsheet_package, "这是Excel 表格文件"),
    "统计表.docx": (_spreadsheet_package, "而是Excel 表格（只是扩展名写成了 .docx）"),
    "汇报.pptx": (lambda path: shutil.copy(_spreadsheet_package(path.with_suffix(".zip")), path), "这是PowerPoint 演示文稿文件"),
    "第52期.pdf": (lambda path: path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(3000)), "另存为 Word 文档"),
}


@pytest.mark.parametrize("name", OTHERS)
def test_another_programs_file_is_refused_by_what_it_is(tmp_path, name):
    make, says = OTHERS[name]
    path = tmp_path / name
    make(path)
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert refused.value.message.startswith(f"{name}：") and says in refused.value.message


def test_the_import_command_refuses_a_wps_table_and_writes_nothing(tmp_path, capsys):
    from bulletin_desktop.cli import main

    path = compound(tmp_path / "报送统计.et", [("Workbook", b"\x09\x08" + bytes(5000))])
    db = tmp_path / "a.sqlite"
    assert main(["import", "--db", str(db), str(path)]) == 1
    err = capsys.readouterr().err
    assert "报送统计.et" in err and "WPS 表格" in err and "Traceback" not in err
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert capsys.readouterr().out.strip() in ("[]", "")


def test_an_archives_pictures_are_passed_over_not_parsed(tmp_path):
    """An OA page saved with its photos is mostly base64: only the page's part is parsed, so
    reading it takes a small part of the archive's size in memory (parsing the whole archive
    as a mail took nine times its size)."""
    import base64
    import os
    import tracemalloc

    from bulletin_desktop.core.wordread.web_archive import archived_html

    photos = base64.encodebytes(os.urandom(6_000_000))
    data = internet_explorer_archive().replace(b"image/gif", b"image/jpeg").replace(b"R0lGODlhAQABAAAAACw=", photos)
    tracemalloc.start()
    try:
        page = archived_html(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert page is not None and "县应急管理局".encode() in page
    assert peak < len(data) / 10
    path = tmp_path / "带照片.mht"
    path.write_bytes(data)
    assert [e.unit for _, e in read_file(path).issue.entries()] == ["县应急管理局", "县住建局"]


def test_pictures_written_into_a_page_as_data_addresses_are_parsed_past_in_a_few_pieces(tmp_path):
    """OA editors paste photos into a page as data: addresses, megabytes inside one attribute:
    the parser is fed the page in a few pieces however long the photo (in pieces of 64K
    characters, the photo's bytes were scanned again with every piece and a 40 MB page ran
    out of its time); prose saying data: stays."""
    import base64
    import os

    from bulletin_desktop.core.wordread.html_chunk import html_text

    photo = base64.b64encode(os.urandom(3_000_000)).decode()
    page = PAGE.format(charset="utf-8").replace(
        "<p>【工作动态】</p>", f'<p><img src="data:image/jpeg;base64,{photo}" style="background:url(data:image/png;base64,'
        f'{photo[:5000]})"></p><p>【工作动态】</p><p>附：data:统计局,数据</p>')
    steps = []
    blocks = html_text(page.encode(), lambda: steps.append(1))
    assert len(steps) <= 8 and photo[:50] not in str(blocks)
    assert any("附：data:统计局,数据" in "".join(run.text for run in block) for block in blocks if not isinstance(block, list))
    path = tmp_path / "内嵌照片.html"
    path.write_text(page, encoding="utf-8")
    assert [(e.unit, e.text) for _, e in read_file(path).issue.entries()] == [
        ("", "附：data:统计局,数据"), ("县应急管理局", ENTRIES[0][2]), ("县住建局", ENTRIES[1][2])]


def test_an_opendocument_text_saved_with_a_password_is_refused_before_libreoffice(tmp_path, monkeypatch):
    """LibreOffice, given one to convert, can only say it could not open it (after seconds):
    the manifest says which parts are encrypted."""
    import os

    from bulletin_desktop.core import libreoffice

    def never():
        raise AssertionError("LibreOffice was run")

    monkeypatch.setattr(libreoffice, "libreoffice_path", never)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                'xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml" manifest:size="5000"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
                'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
                'manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" '
                'manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>'
                '</manifest:manifest>')
    for name in ("加密.odt", "加密另存.doc"):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
            package.writestr("content.xml", os.urandom(5000))
            package.writestr("META-INF/manifest.xml", manifest)
        with pytest.raises(BulletinFormatError) as refused:
            read_file(path)
        assert refused.value.message.startswith(f"{name}：") and "设置了打开密码" in refused.value.message


def test_an_archive_of_more_parts_than_any_page_has_is_refused(tmp_path):
    """Ten thousand parts before the page: no browser saves a page so (a page and its pictures
    are tens or hundreds), so the archive is taken to hold no page rather than walked on."""
    part = b"--X\r\nContent-Type: image/gif\r\n\r\nx\r\n"
    path = tmp_path / "存档.mht"
    path.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="X"\r\n\r\n' + part * 10_000
                     + b"--X\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE.format(charset="utf-8").encode()
                     + b"\r\n--X--\r\n")
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert refused.value.message.startswith("存档.mht：") and "没有网页正文" in refused.value.message
