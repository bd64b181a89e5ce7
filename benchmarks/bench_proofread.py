"""Proofreading, each next to its floor measured in the same run.

- whole issue: every text of a 50-entry issue through ``check_issue``; floor: the same texts
  scanned once by one compiled regular expression (the half-width-comma rule alone).
- one paragraph: ``check`` of one 300-character paragraph, as the editor re-checks it while
  the clerk types; floor: the same regular expression over that paragraph.
- archive checks: ``check_archive`` for one 50-entry issue on an archive of 2,000 issues x 30
  entries (60,000; 200 issues with --quick); floor: the archive's own full-text (trigram)
  query run once per entry of the issue.
- first check: in a fresh process, the import and the first ``check`` (the lists are read then),
  as ``bulletin-desktop check`` pays it on every run and the window's proofreading thread once,
  and the process's peak memory by then; floor: the bare interpreter's.
- GUI thread blocked when an issue opens: the proofreading's share of opening an issue in the
  window on an archive of 1,000 copies of the sample (100 with --quick; built as bench_gui
  builds it), before (the archive checks run in the GUI thread, as they used to) and after
  (they run in the background); floor: the text checks of the same issue, which stay in the
  GUI thread by design.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_archive import make_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Item
from bulletin_desktop.core.proofread import check
from bulletin_desktop.core.proofread.archive_checks import _probe_phrases, check_archive
from bulletin_desktop.core.proofread.issue_check import check_issue
from bulletin_desktop.core.richtext import plain

FLOOR = re.compile(r"(?<=[\u4e00-\u9fff]),|,(?=[\u4e00-\u9fff])")


def _median_ms(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _texts(issue) -> list[str]:
    out = []
    for _section, entry in issue.entries():
        if isinstance(entry, Item):
            out.append(plain(entry.body))
        else:
            out.append(entry.title)
            out.extend(plain(p) for p in entry.paragraphs)
    return out


def run(report) -> None:
    _first_check(report)
    _text_and_archive(report)
    _open_blocking(report)


# peak memory as /proc tells it (VmHWM: ru_maxrss of a child started by fork counts the parent's)
_PEAK = "next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM'))"
_FRESH = f"""
import time
started = time.perf_counter()
from bulletin_desktop.core.proofread import check
imported = time.perf_counter()
check("今天县应急局组织开展防汛演练，参演人员300余人。")
print(imported - started, time.perf_counter() - imported, {_PEAK})
"""


def _first_check(report) -> None:
    if not Path("/proc/self/status").exists():  # pragma: no cover  (Linux only)
        return
    root = Path(__file__).resolve().parent.parent
    runs = []
    for _ in range(3 if report.quick else 7):
        out = subprocess.run([sys.executable, "-c", _FRESH], cwd=root, check=True, capture_output=True, text=True)
        runs.append([float(v) for v in out.stdout.split()])
    bare = subprocess.run([sys.executable, "-c", f"print({_PEAK})"], check=True, capture_output=True, text=True)
    imported, first, peak = (statistics.median(run[i] for run in runs) for i in range(3))
    report.add("proofread: import, fresh process", imported * 1000, "ms", note="bulletin_desktop.core.proofread")
    report.add("proofread: first check, fresh process", first * 1000, "ms",
               note="the lists read and their tables built; target ≤ 120 ms")
    report.add("proofread: peak memory, import + first check", peak / 1024, "MiB", int(bare.stdout) / 1024,
               note="floor: the bare interpreter; target ≤ 32 MB")


def _text_and_archive(report) -> None:
    rng = random.Random(11)
    repeat = 5 if report.quick else 20
    issue = make_issue(rng, 9999, dt.date(2030, 1, 1), 50)
    check("预热")  # the lists load once per process; the editor pays that on first use only
    texts = _texts(issue)
    whole = _median_ms(lambda: check_issue(issue), repeat)
    floor = _median_ms(lambda: [FLOOR.findall(t) for t in texts], repeat)
    report.add("proofread: whole 50-entry issue", whole, "ms", floor,
               note=f"{sum(map(len, texts))} chars; floor: one compiled regex over the same text; target ≤ 50 ms")
    paragraph = "".join(texts)[:300]
    one = _median_ms(lambda: check(paragraph), repeat * 5)
    one_floor = _median_ms(lambda: FLOOR.findall(paragraph), repeat * 5)
    report.add("proofread: one 300-char paragraph", one, "ms", one_floor,
               note="floor: one compiled regex; target ≤ 5 ms")

    issues = 200 if report.quick else 2000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        with Archive.open(path, auto_backup=False) as archive:
            start = dt.date(1990, 1, 1)
            for n in range(issues):
                archive.add_issue(make_issue(rng, n + 1, start + dt.timedelta(days=7 * n), 30))
            current = make_issue(rng, issues + 1, start + dt.timedelta(days=7 * issues), 50)
            archive.add_issue(current)
            queries = archive.proofread()
            phrases = [_probe_phrases(e.text)[0] for _s, e in current.entries() if isinstance(e, Item)]
            checked = _median_ms(lambda: check_archive(archive, current), max(3, repeat // 4))
            fts = _median_ms(lambda: [queries.fts_floor(p) for p in phrases], max(3, repeat // 4))
        report.add(f"proofread: archive checks, {issues * 30:,} entries", checked, "ms", fts,
                   note="floor: the archive's own FTS query once per entry; target ≤ 500 ms")


def _longest_stall(action, finished) -> float:
    """Seconds of the longest gap between two turns of the event loop, from ``action`` (run by
    the loop, as a slot is) until ``finished()``: how long input would have waited at worst."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    ticks: list[float] = []
    ran: list[bool] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        if len(ticks) == 3:  # the loop is turning: the action comes in one of its next turns
            QTimer.singleShot(0, lambda: (action(), ran.append(True)))
        elif ran and finished():
            loop.quit()

    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(tick)
    ticker.start()
    loop.exec()
    ticker.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:]))


def _open_blocking(report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench_gui import _make_archive
    from PySide6.QtCore import QSettings

    from bulletin_desktop.core.proofread.archive_checks import archive_context
    from bulletin_desktop.gui.application import ensure_application
    from bulletin_desktop.gui.main_window import MainWindow

    count = 100 if report.quick else 1000
    opens = 8 if report.quick else 25
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "archive.sqlite"
        _make_archive(path, count)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        ensure_application()
        window = MainWindow()
        window.resize(1440, 900)
        window.show()
        # read-only: no backup thread competing with the measurement; the checks are the same
        window.open_archive(path, readonly=True)
        controller = window.proofreading
        archive = window.session.archive

        def settled() -> bool:
            return not controller.archive_checking

        def checked_here() -> None:  # what the slot on opening did before: the archive checks here
            issue = window.document.issue
            check_archive(archive, issue, archive_context(archive, issue))
            controller.recheck_text()

        _longest_stall(lambda: None, settled)
        before, after, floor = [], [], []
        rng = random.Random(5)
        for issue_id in rng.sample([s.id for s in window.session.summaries()], opens):
            window.open_issue(issue_id)  # its own proofreading run, not timed
            _longest_stall(lambda: None, settled)
            after.append(_longest_stall(controller.issue_opened, settled))  # until the archive findings are in
            before.append(_longest_stall(checked_here, settled))
            floor.append(_longest_stall(controller.recheck_text, settled))  # the text checks alone
        window.close()
    floor_ms = statistics.median(floor) * 1000
    report.add("proofread: GUI stall on issue open, before", statistics.median(before) * 1000, "ms", floor_ms,
               note=f"{count}-issue archive, median of {opens} issues; longest wait of the event loop; archive "
                    "checks in the GUI thread; floor: the text checks alone")
    report.add("proofread: GUI stall on issue open, after", statistics.median(after) * 1000, "ms", floor_ms,
               note="archive checks in the background; longest wait of the event loop until their findings "
                    "are in")
