"""A plain text file under a Word name (Notepad's 另存为 简报.doc; Word and WPS open it as
text) is read as a .txt is, in any of the encodings Chinese office machines write, and the
clerk is told; bytes that are no text are still refused as no Word file."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.wordread import paragraphs_from_path

TEXT = """测试县安全生产简报

第9期

测试县应急管理局　　　　2024年3月8日

【工作动态】

3月1日，县应急管理局召开全县安全生产工作会议，安排部署今年重点工作。

编辑：王磊　审核：刘洋　签发：陈建国
"""


@pytest.mark.parametrize(("name", "encoding"), [("简报.doc", "utf-8"), ("简报.docx", "gb18030"), ("简报.wps", "utf-16")])
def test_text_under_a_word_name_is_read_as_text(tmp_path, name, encoding):
    path = tmp_path / name
    path.write_bytes(TEXT.encode(encoding))
    imported = read_file(path)
    assert (imported.issue.series, imported.issue.number, imported.issue.signoff.signers) == ("测试县安全生产简报", 9, ["陈建国"])
    assert imported.issue.sections[0].entries[0].date == "3月1日"
    assert imported.warnings[0] == f"{name} 实际是纯文本文件（只是扩展名写成了 {path.suffix}），按纯文本读取。"


def test_a_submission_saved_as_text_under_a_word_name_gives_its_paragraphs(tmp_path):
    path = tmp_path / "来稿.doc"
    path.write_text("县应急管理局召开安全生产工作会议\n\n3月1日，县应急管理局召开会议。\n", encoding="utf-8")
    assert [p[0].text for p in paragraphs_from_path(path)] == ["县应急管理局召开安全生产工作会议", "3月1日，县应急管理局召开会议。"]


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, "简报".encode("gb18030") + b"\x01\x02" * 100, b"just some latin text " * 20])
def test_bytes_that_are_no_chinese_text_are_still_refused(tmp_path, data):
    path = tmp_path / "简报.doc"
    path.write_bytes(data)
    with pytest.raises(BulletinFormatError, match="这不是 Word 文件（文件开头不是 Word 文档的格式）"):
        read_file(path)
