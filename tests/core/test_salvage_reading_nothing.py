"""A salvage that reads not one issue whole writes no new archive and says so, whether the
file's first page (the schema) or the issues' own pages are what is lost; the damaged file
is left as it was. One rule for the command line and the window's rescue."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.salvage import NothingSalvaged, salvage
from test_archive_support import plain_issue

PAGE = 4096


def _archive(path):
    with Archive.open(path, auto_backup=False) as archive:
        for n in range(1, 31):
            archive.add_issue(plain_issue(n, dt.date(2023, 1, 1) + dt.timedelta(days=7 * n),
                                          [f"1月{n % 28 + 1}日，**舞阳县**开展第{n}次检查。" * 3] * 4))
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'issues'").fetchone()[0]


def _damage(path, pages, seed=3):
    rnd = random.Random(seed)
    with open(path, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * PAGE)
            f.write(bytes(rnd.randrange(256) for _ in range(PAGE)))


@pytest.mark.parametrize("which", ["schema page", "issues root page"])
def test_nothing_read_whole_leaves_no_new_archive(tmp_path, which):
    path = tmp_path / "archive.sqlite"
    root = _archive(path)
    _damage(path, [1] if which == "schema page" else [root])
    before = path.read_bytes()
    with pytest.raises(NothingSalvaged) as caught:
        salvage(path, tmp_path / "new.sqlite")
    assert "一期也没有读出" in caught.value.message and "保持原样" in caught.value.message
    assert not list(tmp_path.glob("new.sqlite*"))
    assert path.read_bytes() == before


def test_the_command_line_fails_without_writing_an_empty_archive(tmp_path, capsys):
    path = tmp_path / "archive.sqlite"
    _archive(path)
    _damage(path, [1])
    assert main(["archive", "--db", str(path), "salvage", str(tmp_path / "new.sqlite")]) == 1
    captured = capsys.readouterr()
    assert "一期也没有读出" in captured.err and "抢救出 0 期" not in captured.out
    assert "Traceback" not in captured.err and "sqlite" not in captured.err.replace(".sqlite", "").lower()
    assert not list(tmp_path.glob("new.sqlite*"))
