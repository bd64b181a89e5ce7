"""``replace``: replace text throughout one issue as printed (报头, 栏目, 条目, 文章, 报尾), as
the window's 全部替换 does: case ignored, bold kept, the bulletin's name, the 期号 line and
the date left to their own commands. Each place is printed with its context, then the count.

The parser part is imported on every start, so the archive is imported only when the
command runs.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from ..core.issue_ref import ISSUE_HELP
from .arg_types import one_line, shown

CONTEXT = 12  # characters shown either side of a replaced place


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("replace", help="在一期中把一段文字全部替换（报头、栏目、条目、文章、报尾），如把“县应急局”换成“县应急管理局”")
    db_option(p)
    p.add_argument("issue", metavar="期次", help=ISSUE_HELP)
    p.add_argument("old", type=one_line("原文字"), metavar="原文字", help="要替换的文字（不区分大小写，与窗口中的查找相同）")
    p.add_argument("new", type=one_line("新文字"), metavar="新文字", help="换成的文字；写 \"\" 删去原文字")
    p.add_argument("--dry-run", action="store_true", help="只列出会替换的地方，不保存")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


def cmd_replace(args: argparse.Namespace) -> int:
    from ..core.edits import replacements, set_value
    from ..core.find import find_in_issue
    from ..core.issue_ref import resolve_issue
    from .commands import CommandError, open_for_reading, open_for_writing, print_json

    if not args.old:
        raise CommandError("要替换的文字不能为空。")
    if "**" in args.new and "**" not in args.old:
        from .arg_types import UsageError

        # entry add and entry edit read **…** as bold; here the new text goes in as written, and
        # two asterisks would be printed in the bulletin
        raise UsageError("新文字中的 ** 会照原样印出：replace 不改加粗（换上的文字随原处加粗或不加粗）。"
                         "要把单位印作加粗，请用 entry edit 的 --unit 或 --text。")
    with (open_for_reading if args.dry_run else open_for_writing)(args) as archive:
        issue = archive.load_issue(resolve_issue(archive, args.issue))
        matches = find_in_issue(issue, args.old)
        changes = replacements(issue, matches, args.new)
        replaced = {place for change in changes for place in change.places}
        places = [described(issue, place, args.new) for place in matches if place in replaced]
        if changes and not args.dry_run:
            for change in changes:
                set_value(issue, change.uid, change.field, change.new)
            archive.save_issue(issue)  # a final issue is refused here, as by every editing command
    if args.json:
        print_json({"id": issue.id, "issue": f"{issue.series} {issue.number_line()}", "old": args.old,
                    "new": args.new, "dry_run": args.dry_run, "count": len(places), "places": places})
        return 0
    if not matches:
        sys.stdout.write(f"没有找到“{shown(args.old, 40)}”。\n")
        return 0
    sys.stdout.write("".join(f"{p['place']}：{p['context']}\n" for p in places))
    if len(places) < len(matches):
        sys.stdout.write("刊物名称、期号和日期中的不替换（刊物改名用 series rename，期号和日期用 masthead 或窗口）。\n")
    verb = "将替换" if args.dry_run else "已替换"
    sys.stdout.write(f"{verb} {len(places)} 处。" + ("（未保存）" if args.dry_run else "") + "\n")
    return 0


def described(issue, place, new: str | None) -> dict:
    """Where a match is, as a clerk names it (报头, 报尾, 【栏目】第N条), and its context with the
    change (〔旧→新〕), or, ``new`` None, with the match alone (〔旧〕: ``find``)."""
    from ..core.positions import field_text
    from ..core.richtext import plain

    text, start, end = field_text(issue, place), place.start, place.end
    found = issue.find_entry(place.uid) if place.kind in ("item", "article") else None
    if place.kind == "item" and found is not None:  # the entry as printed: date, unit and text in one line
        entry = found[0].entries[found[1]]
        lead = entry.text[:len(entry.text) - len(plain(entry.body))]
        offset = {"date": len(entry.mark), "unit": len(lead) - len(entry.unit), "body": len(lead)}[place.field]
        text, start, end = entry.text, start + offset, end + offset
    before = text[max(0, start - CONTEXT):start]
    marked = text[start:end] if new is None else f"{text[start:end]}→{new}"
    context = ("…" if start > CONTEXT else "") + f"{before}〔{marked}〕{text[end:end + CONTEXT]}" + (
        "…" if end + CONTEXT < len(text) else "")
    where: dict = {"place": _place_name(issue, place), "field": place.field, "context": context,
                   "old": text[start:end]}
    if found is not None:
        where.update(section=found[0].title, entry_index=found[1] + 1)
    return where


def _place_name(issue, place) -> str:
    if place.kind == "masthead":
        return "报头"
    if place.kind == "closing":
        return "报尾"
    if place.kind == "section":
        return "栏目名称"
    section, row = issue.find_entry(place.uid)
    return f"【{section.title}】第{row + 1}条" if section.title else f"第{row + 1}条"
