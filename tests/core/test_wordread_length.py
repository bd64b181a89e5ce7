"""A document that prints hundreds of pages is no issue (a year's issues put together, a
generated file): it is refused at once with its length, in Chinese, whether its pages come
from the text or from the breaks the file makes, and whatever kind of file it is."""
from __future__ import annotations

import time

import docx
import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError

SENTENCE = "各乡镇、各有关部门要进一步提高思想认识，严格落实安全生产责任制，扎实开展隐患排查整治。"


def bulletin(path, *, pages: int = 1, per_page: int = 1):
    document = docx.Document()
    for line in ("测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】"):
        document.add_paragraph(line)
    document.add_paragraph("3月1日，").add_run("县应急管理局").bold = True
    for page in range(pages):
        for _ in range(per_page):
            document.add_paragraph(SENTENCE * 3)
        if page < pages - 1:
            document.add_page_break()
    document.add_paragraph("编辑：王磊　审核：刘洋　签发：陈建国")
    document.save(path)
    return path


def test_a_file_of_thousands_of_short_pages_is_refused_at_once(tmp_path):
    path = bulletin(tmp_path / "汇编.docx", pages=2000)
    started = time.monotonic()
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert time.monotonic() - started < 5
    assert refused.value.message.startswith("汇编.docx：文档约有 2000 页")
    assert "不像一期简报" in refused.value.message


def test_a_file_dense_with_text_is_measured_by_the_pages_it_fills(tmp_path):
    path = bulletin(tmp_path / "长文.docx", per_page=1500)  # no break, 190,000 characters
    with pytest.raises(BulletinFormatError, match="页（.*字），一期简报通常只有几页"):
        read_file(path)


def test_a_long_report_of_some_dozen_pages_is_read(tmp_path):
    issue = read_file(bulletin(tmp_path / "专报.docx", pages=40, per_page=4)).issue
    assert issue.number == 9 and issue.sections[0].title == "工作动态"


def test_a_plain_text_file_as_long_is_refused_too(tmp_path):
    path = tmp_path / "汇编.txt"
    path.write_text("测试县安全生产简报\n\n第9期\n\n2024年3月8日\n\n" + (SENTENCE * 3 + "\n\n") * 2000, encoding="utf-8")
    with pytest.raises(BulletinFormatError, match="不像一期简报"):
        read_file(path)


def test_the_command_line_says_why_and_stores_nothing(tmp_path, capsys):
    path = bulletin(tmp_path / "汇编.docx", pages=2000)
    database = tmp_path / "a.sqlite"
    assert main(["import", "--db", str(database), str(path)]) == 1
    err = capsys.readouterr().err
    assert "文档约有 2000 页" in err and "Traceback" not in err
    with Archive.open(database, auto_backup=False) as archive:
        assert archive.list_issues() == []
