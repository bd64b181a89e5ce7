"""``new``: the window's 新建一期 on the command line, with its refusals in Chinese."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

from test_cli import imported_sample


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


def test_new_continues_the_latest_issue_and_stores_it(db, capsys):
    capsys.readouterr()
    assert main(["new", "--db", str(db)]) == 0
    issue_id, series, number_line, _date = capsys.readouterr().out.rstrip("\n").split("\t")
    assert (series, number_line) == ("漯河安全生产简报", "第53期")
    with Archive.open(db, readonly=True) as archive:
        old, new = archive.load_issue(1), archive.load_issue(int(issue_id))
    assert [s.title for s in new.sections] == [s.title for s in old.sections]
    assert new.signoff == old.signoff and not any(s.entries for s in new.sections)
    assert main(["new", "--db", str(db), "--series", "漯河安全生产简报", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["number"] == 54


def test_new_in_a_series_of_its_own(db, capsys):
    assert main(["series", "add", "--db", str(db), "防汛简报"]) == 0
    capsys.readouterr()
    assert main(["new", "--db", str(db), "--series", "防汛简报"]) == 0
    assert capsys.readouterr().out.split("\t")[1:3] == ["防汛简报", "第1期"]


def test_new_refuses_an_unknown_series_a_missing_archive_and_an_empty_one(db, tmp_path, capsys):
    capsys.readouterr()
    assert main(["new", "--db", str(db), "--series", "没有的刊物"]) == 1
    assert "没有名为《没有的刊物》的刊物" in capsys.readouterr().err
    missing = tmp_path / "missing.sqlite"
    assert main(["new", "--db", str(missing)]) == 1
    assert "档案库文件不存在" in capsys.readouterr().err and not missing.exists()
    empty = tmp_path / "empty.sqlite"
    Archive.open(empty, auto_backup=False).close()
    assert main(["new", "--db", str(empty)]) == 1
    assert "还没有刊物" in capsys.readouterr().err


def test_new_is_refused_while_the_window_has_the_archive(db, capsys):
    with Archive.open(db, auto_backup=False):
        assert main(["new", "--db", str(db)]) == 1
    assert "已在本程序中打开" in capsys.readouterr().err  # in-process; another process is told who holds it
    with Archive.open(db, readonly=True) as archive:
        assert len(archive.list_issues()) == 1
