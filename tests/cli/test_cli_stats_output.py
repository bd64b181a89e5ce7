"""stats -o treats a file already there as export does: kept unless --overwrite (or
--keep-both) is given, since a clerk often edits the 通报 after writing it; "-o -" is
standard output for JSON and CSV."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample

PERIOD = ["--from", "2022-01-01", "--to", "2022-12-31"]


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "docx"])
def test_a_report_already_there_is_kept_unless_overwrite_is_given(db, tmp_path, capsys, fmt):
    edited = tmp_path / f"通报.{fmt}"
    edited.write_bytes(b"edited by the clerk")
    assert main(["stats", "--db", str(db), *PERIOD, "--format", fmt, "-o", str(edited)]) == 1
    err = capsys.readouterr().err
    assert "没有替换" in err and "--overwrite" in err and "Traceback" not in err
    assert edited.read_bytes() == b"edited by the clerk"
    assert main(["stats", "--db", str(db), *PERIOD, "--format", fmt, "-o", str(edited), "--keep-both"]) == 0
    assert edited.read_bytes() == b"edited by the clerk"
    assert (tmp_path / f"通报（2）.{fmt}").stat().st_size > 0
    assert main(["stats", "--db", str(db), *PERIOD, "--format", fmt, "-o", str(edited), "--overwrite"]) == 0
    assert edited.read_bytes() != b"edited by the clerk"


def test_dash_is_standard_output_for_json_and_csv_only(db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["stats", "--db", str(db), *PERIOD, "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["from"] == "2022-01-01"
    assert main(["stats", "--db", str(db), *PERIOD, "--unattributed", "--format", "csv", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("日期,")
    assert main(["stats", "--db", str(db), *PERIOD, "--format", "xlsx", "-o", "-"]) == 1
    assert "标准输出" in capsys.readouterr().err
    assert not (tmp_path / "-").exists()
