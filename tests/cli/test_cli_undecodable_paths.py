"""A path whose name is not UTF-8 (a folder named on a GBK system, as Python reads it: lone
surrogates) cannot be recorded by the archive nor written by SQLite: as the archive, an
export or a backup it is refused before any work, never an internal error after the file was
written. A file read from such a folder still imports."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample

GBK_NAME = os.fsdecode(b"\xd6\xd0\xce\xc4")  # 中文 in GBK bytes


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


@pytest.mark.parametrize("argv", [
    ["export", "52", "-o", "{dir}/{name}.docx"], ["export", "52", "--dir", "{dir}/{name}"],
    ["export-year", "2022", "-o", "{dir}/{name}.docx"], ["stats", "-o", "{dir}/{name}.json"],
    ["archive", "backup", "{dir}/{name}.sqlite"], ["archive", "salvage", "{dir}/{name}.sqlite"],
])
def test_an_output_named_in_other_bytes_is_refused_before_any_work(db, tmp_path, capsys, argv):
    argv = [arg.format(dir=tmp_path, name=GBK_NAME) for arg in argv]
    before = sorted(tmp_path.iterdir())
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main([argv[0], "--db", str(db), *argv[1:]])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "不是 UTF-8 编码" in err and "内部错误" not in err
    assert sorted(tmp_path.iterdir()) == before


def test_an_archive_named_in_other_bytes_is_refused(tmp_path, sample_text, capsys):
    sample = tmp_path / "052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["import", "--db", str(tmp_path / f"{GBK_NAME}.sqlite"), str(sample)])
    assert "不是 UTF-8 编码" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["052.txt"]


def test_a_file_read_from_such_a_folder_still_imports(tmp_path, sample_text, capsys):
    folder = tmp_path / GBK_NAME
    folder.mkdir()
    (folder / "052.txt").write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(tmp_path / "archive.sqlite"), str(folder / "052.txt")]) == 0
    assert "第52期" in capsys.readouterr().out


def test_the_log_file_takes_such_a_name_without_a_logging_error_on_stderr(db, tmp_path, capsys):
    import logging

    from bulletin_desktop.app_log import _LogFile

    logging.getLogger("bulletin_desktop.test").warning("automatic backup of %s failed", tmp_path / GBK_NAME)
    assert "Logging error" not in capsys.readouterr().err
    [log_file] = [h.path for h in logging.getLogger("bulletin_desktop").handlers if isinstance(h, _LogFile)]
    assert "\\udcd6\\udcd0" in log_file.read_text(encoding="utf-8")
