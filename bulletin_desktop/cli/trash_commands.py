"""``delete``, ``trash list|restore|empty``, ``finalize`` and ``reopen``."""
from __future__ import annotations

import argparse
import sys

from ..core.archive.trash import NumberTakenError
from ..core.issue_ref import resolve_issue
from .commands import CommandError, open_for_reading, open_for_writing, print_rows

KIND_NAMES = {"issue": "一期", "section": "栏目", "entry": "条目"}


def cmd_delete(args: argparse.Namespace) -> int:
    with open_for_writing(args) as archive:
        issue_id = resolve_issue(archive, args.issue)
        summary = next(s for s in archive.list_issues() if s.id == issue_id)
        item = archive.delete_issue(issue_id)
    sys.stdout.write(f"已将《{summary.series}》{summary.number_line()}移入回收站（编号 {item}），"
                     f"可用 trash restore {item} 恢复。\n")
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
    return {"list": _list, "restore": _restore, "empty": _empty}[args.trash_command](args)


def _list(args: argparse.Namespace) -> int:
    with open_for_reading(args) as archive:
        items = archive.trash_items()
    print_rows(items, args.json,
               lambda i: {"id": i.id, "kind": i.kind, "issue_id": i.issue_id, "label": i.label, "deleted_at": i.deleted_at},
               lambda i: f"{i.id}\t{i.deleted_at}\t{KIND_NAMES.get(i.kind, i.kind)}\t{i.label}", "回收站是空的。")
    return 0


def _restore(args: argparse.Namespace) -> int:
    with open_for_writing(args) as archive:
        try:
            issue_id = archive.restore_from_trash(args.item, number=args.number)
        except NumberTakenError as exc:
            raise CommandError(f"{exc.message}可加 --number {exc.free_number} 恢复为第{exc.free_number}期。") from None
        summary = next((s for s in archive.list_issues() if s.id == issue_id), None)
    where = f"《{summary.series}》{summary.number_line()}（id:{issue_id}）" if summary else f"id:{issue_id}"
    sys.stdout.write(f"已恢复到{where}。\n")
    return 0


def _empty(args: argparse.Namespace) -> int:
    if args.older_than is not None:
        return _purge(args)
    with open_for_writing(args) as archive:
        count = archive.empty_trash()
    sys.stdout.write(f"已清空回收站（{count} 项）。\n")
    return 0


def _purge(args: argparse.Namespace) -> int:
    """The items deleted more than ``--older-than`` days ago removed, as the window removes
    them on opening the archive when its settings keep deleted things that many days."""
    from .commands import archive_path, open_waiting

    with open_for_reading(args) as archive:
        before = len(archive.trash_items())
    with open_waiting(archive_path(args, create=False), auto_backup=True, backup_on_close=False, keep_backups=None,
                      trash_days=args.older_than, purge_trash=True) as archive:
        left = len(archive.trash_items())
    removed = max(0, before - left)
    sys.stdout.write(f"已删去回收站中超过 {args.older_than} 天的 {removed} 项，还有 {left} 项。\n")
    return 0


def _set_final(args: argparse.Namespace, final: bool) -> int:
    with open_for_writing(args) as archive:
        issue_id = resolve_issue(archive, args.issue)
        changed = archive.set_final(issue_id, final)
        summary = next(s for s in archive.list_issues() if s.id == issue_id)
    name = f"《{summary.series}》{summary.number_line()}"
    if final:
        sys.stdout.write(f"{name}已定稿。\n" if changed else f"{name}早已定稿。\n")
    else:
        sys.stdout.write(f"{name}已撤销定稿，可以修改。\n" if changed else f"{name}本来就不是定稿。\n")
    return 0


def cmd_finalize(args: argparse.Namespace) -> int:
    return _set_final(args, True)


def cmd_reopen(args: argparse.Namespace) -> int:
    return _set_final(args, False)
