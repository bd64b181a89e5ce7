"""Ordinary mistakes on the command line get one Chinese sentence on stderr and exit 1:
never a traceback, an English message, a Python type name or 内部错误."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    return db


def refused(capsys, *argv: str) -> str:
    """stderr of a command that must fail with exit code 1 and a plain Chinese message."""
    assert main(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.startswith(("错误：", "未导入")), err
    assert "内部错误" not in err and "Traceback" not in err and "Errno" not in err
    return err


def test_series_layout_refuses_an_option_out_of_range(db, capsys):
    err = refused(capsys, "series", "layout", "--db", str(db), "漯河安全生产简报", "--option", "body_size_pt=0")
    assert "body_size_pt" in err and "5 到 72" in err
    with Archive.open(db, readonly=True) as archive:
        assert archive.series_layout(archive.load_issue(1).series_id) == {}


@pytest.mark.parametrize("option", ["red_rule_pt=nan", "lines_per_page=100000", "red=notacolor", "page_width_mm=0",
                                    "masthead_fallback_sizes_pt=abc"])
def test_export_refuses_a_bad_option_and_writes_nothing(db, tmp_path, capsys, option):
    out = tmp_path / "x.docx"
    err = refused(capsys, "export", "--db", str(db), "52", "-o", str(out), "--option", option)
    assert option.split("=")[0] in err and "应为float" not in err
    assert not out.exists()


def test_export_refuses_a_settings_file_that_is_not_a_regular_file(db, tmp_path, capsys):
    err = refused(capsys, "export", "--db", str(db), "52", "-o", str(tmp_path / "x.docx"), "--settings", "/dev/zero")
    assert "不是普通文件" in err
    err = refused(capsys, "export", "--db", str(db), "52", "-o", str(tmp_path / "x.docx"), "--settings", str(tmp_path))
    assert "文件夹" in err
