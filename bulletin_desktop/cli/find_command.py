"""``find``: the window's 在本期中查找 (Ctrl+F) on the command line. Every place of one issue
where a text stands, in printed order — the bulletin's name, the 期号 line and the date
included, which ``replace`` leaves alone — each with where it is and its context.

The parser part is imported on every start, so the archive is imported only when the
command runs.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from ..core.issue_ref import ISSUE_HELP
from .arg_types import one_line, shown


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("find", help="在一期中查找一段文字（报头、栏目、条目、文章、报尾，按印出的顺序），同窗口的“在本期中查找”")
    db_option(p)
    p.add_argument("issue", metavar="期次", help=ISSUE_HELP)
    p.add_argument("text", type=one_line("查找的文字"), metavar="文字", help="要查找的文字（不区分大小写，与窗口中的查找相同）")
    p.add_argument("--json", action="store_true",
                   help="以 JSON 输出：id、issue、text、count 和 places（每处的 place、field、context、old，"
                        "条目中的另有 section、entry_index）")


def cmd_find(args: argparse.Namespace) -> int:
    from ..core.find import find_in_issue
    from ..core.issue_ref import resolve_issue
    from .arg_types import UsageError
    from .commands import open_for_reading, print_json
    from .replace_command import described

    if not args.text.strip():
        raise UsageError("要查找的文字不能为空。")
    with open_for_reading(args) as archive:
        issue = archive.load_issue(resolve_issue(archive, args.issue))
    places = [described(issue, place, None) for place in find_in_issue(issue, args.text)]
    if args.json:
        print_json({"id": issue.id, "issue": f"{issue.series} {issue.number_line()}", "text": args.text,
                    "count": len(places), "places": places})
        return 0
    if not places:
        sys.stdout.write(f"{issue.number_line()}中没有找到“{shown(args.text, 40)}”。\n")
        return 0
    sys.stdout.write("".join(f"{p['place']}：{p['context']}\n" for p in places))
    sys.stdout.write(f"共 {len(places)} 处。\n")
    return 0
