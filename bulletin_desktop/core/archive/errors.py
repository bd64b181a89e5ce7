"""What can go wrong with the archive, each error carrying a message the clerk can read."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BulletinError

if TYPE_CHECKING:
    from .records import IssueSummary


def sqlite_reason(exc: Exception) -> str:
    """Why SQLite failed, as a short phrase in the clerk's words: by its error code (a
    read-only or missing folder, a full disk, a pulled-out stick), never its English text,
    which goes to the log; the code's name at least for the rare failures not named here."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None  # extended codes (SQLITE_IOERR_WRITE) carry it
    lowered = str(exc).lower()
    if primary == 13 or "full" in lowered:  # SQLITE_FULL
        return "磁盘空间已满"
    if primary in (5, 6) or "locked" in lowered or "busy" in lowered:  # SQLITE_BUSY, SQLITE_LOCKED
        return "档案库正被其他程序占用"
    if primary in (3, 8) or "readonly" in lowered or "read-only" in lowered:  # SQLITE_PERM, SQLITE_READONLY
        return "没有写入权限"
    if primary == 14 or "unable to open" in lowered:  # SQLITE_CANTOPEN
        return "不能在那里建立或打开文件：没有写入权限，或位置不存在"
    if primary == 10 or "i/o" in lowered:  # SQLITE_IOERR
        return "读写磁盘出错（U 盘拔出了吗？）"
    if primary in (11, 26) or "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return "档案库文件已损坏"
    name = getattr(exc, "sqlite_errorname", None)
    return f"数据库报告了错误（{name}）" if name else "数据库报告了错误"


class ArchiveError(BulletinError):
    """Base of every archive error; ``message`` (also ``str(exc)``) is plain Chinese."""


class ArchiveLockedError(ArchiveError):
    """Another program (or this one) already has the archive open for writing."""

    def __init__(self, path: Path, pid: int | None = None, host: str = "", since: str = "",
                 same_process: bool = False, kind: str = "window"):
        self.path = path
        self.pid = pid
        self.host = host
        self.since = since
        self.same_process = same_process
        self.kind = kind  # "window", or "command": a command-line command, done in moments
        if same_process:
            message = f"档案库 {path} 已在本程序中打开，不能重复打开。"
        else:
            who = []
            if host:
                who.append(f"计算机 {host}")
            if pid is not None:
                who.append(f"进程号 {pid}")
            holder = "、".join(who) or "另一个程序"
            when = f"，自 {since} 起" if since else ""
            what, then = (("另一个简报编辑器命令", "请等它完成后再试") if kind == "command"
                          else ("另一个简报编辑器", "请先关闭那个窗口再试"))
            message = (
                f"档案库 {path} 正被{what}使用（{holder}{when}），暂时不能修改。"
                f"{then}；只查看、检索和导出不受影响。"
            )
        super().__init__(message)


class ArchiveTooNewError(ArchiveError):
    def __init__(self, path: Path, version: int, supported: int):
        self.path = path
        self.version = version
        self.supported = supported
        super().__init__(
            f"此档案库由更新版本的简报编辑器创建（档案格式第 {version} 版，本程序只认识到第 {supported} 版），"
            f"为免损坏没有打开：{path}。请升级简报编辑器后再打开。"
        )


class ArchiveCorruptError(ArchiveError):
    """The file failed its check. ``message`` says so in plain words; what SQLite found is in
    ``detail``, for a details button or a technician, never in the message itself.
    ``clock``: the clock of the archive that found the damage, which dates the files a
    rescue leaves (the damaged file set aside, the salvaged one) as the archive dates the rest."""

    def __init__(self, path: Path, detail: str, last_backup: Path | None,
                 clock: Callable[[], dt.datetime] = dt.datetime.now):
        self.path = path
        self.detail = detail
        self.last_backup = last_backup
        self.clock = clock
        if last_backup is not None:
            advice = f"可以用最近的备份（{last_backup}）恢复，或抢救文件中还能读出的内容"
            commands = "（命令行：archive restore 备份文件，或 archive salvage 新档案库）。"
        else:
            advice = "没有找到它的备份；可以抢救文件中还能读出的内容"
            commands = "（命令行：archive salvage 新档案库）。"
        damaged = f"档案库文件 {path} 已损坏，部分内容读不出来。{advice}"
        super().__init__(damaged + commands, damaged + "（“档案库”菜单 → “备份与恢复”）。")


class DuplicateIssueError(ArchiveError):
    """The archive already holds an issue with this series and number."""

    def __init__(self, existing: "IssueSummary"):
        from ..model import format_cn_date  # here: the window's settings import this package before it paints

        self.existing = existing
        super().__init__(
            f"档案库中已有《{existing.series}》{existing.number_line()}（{format_cn_date(existing.date)}）。"
        )


class IssueNotFoundError(ArchiveError):
    def __init__(self, issue_id: int):
        self.issue_id = issue_id
        super().__init__(f"档案库中没有内部编号为 {issue_id} 的一期，可能已被删除。")


class ArchiveNotWritableError(ArchiveError):
    """The archive is where nothing may be written (a write-protected USB stick, a CD, a
    folder without permission): it can be opened read-only, to look and to export."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        super().__init__(f"档案库所在的位置不能写入（{reason}），只能只读打开：{path}")


class ArchiveNotCreatedError(ArchiveError):
    """A new archive could not be made (a full disk, a folder that cannot be written): none is
    left behind, not even an empty or half-made file."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"建立档案库失败（{reason}），没有建立档案库：{path}")


class ReadOnlyArchiveError(ArchiveError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"档案库 {path} 是以只读方式打开的，不能修改。")


class DuplicateSeriesError(ArchiveError):
    """Another series already has this name; series names are unique."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"档案库中已有名为《{name}》的刊物。刊物名称不能重复。")


class SeriesNotFoundError(ArchiveError):
    def __init__(self, key: int | str):
        self.key = key
        what = f"名为《{key}》" if isinstance(key, str) else f"内部编号为 {key} "
        super().__init__(f"档案库中没有{what}的刊物。可用 series list 命令查看已有刊物。")


class InvalidSeriesNameError(ArchiveError):
    def __init__(self) -> None:
        super().__init__("刊物名称不能为空。")
