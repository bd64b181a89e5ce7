"""One writer at a time, named when it refuses another; readers are never refused; a
killed writer's lock goes with it."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveLockedError

from test_archive_support import rich_issue

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys
from bulletin_desktop.core.archive import Archive
archive = Archive.open(sys.argv[1], auto_backup=False)
print("ready", flush=True)
sys.stdin.read()  # hold the archive until told to stop, or killed
"""

TRY_OPEN = """
import json, sys
from bulletin_desktop.core.archive import Archive, ArchiveLockedError
try:
    Archive.open(sys.argv[1], auto_backup=False).close()
    print(json.dumps({"opened": True}))
except ArchiveLockedError as exc:
    print(json.dumps({"opened": False, "pid": exc.pid, "host": exc.host, "message": exc.message}))
"""


def _python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, text=True, encoding="utf-8",
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.fixture
def holder(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
    proc = _python(HOLD, str(path))
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    yield path, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)


@pytest.mark.slow
def test_a_second_writer_is_refused_naming_the_holder_until_the_holder_is_killed(holder):
    path, proc = holder
    with pytest.raises(ArchiveLockedError) as refused:
        Archive.open(path)
    assert refused.value.pid == proc.pid and refused.value.host == socket.gethostname()
    assert str(proc.pid) in refused.value.message and socket.gethostname() in refused.value.message
    assert refused.value.since and refused.value.since in refused.value.message

    other = _python(TRY_OPEN, str(path))  # another process is refused just the same
    report = json.loads(other.communicate(timeout=60)[0])
    assert report["opened"] is False and report["pid"] == proc.pid

    with Archive.open(path, readonly=True) as reader:  # reading goes on meanwhile
        assert [s.number for s in reader.list_issues()] == [52]
        assert reader.search("回头看")

    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    with Archive.open(path) as archive:  # the killed holder's lock went with it
        assert archive.integrity_check() == "ok"
        archive.add_issue(rich_issue(number=53))
    other = _python(TRY_OPEN, str(path))
    assert json.loads(other.communicate(timeout=60)[0]) == {"opened": True}


def test_the_same_process_cannot_open_an_archive_twice_for_writing(tmp_path):
    path = tmp_path / "archive.sqlite"
    first = Archive.open(path, auto_backup=False)
    with pytest.raises(ArchiveLockedError) as refused:
        Archive.open(tmp_path / "." / "archive.sqlite", auto_backup=False)
    assert refused.value.same_process and "本程序" in refused.value.message
    with Archive.open(path, readonly=True) as reader:
        assert reader.list_issues() == []
    first.close()
    with Archive.open(path, auto_backup=False) as again:
        assert not again.readonly


def test_the_lock_file_names_the_holder_while_open_and_nobody_after(tmp_path):
    path = tmp_path / "archive.sqlite"
    lock_file = tmp_path / "archive.sqlite.lock"
    with Archive.open(path, auto_backup=False):
        holder = json.loads(lock_file.read_text(encoding="utf-8"))
        assert holder["host"] == socket.gethostname() and holder["pid"] == os.getpid() and holder["since"]
    assert lock_file.read_text(encoding="utf-8") == ""


def _read_only_medium(tmp_path: Path) -> Path:
    """A folder on a read-only file system holding an archive with the sample issue (a
    write-protected USB stick, a CD); skipped where tmpfs cannot be mounted."""
    from bulletin_desktop.core.textformat import read_text
    from bulletin_desktop.resources import sample_bulletin_path

    source = tmp_path / "a.sqlite"
    with Archive.open(source, auto_backup=False) as archive:
        archive.add_issue(read_text(sample_bulletin_path().read_text(encoding="utf-8")))
    medium = tmp_path / "medium"
    medium.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(medium)],
                                           capture_output=True).returncode != 0:
        pytest.skip("no read-only file system can be mounted here")
    (medium / "a.sqlite").write_bytes(source.read_bytes())
    subprocess.run(["mount", "-o", "remount,ro", str(medium)], check=True)
    return medium


def test_an_archive_on_a_read_only_medium_is_read_and_exported_not_called_damaged(tmp_path):
    from bulletin_desktop.cli import main
    from bulletin_desktop.core.archive import ArchiveNotWritableError
    from bulletin_desktop.core.archive.file_ops import check_file

    medium = _read_only_medium(tmp_path)
    try:
        path = medium / "a.sqlite"
        assert check_file(path).message == "档案库完好：1 期，9 条。"
        with Archive.open(path, readonly=True) as archive:
            assert [s.number for s in archive.list_issues()] == [52]
        with pytest.raises(ArchiveNotWritableError, match="档案库所在的位置不能写入"):
            Archive.open(path)
        out = tmp_path / "52.docx"
        assert main(["export", "--db", str(path), "52", "-o", str(out)]) == 0 and out.stat().st_size > 0
        assert main(["series", "add", "--db", str(path), "新刊"]) == 1
        assert sorted(p.name for p in medium.iterdir()) == ["a.sqlite"]
    finally:
        subprocess.run(["umount", str(medium)])
