"""A LibreOffice conversion can be cancelled from another thread (the window's Cancel): it
ends at once with every process it started, and a conversion nobody cancels is unchanged.
LibreOffice is stood in for by shell scripts, as the PDF export tests do."""
from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="the stand-in LibreOffice is a shell script; /proc shows its processes")

# soffice is a launcher that starts soffice.bin: the stand-in starts a child too
HANGS = """#!/bin/sh
echo $$ > "$FAKE_PIDS"
sleep 60 &
echo $! >> "$FAKE_PIDS"
wait
"""
# takes a moment, then writes what LibreOffice would, and says so
SLOW_OK = """#!/bin/sh
outdir=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && outdir="$a"; prev="$a"; done
sleep 0.4
mkdir -p "$outdir" && printf 'converted' > "$outdir/source.docx"
echo "convert source.rtf -> source.docx"
"""


def stand_in(folder: Path, script: str) -> Path:
    path = folder / "soffice"
    path.write_text(script, encoding="utf-8")
    path.chmod(0o755)
    return path


def state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone"


def cancel_after(seconds: float) -> threading.Event:
    cancel = threading.Event()
    timer = threading.Timer(seconds, cancel.set)
    timer.daemon = True
    timer.start()
    return cancel


def cancel_once_started(pids, set_at: list[float], processes: int = 2, limit: float = 10) -> threading.Event:
    """Set once the stand-in has written the ids of all its processes (a busy machine may
    take longer than a fixed delay to start them), or after ``limit`` seconds; the time it
    was set goes into ``set_at``."""
    cancel = threading.Event()

    def watch() -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if pids.exists() and len(pids.read_text().split()) >= processes:
                break
            time.sleep(0.05)
        set_at.append(time.monotonic())
        cancel.set()

    threading.Thread(target=watch, daemon=True).start()
    return cancel


def test_cancel_ends_the_conversion_and_everything_it_started(tmp_path, monkeypatch):
    pids = tmp_path / "pids"
    monkeypatch.setenv("FAKE_PIDS", str(pids))
    source = tmp_path / "source.rtf"
    source.write_text("{\\rtf1 x}", encoding="ascii")
    set_at: list[float] = []
    with pytest.raises(libreoffice.ConversionCancelled):
        libreoffice.convert(stand_in(tmp_path, HANGS), source, "docx:MS Word 2007 XML", tmp_path / "work",
                            timeout=60, cancel=cancel_once_started(pids, set_at))
    assert time.monotonic() - set_at[0] < 5  # ended on the cancel, not after the 60 s the stand-in takes
    children = [int(x) for x in pids.read_text().split()]
    assert len(children) == 2
    # (a kill is delivered to a process group in a moment, not at once: on a busy machine a
    # grandchild may still be running its last instruction when convert returns)
    deadline = time.monotonic() + 2
    while not all(state(pid) in ("gone", "Z", "X") for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(state(pid) in ("gone", "Z", "X") for pid in children)


def test_a_conversion_not_cancelled_keeps_its_result_and_output(tmp_path):
    source = tmp_path / "source.rtf"
    source.write_text("{\\rtf1 x}", encoding="ascii")
    out = libreoffice.convert(stand_in(tmp_path, SLOW_OK), source, "docx:MS Word 2007 XML", tmp_path / "work",
                              cancel=threading.Event())
    assert out.read_bytes() == b"converted"


def test_the_time_limit_still_holds_when_it_can_be_cancelled(tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_PIDS", str(tmp_path / "pids"))
    source = tmp_path / "source.rtf"
    source.write_text("{\\rtf1 x}", encoding="ascii")
    with pytest.raises(libreoffice.ConversionTimedOut):
        libreoffice.convert(stand_in(tmp_path, HANGS), source, "docx:MS Word 2007 XML", tmp_path / "work",
                            timeout=0.5, cancel=threading.Event())


def test_reading_a_file_passes_cancel_to_the_conversion(tmp_path, monkeypatch):
    pids = tmp_path / "pids"
    monkeypatch.setenv("FAKE_PIDS", str(pids))
    monkeypatch.setenv(libreoffice.SOFFICE_ENV, str(stand_in(tmp_path, HANGS)))
    old = tmp_path / "旧简报.rtf"
    old.write_text("{\\rtf1 x}", encoding="ascii")
    temp_before = set(Path(tempfile.gettempdir()).glob("bulletin-import-*"))
    started = time.monotonic()
    with pytest.raises(libreoffice.ConversionCancelled):
        read_file(old, cancel=cancel_after(0.5))
    assert time.monotonic() - started < 5
    assert all(state(int(pid)) in ("gone", "Z", "X") for pid in pids.read_text().split())
    assert set(Path(tempfile.gettempdir()).glob("bulletin-import-*")) <= temp_before  # cleaned up
