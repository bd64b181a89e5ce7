"""Writing a file so that it is either complete or not there at all.

The new content goes to a temporary file in the target folder, is flushed to disk, and
only then replaces the target. A crash, a full disk or a locked target therefore never
leaves a half-written file, and an existing file is replaced only by a complete one.
"""
from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from .errors import BulletinError


class WriteError(BulletinError, OSError):
    """A file could not be written; ``message`` says why in words the clerk understands."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path


_REASONS = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EDQUOT: "磁盘空间已满",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "没有写入权限",
    errno.ENOENT: "文件夹不存在",
    errno.EISDIR: "这是一个文件夹",
    errno.ENOTDIR: "路径中的某一级是文件，不是文件夹",
    # making the folders on the way: only where a file of that name already stands
    errno.EEXIST: "路径中的某一级是文件，不是文件夹",
}


def os_error_reason(exc: OSError) -> str:
    """Why a file operation failed, as a short phrase in the clerk's words (the error's code
    name for the rare failures not named here, never the system's English)."""
    reason = _REASONS.get(exc.errno or 0)
    if reason is None:  # the system's own words are English: its code name at least
        name = errno.errorcode.get(exc.errno or 0)
        reason = f"系统拒绝了这次写入（{name}）" if name else "系统拒绝了这次写入"
    return reason


def describe_os_error(exc: OSError, path: Path) -> str:
    name = str(path)
    reason = os_error_reason(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{reason}，无法写入 {name}。原有文件未被改动。"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"无法写入 {name}：{reason}，或该文件正被其他程序（如 Word、WPS）打开。"
            "请关闭该文件或换一个位置后重试。原有文件未被改动。"
        )
    if exc.errno in (errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.EEXIST):  # nothing was there to change
        return f"无法写入 {name}：{reason}。"
    return f"无法写入 {name}：{reason}。原有文件未被改动。"


def check_output_folder(path: str | os.PathLike) -> None:
    """Refuse, before any work, a file to be written into a folder that is not there (none is
    made) or under a file; WriteError says which."""
    target = Path(path)
    parent = target.parent
    if parent.is_dir():
        return
    if parent.exists() or any(p.exists() and not p.is_dir() for p in parent.parents):
        exc: OSError = NotADirectoryError(errno.ENOTDIR, "not a directory")
    else:
        exc = FileNotFoundError(errno.ENOENT, "no such folder")
    raise WriteError(describe_os_error(exc, target), target)


@contextmanager
def atomic_output(path: str | os.PathLike, durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it atomically becomes ``path``. Not ``durable``:
    the content is not waited onto the disk before it replaces ``path``; the rename still
    leaves the whole old file or the whole new one, but a power cut may leave an empty file
    (for a picture the command makes again in a moment, not for the clerk's documents)."""
    named = Path(path)
    if not str(path).strip():
        raise WriteError("无法写入：文件的路径是空的。", named)
    # a symbolic link is written through: its target gets the new content, the link stays
    target = Path(os.path.realpath(named)) if named.is_symlink() else named
    if target.is_dir():
        raise WriteError(describe_os_error(IsADirectoryError(errno.EISDIR, "is a directory"), named), named)
    if target.exists() and not target.is_file():
        # a device, a named pipe or a socket: replacing it with a file would remove it
        raise WriteError(f"无法写入 {named}：这不是普通文件（是设备、管道或套接字），不能用导出的文件替换它。", named)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    except OSError as exc:
        raise WriteError(describe_os_error(exc, named), named) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if target.exists():
            # keep the permissions the clerk's file had
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(describe_os_error(exc, named), named) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike, produce: Callable[[BinaryIO], object], durable: bool = True) -> None:
    with atomic_output(path, durable) as handle:
        produce(handle)


def write_text_atomically(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    write_atomically(path, lambda handle: handle.write(text.encode(encoding)))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
