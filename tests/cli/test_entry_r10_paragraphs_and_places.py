"""``entry add`` takes several paragraphs in one argument as a paste (a line break ends a
paragraph: the dated ones become entries, the undated ones join theirs), and ``entry edit
--text`` reads a number, a place and a date before the text as ``entry add`` and the paste do
(舞阳县　12月1日，… is 12月1日，**舞阳县**…). What is really invalid is one Chinese sentence."""
from __future__ import annotations

import pytest

from test_cli import imported_sample, run_in, show_json


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def entries(db, capsys) -> list[dict]:
    return show_json(db, "52", capsys)["sections"][0]["entries"]


def test_line_breaks_in_one_argument_are_paragraphs_split_as_a_paste(db, capsys):
    before = len(entries(db, capsys))
    text = ("1. 舞阳县　12月1日，县应急管理局组织开展消防演练。\n演练结束后进行了讲评。\r\n\n"
            "◆郾城区　12月2日，召开安全生产会议。")
    code, out, err = run_in(db, capsys, "entry", "add", "52", "1", text)
    assert code == 0 and out.count("新增") == 2, err
    added = entries(db, capsys)[before:]
    assert [(e["mark"], e["date"], e["unit"]) for e in added] == [("1. ", "12月1日", "舞阳县"), ("◆", "12月2日", "郾城区")]
    assert added[0]["body"] == "应急管理局组织开展消防演练。演练结束后进行了讲评。"


def test_an_article_takes_each_line_as_a_paragraph(db, capsys):
    code, _out, err = run_in(db, capsys, "entry", "add", "52", "1", "--title", "夜查常态化", "一是定人。\n二是定时。",
                             "三是通报。")
    assert code == 0, err
    article = entries(db, capsys)[-1]
    assert article["title"] == "夜查常态化" and article["text"].split("\n")[1:] == ["一是定人。", "二是定时。", "三是通报。"]


def test_edit_moves_a_place_before_the_date_as_the_paste_does(db, capsys):
    code, _out, err = run_in(db, capsys, "entry", "edit", "52", "1", "1", "--text",
                             "（2）舞阳县　12月1日，**县应急局**组织演练。")
    assert code == 0, err
    item = entries(db, capsys)[0]
    assert (item["mark"], item["date"], item["unit"], item["body"]) == ("（2）", "12月1日", "舞阳县应急局", "组织演练。")


def test_edit_joins_the_lines_of_one_entry_and_refuses_two_entries(db, capsys):
    assert run_in(db, capsys, "entry", "edit", "52", "1", "1", "--text", "12月3日，**县住建局**开展检查。\n发现隐患5处。")[0] == 0
    assert entries(db, capsys)[0]["body"] == "开展检查。发现隐患5处。"
    before = entries(db, capsys)
    code, out, err = run_in(db, capsys, "entry", "edit", "52", "1", "1", "--text",
                            "12月3日，**县住建局**开展检查。\n12月4日，**县应急局**召开会议。")
    assert code == 2 and out == "" and "2 条带日期的条目" in err and "entry add" in err and "Traceback" not in err
    assert entries(db, capsys) == before


@pytest.mark.parametrize("argv, said", [
    (["add", "52", "1", "\n\u3000\n"], "正文不能为空"),
    (["add", "52", "1", "一段。\n二\x07段。"], "控制字符"),
    (["edit", "52", "1", "1", "--text", " \n "], "正文不能为空"),
])
def test_what_is_really_invalid_is_refused_in_chinese(db, capsys, argv, said):
    before = entries(db, capsys)
    code, out, err = run_in(db, capsys, "entry", *argv)
    assert code == 2 and out == "" and said in err and "Traceback" not in err
    assert entries(db, capsys) == before
