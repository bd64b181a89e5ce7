"""Salvage and the file check of a 1,000-issue archive (100 with --quick), next to floors
measured in the same run.

The archive holds the sample issue 1,000 times (9 entries each), built in one
transaction. Salvage of the undamaged file (every row read, every issue checked against
the indexes and copied in its own transaction, search indexes rebuilt) is set next to a
bare ``VACUUM INTO`` copy of the same file, the cheapest whole copy SQLite makes. The file
check (``archive check``) is set next to a bare ``PRAGMA integrity_check``.
"""
from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bulletin_desktop.core.archive.file_ops import check_file
from bulletin_desktop.core.archive.salvage import salvage

# the archive the tests build too (tests/ is not a package: the repository root is on the path)
from tests.numbered_archive import numbered_archive


def _best(fn, repeat: int) -> float:
    times = []
    for i in range(repeat):
        started = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - started)
    return min(times) if repeat < 3 else statistics.median(times)


def run(report) -> None:
    count = 100 if report.quick else 1000
    repeat = 1 if report.quick else 3
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = root / "archive.sqlite"
        numbered_archive(source, count)

        def vacuum(i: int) -> None:
            conn = sqlite3.connect(source)
            try:
                conn.execute("VACUUM INTO ?", (str(root / f"vacuum-{i}.sqlite"),))
            finally:
                conn.close()

        def salvaged(i: int) -> None:
            report_ = salvage(source, root / f"salvaged-{i}.sqlite")
            assert report_.issues == count

        floor = _best(vacuum, repeat)
        value = _best(salvaged, repeat)
        report.add(f"salvage of {count} whole issues", value * 1000, "ms", floor * 1000,
                   "floor: VACUUM INTO copy of the same file")

        def bare_check(_i: int) -> None:
            conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()

        floor = _best(bare_check, repeat)
        value = _best(lambda _i: check_file(source), repeat)
        report.add(f"archive check of {count} issues", value * 1000, "ms", floor * 1000,
                   "floor: bare PRAGMA integrity_check")
