"""Ctrl-C during a LibreOffice conversion (a .doc import, a PDF export) ends LibreOffice, which
runs in a session of its own and so does not get the signal, before the temporary folder
holding its profile is removed: no /tmp/bulletin-pdf-* or bulletin-import-* folder is left."""
from __future__ import annotations

import os
import signal
import tempfile
import threading
from pathlib import Path

import pytest

from bulletin_desktop.export.pdf import convert_many

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="the stand-in is a shell script")

# goes on writing into its output folder, as LibreOffice writes into its profile, until killed
KEEPS_WRITING = """#!/bin/sh
outdir=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && outdir="$a"; prev="$a"; done
echo $$ > "$FAKE_PIDS"
while true; do mkdir -p "$outdir" && : > "$outdir/part"; sleep 0.02; done
"""


def test_ctrl_c_during_a_pdf_conversion_leaves_no_temporary_folder(tmp_path, monkeypatch):
    soffice = tmp_path / "soffice"
    soffice.write_text(KEEPS_WRITING, encoding="utf-8")
    soffice.chmod(0o755)
    pids = tmp_path / "pids"
    monkeypatch.setenv("FAKE_PIDS", str(pids))
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    def interrupt_once_running() -> None:
        for _ in range(200):
            if pids.exists() and pids.read_text().strip():
                break
            threading.Event().wait(0.02)
        threading.Event().wait(0.2)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C: KeyboardInterrupt in the main thread

    threading.Thread(target=interrupt_once_running, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        convert_many({"bulletin": b"docx"}, soffice, timeout=30)
    pid = int(pids.read_text())
    threading.Event().wait(0.3)  # a stand-in still running would have written its folder back by now
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1][:3]
    assert list(temp.iterdir()) == []
