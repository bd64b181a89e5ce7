"""Copies of the archive in ``<folder>/<name>-backups/``.

A backup is a ``VACUUM INTO`` copy: a consistent, compact snapshot taken while the archive
stays open, written under a temporary name and renamed when complete, so a half-written
backup never looks like a real one. Rotating backups are named ``<name>-<timestamp>.sqlite``
and only the newest few are kept; the copy taken before a schema migration is named
``<name>-before-v<N>-<timestamp>.sqlite``, and one the clerk asked for (立即备份,
``archive backup``) ``<name>-manual-<timestamp>.sqlite``: neither is rotated away (a copy
taken before a risky change would otherwise be gone after a few hours of automatic ones).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import time
from pathlib import Path

from ..safe_write import os_error_reason
from .errors import ArchiveError, sqlite_reason

log = logging.getLogger(__name__)

AUTO_BACKUP_INTERVAL = dt.timedelta(hours=24)
STAMP = "%Y%m%d-%H%M%S-%f"  # the time in a backup's name


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def copy_name(db_path: Path, when: dt.datetime, counter: int = 1) -> str:
    """The name of a copy written into a folder the clerk chose (a USB stick): the
    archive's own name and when, so that today's copy does not replace yesterday's;
    ``counter`` tells apart copies made within one second."""
    serial = f"-{counter}" if counter > 1 else ""
    return f"{db_path.stem}-{when:%Y%m%d-%H%M%S}{serial}{db_path.suffix or '.sqlite'}"


def unused_copy_path(folder: Path, db_path: Path, when: dt.datetime) -> Path:
    """A copy's name in ``folder`` that no file has: a second copy within the same second
    (two clicks, a script) is written beside the first, never over it."""
    counter = 1
    while (target := folder / copy_name(db_path, when, counter)).exists():
        counter += 1
    return target


def _unused(backups_dir: Path, name: str, when: dt.datetime) -> Path:
    """``backups_dir / name`` with the time ``when`` (the archive's clock) filled in: a clock
    that stands still (a test's) never gives two backups one name, one over the other."""
    while (target := backups_dir / name.format(stamp=when.strftime(STAMP))).exists():
        when += dt.timedelta(microseconds=1)
    return target


def _rotating_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}-\d{{6}}\.sqlite$")


def rotating_backups(backups_dir: Path, stem: str) -> list[Path]:
    """The rotating backups, oldest first (the timestamp in the name sorts)."""
    if not backups_dir.is_dir():
        return []
    pattern = _rotating_pattern(stem)
    return sorted(p for p in backups_dir.iterdir() if pattern.match(p.name))


def is_rotating(path: Path, stem: str) -> bool:
    return bool(_rotating_pattern(stem).match(path.name))


MANUAL_LABEL = "manual"


def is_manual(path: Path, stem: str) -> bool:
    """A backup the clerk asked for (``take_manual_backup``), kept until the clerk removes it."""
    return bool(re.match(rf"^{re.escape(stem)}-{MANUAL_LABEL}-\d{{8}}-\d{{6}}-\d{{6}}\.sqlite$", path.name))


def is_before_upgrade(path: Path, stem: str) -> bool:
    """The copy kept before an upgrade of the archive's format (``pre_migration_backup``)."""
    return bool(re.match(rf"^{re.escape(stem)}-before-v\d+-\d{{8}}-\d{{6}}-\d{{6}}\.sqlite$", path.name))


def has_backups(db_path: Path) -> bool:
    """Whether the archive's backups folder holds any backup: an archive whose file is gone
    while they are there is lost, not new."""
    return any(backups_dir_for(db_path).glob("*.sqlite"))


def newest_taken(backups_dir: Path, stem: str) -> dt.datetime | None:
    """When the newest automatic or manual backup was taken, by the time in its name (the
    archive's clock, as the archive dates its rows); None when there is none."""
    if not backups_dir.is_dir():
        return None
    stamps = [p.stem[-len("YYYYmmdd-HHMMSS-ffffff"):] for p in backups_dir.glob("*.sqlite")
              if is_rotating(p, stem) or is_manual(p, stem)]
    return max((dt.datetime.strptime(stamp, STAMP) for stamp in stamps), default=None)


def archive_of_backup(path: Path) -> Path | None:
    """The archive whose backup ``path`` is (a file of its ``<name>-backups`` folder named as
    its backups are), or None: opened for writing, a backup would no longer be one."""
    folder = path.parent.name
    if not folder.endswith("-backups"):
        return None
    stem = folder[: -len("-backups")]
    named = is_rotating(path, stem) or is_manual(path, stem) or is_before_upgrade(path, stem)
    return path.parent.parent / f"{stem}.sqlite" if named else None


def remove_stale_parts(backups_dir: Path, stem: str, older_than: float) -> None:
    """Temporaries of rotating and manual backups (``<name>-<timestamp>.sqlite.part``) left by a
    process that was killed mid-copy; one written to recently may have a writer still
    (another program backing up the same archive) and is left."""
    if not backups_dir.is_dir():
        return
    pattern = _rotating_pattern(stem)
    now = time.time()
    for part in backups_dir.glob("*.part"):
        try:
            name = part.name[: -len(".part")]
            ours = pattern.match(name) or is_manual(Path(name), stem)
            if ours and now - part.stat().st_mtime >= older_than:
                part.unlink()
        except OSError as exc:
            log.warning("could not remove the unfinished backup %s: %s", part, exc)


def copy_target(written: str | os.PathLike, db_path: Path, when: dt.datetime) -> Path:
    """Where a copy the clerk asked for at ``written`` goes: into it, named by ``copy_name``,
    when it is a folder. Written as a folder (ending in a slash) or named like one (no
    suffix) and not there, it is most likely a USB stick pulled out: refused, never
    written as a file of the folder's name beside where the stick was."""
    text = os.fspath(written)
    target = Path(text)
    if target.is_dir():
        return unused_copy_path(target, db_path, when)
    if not target.exists() and (text.endswith(("/", os.sep)) or not target.suffix):
        raise ArchiveError(f"文件夹 {target} 不存在（U 盘拔出了吗？），没有备份。档案库本身未受影响。"
                           "要把副本写成一个文件，请给出以 .sqlite 结尾的文件名。")
    if is_archive_own_file(target, db_path):
        # the copy is renamed over its target: over the archive (or its log) while a window
        # writes to it, that window's changes land on a different file and the archive is damaged
        raise ArchiveError(f"{target} 是档案库本身（或它的工作文件），不能把备份写在这里，没有备份。"
                           "档案库本身未受影响。请另选一个文件名或文件夹（如 U 盘）。")
    return target


ARCHIVE_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")


def is_archive_own_file(path: Path, db_path: Path) -> bool:
    """Whether ``path`` is the archive's file, one of the files SQLite and the write lock
    keep beside it, or a link to the archive."""
    try:
        if path.parent.resolve() == db_path.parent.resolve() and \
                path.name in {db_path.name + suffix for suffix in ARCHIVE_SIDE_SUFFIXES}:
            return True
        return path.exists() and db_path.exists() and os.path.samefile(path, db_path)
    except OSError:
        return False


def copy_to(conn: sqlite3.Connection, target: Path) -> None:
    """A backup written anywhere (a USB stick): complete or not there at all; into a folder
    that is there, none being made where a stick was pulled out."""
    if not target.parent.is_dir():
        missing = target.parent
        while not missing.parent.exists() and missing.parent != missing:
            missing = missing.parent  # the stick's own folder, not one inside it
        if missing.exists() or missing.parent.is_file():  # there, but a file: no stick was pulled out
            blocker = missing if missing.exists() else missing.parent
            raise ArchiveError(f"{blocker} 是一个文件，不是文件夹，没有备份。档案库本身未受影响。")
        raise ArchiveError(f"文件夹 {missing} 不存在（U 盘拔出了吗？），没有备份。档案库本身未受影响。")
    try:
        vacuum_into(conn, target)
    except (sqlite3.Error, OSError) as exc:
        raise ArchiveError(f"备份到 {target} 失败（{_describe(exc)}），档案库本身未受影响。") from exc


def newest_backup(backups_dir: Path) -> Path | None:
    """The most recent complete backup of any kind, for pointing the clerk at it."""
    if not backups_dir.is_dir():
        return None
    candidates = [p for p in backups_dir.glob("*.sqlite") if p.is_file()]
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)


def vacuum_into(conn: sqlite3.Connection, target: Path) -> None:
    """The database ``conn`` reads, as one file at ``target`` (its log folded in), synced,
    complete or not there at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        conn.execute("VACUUM INTO ?", (str(partial),))
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return os_error_reason(exc)
    log.warning("backup failed: %s", exc)  # SQLite's own words, for whoever maintains it
    return sqlite_reason(exc)


def take_backup(conn: sqlite3.Connection, db_path: Path, backups_dir: Path, keep: int | None,
                when: dt.datetime) -> Path:
    """A new rotating backup named by ``when``; older ones beyond ``keep`` are removed. ``keep`` None: the
    clerk's number is not known here (a command; the window's settings hold it), so no
    fewer are kept than there are now, and at least the default number."""
    if keep is None:
        from . import KEEP_BACKUPS

        keep = max(KEEP_BACKUPS, len(rotating_backups(backups_dir, db_path.stem)))
    target = _write_backup(conn, backups_dir, _unused(backups_dir, f"{db_path.stem}-{{stamp}}.sqlite", when))
    prune(backups_dir, db_path.stem, keep)
    return target


def take_manual_backup(conn: sqlite3.Connection, db_path: Path, backups_dir: Path, when: dt.datetime) -> Path:
    """A backup the clerk asked for, named by ``when``: beside the rotating ones, never
    rotated away, and removing none of them."""
    return _write_backup(conn, backups_dir,
                         _unused(backups_dir, f"{db_path.stem}-{MANUAL_LABEL}-{{stamp}}.sqlite", when))


def _write_backup(conn: sqlite3.Connection, backups_dir: Path, target: Path) -> Path:
    try:
        vacuum_into(conn, target)
    except (sqlite3.Error, OSError) as exc:
        raise ArchiveError(f"备份档案库失败（{_describe(exc)}），档案库本身未受影响。备份位置：{backups_dir}") from exc
    return target


def prune(backups_dir: Path, stem: str, keep: int) -> None:
    backups = rotating_backups(backups_dir, stem)
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        try:
            old.unlink()
        except OSError as exc:  # a backup open elsewhere; try again next time
            log.warning("could not remove old backup %s: %s", old, exc)


def backup_due(backups_dir: Path, stem: str, now: float | None = None) -> bool:
    backups = rotating_backups(backups_dir, stem)
    if not backups:
        return True
    newest = max(p.stat().st_mtime for p in backups)
    return (now if now is not None else time.time()) - newest >= AUTO_BACKUP_INTERVAL.total_seconds()


def pre_migration_backup(conn: sqlite3.Connection, db_path: Path, backups_dir: Path, to_version: int,
                         when: dt.datetime) -> Path:
    target = _unused(backups_dir, f"{db_path.stem}-before-v{to_version}-{{stamp}}.sqlite", when)
    try:
        vacuum_into(conn, target)
    except (sqlite3.Error, OSError) as exc:
        raise ArchiveError(
            f"升级档案库格式前需要先备份，但备份失败（{_describe(exc)}），档案库没有改动：{db_path}"
        ) from exc
    return target
