"""A lock held for an instant by someone who has not written a name (a read-only window asking
whether the archive is free, a writer just before it names itself) does not refuse an opening;
a named holder is refused at once, as before."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveLockedError
from bulletin_desktop.core.archive import lock as lock_module
from bulletin_desktop.core.archive.lock import WriteLock, lock_path_for

ROOT = Path(__file__).resolve().parents[2]


def _refusing(times: int, monkeypatch) -> list[int]:
    """``_try_lock`` refuses ``times`` tries, then locks for real; the list counts the tries."""
    real = lock_module._try_lock
    tries: list[int] = []

    def try_lock(fd: int) -> bool:
        tries.append(fd)
        return False if len(tries) <= times else real(fd)

    monkeypatch.setattr(lock_module, "_try_lock", try_lock)
    return tries


def test_an_instant_hold_with_no_name_is_waited_out(tmp_path, monkeypatch):
    path = tmp_path / "a.sqlite"
    Archive.open(path, auto_backup=False).close()  # its lock file is left empty on release
    assert lock_path_for(path).read_text(encoding="utf-8") == ""
    tries = _refusing(3, monkeypatch)
    lock = WriteLock(path)
    lock.acquire()
    try:
        assert lock.held
        assert len(tries) == 4
    finally:
        lock.release()


def test_a_named_holder_is_refused_at_the_first_try_with_its_name(tmp_path, monkeypatch):
    path = tmp_path / "b.sqlite"
    lock_path_for(path).write_text('{"pid": 4242, "host": "办公室电脑", "since": "2026-12-03 08:00", "kind": "window"}',
                                   encoding="utf-8")
    tries = _refusing(1000, monkeypatch)
    with pytest.raises(ArchiveLockedError) as caught:
        WriteLock(path).acquire()
    assert len(tries) == 1
    assert caught.value.pid == 4242


def test_a_holder_that_never_names_itself_is_still_refused(tmp_path, monkeypatch):
    path = tmp_path / "c.sqlite"
    Archive.open(path, auto_backup=False).close()
    tries = _refusing(10_000, monkeypatch)
    with pytest.raises(ArchiveLockedError):
        WriteLock(path).acquire()
    assert len(tries) == lock_module._UNNAMED_TRIES + 1


PROBE = """
import sys, time
from pathlib import Path
from bulletin_desktop.core.archive.lock import is_free
path = Path(sys.argv[1])
print("probing", flush=True)
end = time.monotonic() + 20
while time.monotonic() < end:
    is_free(path)
"""


def test_openings_while_another_process_keeps_asking_whether_it_is_free(tmp_path):
    path = tmp_path / "d.sqlite"
    Archive.open(path, auto_backup=False).close()
    proc = subprocess.Popen([sys.executable, "-c", PROBE, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "probing"
        for _ in range(3000):
            lock = WriteLock(path)
            lock.acquire()  # never refused for a probe's instant
            lock.release()
    finally:
        proc.kill()
        proc.wait()
