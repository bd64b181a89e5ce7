"""Whether anyone holds an archive's write lock, asked without taking it for longer than the
asking: what a window open read-only watches to tell the clerk the other program let go."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.lock import is_free, lock_path_for

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys
from bulletin_desktop.core.archive import Archive
archive = Archive.open(sys.argv[1], auto_backup=False)
print("ready", flush=True)
sys.stdin.read()
"""


def test_free_before_anyone_wrote_and_asking_makes_no_file(tmp_path):
    path = tmp_path / "never.sqlite"
    assert is_free(path)
    assert not lock_path_for(path).exists()


def test_held_in_this_process_then_free_when_let_go(tmp_path):
    path = tmp_path / "a.sqlite"
    writer = Archive.open(path, auto_backup=False)
    try:
        holder_text = lock_path_for(path).read_text(encoding="utf-8")
        assert not is_free(path)
        assert lock_path_for(path).read_text(encoding="utf-8") == holder_text  # asking wrote nothing
    finally:
        writer.close()
    assert is_free(path)
    Archive.open(path, auto_backup=False).close()  # asking left nothing held


def test_held_by_another_process_until_it_ends_even_killed(tmp_path):
    path = tmp_path / "b.sqlite"
    Archive.open(path, auto_backup=False).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        assert not is_free(path)
        assert not is_free(path)  # asked again (every few seconds): still held, never taken from it
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert is_free(path)  # the killed holder's lock went with it; its name left in the file misleads no one
    with Archive.open(path, auto_backup=False) as archive:
        assert not archive.readonly
