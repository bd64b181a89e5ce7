"""archive restore says why it cannot, in the clerk's words: not SQLite's or the system's
English ("file is not a database", "Permission denied")."""
from __future__ import annotations

import errno
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import file_ops

from test_cli import imported_sample


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


def refused(capsys, *argv: str) -> str:
    assert main(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "内部错误" not in err
    return err


def test_a_file_that_is_not_an_archive_is_named_so(db, tmp_path, capsys):
    garbage = tmp_path / "备份.sqlite"
    garbage.write_bytes(bytes(range(256)) * 64)
    err = refused(capsys, "archive", "--db", str(db), "restore", str(garbage))
    assert "不是简报档案库" in err and "file is not a database" not in err


def test_a_copy_the_system_refuses_says_why_in_chinese(db, tmp_path, capsys, monkeypatch):
    assert main(["archive", "--db", str(db), "backup", str(tmp_path / "copy.sqlite")]) == 0

    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(file_ops, "_copy_whole", refuse)
    err = refused(capsys, "archive", "--db", str(db), "restore", str(tmp_path / "copy.sqlite"))
    assert "复制备份失败（没有写入权限），档案库没有改动。" in err and "Permission denied" not in err
    assert not list(tmp_path.glob("archive-replaced-*"))
