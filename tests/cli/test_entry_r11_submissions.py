"""``entry add`` reads a unit's submission as the window's paste does (one function, the
core's pasted_entries): a range of days, a year in the date, a looser date, a place whose
office the text names by its level, a speaker in bold who is no unit."""
from __future__ import annotations

import pytest

from test_cli import imported_sample, run_in, show_json


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def entries(db, capsys) -> list[dict]:
    return show_json(db, "52", capsys)["sections"][0]["entries"]


def test_a_submission_of_several_entries_is_added_as_the_paste_reads_it(db, capsys):
    before = len(entries(db, capsys))
    text = ("2024.5.30，**市税务局**召开全市税收工作会议。\n"
            "正定县　6月3日，县市场监管局开展食品抽检。\n抽检样品120批次，合格率98.3%。\n"
            "5.30—31，**海伦市**组织开展应急物资储备库检查。\n"
            "6月4日，**李建华代表**到城关镇调研农村公路建设。")
    code, out, err = run_in(db, capsys, "entry", "add", "52", "1", text)
    assert code == 0 and out.count("新增") == 4, err
    added = [(e["date"], e["unit"], e["body"]) for e in entries(db, capsys)[before:]]
    assert added == [
        ("2024.5.30", "市税务局", "召开全市税收工作会议。"),
        ("6月3日", "正定县", "市场监管局开展食品抽检。抽检样品120批次，合格率98.3%。"),
        ("5.30—31", "海伦市", "组织开展应急物资储备库检查。"),
        ("6月4日", "", "**李建华代表**到城关镇调研农村公路建设。"),
    ]


def test_edit_reads_the_text_as_the_paste_does(db, capsys):
    code, _out, err = run_in(db, capsys, "entry", "edit", "52", "1", "1", "--text",
                             "二〇二四年五月三十日，**县委组织部**召开基层党建工作推进会，\n部署下阶段任务。")
    assert code == 0, err
    item = entries(db, capsys)[0]
    assert (item["date"], item["unit"], item["body"]) == ("二〇二四年五月三十日", "县委组织部", "召开基层党建工作推进会，部署下阶段任务。")
