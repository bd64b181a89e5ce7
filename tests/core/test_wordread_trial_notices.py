"""The lines a document library's trial version adds to every Word file it writes (Aspose.Words'
"Evaluation Only" banner, Spire.Doc's "Evaluation Warning"), which office systems that make
bulletins as Word files leave in, are not the bulletin: above the masthead they hid it and
the file was refused. They are dropped and the clerk told, and told too when the trial
version cut the document short."""
from __future__ import annotations

import docx

from bulletin_desktop.core.importing import read_file

BODY = ["测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】",
        "3月1日，县应急管理局召开全县安全生产工作会议，安排部署今年重点工作。", "编辑：王磊　审核：刘洋　签发：陈建国"]


def made_by_trial(path, first: str, last: str = ""):
    document = docx.Document()
    for line in [*([first] if first else []), *BODY, *([last] if last else [])]:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_aspose_banner_and_closing_line_are_dropped(tmp_path):
    imported = read_file(made_by_trial(
        tmp_path / "a.docx", "Evaluation Only. Created with Aspose.Words. Copyright 2003-2023 Aspose Pty Ltd.",
        "Created with an evaluation copy of Aspose.Words. To discover the full versions of our APIs please visit: https://products.aspose.com/words/"))
    assert (imported.issue.series, imported.issue.number, imported.issue.signoff.signers) == ("测试县安全生产简报", 9, ["陈建国"])
    assert imported.warnings[0] == "略去了 2 行生成这个文件的程序（Aspose.Words 试用版）加入的英文提示，它们不是简报的内容。"


def test_spire_doc_banner_is_dropped(tmp_path):
    imported = read_file(made_by_trial(tmp_path / "b.docx", "Evaluation Warning: The document was created with Spire.Doc for .NET."))
    assert imported.issue.series == "测试县安全生产简报"
    assert "Spire.Doc 试用版" in imported.warnings[0]


def test_a_document_the_trial_cut_short_says_so(tmp_path):
    imported = read_file(made_by_trial(
        tmp_path / "c.docx", "Evaluation Only. Created with Aspose.Words. Copyright 2003-2024 Aspose Pty Ltd.",
        "This document was truncated here because it was created in the Evaluation Mode."))
    assert "截断了文档" in imported.warnings[0]


def test_a_sentence_naming_the_library_stays(tmp_path):
    imported = read_file(made_by_trial(tmp_path / "d.docx", "", "Created with Aspose.Words by the county's office system."))
    assert not any("试用版" in warning for warning in imported.warnings)
