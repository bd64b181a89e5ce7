"""The window's export of the open issue is recorded by the same rule as the command
line's: the records `show --json` prints are alike but for the time and the file name."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bulletin_desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=240, env=dict(os.environ))


def _records(archive_path: Path) -> list[dict]:
    done = _cli("show", "52", "--json", "--db", str(archive_path))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["exports"]


def _without_time_and_file(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("at", "file")}


@pytest.mark.slow
def test_the_windows_export_writes_the_record_the_command_line_writes(qtbot, window, archive_path, tmp_path,
                                                                       monkeypatch):
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(chosen[-1]), ""))
    for action, name in ((window.action_set.export_word, "window.docx"), (window.action_set.export_pdf, "window.pdf")):
        chosen.append(tmp_path / name)
        with qtbot.waitSignal(window.exportFinished, timeout=240000) as finished:
            action.trigger()
        assert finished.args == [str(chosen[-1]), True]
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "askFinalBox") is not None)  # asked once, after Word
    window.close()  # the command line may now write into the archive

    for fmt in ("docx", "pdf"):
        done = _cli("export", "52", "--format", fmt, "-o", str(tmp_path / f"cli.{fmt}"), "--db", str(archive_path))
        assert done.returncode == 0 and not done.stderr, done.stderr
    records = _records(archive_path)
    assert [(r["file"], r["format"]) for r in records] == [
        (str(tmp_path / name), fmt) for name, fmt in (("window.docx", "docx"), ("window.pdf", "pdf"),
                                                     ("cli.docx", "docx"), ("cli.pdf", "pdf"))]
    for record in records:
        assert record["sha256"] == hashlib.sha256(Path(record["file"]).read_bytes()).hexdigest()
    window_word, window_pdf, cli_word, cli_pdf = records
    # the same document with the same settings: byte for byte the same Word file
    assert _without_time_and_file(window_word) == _without_time_and_file(cli_word)
    assert window_word["settings"]  # the layout it was written with, not an empty record
    # a PDF carries the time it was made, so only its digest differs
    assert {**_without_time_and_file(window_pdf), "sha256": ""} == {**_without_time_and_file(cli_pdf), "sha256": ""}
