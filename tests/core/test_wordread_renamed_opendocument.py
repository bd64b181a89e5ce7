"""An OpenDocument text (.odt, as WPS and LibreOffice save it) under a Word name is read as
the .odt it is, through LibreOffice, and the clerk is told; a spreadsheet or presentation
in OpenDocument form under a Word name is refused, named. They were refused as "not a Word
document" though the program reads .odt files."""
from __future__ import annotations

import zipfile

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError

TEXT_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
LINES = ["测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】",
         "3月1日，县应急管理局召开全县安全生产工作会议，安排部署今年重点工作。", "签发：陈建国"]


def opendocument(path, kind: str = "text"):
    body = "".join(f"<text:p>{line}</text:p>" for line in LINES)
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}")  # stored, first, as ODF wants
        package.writestr("META-INF/manifest.xml",
                         '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                         f'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.{kind}"/>'
                         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
                         compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {TEXT_NS} office:version="1.2">'
                         f"<office:body><office:text>{body}</office:text></office:body></office:document-content>",
                         compress_type=zipfile.ZIP_DEFLATED)
    return path


@pytest.mark.parametrize("name", ["简报.docx", "简报.doc", "简报.wps"])
def test_an_odt_under_a_word_name_goes_to_libreoffice(tmp_path, monkeypatch, name):
    monkeypatch.setattr(libreoffice, "libreoffice_path", lambda: None)
    with pytest.raises(BulletinFormatError, match="需要 LibreOffice"):
        read_file(opendocument(tmp_path / name))


def test_an_odt_under_a_word_name_is_read_and_the_clerk_told(tmp_path):
    if libreoffice.libreoffice_path() is None:
        pytest.skip("LibreOffice is needed to read an .odt")
    imported = read_file(opendocument(tmp_path / "简报.docx"))
    assert (imported.issue.series, imported.issue.number, imported.issue.signoff.signers) == ("测试县安全生产简报", 9, ["陈建国"])
    assert imported.warnings[0] == "简报.docx 实际是 OpenDocument 文本文件（.odt），只是扩展名写成了 .docx。"


@pytest.mark.parametrize(("kind", "what"), [("spreadsheet", "OpenDocument 表格"), ("presentation", "OpenDocument 演示文稿")])
def test_other_opendocument_files_under_a_word_name_are_named(tmp_path, kind, what):
    with pytest.raises(BulletinFormatError) as refused:
        read_file(opendocument(tmp_path / "简报.docx", kind))
    assert refused.value.message == f"简报.docx：这不是 Word 文件，而是{what}（只是扩展名写成了 .docx）。"
