"""Ctrl+C on long commands: "已中断" and exit 130, never 内部错误; import and export --dir
stop between two files, and say (and record) what they did."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.file_ops import check_file

ROOT = Path(__file__).resolve().parents[2]


def numbered_files(folder: Path, sample_text: str, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for number in range(100, 100 + count):
        path = folder / f"{number}.txt"
        path.write_text(sample_text.replace("第52期", f"第{number}期"), encoding="utf-8")
        paths.append(path)
    return paths


def ctrl_c_after(calls: int, function):
    """``function``, sending this process SIGINT (what Ctrl+C sends) during its ``calls``-th call."""
    seen = []

    def wrapped(*args, **kwargs):
        seen.append(1)
        result = function(*args, **kwargs)
        if len(seen) == calls:
            os.kill(os.getpid(), signal.SIGINT)
        return result
    return wrapped


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    db = tmp_path / "archive.sqlite"
    assert main(["import", "--db", str(db), *map(str, numbered_files(tmp_path / "in", sample_text, 5))]) == 0
    return db


def test_export_to_a_folder_stops_before_the_next_file_lists_and_records_those_written(db, tmp_path, capsys,
                                                                                      monkeypatch):
    from bulletin_desktop.export import batch

    monkeypatch.setattr(batch, "write_issue", ctrl_c_after(2, batch.write_issue))
    capsys.readouterr()
    out_dir = tmp_path / "导出"
    assert main(["export", "--db", str(db), "100", "101", "102", "103", "104", "--dir", str(out_dir)]) == 130
    captured = capsys.readouterr()
    written = sorted(out_dir.iterdir())
    assert len(written) == 2 and all(f"已导出：{path}" in captured.out for path in written)
    assert captured.err == "已中断：导出了 2 期，其余 3 期没有导出。\n"
    assert main(["show", "--db", str(db), "100", "--json"]) == 0
    assert [Path(e["file"]).name for e in json.loads(capsys.readouterr().out)["exports"]] == [written[0].name]


def test_import_stops_before_the_next_file_and_keeps_those_imported(tmp_path, sample_text, capsys, monkeypatch):
    from bulletin_desktop.core import importing

    files = numbered_files(tmp_path / "往期", sample_text, 6)
    monkeypatch.setattr(importing, "read_file", ctrl_c_after(3, importing.read_file))
    db = tmp_path / "archive.sqlite"
    assert main(["import", "--db", str(db), str(tmp_path / "往期")]) == 130
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 3
    assert captured.err == "已中断：3 个文件已处理（导入的留在档案库中），其余 3 个没有导入。\n"
    assert check_file(db).ok
    with Archive.open(db, readonly=True) as archive:
        assert sorted(s.number for s in archive.list_issues()) == [100, 101, 102]
    assert len(files) == 6


def test_ctrl_c_inside_sqlite_during_salvage_is_an_interruption_not_an_internal_error(db, tmp_path, capsys,
                                                                                     monkeypatch):
    """SQLite turns a KeyboardInterrupt raised inside one of our SQL functions (the search
    index's, while salvage rebuilds it) into OperationalError."""
    from bulletin_desktop.core.archive import salvage

    def interrupted_salvage(source, target, progress=None):
        conn = sqlite3.connect(":memory:")
        conn.create_function("grams", 1, lambda text: os.kill(os.getpid(), signal.SIGINT))
        conn.execute("SELECT grams('安全')")

    monkeypatch.setattr(salvage, "salvage", interrupted_salvage)
    assert main(["archive", "--db", str(db), "salvage", str(tmp_path / "新档案库.sqlite")]) == 130
    captured = capsys.readouterr()
    assert captured.err == "已中断。\n" and "内部错误" not in captured.err
    assert not (tmp_path / "新档案库.sqlite").exists()


def test_the_handler_is_put_back_after_a_command(db, capsys):
    before = signal.getsignal(signal.SIGINT)
    assert main(["list", "--db", str(db)]) == 0
    assert signal.getsignal(signal.SIGINT) is before


def test_a_real_ctrl_c_during_an_import_of_a_folder(tmp_path, sample_text):
    numbered_files(tmp_path / "往期", sample_text, 60)
    db = tmp_path / "archive.sqlite"
    process = subprocess.Popen(
        [sys.executable, "-m", "bulletin_desktop", "import", "--db", str(db), str(tmp_path / "往期")], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # not ignored as in a background job
    assert process.stdout is not None
    first = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert first.endswith("100.txt\n") and process.returncode == 130, err
    assert err.startswith("已中断：") and "Traceback" not in err
    with Archive.open(db, readonly=True) as archive:
        assert len(archive.list_issues()) == 1 + len(out.splitlines()) < 60
