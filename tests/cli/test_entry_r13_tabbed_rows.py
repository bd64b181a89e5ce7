"""``entry add`` and ``entry edit`` take a table typed with tabs as the window's paste does
(core.pasted_entries.table_rows): each row whose cell holds a date is an entry, its unit from
the cell after it; a tab that parts no cells is a space, in an entry and in an article."""
from __future__ import annotations

import pytest

from test_cli import imported_sample, run_in, show_json


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def entries(db, capsys) -> list[dict]:
    return show_json(db, "52", capsys)["sections"][0]["entries"]


def test_rows_typed_with_tabs_are_added_an_entry_a_row(db, capsys):
    before = len(entries(db, capsys))
    code, out, err = run_in(db, capsys, "entry", "add", "52", "1",
                            "日期\t报送单位\t内容\n11月20日\t达拉特旗\t开展冬季供暖安全检查。\n11月21日\t准格尔旗\t组织煤矿应急演练。")
    assert code == 0 and out.count("新增") == 2, err
    assert [(e["date"], e["unit"], e["body"]) for e in entries(db, capsys)[before:]] == [
        ("11月20日", "达拉特旗", "开展冬季供暖安全检查。"), ("11月21日", "准格尔旗", "组织煤矿应急演练。")]


def test_a_row_given_to_edit_is_read_as_that_entry(db, capsys):
    code, _out, err = run_in(db, capsys, "entry", "edit", "52", "1", "1", "--text", "11月5日\t鄂托克旗\t开展森林草原防火检查。")
    assert code == 0, err
    first = entries(db, capsys)[0]
    assert (first["date"], first["unit"], first["body"]) == ("11月5日", "鄂托克旗", "开展森林草原防火检查。")


def test_a_tab_that_parts_no_cells_is_a_space(db, capsys):
    before = len(entries(db, capsys))
    code, _out, err = run_in(db, capsys, "entry", "add", "52", "1", "11月20日，**县应急局**开展检查\t共检查企业12家。")
    assert code == 0, err
    added = entries(db, capsys)[before]
    assert added["body"] == "开展检查 共检查企业12家。"
    code, _out, err = run_in(db, capsys, "entry", "add", "52", "1", "--title", "统计", "门类\t增速\n采矿业\t5.2%")
    assert code == 0, err
    article = entries(db, capsys)[-1]
    assert "\t" not in str(article) and "门类 增速" in str(article)
