"""``entry edit``: the entry editor's fields on the command line. An entry's date, unit and
mark each alone, or its whole text as printed (date and bold unit read again); an article's
title and paragraphs. One saved change; mistakes are one Chinese sentence and change nothing."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample, show_json, run_in


@pytest.fixture
def db(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    for argv in (["section", "add", "52", "基层动态"],
                 ["entry", "add", "52", "基层动态", "3月2日，**临颍县住建局**开展城镇燃气安全检查。"],
                 ["entry", "add", "52", "基层动态", "第一段写做法。", "第二段写成效。", "--title", "抓实夜间巡查"]):
        assert main([*argv[:2], "--db", str(db), *argv[2:]]) == 0
    capsys.readouterr()
    return db


def run(db, capsys, *argv: str) -> tuple[int, str, str]:
    return run_in(db, capsys, "entry", "edit", *argv)


def entries(db, capsys) -> list[dict]:
    return show_json(db, "52", capsys)["sections"][-1]["entries"]


def test_one_field_changes_and_the_others_stay(db, capsys):
    code, out, _err = run(db, capsys, "52", "基层动态", "1", "--date", "3月3日")
    assert code == 0 and "第 1 条" in out
    item = entries(db, capsys)[0]
    assert (item["date"], item["unit"], item["body"]) == ("3月3日", "临颍县住建局", "开展城镇燃气安全检查。")
    assert run(db, capsys, "52", "基层动态", "1", "--unit", "", "--mark", "◆")[0] == 0
    assert entries(db, capsys)[0]["markup"] == "◆3月3日，开展城镇燃气安全检查。"


def test_the_whole_text_is_read_as_entry_add_reads_it_and_a_field_given_with_it_wins(db, capsys):
    code, out, err = run(db, capsys, "52", "基层动态", "1", "--text", "4月8日，**舞阳县应急局**召开防汛会商会。",
                         "--date", "4月9日", "--json")
    assert code == 0 and "已修改" in err
    shown = json.loads(out)
    assert (shown["date"], shown["unit"], shown["body"]) == ("4月9日", "舞阳县应急局", "召开防汛会商会。")
    assert entries(db, capsys)[0] == shown


def test_an_articles_title_and_paragraphs(db, capsys):
    assert run(db, capsys, "52", "基层动态", "2", "--title", "夜间巡查常态化",
               "--text", "一是**定人**定岗。", "--text", "二是定时通报。")[0] == 0
    article = entries(db, capsys)[1]
    assert article["title"] == "夜间巡查常态化"
    assert "**定人**" in json.dumps(article, ensure_ascii=False) and "二是定时通报。" in article["text"]


@pytest.mark.parametrize("argv, said", [
    (["1"], "没有要改的内容"),
    (["1", "--date", "上周末"], "不是条目日期的写法"),
    (["1", "--title", "标题"], "只用于文章"),
    (["1", "--text", "一。", "--text", "二。"], "只有一段正文"),
    (["2", "--unit", "县应急局"], "这一条是文章"),
    (["2", "--title", "  "], "标题不能为空"),
    (["9", "--date", "3月3日"], "没有第 9 条"),
])
def test_mistakes_are_one_chinese_sentence_and_change_nothing(db, capsys, argv, said):
    before = entries(db, capsys)
    code, out, err = run(db, capsys, "52", "基层动态", *argv)
    assert code in (1, 2) and said in err and "Traceback" not in err and out == ""
    assert entries(db, capsys) == before


def test_a_final_issue_is_not_edited(db, capsys):
    assert main(["finalize", "--db", str(db), "52"]) == 0
    capsys.readouterr()
    before = entries(db, capsys)
    code, _out, err = run(db, capsys, "52", "基层动态", "1", "--date", "3月5日")
    assert code == 1 and "定稿" in err
    assert entries(db, capsys) == before
