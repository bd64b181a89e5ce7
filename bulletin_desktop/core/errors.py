"""The one base of every error the clerk is shown."""
from __future__ import annotations

import errno


class BulletinError(Exception):
    """Something the clerk must be told; ``message`` (also ``str(exc)``) says what went wrong,
    and where it helps what to do, in plain Chinese. The GUI shows it in a message box and
    the command line prints it; neither ever shows a traceback for one of these. Where what
    to do differs (a command to type, a button to press), ``in_window`` is the message as
    the window gives it; else the window shows ``message`` too."""

    def __init__(self, message: str, in_window: str | None = None):
        super().__init__(message)
        self.message = message
        self._in_window = in_window

    @property
    def in_window(self) -> str:
        return getattr(self, "_in_window", None) or self.message

    def __str__(self) -> str:
        return self.message


def unreadable_file_message(path: object, exc: OSError) -> str:
    """What the clerk is told when a file cannot be read, by the reason the system gave."""
    if isinstance(exc, FileNotFoundError):
        return f"找不到文件：{path}"
    if isinstance(exc, PermissionError):
        return f"没有权限读取文件：{path}"
    return f"无法读取文件 {path}：{unreadable_reason(exc)}"


_READ_REASONS = {
    errno.ENOENT: "文件不存在",
    errno.EACCES: "没有读取权限",
    errno.EPERM: "没有读取权限",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中的某一级是文件，不是文件夹",
    errno.ENAMETOOLONG: "路径太长",
    errno.ELOOP: "符号链接绕成了圈",
    errno.EIO: "磁盘读取出错",
}


def unreadable_reason(exc: OSError) -> str:
    """Why a file could not be read, as a short phrase in Chinese (never the system's English)."""
    reason = _READ_REASONS.get(exc.errno or 0)
    if reason is not None:
        return reason
    name = errno.errorcode.get(exc.errno or 0)
    return f"系统拒绝了这次读取（{name}）" if name else "系统拒绝了这次读取"
