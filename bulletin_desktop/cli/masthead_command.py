"""``masthead``: show an issue's 期号 line, 专刊 line, print note and the marks above its
name, or set how the number is written (plain 第N期, or the number within the year next to
the running number), the special series (with its own number or none), the print run and
the marks (内部资料 注意保存).

The parser part is imported on every start, so the archive is imported only when the
command runs.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from ..core.issue_ref import ISSUE_HELP


SPECIAL_NAME_MAX = 30  # as long a name as the masthead's reading takes for a 专刊 line
FORMS = {  # the keys are the model's NUMBER_FORMS
    "plain": "第60期（只写总期号）",
    "year": "2026年第6期（总第60期）",
    "no-year": "第6期（总第60期）",
    "no-total": "2026年第6期（不印总期号）",
    "total": "总第60期（总期号前加“总”）",
}


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("masthead", help="显示或修改一期的期号写法（年度期号、总期号）、专刊、印数和报头标记")
    db_option(p)
    p.add_argument("issue", metavar="期次", help=ISSUE_HELP)
    p.add_argument("--number", type=int, metavar="N", help="总期号（这一期在档案库里的期号）")
    p.add_argument("--number-form", choices=list(FORMS), metavar="写法",
                   help="期号行的写法：" + "；".join(f"{k}＝{v}" for k, v in FORMS.items()))
    p.add_argument("--year-number", type=int, metavar="N", help="年度期号（这一年的第几期）")
    p.add_argument("--year", type=int, metavar="年份", help="年度期号前的年份（默认这一期日期的年份）")
    p.add_argument("--special", metavar="名称", help="专刊名称，印在期号下一行，如“安全生产大检查专刊”；写 \"\" 去掉专刊")
    p.add_argument("--special-number", type=int, metavar="N", help="专刊期号；0 表示专刊不编号，只印“（专刊名称）”")
    p.add_argument("--print-copies", type=int, metavar="份数", help="印数：报尾最后一行印“（共印N份）”")
    p.add_argument("--no-print-copies", action="store_true", help="不印印数")
    p.add_argument("--marking", metavar="文字", help="报头标记：印在刊名上方，如“内部资料 注意保存”；写 \"\" 去掉")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


def cmd_masthead(args: argparse.Namespace) -> int:
    from ..core.issue_ref import resolve_issue
    from .commands import CommandError, open_for_reading, open_for_writing, print_json

    changing = args.no_print_copies or any(value is not None for value in (
        args.number, args.number_form, args.year_number, args.year, args.print_copies, args.marking, args.special,
        args.special_number))
    if not changing:
        with open_for_reading(args) as archive:
            issue = archive.load_issue(resolve_issue(archive, args.issue))
        _show(issue, args.json, print_json)
        return 0
    with open_for_writing(args) as archive:
        issue = archive.load_issue(resolve_issue(archive, args.issue))
        changed = _apply(issue, args, CommandError)
        if changed:
            archive.save_issue(issue)
    _show(issue, args.json, print_json)
    return 0


def _apply(issue, args: argparse.Namespace, error: type[Exception]) -> bool:
    """Set the fields the options name; True when anything changed. Refuses contradictory or
    out-of-range values with one Chinese sentence. Without ``--number-form`` the issue keeps
    its form (a plain issue given a year number takes the full form, 2026年第6期（总第60期））."""
    from ..core.model import MARKING_MAX, number_form, year_number_in_form

    before = (issue.number, issue.year_number, issue.print_copies, issue.marking, issue.special)
    if args.print_copies is not None and args.no_print_copies:
        raise error("--print-copies 与 --no-print-copies 不能同时使用。")
    for name, value, low, high in (("--number", args.number, 1, 99999), ("--year-number", args.year_number, 1, 9999),
                                   ("--special-number", args.special_number, 0, 99999),
                                   ("--year", args.year, 1900, 2999), ("--print-copies", args.print_copies, 1, 999999)):
        if value is not None and not low <= value <= high:
            raise error(f"{name} 的值 {value} 不在 {low} 到 {high} 之间。")
    current = issue.year_number
    form = args.number_form or (
        "year" if current is None and (args.year_number is not None or args.year is not None)
        else number_form(current))
    if form in ("plain", "total") and (args.year_number is not None or args.year is not None):
        raise error("只写总期号的期号行没有年度期号和年份；要写年度期号请用 --number-form year。")
    if form == "no-year" and args.year is not None:
        raise error("“第6期（总第60期）”这种写法不写年份，不能同时给出 --year。")
    if args.number is not None:
        issue.number = args.number
    if form in ("plain", "total"):
        issue.year_number = year_number_in_form(form, 0, issue.date.year)  # neither has a number within a year
    else:
        number = args.year_number if args.year_number is not None else current.number if current is not None else None
        if number is None:
            raise error("这一期还没有年度期号，请用 --year-number 给出。")
        year = args.year if args.year is not None else (
            current.year if current is not None and current.year is not None else issue.date.year)
        issue.year_number = year_number_in_form(form, number, year)
    if args.print_copies is not None:
        issue.print_copies = args.print_copies
    elif args.no_print_copies:
        issue.print_copies = None
    if args.marking is not None:
        if len(args.marking) > MARKING_MAX or "\n" in args.marking:
            raise error(f"报头标记是刊名上方的一行短字，如“内部资料 注意保存”，不超过 {MARKING_MAX} 个字。")
        issue.marking = args.marking.strip()
    _apply_special(issue, args, error)
    return (issue.number, issue.year_number, issue.print_copies, issue.marking, issue.special) != before


def _apply_special(issue, args: argparse.Namespace, error: type[Exception]) -> None:
    """--special names the 专刊 ("" removes it), --special-number gives its own number (0:
    none, the line prints the name alone); either keeps what the other does not say."""
    from ..core.model import Special

    if args.special is None and args.special_number is None:
        return
    name = args.special.strip() if args.special is not None else (issue.special.name if issue.special else "")
    if len(name) > SPECIAL_NAME_MAX or "\n" in name:
        raise error(f"专刊名称是期号下一行括号里的一个名称，如“安全生产大检查专刊”，不超过 {SPECIAL_NAME_MAX} 个字。")
    if not name:
        if args.special_number is not None and args.special is None:
            raise error("这一期没有专刊，请用 --special 给出专刊名称。")
        issue.special = None
        return
    number = args.special_number if args.special_number is not None else (issue.special.number if issue.special else None)
    issue.special = Special(name, number or None)


def _show(issue, as_json: bool, print_json) -> None:
    if as_json:
        from ..core.issue_json import issue_to_dict

        data = issue_to_dict(issue)
        print_json({key: data[key] for key in ("id", "series", "number", "number_line", "year_number", "special",
                                               "print_copies", "marking")})
        return
    sys.stdout.write(f"{issue.series}\n期号：{issue.number_line()}\n")
    if issue.year_number is not None:
        sys.stdout.write(f"总期号：{issue.number}\n")
    if issue.special is not None:
        sys.stdout.write(f"专刊：（{issue.special.label()}）\n")
    sys.stdout.write(f"印数：{issue.print_note or '不印'}\n")
    if issue.marking:
        sys.stdout.write(f"报头标记：{issue.marking}\n")
