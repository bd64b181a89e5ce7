"""What was printed can be made again after the bulletin is renamed: a final issue
re-exported with the same settings gives the same document text; reopened, it takes the
bulletin's new name, as its drafts do at once."""
from __future__ import annotations

import hashlib
import zipfile

from lxml import etree

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

from test_cli import imported_sample, show_json

OLD, NEW = "漯河安全生产简报", "漯河市安全生产简报"


def _document_text(docx) -> str:
    with zipfile.ZipFile(docx) as package:
        return "".join(etree.fromstring(package.read("word/document.xml")).itertext())


def test_renaming_the_bulletin_leaves_a_final_issue_as_printed(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    with Archive.open(db, auto_backup=False) as archive:
        draft = archive.next_issue()
        archive.save_issue(draft)
    assert main(["finalize", "--db", str(db), "52"]) == 0
    first, again = tmp_path / "first.docx", tmp_path / "again.docx"
    assert main(["export", "--db", str(db), "52", "-o", str(first)]) == 0
    printed = _document_text(first)
    assert OLD in printed
    capsys.readouterr()

    assert main(["series", "rename", "--db", str(db), OLD, NEW]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("已重命名：") and "已定稿的 1 期仍印定稿时的刊物名称" in out.err

    assert main(["export", "--db", str(db), "52", "-o", str(again)]) == 0
    assert _document_text(again) == printed
    capsys.readouterr()
    shown = show_json(db, f"{NEW}:52", capsys)
    assert shown["series"] == OLD
    [record, _again] = shown["exports"]
    assert record["sha256"] == hashlib.sha256(first.read_bytes()).hexdigest()
    assert show_json(db, f"{NEW}:53", capsys)["series"] == NEW  # a draft: the new name at once

    assert main(["reopen", "--db", str(db), "52"]) == 0
    capsys.readouterr()
    assert show_json(db, "52", capsys)["series"] == NEW


def test_renaming_a_bulletin_without_final_issues_says_nothing_more(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    capsys.readouterr()
    assert main(["series", "rename", "--db", str(db), OLD, NEW]) == 0
    assert capsys.readouterr().err == ""
    assert show_json(db, "52", capsys)["series"] == NEW
