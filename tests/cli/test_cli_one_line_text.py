"""Text that lands inside one paragraph or one row (what replace puts in, a term of the word
list) is one line without control characters, as the window's one-line fields take it."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

from test_cli import imported_sample


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


@pytest.mark.parametrize("argv, said", [
    (["replace", "52", "安全", "安\n全"], "新文字只能写一行"),
    (["replace", "52", "安\r全", "安全"], "原文字只能写一行"),
    (["replace", "52", "安全", "安\t全"], "控制字符"),
    (["terms", "add", "词\n语", "词语"], "写法只能写一行"),
    (["terms", "add", "某词", "某\x1b词"], "控制字符"),
    (["terms", "add", "某词", "--note", "依据\n文件"], "说明只能写一行"),
])
def test_a_line_break_or_control_character_is_refused_and_nothing_changes(db, capsys, argv, said):
    with Archive.open(db, readonly=True) as archive:
        before = archive.load_issue(1)
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main([argv[0], "--db", str(db), *argv[1:]])
    assert exit_.value.code == 2 and said in capsys.readouterr().err
    with Archive.open(db, readonly=True) as archive:
        assert archive.load_issue(1) == before and archive.proofread().terms() == []


def test_deleting_with_an_empty_new_text_still_works(db, capsys):
    assert main(["replace", "--db", str(db), "52", "“回头看”", "", "--dry-run"]) == 0
    assert "将替换" in capsys.readouterr().out


@pytest.mark.parametrize("argv, said", [
    (["inbox", "edit", "1", "--title", "标\n题"], "标题只能写一行"),
    (["inbox", "edit", "1", "--note", "备\x1b注"], "备注里有看不见的控制字符"),
    (["inbox", "decline", "1", "--reason", "原\n因"], "原因只能写一行"),
    (["scoring", "set", "flag:领导\n批示", "3"], "项目只能写一行"),
])
def test_inbox_and_scoring_one_line_fields(db, capsys, argv, said):
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main([argv[0], "--db", str(db), *argv[1:]])
    assert exit_.value.code == 2 and said in capsys.readouterr().err
