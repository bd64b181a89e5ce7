"""LibreOffice stood in for by a script that takes a minute over every file (as the export
tests stand in for it); it notes its process id, which is the one a cancel must end."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_desktop.core import libreoffice

SLOW_SOFFICE = """#!/bin/sh
echo $$ >> "$FAKE_PIDS"
exec sleep 60
"""


def slow_conversions(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """A folder of three .rtf files that each need a (stand-in) LibreOffice conversion; the pids file."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("the stand-in LibreOffice is a shell script; /proc shows its process")
    pids = tmp_path / "pids"
    return _install(tmp_path, monkeypatch, SLOW_SOFFICE, ["a.rtf", "b.rtf", "c.rtf"], FAKE_PIDS=pids), pids


def _install(tmp_path: Path, monkeypatch, script: str, names: list[str], **env: Path) -> Path:
    """The stand-in program made the LibreOffice the program uses, with its settings in
    ``env``; a folder holding .rtf files ``names`` for it to convert."""
    program = tmp_path / "soffice"
    program.write_text(script, encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv(libreoffice.SOFFICE_ENV, str(program))
    for key, value in env.items():
        monkeypatch.setenv(key, str(value))
    folder = tmp_path / "旧格式"
    folder.mkdir()
    for name in names:
        (folder / name).write_text("{\\rtf1 x}", encoding="ascii")
    return folder


def converting(pids: Path) -> list[int]:
    return [int(pid) for pid in pids.read_text().split()] if pids.exists() else []


def ended(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


# Converts only once the test creates the file $GO, then hands back the prepared Word file
# $CONVERTED as the converted one: the test decides when a reading ends.
GATED_SOFFICE = """#!/bin/sh
out=""; prev=""; last=""
for arg in "$@"; do
  [ "$prev" = "--outdir" ] && out="$arg"
  prev="$arg"; last="$arg"
done
while [ ! -f "$GO" ]; do sleep 0.05; done
name=$(basename "$last")
mkdir -p "$out"
cp "$CONVERTED" "$out/${name%.*}.docx"
"""


def gated_conversion(tmp_path: Path, monkeypatch, converted: Path) -> tuple[Path, Path]:
    """A folder with one .rtf file whose (stand-in) conversion gives ``converted`` once the
    returned go-file exists."""
    if not Path("/bin/sh").exists():
        pytest.skip("the stand-in LibreOffice is a shell script")
    go = tmp_path / "go"
    return _install(tmp_path, monkeypatch, GATED_SOFFICE, ["第60期.rtf"], GO=go, CONVERTED=converted), go
