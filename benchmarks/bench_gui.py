"""Start-up of the main window on an archive of 1,000 issues, next to a bare PySide6
QMainWindow started the same way in the same run; and the memory with that archive open.

Both are separate processes timed from spawn to their first painted frame (offscreen
platform, so the machine's display does not matter). Ours also reports when the issue
is loaded and the preview has laid it out, when the preview has painted it, and when the
whole window is built and painted (the peak memory is read then, from /proc: getrusage
would also count this benchmark's own memory, which every child process inherits at the
fork; our window paints the issue's pages before its other panes are built, and the
memory counts them all). ``gui --issue N --screenshot`` is timed as a
whole process, spawn to exit, next to the bare window's whole process (spawn, first
paint, exit). Two references put that command's figure in proportion: the same screen
drawn by the least PySide6 program (benchmarks/least_window.py), and the program's modules
that the command loads imported with nothing built. Targets (issue 12): first paint <= 1.5x, issue laid out <= 2.0x, the
screenshot command <= 2.0x, peak memory <= the bare window's + 60 MiB.
"""
from __future__ import annotations

import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1440, 900)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("first-paint", flush=True)
            peak = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))
            print(f"issue-ready {peak}", flush=True)
            print(f"issue-painted {peak} {window.width()}x{window.height()}", flush=True)
            print(f"window-ready {peak} {window.width()}x{window.height()}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""



def _bare_window_shot() -> str:
    """The same bare window doing what the screenshot command does besides starting: grab
    its painted frame and write it as a PNG with the command's encoder. Reported beside
    the target's floor, not instead of it."""
    return BARE_WINDOW.replace(
        "QTimer.singleShot(0, app.quit)",
        "QTimer.singleShot(0, lambda: (open(sys.argv[1], 'wb').write(png_bytes(window.grab().toImage())), app.quit()))"
    ).replace("import sys\n", "import sys\nfrom bulletin_desktop.gui.png_file import png_bytes\n", 1)


# The screenshot command run in-process, writing the names of the program's modules it
# loaded to the file named in argv[1] when it ends (its own exit is os._exit, so the
# hook wraps it).
_LOADED_MODULES = r"""
import runpy, sys
import bulletin_desktop.gui.application as application
out = sys.argv.pop(1)
end = application._end_process
def _end(*args):
    names = sorted(m for m in sys.modules if m.split(".")[0] == "bulletin_desktop")
    open(out, "w", encoding="utf-8").write(",".join(names))
    end(*args)
application._end_process = _end
sys.argv[0] = "bulletin_desktop"
runpy.run_module("bulletin_desktop", run_name="__main__", alter_sys=True)
"""

# PySide6 loaded as the program loads it, then the program's modules named in argv[1]
# imported, nothing built: the cost of the code alone.
_IMPORT_ONLY = r"""
import sys
from bulletin_desktop.gui.pyside_startup import load_pyside
load_pyside()
for name in open(sys.argv[1], encoding="utf-8").read().split(","):
    __import__(name)
"""


def _timed_start(args: list[str], env: dict[str, str], timeout: float = 60.0) -> tuple[float, float, float, int, str]:
    """Seconds to "first-paint", to "issue-ready" (laid out) and to "issue-painted", and the
    peak RSS (KiB) and the window's size ("1440x900") reported with "window-ready" (the whole
    window built and painted: our program paints the issue's pages before its other panes)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    moments: dict[str, float] = {}
    rss, size = 0, ""
    deadline = started + timeout
    pending = b""
    try:
        # the pipe is read as it comes, not through a buffered reader: lines written together
        # would wait in its buffer, unseen by select, until the next write
        while "window-ready" not in moments and time.perf_counter() < deadline:
            if not select.select([proc.stdout], [], [], deadline - time.perf_counter())[0]:
                break
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            now = time.perf_counter() - started
            *lines, pending = (pending + chunk).split(b"\n")
            for line in lines:
                words = line.decode().split()
                if words and words[0] not in moments:
                    moments[words[0]] = now
                    if words[0] == "window-ready":
                        rss, size = int(words[1]), words[2]
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    first, ready, painted = (moments.get(name, 0.0) for name in ("first-paint", "issue-ready", "issue-painted"))
    if not first or not ready or not painted or not size:
        raise RuntimeError(f"{args[:3]} did not report its start-up")
    return first, ready, painted, rss, size


def _timed_whole(args: list[str], env: dict[str, str], timeout: float = 120.0) -> float:
    """Seconds from spawn to exit; the process must succeed.

    The exit is awaited by a blocking wait, with a timer to kill a process that hangs:
    ``subprocess.run(timeout=...)`` polls for the exit with sleeps that grow to 50 ms, so
    the times it gives fall on a few steps (0.164 s, 0.214 s, ... 0.364 s), whatever the
    process really took."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(timeout, proc.kill)
    watchdog.start()
    try:
        code = proc.wait()
    finally:
        watchdog.cancel()
    elapsed = time.perf_counter() - started
    if code != 0:
        raise RuntimeError(f"{args[:4]} exited with {code}")
    return elapsed


def _make_archive(path: Path, count: int) -> None:
    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.textformat import read_text
    from bulletin_desktop.resources import sample_bulletin_path

    text = sample_bulletin_path().read_text(encoding="utf-8")
    with Archive.open(path, auto_backup=False) as archive:
        for number in range(1, count + 1):
            issue = read_text(text)
            issue.number = number
            archive.add_issue(issue)


def _typing(archive: Path, settings_dir: Path, count: int) -> tuple[float, float]:
    """Seconds per typed character in the entry editor (undo step, tree label, counters,
    autosave scheduling), and in a bare QTextEdit typed the same way."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QTextEdit

    from bulletin_desktop.gui.application import ensure_application, install_translators
    from bulletin_desktop.gui.main_window import MainWindow
    from bulletin_desktop.gui.text_input import type_text

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    app = ensure_application()
    install_translators(app, "zh_CN")
    text = "安全生产检查" * (count // 6)
    bare = QTextEdit()
    bare.show()
    started = time.perf_counter()
    for ch in text:
        type_text(bare, ch)
    floor = (time.perf_counter() - started) / len(text)
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    window.open_archive(archive)
    app.processEvents()
    entry = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    started = time.perf_counter()
    for ch in text:
        type_text(body, ch)
    ours = (time.perf_counter() - started) / len(text)
    window.close()
    bare.close()
    return ours, floor


def run(report) -> None:
    from bulletin_desktop.resources import sample_bulletin_path

    count = 100 if report.quick else 1000
    runs = 3 if report.quick else 11  # this machine moves by ±10 % from run to run: more runs, a steadier median
    # ignore_cleanup_errors: a backup the window started may still be writing into the folder
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        tmp_path = Path(tmp)
        archive = tmp_path / "archive.sqlite"
        _make_archive(archive, count)
        # a virtual screen larger than the window: on the offscreen platform's own 800x800 screen
        # the window our program saves at exit comes back shrunk to fit it (1055x774), so later
        # runs would paint a smaller window than the bare one's 1440x900
        screens = tmp_path / "screens.json"
        screens.write_text(json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                    "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", XDG_CONFIG_HOME=str(tmp_path / "config"),
                   BULLETIN_DESKTOP_DATA_DIR=str(tmp_path / "data"), BULLETIN_DESKTOP_STARTUP_PROBE="1",
                   # as installed: our modules' bytecode compiled once (by the warm-up run), not at
                   # every start; kept in the temporary folder, not in the source tree
                   PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours_args = [sys.executable, "-m", "bulletin_desktop", "gui", "--db", str(archive)]
        bare_args = [sys.executable, "-c", BARE_WINDOW]
        bare_shot_args = [sys.executable, "-c", _bare_window_shot(), str(tmp_path / "bare.png")]
        _timed_start(ours_args, env)  # warm the file cache for both
        _timed_start(bare_args, env)
        shot = tmp_path / "shot.png"
        shot_env = {k: v for k, v in env.items() if k != "BULLETIN_DESKTOP_STARTUP_PROBE"}
        shot_args = [*ours_args, "--issue", str(count // 2), "--screenshot", str(shot)]
        _timed_whole(shot_args, shot_env)
        loaded = tmp_path / "modules.txt"
        _timed_whole([sys.executable, "-c", _LOADED_MODULES, str(loaded), *shot_args[3:]], shot_env)
        module_count = len(loaded.read_text(encoding="utf-8").split(","))
        imports_args = [sys.executable, "-c", _IMPORT_ONLY, str(loaded)]
        least_args = [sys.executable, str(ROOT / "benchmarks" / "least_window.py"), str(tmp_path / "least.png"),
                      str(sample_bulletin_path())]
        _timed_whole(imports_args, env)
        _timed_whole(least_args, env)
        ours, bare, shots, bare_whole, bare_shots, imports, least = [], [], [], [], [], [], []
        for _ in range(runs):  # interleaved, so that a noisy moment hits both
            bare.append(_timed_start(bare_args, env))
            ours.append(_timed_start(ours_args, env))
            bare_whole.append(_timed_whole(bare_args, env))
            shots.append(_timed_whole(shot_args, shot_env))
            bare_shots.append(_timed_whole(bare_shot_args, env))
            imports.append(_timed_whole(imports_args, env))
            least.append(_timed_whole(least_args, env))
        per_key, per_key_floor = _typing(archive, tmp_path / "settings", 60 if report.quick else 300)
    sizes = {o[4] for o in ours + bare}
    if len(sizes) != 1:  # the figures compare windows of one size, or nothing
        raise RuntimeError(f"the windows measured differ in size: {sorted(sizes)}")
    floor_paint = statistics.median(b[0] for b in bare)
    report.add("GUI start to first paint", statistics.median(o[0] for o in ours), "s", floor_paint,
               note=f"{count}-issue archive; floor = bare QMainWindow; median of {runs}")
    report.add("GUI start to issue shown and laid out", statistics.median(o[1] for o in ours), "s", floor_paint,
               note="archive opened, issue loaded, preview pages counted")
    report.add("GUI start to issue painted", statistics.median(o[2] for o in ours), "s", floor_paint,
               note="the preview has painted the issue's pages; floor = bare window's first paint")
    report.add("GUI gui --issue N --screenshot, whole process", statistics.median(shots), "s",
               statistics.median(bare_whole), note="spawn to exit; floor = bare window, spawn to exit after first paint")
    report.add("GUI gui --issue N --screenshot, against a bare window saving its own", statistics.median(shots), "s",
               statistics.median(bare_shots), note="floor = bare window, spawn to exit after saving its PNG (not the target's floor)")
    report.add("GUI the same screen by the least PySide6 program", statistics.median(least), "s",
               statistics.median(bare_whole), note="benchmarks/least_window.py: no archive, no logic; spawn to exit; "
                                                   "floor = bare window, spawn to exit")
    report.add("GUI our screenshot's modules imported, nothing built", statistics.median(imports), "s",
               statistics.median(bare_whole), note=f"{module_count} modules; "
                                                   "spawn to exit; floor = bare window, spawn to exit")
    report.add("GUI typing: one character in the entry editor", per_key * 1000, "ms", per_key_floor * 1000,
               note="undo step, tree label, counters, autosave timer; floor = bare QTextEdit")
    ours_mib = statistics.median(o[3] for o in ours) / 1024
    bare_mib = statistics.median(b[3] for b in bare) / 1024
    report.add("GUI peak memory (RSS)", ours_mib, "MiB", bare_mib,
               note=f"{count}-issue archive open; floor = bare window; {ours_mib - bare_mib:+.0f} MiB over it")
