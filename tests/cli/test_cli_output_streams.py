"""Where a command's output goes: a pipe closed early (| head), a stdout that cannot encode
Chinese, "-o -" for standard output, and one JSON shape for a dry run of several files."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, **kwargs) -> list[str]:
    return [sys.executable, "-m", "bulletin_desktop", *args]


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


class ClosedPipe(io.StringIO):
    """A stdout whose reader went away (`| head -1`)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("argv", [["check", "52"], ["list"], ["show", "52", "--json"]])
def test_a_pipe_closed_early_ends_quietly_but_not_as_success(db, capsys, monkeypatch, argv):
    """`check 52 | head -1` must not say "no problems" (0): the reader went away, and the exit
    code says so as a shell reports it (141), with nothing on stderr."""
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main([*argv, "--db", str(db)]) == 141
    assert capsys.readouterr().err == ""


def test_a_stdout_without_chinese_gets_question_marks_not_an_internal_error(db):
    result = subprocess.run(cli("list", "--db", str(db)), cwd=ROOT, capture_output=True,
                            env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"id:1\t") and b"?" in result.stdout
    assert b"UnicodeEncodeError" not in result.stderr


def test_export_to_dash_writes_the_text_to_stdout_and_no_file_named_dash(db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["export", "--db", str(db), "52", "--format", "txt", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("漯河安全生产简报")
    assert main(["export", "--db", str(db), "52", "-o", "-"]) == 0  # no suffix to go by: text
    capsys.readouterr()
    assert not (tmp_path / "-").exists()
    assert main(["export", "--db", str(db), "52", "--format", "docx", "-o", "-"]) == 2  # written wrongly
    captured = capsys.readouterr()
    assert captured.out == "" and "标准输出" in captured.err and not (tmp_path / "-").exists()


def test_a_dry_run_of_several_files_is_always_a_list(tmp_path, sample_text, capsys):
    good = tmp_path / "052.txt"
    good.write_text(sample_text, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["import", "--dry-run", "--json", str(good), str(empty)]) == 1
    shown = json.loads(capsys.readouterr().out)
    assert isinstance(shown, list) and [Path(d["file"]).name for d in shown] == ["052.txt"]
    assert main(["import", "--dry-run", "--json", str(empty), str(empty)]) == 1
    assert json.loads(capsys.readouterr().out) == []
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text(sample_text, encoding="utf-8")
    assert main(["import", "--dry-run", "--json", str(folder)]) == 0
    assert [d["number"] for d in json.loads(capsys.readouterr().out)] == [52]
    assert main(["import", "--dry-run", "--json", str(good)]) == 0  # one file: the issue itself, as show --json
    assert json.loads(capsys.readouterr().out)["number"] == 52
