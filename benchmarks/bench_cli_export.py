"""``bulletin-desktop export 52 --format docx`` as a whole process (interpreter start,
imports, opening the archive, writing), next to a whole-process python-docx script that
writes the same paragraphs and bold runs. What the clerk's scripts pay per call."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample-luohe-052.txt"

# The floor reads the paragraphs from a JSON file, so it pays no import of ours.
_FLOOR_SCRIPT = """
import json, sys
import docx
document = docx.Document()
for spans in json.load(open(sys.argv[1], encoding="utf-8")):
    paragraph = document.add_paragraph()
    for text, bold in spans:
        paragraph.add_run(text).bold = bold
document.save(sys.argv[2])
"""


def _median_process_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(report) -> None:
    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.textformat import read_text
    from bulletin_desktop.export.blocks import BlockKind, layout_issue

    issue = read_text(SAMPLE.read_text(encoding="utf-8"))
    runs = 3 if report.quick else 11
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "archive.sqlite"
        with Archive.open(db, auto_backup=False) as archive:
            archive.add_issue(issue)
        paragraphs = [[[span.text, span.bold] for span in block.spans] or [[block.text, False]]
                      for block in layout_issue(issue) if block.kind is not BlockKind.RED_RULE]
        (folder / "paragraphs.json").write_text(json.dumps(paragraphs, ensure_ascii=False), encoding="utf-8")
        (folder / "floor.py").write_text(_FLOOR_SCRIPT, encoding="utf-8")
        floor_cmd = [sys.executable, str(folder / "floor.py"), str(folder / "paragraphs.json"),
                     str(folder / "floor.docx")]
        ours_cmd = [sys.executable, "-m", "bulletin_desktop", "export", "52", "--db", str(db),
                    "--format", "docx", "-o", str(folder / "ours.docx")]
        _median_process_seconds(floor_cmd, 1)  # file caches warm for both
        _median_process_seconds(ours_cmd, 1)
        floor = _median_process_seconds(floor_cmd, runs)
        ours = _median_process_seconds(ours_cmd, runs)
        report.add("export 52 --format docx, whole process (median)", ours * 1000, "ms", floor * 1000,
                   "floor: a python-docx script writing the same paragraphs, whole process; target ≤ 1.5×")
