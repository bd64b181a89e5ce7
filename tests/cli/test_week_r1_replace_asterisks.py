"""``replace`` puts its new text in as written, so two asterisks — what ``entry add`` reads
as bold — would be printed in the bulletin: such a new text is refused with a sentence
naming the command that bolds, and nothing changes."""
from __future__ import annotations

from bulletin_desktop.cli import main

from test_cli import imported_sample, run_in, show_json


def test_asterisks_meant_as_bold_are_refused(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    assert main(["section", "--db", str(db), "add", "52", "基层动态"]) == 0
    assert main(["entry", "--db", str(db), "add", "52", "基层动态", "3月2日，舞阳县应急局开展燃气安全检查。"]) == 0
    capsys.readouterr()
    before = show_json(db, "52", capsys)
    code, out, err = run_in(db, capsys, "replace", "52", "舞阳县应急局", "**舞阳县应急局**")
    assert code == 2 and out == ""
    assert "**" in err and "entry edit" in err and "Traceback" not in err
    assert show_json(db, "52", capsys) == before


def test_plain_text_is_replaced_as_before(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    code, out, _err = run_in(db, capsys, "replace", "52", "翟红伟", "王五")
    assert code == 0 and out.endswith("已替换 1 处。\n")
