"""The one base of every error the clerk is shown."""
from __future__ import annotations


class BulletinError(Exception):
    """Something the clerk must be told; ``message`` (also ``str(exc)``) says what went wrong,
    and where it helps what to do, in plain Chinese. The GUI shows it in a message box and
    the command line prints it; neither ever shows a traceback for one of these."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def unreadable_file_message(path: object, exc: OSError) -> str:
    """What the clerk is told when a file cannot be read, by the reason the system gave."""
    if isinstance(exc, FileNotFoundError):
        return f"找不到文件：{path}"
    if isinstance(exc, PermissionError):
        return f"没有权限读取文件：{path}"
    return f"无法读取文件 {path}：{exc.strerror or exc}"
