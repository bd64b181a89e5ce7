"""``section`` and ``entry``: the window's 条目 menu on the command line — add, rename, move,
duplicate and delete a section; add, move, duplicate and delete an entry (条目 or 文章). Each command is one saved
change; what is taken out goes to the trash as the window's deletions do.

The parser part is imported on every start, so the archive is imported only when the
command runs.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from ..core.issue_ref import ISSUE_HELP
from .arg_types import one_line, shown, whole

SECTION_HELP = "栏目名称，或它在这一期中的序号（从 1 起，show 52 按顺序列出）"
_PLACE = whole(1, 10000, "位置")


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    def action(actions, name: str, help: str, *where: str) -> argparse.ArgumentParser:
        """One action of ``section`` or ``entry``, on the issue and the places ``where``
        names ("section", "index") that each of them takes."""
        q = actions.add_parser(name, help=help)
        db_option(q)
        q.add_argument("issue", metavar="期次", help=ISSUE_HELP)
        if "section" in where:
            q.add_argument("section", metavar="栏目", help=SECTION_HELP)
        if "index" in where:
            q.add_argument("index", type=_PLACE, metavar="第几条", help="栏目中的第几条（从 1 起）")
        return q

    p = sub.add_parser("section", help="栏目：新建、改名、移动、删除（同窗口“条目”菜单）")
    db_option(p)
    actions = p.add_subparsers(dest="section_action", metavar="操作", required=True, parser_class=type(p))
    q = action(actions, "add", "新建栏目")
    q.add_argument("title", type=one_line("栏目名称"), metavar="名称")
    q.add_argument("--at", type=_PLACE, metavar="N", help="放在第 N 个位置（默认放在最后）")
    q = action(actions, "rename", "栏目改名", "section")
    q.add_argument("title", type=one_line("栏目名称"), metavar="新名称")
    q = action(actions, "move", "把栏目移到第 N 个位置", "section")
    q.add_argument("at", type=_PLACE, metavar="N", help="新的位置（从 1 起）")
    action(actions, "duplicate", "复制栏目和其中的条目，放在它后面", "section")
    action(actions, "delete", "删除栏目和其中的条目（移入回收站）", "section")

    p = sub.add_parser("entry", help="条目和文章：新增、移动、删除（同窗口“条目”菜单）")
    db_option(p)
    actions = p.add_subparsers(dest="entry_action", metavar="操作", required=True, parser_class=type(p))
    q = action(actions, "add", "在栏目中新增一条（或用 --title 新增一篇文章）", "section")
    q.add_argument("texts", nargs="+", type=one_line("正文"), metavar="正文",
                   help="条目的文字，如“11月18日，**西城区**组织召开……”（开头的日期和 **加粗** 的单位照窗口认出）；"
                        "文章时每个是一段")
    q.add_argument("--title", type=one_line("文章标题"), metavar="标题", help="新增一篇文章，这是它的标题")
    q.add_argument("--at", type=_PLACE, metavar="N", help="放在栏目中第 N 条的位置（默认放在最后）")
    q = action(actions, "move", "把一条移到栏目中的另一个位置，或移到另一个栏目", "section", "index")
    q.add_argument("--to-section", metavar="栏目", help="移到这个栏目（默认本栏目）")
    q.add_argument("--at", type=_PLACE, metavar="N", help="放在第 N 条的位置（默认放在最后）")
    action(actions, "duplicate", "复制一条，放在它后面", "section", "index")
    action(actions, "delete", "删除一条（移入回收站）", "section", "index")


def _section(issue, named: str):
    """The section ``named`` by its title, else by its place (1 is the first)."""
    from .commands import CommandError

    wanted = named.strip()
    by_title = [section for section in issue.sections if section.title.strip() == wanted]
    if len(by_title) == 1:
        return by_title[0]
    if len(by_title) > 1:
        raise CommandError(f"{issue.number_line()}有 {len(by_title)} 个栏目叫“{wanted}”，请用序号指明是哪一个"
                           f"（第 {', '.join(str(issue.sections.index(s) + 1) for s in by_title)} 个）。")
    if wanted.isdigit() and 1 <= int(wanted) <= len(issue.sections):
        return issue.sections[int(wanted) - 1]
    titles = "、".join(f"{n}.{s.title or '（无标题）'}" for n, s in enumerate(issue.sections, 1)) or "（没有栏目）"
    raise CommandError(f"{issue.number_line()}没有栏目“{wanted}”。这一期的栏目：{titles}。")


def _entry_row(section, index: int) -> int:
    from .commands import CommandError

    if index > len(section.entries):
        raise CommandError(f"栏目“{section.title}”只有 {len(section.entries)} 条，没有第 {index} 条。")
    return index - 1


def cmd_section(args: argparse.Namespace) -> int:
    from ..core import edits
    from ..core.model import Section

    def change(issue) -> str:
        if args.section_action == "add":
            at = len(issue.sections) if args.at is None else args.at - 1
            edits.insert_section(issue, at, Section(args.title.strip()))
            return f"已新建栏目“{args.title.strip()}”。"
        section = _section(issue, args.section)
        if args.section_action == "rename":
            was = edits.rename_section(issue, section.uid, args.title.strip())
            return f"已把栏目“{was}”改名为“{args.title.strip()}”。"
        if args.section_action == "move":
            row, place = edits.section_index(issue, section.uid), args.at - 1
            edits.move_section(issue, section.uid, place if place <= row else place + 1)  # counted before the move
            return f"已把栏目“{section.title}”移到第 {edits.section_index(issue, section.uid) + 1} 个。"
        if args.section_action == "duplicate":  # as the window's 复制: right after the original
            row = edits.section_index(issue, section.uid)
            edits.insert_section(issue, row + 1, edits.copy_section(section))
            return f"已复制栏目“{section.title}”为第 {row + 2} 个。"
        edits.take_section(issue, section.uid)
        trash = "（移入回收站，可用 trash list 查看）" if section.entries else ""
        return f"已删除栏目“{section.title}”和其中的 {len(section.entries)} 条{trash}。"

    return _edit(args, change)


def cmd_entry(args: argparse.Namespace) -> int:
    from ..core import edits
    from ..core.model import Article, Item
    from ..core.richtext import parse_markup, plain

    written: list[str] = []  # the unit of an entry added

    def change(issue) -> str:
        section = _section(issue, args.section)
        if args.entry_action == "add":
            from .arg_types import UsageError

            texts = [parse_markup(text.strip()) for text in args.texts]
            if not all(plain(text) for text in texts):
                raise UsageError("正文不能为空。")
            if args.title is not None:
                entry: Item | Article = Article(title=args.title.strip(), paragraphs=texts)
            elif len(texts) > 1:
                raise UsageError("一条条目只有一段正文；要新增几条请分几次，要新增文章请加 --title 标题。")
            else:
                entry = Item.from_rich(texts[0])
            at = len(section.entries) if args.at is None else args.at - 1
            edits.insert_entry(issue, section.uid, at, entry)
            if isinstance(entry, Item) and entry.unit:  # as the window: another writing of a registered unit counts for it
                written.append(entry.unit)
            row = section.entries.index(entry) + 1
            return f"已在栏目“{section.title}”第 {row} 条新增：{_shown(entry)}"
        row = _entry_row(section, args.index)
        entry = section.entries[row]
        if args.entry_action == "move":
            target = _section(issue, args.to_section) if args.to_section is not None else section
            at = len(target.entries) if args.at is None else args.at - 1
            if target is section and at > row:
                at += 1  # counted before the move, as a drop counts it
            edits.move_entry(issue, entry.uid, target.uid, at)
            return f"已移到栏目“{target.title}”第 {target.entries.index(entry) + 1} 条：{_shown(entry)}"
        if args.entry_action == "duplicate":  # as the window's 复制: right after the original
            edits.insert_entry(issue, section.uid, row + 1, edits.copy_entry(entry))
            return f"已复制为栏目“{section.title}”第 {row + 2} 条：{_shown(entry)}"
        edits.take_entry(issue, entry.uid)
        return f"已删除栏目“{section.title}”第 {args.index} 条（移入回收站，可用 trash list 查看）：{_shown(entry)}"

    return _edit(args, change, written)


def _shown(entry) -> str:
    return shown((entry.title if getattr(entry, "kind", "") == "article" else entry.text).strip(), 30)


def _edit(args: argparse.Namespace, change: Callable, units_written: list[str] = ()) -> int:  # type: ignore[assignment]
    """Load the issue, apply one change, save it (a final issue is refused there).
    ``units_written``: filled by the change with the units it wrote into entries, which
    become the aliases of the registered units they are other writings of."""
    from ..core.issue_ref import resolve_issue
    from ..core.units.registry import alias_typed_writing
    from .commands import open_for_writing

    with open_for_writing(args) as archive:
        issue = archive.load_issue(resolve_issue(archive, args.issue))
        said = change(issue)
        archive.save_issue(issue)
        for unit in units_written:
            alias_typed_writing(archive, unit)
    sys.stdout.write(said + "\n")
    return 0
