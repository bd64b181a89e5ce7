"""A submission declined or returned by a slip of the hand (or a decision changed) goes back to
待处理, its reason cleared: `inbox reopen`. One adopted or still waiting is refused with a
sentence saying why, on stderr, exit 1."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_desktop.cli import main


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    sample = tmp_path / "luohe-052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    path = tmp_path / "archive.sqlite"
    assert main(["import", "--db", str(path), str(sample)]) == 0
    return path


def _add(db: Path, tmp_path: Path, capsys, name: str, text: str) -> int:
    piece = tmp_path / name
    piece.write_text(text, encoding="utf-8")
    assert main(["inbox", "add", "--db", str(db), str(piece)]) == 0
    return int(capsys.readouterr().out.split("\t")[0])


def _show(db: Path, capsys, sid: int) -> dict:
    assert main(["inbox", "show", "--db", str(db), str(sid), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("returned", [False, True])
def test_a_declined_or_returned_submission_waits_again(db, tmp_path, capsys, returned):
    sid = _add(db, tmp_path, capsys, "西城区来稿.txt", "11月20日，西城区召开工贸企业安全生产工作会。")
    assert main(["inbox", "decline", "--db", str(db), str(sid), "--reason", "内容重复",
                 *(["--returned"] if returned else [])]) == 0
    capsys.readouterr()
    assert _show(db, capsys, sid)["status"] == ("returned" if returned else "declined")
    assert main(["inbox", "reopen", "--db", str(db), str(sid)]) == 0
    assert "已恢复为待处理" in capsys.readouterr().out
    shown = _show(db, capsys, sid)
    assert (shown["status"], shown["reason"]) == ("pending", "")


def test_a_waiting_or_adopted_submission_is_not_reopened(db, tmp_path, capsys):
    sid = _add(db, tmp_path, capsys, "舞阳县来稿.txt", "11月19日，舞阳县开展检查。")
    assert main(["inbox", "reopen", "--db", str(db), str(sid)]) == 1
    assert "本来就是待处理" in capsys.readouterr().err
    assert main(["inbox", "adopt", "--db", str(db), str(sid), "--issue", "52", "--section", "隐患排查"]) == 0
    capsys.readouterr()
    assert main(["inbox", "reopen", "--db", str(db), str(sid)]) == 1
    err = capsys.readouterr().err
    assert "已被采用" in err and "Traceback" not in err
    assert main(["inbox", "reopen", "--db", str(db), "9999"]) == 1
    assert "没有编号为 9999 的来稿" in capsys.readouterr().err
