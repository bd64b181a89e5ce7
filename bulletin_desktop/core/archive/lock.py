"""One writer per archive: an OS lock on a sidecar file ``<archive>.lock``.

The operating system drops the lock when the holding process ends, however it ends (even
``kill -9`` or a power cut), so a stale lock never needs clearing by hand. The file also
holds who took the lock (pid, computer, time) so that a refused second writer can say who
has the archive. The file itself is never deleted: removing it while another process is
about to lock it would let two writers lock two different files.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
import time
from pathlib import Path

from .connection import time_text
from .errors import ArchiveLockedError

if sys.platform == "win32":
    import msvcrt

    # Lock one byte far past the holder text, so that others can still read the text.
    _LOCK_OFFSET = 1 << 20

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


holder_kind = "window"
"""What this process is, written into the lock for a refused writer to read. The command line
sets "command": a command holds an archive for moments, so another command waits for it."""

# Archives this process holds for writing. flock would refuse a second lock from the same
# process on Linux, but not everywhere, and the message for that case should differ.
_held: set[str] = set()
_held_guard = threading.Lock()


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def read_holder(lock_path: Path) -> dict:
    try:
        return json.loads(lock_path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def _host_name() -> str:
    """This computer's name for the lock file, from ``os.uname`` where there is one: loading
    the socket module for it would cost every start of the program some 5 ms."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename
    import socket  # Windows

    return socket.gethostname()


def _open_for_locking(path: Path, db_path: Path) -> tuple[int, bool]:
    """The lock file opened to be locked, and whether the holder's name can be written into it.
    A lock file this account may not write (made by another account in a shared folder, whose
    umask left it 0644) can still be locked through a read-only handle: without this, that left-
    over file would make an archive this account can write open as if on a write-protected disk.
    Only when the archive and its folder can be written: otherwise the refusal says so, as before."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o666), True
    except PermissionError:
        if not (path.exists() and os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK)):
            raise
    return os.open(path, os.O_RDONLY), False


# A holder that has not written its name holds the lock only an instant: a window asking
# is_free (below) takes it and lets go at once, and a writer names itself right after locking.
# Refusing then would open a window read-only, or fail a command, for nobody.
_UNNAMED_TRIES = 20
_UNNAMED_WAIT = 0.002  # seconds between tries: 40 ms at most before refusing


def _lock_soon(fd: int, lock_path: Path) -> bool:
    """Locked now, or within a few milliseconds while the holder has no name in the file."""
    for _attempt in range(_UNNAMED_TRIES):
        if _try_lock(fd):
            return True
        if read_holder(lock_path):
            return False
        time.sleep(_UNNAMED_WAIT)
    return _try_lock(fd)


class WriteLock:
    """Held from ``acquire()`` until ``release()`` (or the end of the process)."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._fd: int | None = None
        self._writable = True  # the holder's name written into the file (see _open_for_locking)
        self._key = _key(db_path)

    def acquire(self, now: dt.datetime | None = None) -> None:
        """``now``: the time the lock file says it is held since (the archive's clock; the
        wall clock's when not given)."""
        with _held_guard:
            if self._key in _held:
                raise ArchiveLockedError(self.db_path, os.getpid(), _host_name(), same_process=True)
            fd, writable = _open_for_locking(self.path, self.db_path)
            if not _lock_soon(fd, self.path):
                os.close(fd)
                holder = read_holder(self.path)
                raise ArchiveLockedError(self.db_path, holder.get("pid"), holder.get("host", ""),
                                         holder.get("since", ""), kind=holder.get("kind", "window"))
            holder = {
                "pid": os.getpid(),
                "host": _host_name(),
                "since": time_text(now or dt.datetime.now()),
                "kind": holder_kind,
            }
            if writable:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(holder, ensure_ascii=False).encode("utf-8"))
            self._fd = fd
            self._writable = writable
            _held.add(self._key)

    def release(self) -> None:
        with _held_guard:
            if self._fd is None:
                return
            fd, self._fd = self._fd, None
            try:
                if self._writable:
                    os.ftruncate(fd, 0)  # no one holds it now; leave no misleading name behind
                _unlock(fd)
            except OSError:
                pass
            finally:
                os.close(fd)
                _held.discard(self._key)

    @property
    def held(self) -> bool:
        return self._fd is not None


def is_free(db_path: Path) -> bool:
    """Whether no one holds the archive's write lock at this moment: tried and let go at once,
    the file neither made nor written (a window that opened the archive read-only because
    another program was writing asks this every few seconds). A lock this process holds is
    not free. Someone may take it the moment after: the opening that follows still decides."""
    path = lock_path_for(db_path)
    with _held_guard:
        if _key(db_path) in _held:
            return False
        try:
            fd = os.open(path, os.O_RDONLY)  # locking needs no write access (flock, and Windows' LockFile)
        except FileNotFoundError:
            return True  # never locked (the file is made by the first writer and never deleted)
        except OSError:
            return False  # unreadable here: nothing can be said, so nothing is offered
        try:
            if not _try_lock(fd):
                return False
            _unlock(fd)
            return True
        finally:
            os.close(fd)
