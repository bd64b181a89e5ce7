"""``terms`` and ``ignores``: the clerk's proofreading lists kept in the archive.

``terms`` is the office's own list of 规范提法 (a wrong form and the form to use) and 禁用词
(a form with nothing to use instead); ``ignores`` lists what the clerk chose to ignore everywhere.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Callable

from ..core.errors import BulletinError
from ..core.issue_ref import ISSUE_HELP
from .arg_types import ID, one_line, whole


def add_unit_variant_parsers(units, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Under ``units``: a unit spelt two ways one character apart, answered once by the clerk."""
    q = units.add_parser("variants", help="列出记为“不是同一单位”的两种写法（校对不再提示）")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = units.add_parser("confirm-variant", help="回答校对提示：少见写法与常见写法是否为同一单位")
    db_option(q)
    q.add_argument("rare", metavar="少见写法")
    q.add_argument("common", metavar="常见写法")
    answer = q.add_mutually_exclusive_group(required=True)
    answer.add_argument("--same", action="store_true",
                        help="是同一单位：校对时继续提示改为常见写法（取消以前“不是同一单位”的记录）")
    answer.add_argument("--different", action="store_true", help="不是同一单位：这两种写法以后不再提示")


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("terms", help="规范提法与禁用词表（校对时提示）")
    db_option(p)
    actions = p.add_subparsers(dest="terms_action", metavar="操作", required=True, parser_class=type(p))
    q = actions.add_parser("list", help="列出词表")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = actions.add_parser("add", help="加入一条：不规范的写法，以及应写作的写法（禁用词不写）")
    db_option(q)
    q.add_argument("wrong", type=one_line("写法"), metavar="写法")
    q.add_argument("right", type=one_line("规范写法"), nargs="?", default="", metavar="规范写法")
    q.add_argument("--note", type=one_line("说明"), default="", metavar="说明", help="提示时附带的说明，如依据的文件")
    q = actions.add_parser("remove", help="删除一条")
    db_option(q)
    q.add_argument("wrong", metavar="写法")

    p = sub.add_parser("proofread-settings", help="档案库中的校对设置：显示，或用选项修改")
    db_option(p)
    p.add_argument("--max-age-days", type=whole(1, 36500, "天数"), metavar="天数",
                   help="条目日期早于本期日期多少天以上时提示（不带选项运行可查看当前设置）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")

    p = sub.add_parser("ignores", help="“全部忽略”的校对提示")
    db_option(p)
    actions = p.add_subparsers(dest="ignores_action", metavar="操作", required=True, parser_class=type(p))
    q = actions.add_parser("list", help="列出")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q.add_argument("--issue", metavar="期次", help="改为列出在这一期某处忽略的提示（check --ignore-here 或窗口中“本处忽略”）")
    q = actions.add_parser("remove", help="取消忽略（规则见 list 的第一列）")
    db_option(q)
    q.add_argument("rule", metavar="规则")
    q.add_argument("text", metavar="文字")
    q = actions.add_parser("remove-here", help="取消在某一期某处的忽略（编号见 list --issue 的第一列）")
    db_option(q)
    q.add_argument("issue", metavar="期次", help=ISSUE_HELP)
    q.add_argument("id", type=ID, metavar="编号")



def cmd_terms(args: argparse.Namespace) -> int:
    from .commands import open_for_reading, open_for_writing, print_rows

    if args.terms_action == "list":
        with open_for_reading(args) as archive:
            terms = archive.proofread().terms()
        print_rows(terms, args.json, lambda t: {"wrong": t[0], "right": t[1], "note": t[2]},
                   lambda t: f"{t[0]}\t{t[1] or '（禁用）'}\t{t[2]}", "词表是空的。")
        return 0
    if not args.wrong.strip():
        raise BulletinError("写法不能为空。")
    with open_for_writing(args) as archive:
        if args.terms_action == "add":
            archive.proofread().add_term(args.wrong, args.right, args.note)
            sys.stdout.write(f"已加入：{args.wrong}\n")
        elif not archive.proofread().remove_term(args.wrong):
            raise BulletinError(f"词表中没有“{args.wrong}”。")
        else:
            sys.stdout.write(f"已删除：{args.wrong}\n")
    return 0


def cmd_ignores(args: argparse.Namespace) -> int:
    from .commands import open_for_reading, open_for_writing, print_rows

    if args.ignores_action == "remove-here" or (args.ignores_action == "list" and args.issue is not None):
        return _ignored_here(args)
    if args.ignores_action == "list":
        with open_for_reading(args) as archive:
            ignores = archive.proofread().ignores()
        print_rows(ignores, args.json, lambda i: {"rule": i[0], "text": i[1]}, lambda i: f"{i[0]}\t{i[1]}",
                   "没有全部忽略的提示。")
        return 0
    with open_for_writing(args) as archive:
        if not archive.proofread().remove_ignore(args.rule, args.text):
            raise BulletinError(f"没有忽略过规则 {args.rule} 的“{args.text}”。")
    sys.stdout.write(f"已取消忽略：{args.text}\n")
    return 0


def _ignored_here(args: argparse.Namespace) -> int:
    """``ignores list --issue`` and ``ignores remove-here``: what was ignored at one place of an issue."""
    from ..core.issue_ref import resolve_issue
    from ..core.proofread import ignored_here
    from .commands import open_for_reading, open_for_writing, print_rows

    if args.ignores_action == "remove-here":
        with open_for_writing(args) as archive:
            issue_id = resolve_issue(archive, args.issue)
            if not ignored_here.forget(archive, issue_id, args.id):
                raise BulletinError(f"这一期没有编号为 {args.id} 的忽略（ignores list --issue {args.issue} 列出）。")
        sys.stdout.write(f"已取消忽略，校对时这一处会重新提示（编号 {args.id}）。\n")
        return 0
    with open_for_reading(args) as archive:
        places = ignored_here.listed(archive, resolve_issue(archive, args.issue))
    print_rows(places, args.json, lambda p: {"id": p[0], **asdict(p[1])},
               lambda p: f"{p[0]}\t{p[1].rule}\t{p[1].before}【{p[1].found}】{p[1].after}", "这一期没有在某处忽略的提示。")
    return 0


def cmd_unit_variants(args: argparse.Namespace) -> int:
    """``units variants`` and ``units confirm-variant``: the clerk's answers to the unit-spelling check."""
    from .commands import open_for_reading, open_for_writing, print_rows

    if args.units_command == "variants":
        with open_for_reading(args) as archive:
            pairs = sorted(archive.proofread().confirmed_units())
        print_rows(pairs, args.json, lambda p: {"rare": p[0], "common": p[1]}, lambda p: f"{p[0]}\t{p[1]}",
                   "没有记为“不是同一单位”的写法。")
        return 0
    rare, common = args.rare.strip(), args.common.strip()
    if not rare or not common or rare == common:
        raise BulletinError("请写出两种不同的单位名称写法。")
    with open_for_writing(args) as archive:
        if args.different:
            archive.proofread().confirm_unit(rare, common)
            sys.stdout.write(f"已记住：“{rare}”与“{common}”不是同一单位，以后不再提示。\n")
        else:
            archive.proofread().forget_unit(rare, common)
            sys.stdout.write(f"已记住：“{rare}”与“{common}”是同一单位，校对时会提示改为“{common}”。\n")
    return 0


def cmd_proofread_settings(args: argparse.Namespace) -> int:
    from ..core.proofread.archive_checks import max_age_days, set_max_age_days
    from .commands import open_for_reading, open_for_writing

    if args.max_age_days is not None:
        with open_for_writing(args) as archive:
            set_max_age_days(archive.proofread(), args.max_age_days)
    with open_for_reading(args) as archive:
        days = max_age_days(archive.proofread())
    if args.json:
        sys.stdout.write(json.dumps({"max_age_days": days}, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(f"条目日期早于本期日期 {days} 天以上时提示。\n")
    return 0
