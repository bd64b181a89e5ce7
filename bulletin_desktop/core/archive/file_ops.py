"""The archive as a file: checking it, listing its backups, putting a backup in its place.

None of these needs the archive open. Replacing the file takes the archive's write lock,
so it cannot happen under a window that has the archive open, and the file being
replaced is renamed, never deleted (``<name>-replaced-<time>.sqlite`` beside it).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..safe_write import os_error_reason
from . import backup, schema, store
from .connection import open_readonly, read_header
from .errors import ArchiveError
from .lock import WriteLock

logger = logging.getLogger(__name__)

AGE_UNITS = ((86400, "day"), (3600, "hour"), (60, "minute"))
AGE_WORDS = {"day": "天", "hour": "小时", "minute": "分钟"}  # the command line's; the window says them in its language


@dataclass(frozen=True)
class FileCheck:
    ok: bool
    message: str  # for the clerk, never SQLite's own words
    detail: str  # SQLite's own words, for a "details" button
    too_new: bool = False  # made by a newer version of the program: not damaged, unreadable here


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    size: int
    issues: int | None  # None: the copy cannot be read
    newest: str  # the newest issue in it, as the clerk names it ("" when none)
    kind: str  # "rotating", "manual" (the clerk's, kept), "before-upgrade" or "other"

    @property
    def readable(self) -> bool:
        return self.issues is not None


def _open_copy(path: Path) -> sqlite3.Connection:
    # immutable: a backup is never written, and reading it must leave no -wal/-shm files
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def check_file(path: Path) -> FileCheck:
    """Whether ``path`` is a whole, readable archive (the full check: every page)."""
    if not path.exists():
        return FileCheck(False, f"档案库文件不存在：{path}", "")
    is_sqlite, version = read_header(path) if path.stat().st_size else (True, 0)
    if not is_sqlite:
        return FileCheck(False, f"档案库文件 {path} 已损坏或不是简报档案库。", "file header is not SQLite format 3")
    if version > schema.SCHEMA_VERSION:
        return FileCheck(False, f"档案库 {path} 由更新版本的简报编辑器创建，本程序无法检查。", f"user_version {version}",
                         too_new=True)
    try:
        conn = open_readonly(path)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            # the version as the file reads with its write-ahead log (the header alone may be older)
            version = conn.execute("PRAGMA user_version").fetchone()[0] if problems == ["ok"] else version
            counts = conn.execute("SELECT (SELECT count(*) FROM issues), (SELECT count(*) FROM entries)").fetchone() \
                if problems == ["ok"] and version else (0, 0)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return FileCheck(False, f"档案库文件 {path} 已损坏，无法读取。", str(exc))
    if problems != ["ok"]:
        return FileCheck(False, f"档案库文件 {path} 已损坏：有些内容读不出来。", "\n".join(problems[:50]))
    return FileCheck(True, f"档案库完好：{counts[0]} 期，{counts[1]} 条。", "ok")


def _kind(path: Path, stem: str) -> str:
    if backup.is_rotating(path, stem):
        return "rotating"
    if backup.is_manual(path, stem):
        return "manual"
    return "before-upgrade" if "-before-v" in path.name else "other"


_described: dict[tuple[str, str, int, int], BackupInfo] = {}
"""What each backup held, by its path, size and time: a backup is never written after it is
made, so the 备份与恢复 list, opened again, does not read every backup again (each is read
whole, a twentieth of a second for a thousand issues, and the clerk's own backups are kept)."""


def describe_backup(path: Path, stem: str = "") -> BackupInfo:
    stat = path.stat()
    key = (str(path.absolute()), stem, stat.st_size, stat.st_mtime_ns)
    found = _described.get(key)
    if found is None:
        found = _read_backup(path, stem, stat)
        if found.readable:  # one that could not be read is read again next time
            _described[key] = found
    return found


def _read_backup(path: Path, stem: str, stat: os.stat_result) -> BackupInfo:
    issues: int | None = None
    newest = ""
    try:
        conn = _open_copy(path)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                issues = int(conn.execute("SELECT count(*) FROM issues").fetchone()[0])
                newest = _newest_issue(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        issues = None
    return BackupInfo(path, _taken(path, stat.st_mtime), stat.st_size, issues, newest, _kind(path, stem))


def _taken(path: Path, modified: float) -> dt.datetime:
    """When a backup was taken: the time in its name, which the archive's clock gave (as it
    dates everything it stores); the file's own time for a copy named otherwise."""
    stamp = path.stem[-len("YYYYmmdd-HHMMSS-ffffff"):]
    try:
        return dt.datetime.strptime(stamp, backup.STAMP)
    except ValueError:
        return dt.datetime.fromtimestamp(modified)


def _newest_issue(conn: sqlite3.Connection) -> str:
    """The newest issue of a backup, named as the masthead prints its number; a backup taken
    before the year number was kept (schema 8) names it plainly."""
    newest = "ORDER BY i.date DESC, i.number DESC LIMIT 1"
    try:
        row = conn.execute(f"{store.ISSUE_LABEL_SELECT} {newest}").fetchone()
    except sqlite3.OperationalError:  # no year-number columns yet
        plain = store.ISSUE_LABEL_SELECT.replace(store.YEAR_NUMBER_COLUMNS, "NULL, NULL, NULL")
        row = conn.execute(f"{plain} {newest}").fetchone()
    return store.issue_label(row) if row is not None else ""


def what_restoring_changes(db_path: Path, backup_path: Path) -> list[str]:
    """What putting ``backup_path`` in place of the archive means, in sentences for the clerk
    to read before and after: the issues in each and the newest of each, and how many issues
    made since the backup will not be in the restored archive."""
    def read(conn: sqlite3.Connection) -> tuple[set[tuple[int, str]], str]:
        issues = {(row[0], row[1]) for row in conn.execute("SELECT id, created_at FROM issues")}
        return issues, _newest_issue(conn)

    def held(what: str, count: int, newest: str) -> str:
        return f"{what}有 {count} 期，最新一期是{newest}。" if count else f"{what}中没有简报。"

    if not backup_path.is_file():  # deleted meanwhile (another window's list, by hand): not "damaged"
        raise ArchiveError(f"备份 {backup_path.name} 已经不在了（可能已被删除），不能用来恢复。")
    try:
        conn = _open_copy(backup_path)
        try:
            in_backup, backup_newest = read(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:  # SQLite's words are English ("file is not a database"): said in the clerk's
        reason = "磁盘空间已满" if "full" in str(exc) else "不是简报档案库，或已损坏"
        raise ArchiveError(f"这份备份读不出来（{reason}），不能用来恢复。") from None
    try:
        conn = open_readonly(db_path)  # the window may have it open: read what it has written too
        try:
            in_archive, archive_newest = read(conn)
        finally:
            conn.close()
    except sqlite3.Error:  # damaged: what it held cannot be said, and the backup is the way back
        return [held("这份备份", len(in_backup), backup_newest), "现在的档案库读不出来（可能已损坏）。"]
    lines = [held("这份备份", len(in_backup), backup_newest), held("现在的档案库", len(in_archive), archive_newest)]
    lost = len(in_archive - in_backup)
    if lost:
        lines.append(f"备份以后新建的 {lost} 期不在这份备份中，恢复后的档案库里没有它们；备份以后做的修改也没有。")
    else:
        lines.append("备份以后做的修改不在这份备份中，恢复后的档案库里没有。")
    return lines


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of the archive, newest first."""
    folder = backup.backups_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = [describe_backup(p, db_path.stem) for p in folder.glob("*.sqlite") if p.is_file()]
    return sorted(found, key=lambda b: b.taken, reverse=True)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(db_path) if b.readable), None)


def age(then: dt.datetime, now: dt.datetime | None = None) -> tuple[int, str]:
    """How long ago ``then`` was, in its largest whole unit: (3, "day"), (2, "hour"),
    (5, "minute"); (0, "") for less than a minute."""
    seconds = ((now or dt.datetime.now()) - then).total_seconds()
    for size, unit in AGE_UNITS:
        if seconds >= size:
            return int(seconds // size), unit
    return 0, ""


def age_text(then: dt.datetime, now: dt.datetime | None = None) -> str:
    """“3 天前”, “2 小时前”, “刚才”: the command line's words (the window's are translated,
    ``gui/archive_tools/ages.py``)."""
    count, unit = age(then, now)
    return f"{count} {AGE_WORDS[unit]}前" if unit else "刚才"


SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's files beside an archive: its write-ahead log (committed changes not yet written
into the file) with the log's index, or a rollback journal. SQLite finds them by the
archive's name, so they belong to whichever file has that name."""


def remove_with_side_files(path: Path) -> None:
    """Delete an archive file that is no one's any more (a temporary, a copy whose content
    went elsewhere) and the -wal and -shm files even a read-only look leaves beside it."""
    for name in (path, *_side_files(path)):
        name.unlink(missing_ok=True)


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + side) for side in SIDE_FILES]


def aside_pattern(db_path: Path, label: str = "replaced") -> str:
    """The name ``set_aside`` gives, as the clerk is told it before it is known."""
    return f"{db_path.stem}-{label}-日期时间{db_path.suffix}"


def unused_name_beside(db_path: Path, label: str, now: dt.datetime | None) -> Path:
    """``<name>-<label>-<time>`` beside ``db_path`` that neither a file nor a side file has (a
    file there is someone's, never overwritten; a log left under the name would be taken for
    the log of the file given it)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}-{label}-{stamp}{db_path.suffix}")
    counter = 1
    while any(p.exists() for p in (aside, *_side_files(aside))):
        counter += 1
        aside = db_path.with_name(f"{db_path.stem}-{label}-{stamp}-{counter}{db_path.suffix}")
    return aside


def fold_log(db_path: Path) -> None:
    """Write the changes waiting in the archive's write-ahead log into the file itself, so that
    it stands alone (a copy of the file alone is whole); when SQLite cannot (a damaged file,
    a read-only medium) the log stays, and ``set_aside`` moves it with the file."""
    if not db_path.is_file() or not db_path.with_name(db_path.name + "-wal").exists():
        return  # (connecting would make a file where there is none)
    try:
        conn = sqlite3.connect(str(db_path), isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection closing removes the emptied log and its index
    except sqlite3.Error:
        logger.warning("could not fold the write-ahead log of %s into it", db_path, exc_info=True)


def set_aside(db_path: Path, label: str, now: dt.datetime | None = None, fold: bool = True) -> Path:
    """Rename the archive to ``<name>-<label>-<time>`` beside it, its committed changes with
    it: folded into the file (``fold``; not for a damaged file, kept exactly as it was), or
    its log and journal renamed with it. Either all of it moves or nothing does (ArchiveError):
    a log left under the old name would be read into the next file given that name. The new
    name. The caller holds the write lock."""
    aside = unused_name_beside(db_path, label, now)
    if fold:
        fold_log(db_path)
    moved: list[tuple[Path, Path]] = []
    try:
        for old, new in zip((db_path, *_side_files(db_path)), (aside, *_side_files(aside))):
            if old.exists():
                os.replace(old, new)
                moved.append((old, new))
    except OSError as exc:
        for old, new in reversed(moved):  # back together under the old name
            os.replace(new, old)
        raise ArchiveError(f"无法把档案库文件改名保留（{os_error_reason(exc)}），档案库没有改动。") from None
    return aside


def _copy_whole(source: Path, target: Path) -> None:
    """``source`` as one file at ``target``: a file copy, or, when changes still wait in its
    write-ahead log (a copy of an archive that was not closed), a copy SQLite makes, as a
    backup is made, which reads them with it."""
    log = source.with_name(source.name + "-wal")
    if not log.exists() or log.stat().st_size == 0:
        shutil.copyfile(source, target)
        return
    conn = open_readonly(source)
    try:
        backup.vacuum_into(conn, target)
    finally:
        conn.close()


def replace_with(db_path: Path, source: Path, label: str = "replaced", damaged: bool = False,
                 now: dt.datetime | None = None) -> Path:
    """Put a copy of the archive file ``source`` in place of ``db_path``; where the
    current file was set aside (``damaged``: exactly as it was, its log beside it), named
    by ``now`` (the archive's clock; None: the wall clock). Refused when another program
    has the archive open."""
    found = check_file(source)
    if not found.ok:
        raise ArchiveError(f"这份备份不能用来恢复：{found.message}")
    lock = WriteLock(db_path)
    lock.acquire()  # ArchiveLockedError: the window still has it
    try:
        partial = _copy_beside(db_path, source)
        try:
            aside = set_aside(db_path, label, now, fold=not damaged)
        except ArchiveError:
            remove_with_side_files(partial)
            raise
        os.replace(partial, db_path)
        return aside
    finally:
        lock.release()


def restore_missing(db_path: Path, source: Path) -> None:
    """Put a copy of the backup ``source`` where the archive file is missing (deleted, lost
    with a disk): there is nothing to set aside. Refused when a log of the missing file is
    still beside it, which SQLite would read into the restored one."""
    found = check_file(source)
    if not found.ok:
        raise ArchiveError(f"这份备份不能用来恢复：{found.message}")
    left = [side for side in _side_files(db_path) if _holds_changes(side)]
    if left:
        raise ArchiveError(f"档案库文件 {db_path} 不存在，但它旁边还有它的工作文件 {left[0].name}。"
                           "请先把这个文件移到别处（不要删除），再恢复；没有做任何改动。")
    lock = WriteLock(db_path)
    lock.acquire()
    try:
        for side in _side_files(db_path):  # empty ones a read-only look left: nothing of the lost file's
            if side.exists() and not _holds_changes(side):
                side.unlink()
        partial = _copy_beside(db_path, source)
        if db_path.exists():  # made meanwhile: it is someone's
            remove_with_side_files(partial)
            raise ArchiveError(f"档案库文件 {db_path} 刚刚被建立，没有用备份替换它。")
        os.replace(partial, db_path)
    finally:
        lock.release()


def _holds_changes(side: Path) -> bool:
    """Whether a side file may hold changes of the archive: a log or journal with something in
    it. The log's index (-shm) is rebuilt from the log; an empty log or journal (a read-only
    connection cannot remove them on closing) holds nothing."""
    try:
        return not side.name.endswith("-shm") and side.stat().st_size > 0
    except FileNotFoundError:
        return False


def _copy_beside(db_path: Path, source: Path) -> Path:
    """A whole, synced copy of ``source`` beside ``db_path``, under a temporary name."""
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy_whole(source, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        remove_with_side_files(partial)
        raise ArchiveError(f"复制备份失败（{os_error_reason(exc)}），档案库没有改动。") from None
    except sqlite3.Error as exc:
        remove_with_side_files(partial)
        reason = "磁盘空间已满" if "full" in str(exc) else "备份读不出来，可能已损坏"
        raise ArchiveError(f"复制备份失败（{reason}），档案库没有改动。") from None
    return partial


def find_backup(db_path: Path, written: str | os.PathLike) -> BackupInfo:
    """One of the archive's backups, as the clerk names it: its file name as ``archive backups``
    lists it, or its path. Anything else (a file elsewhere, the archive itself) is refused:
    deleting goes no further than the backups folder."""
    folder = backup.backups_dir_for(db_path)
    text = os.fspath(written)
    candidate = Path(text) if os.sep in text or "/" in text else folder / text
    try:
        inside = candidate.parent.resolve() == folder.resolve()
    except OSError:
        inside = False
    if not inside or not candidate.is_file() or not candidate.name.endswith(".sqlite"):
        raise ArchiveError(f"{text} 不是这个档案库的备份（备份在 {folder} 中，可用 archive backups 列出）。没有删除任何文件。")
    return describe_backup(folder / candidate.name, db_path.stem)  # named as the list names it


def leaves_no_good_backup(db_path: Path, chosen: list[Path]) -> bool:
    """Whether removing ``chosen`` (as the list names them) would leave the archive without a
    backup that can be read, when it has one now: a damaged archive would then have nothing
    to be restored from."""
    good = {b.path for b in list_backups(db_path) if b.readable}
    return bool(good) and good <= set(chosen)


class LastGoodBackupError(ArchiveError):
    """Removing these backups would leave none that can be read: refused unless asked again."""


def delete_backups(db_path: Path, written: list[str | os.PathLike], last_good_too: bool = False) -> list[Path]:
    """Remove backups of the archive (the clerk's own are never rotated away, so only the
    clerk removes them); the paths removed. All are found before any is removed: a name that
    is not a backup of this archive removes none. The last good backup goes only when
    ``last_good_too`` says the clerk was told; the archive itself and files outside its
    backups folder never."""
    chosen = list(dict.fromkeys(find_backup(db_path, w).path for w in written))
    if not last_good_too and leaves_no_good_backup(db_path, chosen):
        what = "这是这个档案库唯一一份完好的备份" if len(chosen) == 1 else "这几份是这个档案库全部完好的备份"
        raise LastGoodBackupError(f"{what}，档案库损坏时要靠它恢复，没有删除任何备份。")
    removed: list[Path] = []
    for path in chosen:
        try:
            path.unlink()
        except FileNotFoundError:
            pass  # removed meanwhile (another window): what was asked is done
        except OSError as exc:
            done = f"已删除 {len(removed)} 份，" if removed else ""
            raise ArchiveError(f"无法删除备份 {path.name}（{os_error_reason(exc)}），{done}这一份还在。") from None
        for side in _side_files(path):  # what a look at it read-only may have left
            side.unlink(missing_ok=True)
        removed.append(path)
    return removed
