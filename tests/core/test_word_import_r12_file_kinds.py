"""What the clerk is told about files the program does not read, said from file_kinds in one
place: a folder of past issues kept as PDF or OFD pages names them and what to do, the import
help lists every kind read, and the submissions inbox's folder scan passes over the lock file
Word or WPS keeps beside a document open in it, as the importer's does."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.file_kinds import IMPORTABLE_KINDS_NAMED
from bulletin_desktop.core.importing import expand_paths, nothing_to_import
from bulletin_desktop.core.inbox.reading import SubmissionFileError, expand_folders, read_paragraphs


def _folder(tmp_path, names):
    folder = tmp_path / "往期简报"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(b"%PDF-1.7\n" if name.endswith(".pdf") else b"PK\x03\x04")
    return folder


def test_a_folder_of_pdf_and_ofd_copies_says_what_they_are_and_what_to_do(tmp_path):
    folder = _folder(tmp_path, ["第1期.pdf", "第2期.PDF", "第3期.ofd", "统计表.xlsx"])
    (folder / "2023年").mkdir()
    said = nothing_to_import(folder)
    assert said.startswith(f"文件夹 {folder} 中没有可以导入的文件")
    assert IMPORTABLE_KINDS_NAMED in said
    assert "2 个 PDF 文件" in said and "1 个 OFD 版式文件" in said and "另存为 Word 文档（.docx）" in said
    assert "1 个 Excel 表格文件不是简报" in said
    assert "1 个子文件夹不导入" in said


def test_a_folder_of_other_files_names_only_the_kinds_read(tmp_path):
    said = nothing_to_import(_folder(tmp_path, ["照片.png"]))
    assert IMPORTABLE_KINDS_NAMED in said and "PDF" not in said and "子文件夹" not in said


def test_the_command_line_says_a_folder_of_pdf_copies_on_stderr(tmp_path, capsys):
    folder = _folder(tmp_path, ["第1期.pdf"])
    assert main(["import", "--db", str(tmp_path / "a.sqlite"), str(folder), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("注意：") and "1 个 PDF 文件" in err and "另存为 Word 文档" in err


def test_the_import_help_lists_the_kinds_read(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = "".join(capsys.readouterr().out.split())  # (the help wraps its lines)
    assert f"导入简报：{''.join(IMPORTABLE_KINDS_NAMED.split())}" in shown


@pytest.mark.parametrize("lock", ["~$第7期.docx", ".~第7期.docx", ".~lock.第7期.docx#", "~$来稿.doc"])
def test_the_inbox_folder_scan_passes_over_lock_files(tmp_path, lock):
    folder = _folder(tmp_path, ["来稿.docx", lock, "说明.txt"])
    assert [p.name for p in expand_folders([folder])] == ["来稿.docx", "说明.txt"]
    assert expand_folders([folder]) == expand_paths([folder])  # one scan for both


def test_a_pdf_given_to_the_inbox_is_said_as_what_it_is(tmp_path):
    path = tmp_path / "来稿.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(SubmissionFileError) as caught:
        read_paragraphs(path)
    assert caught.value.message.startswith("来稿.pdf：这是PDF 文件") and "另存为 Word 文档" in caught.value.message
