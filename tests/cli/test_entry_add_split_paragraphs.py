"""``entry add`` with several paragraphs reads them as the window's paste does: each
paragraph opening with a date is an entry (its unit before or after the date, or signed at
its end), the undated ones after it are its own; the entries go in order where the command
says, in one save; ``--json`` lists them."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.core.archive import Archive

from test_cli import imported_sample, show_json, run_in as run


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def entries(db, capsys) -> list[dict]:
    return show_json(db, "52", capsys)["sections"][0]["entries"]


def test_dated_paragraphs_become_entries_in_order_at_the_place_given(db, capsys):
    before = entries(db, capsys)
    code, out, err = run(db, capsys, "entry", "add", "52", "1", "--at", "2", "--json",
                         "舞阳县　12月1日，县应急管理局组织开展消防演练。",
                         "演练结束后进行了讲评。",
                         "12月2日，**郾城区**召开安全生产会议。",
                         "（出山镇）12月3日，组织开展隐患排查。",
                         "区域内企业全部签订承诺书。（出山镇供稿）")
    assert code == 0
    added = json.loads(out)
    assert [(e["date"], e["unit"]) for e in added] == [("12月1日", "舞阳县"), ("12月2日", "郾城区"), ("12月3日", "出山镇")]
    assert added[0]["text"] == "12月1日，舞阳县应急管理局组织开展消防演练。演练结束后进行了讲评。"
    assert err.count("已在栏目") == 3 and "第 2 条" in err and "第 4 条" in err
    after = entries(db, capsys)
    assert len(after) == len(before) + 3
    assert [e["text"] for e in after[1:4]] == [e["text"] for e in added]
    assert [e["text"] for e in after[:1] + after[4:]] == [e["text"] for e in before]


def test_several_entries_are_one_save(db, capsys, monkeypatch):
    saved: list[int] = []
    save = Archive.save_issue

    def counted(self, issue, *args, **kwargs):
        saved.append(sum(1 for _ in issue.entries()))
        return save(self, issue, *args, **kwargs)

    monkeypatch.setattr(Archive, "save_issue", counted)
    before = len(entries(db, capsys))
    code, out, _err = run(db, capsys, "entry", "add", "52", "1", "12月1日，甲县开展检查。", "12月2日，乙县开展演练。")
    assert code == 0 and out.count("已在栏目") == 2
    assert len(saved) == 1 and len(entries(db, capsys)) == before + 2


def test_undated_paragraphs_join_into_one_entry(db, capsys):
    code, out, _err = run(db, capsys, "entry", "add", "52", "1", "--json", "会议要求，", "各单位要压实责任。")
    assert code == 0
    (added,) = json.loads(out)
    assert (added["date"], added["text"]) == ("", "会议要求，各单位要压实责任。")


def test_one_paragraph_is_one_entry_listed_by_json(db, capsys):
    code, out, _err = run(db, capsys, "entry", "add", "52", "1", "--json", "11月20日，**郾城区**召开安全生产会议。")
    assert code == 0
    assert [(e["date"], e["unit"], e["body"]) for e in json.loads(out)] == [("11月20日", "郾城区", "召开安全生产会议。")]


def test_a_final_issue_takes_none_of_them(db, capsys):
    assert run(db, capsys, "finalize", "52")[0] == 0
    before = entries(db, capsys)
    code, _out, err = run(db, capsys, "entry", "add", "52", "1", "12月1日，甲县开展检查。", "12月2日，乙县开展演练。")
    assert code == 1 and "错误" in err and "Traceback" not in err
    assert entries(db, capsys) == before
