"""A merge made with units merge and taken back days later with units unmerge, in 六安市's
archive: the statistics (stats --json) are as before the merge. What the clerk expects is
written before each check."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main

ISSUE = """六安应急管理信息
第3期
六安市应急管理局　　2026年3月20日
【县区动态】
3月16日，**霍邱县应急局**开展矿山安全检查。
3月18日，**霍山县**开展森林防火巡查。
"""


@pytest.fixture
def db(tmp_path):
    sample = tmp_path / "luan-3.txt"
    sample.write_text(ISSUE, encoding="utf-8")
    path = tmp_path / "luan.sqlite"
    assert main(["import", "--db", str(path), str(sample)]) == 0
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _stats(capsys, db) -> dict:
    code, out, err = cli(capsys, "stats", "--db", str(db), "--from", "2026-01-01", "--to", "2026-12-31", "--json")
    assert code == 0, err
    report = json.loads(out)
    report.pop("generated", None)
    return report


def test_merge_listed_then_undone_from_the_command_line(db, tmp_path, capsys):
    """霍山县应急管理局 sends a piece and is registered on its own; the clerk merges it into
    霍山县 with units merge. units merges lists it (number, time, both names, what moved);
    units unmerge with that number brings it back, and stats --json is as before. A second
    unmerge of the same number is refused (exit 1, a sentence in Chinese, no traceback)."""
    piece = tmp_path / "霍山县应急管理局-3月信息.txt"
    piece.write_text("霍山县开展地质灾害隐患排查\n3月5日，霍山县应急管理局开展地质灾害隐患排查。\n报送单位：霍山县应急管理局",
                     encoding="utf-8")
    assert cli(capsys, "inbox", "add", "--db", str(db), str(piece), "--received", "2026-03-06")[0] == 0
    assert cli(capsys, "units", "add", "--db", str(db), "霍山县应急管理局")[0] in (0, 1)
    before = _stats(capsys, db)
    code, out, err = cli(capsys, "units", "merges", "--db", str(db))
    assert code == 0 and "还没有合并过单位" in out
    code, out, err = cli(capsys, "units", "merge", "--db", str(db), "霍山县应急管理局", "霍山县")
    assert code == 0, err
    code, out, err = cli(capsys, "units", "merges", "--db", str(db), "--json")
    (record,) = json.loads(out)
    assert (record["source"], record["target"], record["undone"]) == ("霍山县应急管理局", "霍山县", False)
    code, out, err = cli(capsys, "units", "merges", "--db", str(db))
    assert out.startswith(f"{record['id']}\t") and "霍山县应急管理局 → 霍山县" in out and "units unmerge" in err
    assert _stats(capsys, db) != before
    code, out, err = cli(capsys, "units", "unmerge", "--db", str(db), str(record["id"]))
    assert code == 0, err
    assert out.startswith("霍山县应急管理局")
    assert _stats(capsys, db) == before
    code, out, err = cli(capsys, "units", "unmerge", "--db", str(db), str(record["id"]))
    assert code == 1 and "已在" in err and "撤销" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as wrong:
        main(["units", "unmerge", "--db", str(db), "第一"])
    assert wrong.value.code == 2 and "不是整数" in capsys.readouterr().err
