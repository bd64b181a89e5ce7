"""Importing 200 Word files of about five pages each (half made by our export, half by
LibreOffice from plain text), read and recognised, next to the floor of python-docx
opening the same files and reading every paragraph's text."""
from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import docx
from bench_export import generated_issue

from bulletin_desktop.core import libreoffice
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.textformat import write_text
from bulletin_desktop.export.docx.writer import write_docx

ENTRIES = 20  # about 6,000 characters: five pages at 22 lines of 28 characters


def _make_files(folder: Path, count: int) -> list[Path]:
    ours = [folder / f"ours-{n}.docx" for n in range(count // 2)]
    for n, path in enumerate(ours):
        issue = generated_issue(ENTRIES, seed=n)
        issue.number = n + 1
        write_docx(issue, path)
    texts = []
    for n in range(count - len(ours)):
        issue = generated_issue(ENTRIES, seed=1000 + n)
        issue.number = 1000 + n
        text = folder / f"lo-{n}.txt"
        text.write_text(write_text(issue), encoding="utf-8")
        texts.append(text)
    soffice = libreoffice.libreoffice_path()
    if soffice is None:  # without LibreOffice, all from our export
        return ours + _make_ours(folder, len(texts))
    subprocess.run([str(soffice), "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", str(folder), *map(str, texts)], capture_output=True, timeout=900)
    made = [folder / f"lo-{n}.docx" for n in range(len(texts))]
    return ours + [p for p in made if p.exists()]


def _make_ours(folder: Path, count: int) -> list[Path]:
    paths = [folder / f"extra-{n}.docx" for n in range(count)]
    for n, path in enumerate(paths):
        write_docx(generated_issue(ENTRIES, seed=5000 + n), path)
    return paths


def _floor(paths: list[Path]) -> list[float]:
    times = []
    for path in paths:
        started = time.perf_counter()
        document = docx.Document(str(path))
        [p.text for p in document.paragraphs]
        times.append(time.perf_counter() - started)
    return times


def _ours(paths: list[Path]) -> list[float]:
    times = []
    for path in paths:
        started = time.perf_counter()
        read_file(path)
        times.append(time.perf_counter() - started)
    return times


def run(report) -> None:
    count = 20 if report.quick else 200
    with tempfile.TemporaryDirectory() as tmp:
        paths = _make_files(Path(tmp), count)
        _floor(paths[:5]), _ours(paths[:5])  # warm imports and caches for both
        floor, ours = [], []
        for _ in range(3):  # interleaved rounds: both see the same machine load
            floor.append(sum(_floor(paths)))
            ours.append(sum(_ours(paths)))
        floor_s, ours_s = statistics.median(floor), statistics.median(ours)
        lo_made = sum(1 for p in paths if p.name.startswith("lo-"))
    n = len(paths)
    report.add("import Word files (read + recognise)", n / ours_s, "files/s", n / floor_s,
               note=f"{n} files ({lo_made} made by LibreOffice); floor = python-docx opening each and reading "
                    f"every paragraph; per file {1000 * ours_s / n:.1f} ms vs {1000 * floor_s / n:.1f} ms",
               lower_is_better=False)
