"""``archive check|backups|backup|restore|salvage``: the archive file itself."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.archive import backup, file_ops
from .commands import CommandError, archive_path, open_for_reading, print_json


KIND_NAMES = {"rotating": "自动", "manual": "手动（保留）", "before-upgrade": "升级前（保留）"}


def cmd_archive(args: argparse.Namespace) -> int:
    return {"check": _check, "backups": _backups, "backup": _backup, "restore": _restore,
            "salvage": _salvage}[args.archive_command](args)


def lost_archive_advice(path: Path) -> str:
    """For an archive file that is not there: its newest good backup and the command that
    brings it back; "" when it has none."""
    newest = file_ops.newest_good_backup(path)
    if newest is None:
        return ""
    return (f"它的备份还在：最近的完好备份 {newest.path}（{file_ops.age_text(newest.taken)}，{newest.issues} 期），"
            "可用 archive restore 备份文件 把档案库恢复到这里。")


def refuse_lost(path: Path, create: bool) -> None:
    """An archive file that is gone while its good backups are there is lost, not new: no
    command makes an empty archive in its place (the window offers the backup instead), and
    a command that reads it names the backup."""
    advice = lost_archive_advice(path)
    if advice:
        made = "没有在这里新建档案库（要新建，请另选文件名）。" if create else ""
        raise CommandError(f"档案库文件不存在：{path}。{advice}{made}")


def is_backup(path: Path) -> bool:
    return backup.archive_of_backup(path.absolute()) is not None


def refuse_backup(path: Path) -> None:
    """A command that writes is not given one of an archive's backups: written to, it would
    be a backup no more (reading it, searching and exporting from it are fine)."""
    archive = backup.archive_of_backup(path.absolute())
    if archive is not None:
        raise CommandError(f"{path} 是档案库“{archive.stem}”的备份，不能修改，"
                           "没有做任何改动。可以用它查看、检索和导出；要用它恢复档案库，请用 archive restore。")


def _archive_file(args: argparse.Namespace, missing: bool = False) -> Path:
    """The archive's file, refused when it is a folder or not a regular file (a device, a pipe);
    ``missing``: it need not be there (its folder must). A lost archive (its file gone, its
    backups there) is these commands' to check, list and restore."""
    path = archive_path(args, create=missing, lost=True)
    if path.is_dir():
        raise CommandError(f"{path} 是一个文件夹，不是档案库文件。")
    if path.exists() and not path.is_file():
        raise CommandError(f"{path} 不是普通文件，不是档案库文件。")
    return path


def _check(args: argparse.Namespace) -> int:
    path = _archive_file(args, missing=True)
    if not path.exists():  # deleted by mistake, or lost with a disk: its backups may still be there
        raise CommandError(f"档案库文件不存在：{path}。{lost_archive_advice(path) or '也没有找到它的备份。'}")
    found = file_ops.check_file(path)
    (sys.stdout if found.ok else sys.stderr).write(found.message + "\n")
    if found.too_new:
        sys.stderr.write("请安装新版的简报编辑器来打开它；这不是损坏，不要用旧的备份替换它。\n")
    elif not found.ok:
        newest = file_ops.newest_good_backup(path)
        if newest is not None:
            sys.stderr.write(f"最近的完好备份：{newest.path}（{file_ops.age_text(newest.taken)}，{newest.issues} 期）。"
                             "可用 archive restore 恢复，或用 archive salvage 抢救。\n")
        else:
            sys.stderr.write("没有完好的备份。可用 archive salvage 新档案库 抢救还能读出的内容。\n")
    if args.details and found.detail:
        sys.stdout.write(f"详细信息：\n{found.detail}\n")
    return 0 if found.ok else 1


def _backups(args: argparse.Namespace) -> int:
    if args.delete:
        return _delete_backups(args)
    if args.force:
        raise CommandError("--force 只与 --delete 一起用。")
    path = _archive_file(args, missing=True)  # a lost archive's backups are listed too: which to restore
    backups = file_ops.list_backups(path)
    if not path.exists() and not backups:
        raise CommandError(f"档案库文件不存在：{path}，也没有找到它的备份。")
    if args.json:
        print_json([{"path": str(b.path), "taken": b.taken.isoformat(sep=" ", timespec="seconds"), "size": b.size,
                     "issues": b.issues, "newest": b.newest, "kind": b.kind} for b in backups])
        return 0
    if not backups:
        sys.stdout.write("还没有备份。\n")
    for b in backups:
        issues = f"{b.issues} 期" if b.readable else "无法读取"
        newest = b.newest or "—"  # the window's list shows the newest issue in each too
        kind = KIND_NAMES.get(b.kind, "其他副本")  # which stay: the window's list says it too
        sys.stdout.write(f"{b.taken:%Y-%m-%d %H:%M}\t{b.size / 1024:.0f} KB\t{issues}\t{newest}\t{b.path}\t{kind}\n")
    return 0


def _delete_backups(args: argparse.Namespace) -> int:
    """The clerk's own backups and those kept before an upgrade are never rotated away: this is
    how they go. Works for a lost archive too (its file gone, its backups there)."""
    path = _archive_file(args, missing=True)
    try:
        removed = file_ops.delete_backups(path, args.delete, last_good_too=args.force)
    except file_ops.LastGoodBackupError as exc:
        raise CommandError(f"{exc.message}确实要删除请加 --force。") from None
    for gone in removed:
        sys.stdout.write(f"已删除备份：{gone}\n")
    left = [b for b in file_ops.list_backups(path) if b.readable]
    sys.stderr.write(f"还有 {len(left)} 份完好的备份。\n" if left else "注意：这个档案库现在没有完好的备份了。\n")
    return 0


def _backup(args: argparse.Namespace) -> int:
    if args.output is None:
        # a backup only reads the archive (it removes no older one): taken while the window has it open too
        with open_for_reading(args) as archive:
            target = archive.backup_now(manual=True)  # asked for: kept, not rotated away
    else:
        # a copy anywhere needs only to read, so it works while the window has the archive open
        with open_for_reading(args) as archive:
            target = backup.copy_target(args.output, archive.path, archive.clock())
            if target.exists() and not args.overwrite:  # as export: a file there is kept unless asked
                raise CommandError(f"{target} 已经存在，没有备份（档案库本身未受影响）。"
                                   "要替换这个文件请加 --overwrite，或另选一个文件名。")
            archive.backup_to(target)
    sys.stdout.write(f"已备份到：{target}\n")
    return 0


def _restore(args: argparse.Namespace) -> int:
    if not args.backup.exists():
        raise CommandError(f"备份文件不存在：{args.backup}")
    if args.backup.is_dir():
        raise CommandError(f"{args.backup} 是一个文件夹，不是档案库的备份文件。")
    if not args.backup.is_file():
        raise CommandError(f"{args.backup} 不是普通文件，不是档案库的备份文件。")
    path = _archive_file(args, missing=True)  # a lost archive file is made again from its backup
    if backup.is_archive_own_file(args.backup, path):
        raise CommandError(f"{args.backup} 就是这个档案库本身，不是它的备份；档案库没有改动。"
                           "可用 archive backups 列出备份。")
    if not path.exists():
        file_ops.restore_missing(path, args.backup)
        sys.stdout.write(f"档案库文件 {path} 原来不存在，已用 {args.backup} 恢复。\n")
        return 0
    changes = file_ops.what_restoring_changes(path, args.backup)
    clock, damaged = _clock_and_damage(path)
    # as the window's rescue: a damaged file is set aside exactly as it was (its log beside it)
    aside = file_ops.replace_with(path, args.backup, label="damaged" if damaged else "replaced", damaged=damaged,
                                  now=clock())
    kept = "损坏的文件已原样改名保留为" if damaged else "原来的文件已改名保留为"
    sys.stdout.write(f"已用 {args.backup} 恢复档案库 {path}；{kept} {aside}。\n")
    for line in changes:  # what the restored archive no longer has; the file set aside still has it
        sys.stdout.write(line + "\n")
    return 0


def _clock_and_damage(path: Path):
    """The clock of the archive at ``path`` (the window names the file it sets aside by the
    archive's clock, so does the command line) and whether its check fails; the wall clock
    for a file that does not open as an archive."""
    import datetime as dt

    from ..core.archive import Archive, ArchiveCorruptError, ArchiveError

    if not path.exists():
        return dt.datetime.now, False
    try:
        with Archive.open(path, readonly=True, auto_backup=False) as archive:
            return archive.clock, False
    except ArchiveCorruptError as exc:
        return exc.clock, True
    except ArchiveError:  # another version's, or not an archive: not known to be damaged
        return dt.datetime.now, False


def _salvage_progress():
    """On a terminal, a line on stderr that counts up (a script's log gets only the result)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, copied: int) -> None:
        sys.stderr.write(f"\r已查看 {done}/{total} 期，抢救出 {copied} 期" + ("\n" if done == total else ""))
        sys.stderr.flush()
    return show


def _salvage(args: argparse.Namespace) -> int:
    from ..core.archive.salvage import NAMED_IN_SUMMARY, salvage

    from ..core.safe_write import check_output_folder

    source = _archive_file(args)
    if args.output.is_dir():
        raise CommandError(f"{args.output} 是一个文件夹，请给出新档案库的文件名。")
    check_output_folder(args.output)
    if backup.is_archive_own_file(args.output, source):
        raise CommandError(f"{args.output} 是损坏的档案库本身的文件，请另选一个文件名，抢救出的内容会写入一个新的档案库。")
    report = salvage(source, args.output, progress=_salvage_progress())
    if args.json:
        print_json(report.to_dict())
        return 0
    sys.stdout.write(f"{report.summary}\n新档案库：{args.output}\n")
    if len(report.issues_lost) > NAMED_IN_SUMMARY:  # the summary named the first few: each of them, to import again
        sys.stdout.write(f"未能抢救的 {len(report.issues_lost)} 期：\n" + "".join(f"{lost}\n" for lost in report.issues_lost))
    return 0
