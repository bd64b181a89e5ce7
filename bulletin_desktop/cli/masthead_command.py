"""``masthead``: show an issue's 期号 line, 专刊 line, print note and the marks above its
name, or set how the number is written (plain 第N期, or the number within the year next to
the running number), the special series (with its own number or none), the print run and
the marks (内部资料 注意保存); and what the masthead panel also edits: the date, the issuing
office, the closing block's 编辑/审核/签发 and other roles, and its distribution lines.

The parser part is imported on every start, so the archive is imported only when the
command runs.
"""
from __future__ import annotations

import argparse
import copy
import sys
from typing import Callable

from ..core.issue_ref import ISSUE_HELP
from .arg_types import day, one_line


SPECIAL_NAME_MAX = 30  # as long a name as the masthead's reading takes for a 专刊 line
FORMS = {  # the keys are the model's NUMBER_FORMS
    "plain": "第60期（只写总期号）",
    "year": "2026年第6期（总第60期）",
    "no-year": "第6期（总第60期）",
    "no-total": "2026年第6期（不印总期号）",
    "total": "总第60期（总期号前加“总”）",
}


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("masthead", help="显示或修改一期的报头和报尾：期号写法（年度期号、总期号）、专刊、日期、编发单位、"
                                         "报头标记、编辑/审核/签发、分送范围和印数")
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
    p.add_argument("--date", type=day, metavar="日期", help="这一期的日期，如 2026-11-20 或 2026年11月20日")
    p.add_argument("--office", type=one_line("编发单位"), metavar="单位", help="编发单位，印在日期左边")
    p.add_argument("--editors", type=one_line("编辑"), metavar="姓名", help="编辑，几个人用空格或顿号隔开；写 \"\" 去掉")
    p.add_argument("--reviewers", type=one_line("审核"), metavar="姓名", help="审核，写法同 --editors")
    p.add_argument("--signers", type=one_line("签发"), metavar="姓名", help="签发，写法同 --editors")
    p.add_argument("--roles", type=one_line("其他署名"), metavar="文字",
                   help="其他署名，如“主编：王五　校对：李四”；写 \"\" 去掉")
    p.add_argument("--distribution", action="append", type=one_line("分送范围"), metavar="行",
                   help="报尾的一行分送范围，如“送：市委办公室、市政府办公室”，可重复；给出时换掉原有的各行")
    p.add_argument("--no-distribution", action="store_true", help="去掉报尾的分送范围")
    p.add_argument("--series", type=one_line("刊物"), metavar="刊物",
                   help="把这一期归入档案库中的另一个刊物（名称，或“id:内部编号”；同报头面板刊物名称旁的按钮），"
                        "新刊物先用 series add 建立")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


def cmd_masthead(args: argparse.Namespace) -> int:
    from ..core.issue_ref import resolve_issue
    from .commands import CommandError, open_for_reading, open_for_writing, print_json

    changing = args.no_print_copies or args.no_distribution or any(value is not None for value in (
        args.number, args.number_form, args.year_number, args.year, args.print_copies, args.marking, args.special,
        args.special_number, args.date, args.office, args.editors, args.reviewers, args.signers, args.roles,
        args.distribution, args.series))
    if not changing:
        with open_for_reading(args) as archive:
            issue = archive.load_issue(resolve_issue(archive, args.issue))
        _show(issue, args.json, print_json)
        return 0
    _check_options(args)
    with open_for_writing(args) as archive:
        issue = archive.load_issue(resolve_issue(archive, args.issue))
        moved = args.series is not None and _move_to_series(archive, issue, args.series)
        changed = _apply(issue, args, CommandError) or moved
        if changed:
            archive.save_issue(issue)
    _show(issue, args.json, print_json)
    return 0


def _move_to_series(archive, issue, named: str) -> bool:
    """Put ``issue`` in the series ``named``, as the masthead panel's bulletin button does: its
    id and its name, saved with the issue (a number the series has already is refused there).
    False when it is there already."""
    from .series_command import series_named

    series = series_named(archive, named)
    if series.id == issue.series_id:
        return False
    issue.series_id, issue.series = series.id, series.name
    return True


def _check_options(args: argparse.Namespace) -> None:
    """What is wrong with the options whatever the issue holds: a usage error (exit 2), said
    before the archive is opened."""
    from .arg_types import UsageError

    if args.print_copies is not None and args.no_print_copies:
        raise UsageError("--print-copies 与 --no-print-copies 不能同时使用。")
    if args.distribution is not None and args.no_distribution:
        raise UsageError("--distribution 与 --no-distribution 不能同时使用。")
    for name, value, low, high in (("--number", args.number, 1, 99999), ("--year-number", args.year_number, 1, 9999),
                                   ("--special-number", args.special_number, 0, 99999),
                                   ("--year", args.year, 1900, 2999), ("--print-copies", args.print_copies, 1, 999999)):
        if value is not None and not low <= value <= high:
            raise UsageError(f"{name} 的值 {value} 不在 {low} 到 {high} 之间。")


def _apply(issue, args: argparse.Namespace, error: type[Exception]) -> bool:
    """Set the fields the options name; True when anything changed. Refuses contradictory or
    out-of-range values with one Chinese sentence. Without ``--number-form`` the issue keeps
    its form (a plain issue given a year number takes the full form, 2026年第6期（总第60期））."""
    from ..core.model import MARKING_MAX, number_form, year_number_in_form

    before = (issue.number, issue.year_number, issue.print_copies, issue.marking, issue.special, issue.date,
              issue.office, copy.deepcopy(issue.signoff), list(issue.distribution))
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
    _apply_dated_and_closing(issue, args)
    return (issue.number, issue.year_number, issue.print_copies, issue.marking, issue.special, issue.date,
            issue.office, issue.signoff, issue.distribution) != before


def _apply_dated_and_closing(issue, args: argparse.Namespace) -> None:
    """The date, the office and the closing block, split into names, roles and lines as the
    masthead panel and the closing block's reading split them."""
    from ..core.model import Signoff, split_names, split_roles

    if args.date is not None:  # read by argparse in the forms the clerk writes a date
        issue.date = args.date
    if args.office is not None:
        issue.office = args.office.strip()
    def names(given: str | None, kept: list[str]) -> list[str]:
        return split_names(given) if given is not None else list(kept)

    signoff = issue.signoff
    issue.signoff = Signoff(names(args.editors, signoff.editors), names(args.reviewers, signoff.reviewers),
                            names(args.signers, signoff.signers),
                            split_roles(args.roles) if args.roles is not None else list(signoff.others))
    if args.no_distribution:
        issue.distribution = []
    elif args.distribution is not None:
        from ..core.recognise.closing import distribution_line

        lines = [distribution_line(text) for text in args.distribution]
        issue.distribution = [line for line in lines if line.label or line.text]


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
    from ..core.model import format_cn_date

    if as_json:
        from ..core.issue_json import issue_to_dict

        data = issue_to_dict(issue)
        print_json({key: data[key] for key in ("id", "series", "number", "number_line", "year_number", "special",
                                               "date", "office", "print_copies", "marking", "signoff",
                                               "distribution")})
        return
    sys.stdout.write(f"{issue.series}\n期号：{issue.number_line()}\n")
    if issue.year_number is not None:
        sys.stdout.write(f"总期号：{issue.number}\n")
    if issue.special is not None:
        sys.stdout.write(f"专刊：（{issue.special.label()}）\n")
    if issue.marking:
        sys.stdout.write(f"报头标记：{issue.marking}\n")
    sys.stdout.write(f"日期：{format_cn_date(issue.date)}\n编发单位：{issue.office or '（无）'}\n")
    signoff = issue.signoff
    for label, names in (("编辑", signoff.editors), ("审核", signoff.reviewers), ("签发", signoff.signers)):
        sys.stdout.write(f"{label}：{' '.join(names) or '（无）'}\n")
    if signoff.others:
        sys.stdout.write(f"其他署名：{'　'.join(signoff.others)}\n")
    for line in issue.distribution:  # as the closing block prints it (送：…)
        sys.stdout.write(f"{line.line()}\n")
    sys.stdout.write(f"印数：{issue.print_note or '不印'}\n")
