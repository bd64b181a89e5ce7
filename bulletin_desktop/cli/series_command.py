"""``series``: the bulletins (刊物) of the archive — list them, add one, rename one, show or
set the printed layout of one (what ``export`` and the window use for its issues), and show
or save what its new issues start from (the window's 存为本刊默认设置).

The parser part is imported on every start, so the archive is imported only when the
command runs.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from .arg_types import path


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("series", help="列出、新建或重命名档案库中的刊物")
    db_option(p)
    actions = p.add_subparsers(dest="series_action", metavar="操作", required=True, parser_class=type(p))
    q = actions.add_parser("list", help="列出各刊物及其期数")
    db_option(q)
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q = actions.add_parser("add", help="新建一个刊物")
    db_option(q)
    q.add_argument("name", metavar="名称")
    q = actions.add_parser("rename", help="重命名刊物，它未定稿的各期随之改名（已定稿的保留定稿时的名称）")
    db_option(q)
    q.add_argument("old", metavar="原名称", help="原名称，或“id:内部编号”")
    q.add_argument("new", metavar="新名称")
    q = actions.add_parser("layout", help="显示或修改刊物的版式（不带选项时显示与标准版式不同的设置）")
    db_option(q)
    q.add_argument("name", metavar="名称", help="刊物名称，或“id:内部编号”")
    q.add_argument("--option", action="append", default=[], metavar="键=值",
                   help="修改一项版式设置，如 red_rule_pt=3（见 docs/layout.md），可重复")
    q.add_argument("--settings", type=path, metavar="JSON", help="从版式设置文件（JSON 对象）读入")
    q.add_argument("--reset", action="store_true", help="先恢复标准版式")
    q.add_argument("--json", action="store_true", help="以 JSON 输出（输出本来就是 JSON，加不加都一样）")
    q = actions.add_parser("defaults", help="显示刊物的默认设置（新建一期从这里开始），或把某一期的设置存为本刊默认设置")
    db_option(q)
    q.add_argument("name", nargs="?", metavar="名称", help="刊物名称，或“id:内部编号”")
    q.add_argument("--from-issue", metavar="期次",
                   help="把这一期的栏目、报尾、期号写法和印数存为它所属刊物的默认设置（同窗口中的“存为本刊默认设置”）")
    q.add_argument("--follow-latest", action="store_true", help="不再固定期号写法和印数：新建一期时随上一期")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")


def series_key(text: str) -> int | str:
    """``id:3`` names a series by its id, anything else by its name."""
    head, sep, rest = text.strip().partition(":")
    if sep and head.strip().lower() == "id" and rest.strip().isdigit():
        from .arg_types import SQLITE_INTEGER_MAX

        number = int(rest)
        if number <= SQLITE_INTEGER_MAX:  # a larger one names no series: looked up as a name, not found
            return number
    return text.strip()


def series_named(archive, text: str):
    """The series ``text`` names (a name, or ``id:3``); SeriesNotFoundError when the archive
    has none, so that a misspelt name is said rather than matching nothing."""
    from ..core.archive import SeriesNotFoundError

    key = series_key(text)
    found = archive.get_series(key)
    if found is None or found.id is None:
        raise SeriesNotFoundError(key)
    return found


def cmd_series(args: argparse.Namespace) -> int:
    from .commands import open_for_reading, open_for_writing, print_json

    if args.series_action == "list":
        with open_for_reading(args) as archive:
            series = archive.list_series()
            counts: dict[int, int] = {}
            for summary in archive.list_issues():
                counts[summary.series_id] = counts.get(summary.series_id, 0) + 1
        if args.json:
            print_json([{"id": s.id, "name": s.name, "office": s.office, "issues": counts.get(s.id or 0, 0)}
                        for s in series])
        elif not series:
            sys.stdout.write("档案库中还没有刊物。\n")
        for s in series if not args.json else ():
            sys.stdout.write(f"id:{s.id}\t{s.name}\t{counts.get(s.id or 0, 0)}期\n")
        return 0
    if args.series_action == "layout":
        return _layout(args)
    if args.series_action == "defaults":
        return _defaults(args)
    with open_for_writing(args) as archive:
        if args.series_action == "add":
            created = archive.add_series(args.name)
            sys.stdout.write(f"已新建刊物：id:{created.id}\t{created.name}\n")
        else:
            renamed = archive.rename_series(series_key(args.old), args.new)
            sys.stdout.write(f"已重命名：id:{renamed.id}\t{renamed.name}\n")
            kept = archive.final_count(renamed.id) if renamed.id is not None else 0
            if kept:
                sys.stderr.write(f"注意：已定稿的 {kept} 期仍印定稿时的刊物名称；撤销定稿后改用新名称。\n")
    return 0


def _layout(args: argparse.Namespace) -> int:
    from ..core.archive import SeriesNotFoundError
    from ..export.layout_options import LayoutOptions, load_options
    from ..export.series_options import changed_options, series_options
    from .commands import open_for_reading, open_for_writing, print_json
    from .export_command import parse_option_pairs

    key = series_key(args.name)
    changing = bool(args.option or args.settings or args.reset)
    with (open_for_writing(args) if changing else open_for_reading(args)) as archive:
        series = archive.get_series(key)
        if series is None or series.id is None:
            raise SeriesNotFoundError(key)
        stored = archive.series_layout(series.id)
        if changing:
            base = LayoutOptions() if args.reset else series_options(stored)
            stored = changed_options(load_options(args.settings, parse_option_pairs(args.option), base=base))
            archive.set_series_layout(series.id, stored)
    print_json(stored)
    return 0


def _defaults(args: argparse.Namespace) -> int:
    from ..core.archive import SeriesNotFoundError
    from ..core.issue_ref import resolve_issue
    from .commands import CommandError, open_for_reading, open_for_writing, print_json

    if args.from_issue and (args.name or args.follow_latest):
        raise CommandError("--from-issue 从那一期所属的刊物保存全部默认设置，不能同时给出刊物名称或 --follow-latest。")
    if not args.from_issue and not args.name:
        raise CommandError("请给出刊物名称，或用 --from-issue 指明从哪一期保存默认设置。")
    changing = bool(args.from_issue or args.follow_latest)
    with (open_for_writing(args) if changing else open_for_reading(args)) as archive:
        if args.from_issue:
            issue = archive.load_issue(resolve_issue(archive, args.from_issue))
            key: int | str = archive.save_defaults_from(issue)
        else:
            key = series_key(args.name)
        series = archive.get_series(key)
        if series is None:
            raise SeriesNotFoundError(key)
        if args.follow_latest and series.numbering is not None:
            series.numbering = None
            archive.save_series(series)
    _show_defaults(series, args.json, print_json)
    return 0


def _show_defaults(series, as_json: bool, print_json) -> None:
    from ..core.issue_json import distribution_to_list, signoff_to_dict
    from ..core.model import print_note_text
    from .masthead_command import FORMS

    numbering = series.numbering  # set by 存为本刊默认设置; the office and closing block come with it
    if as_json:
        print_json({"id": series.id, "name": series.name, "office": series.office,
                    "default_sections": series.default_sections,
                    "number_form": numbering.form if numbering else None,
                    "print_copies": numbering.print_copies if numbering else None,
                    "signoff": signoff_to_dict(series.signoff) if numbering else None,
                    "distribution": distribution_to_list(series.distribution) if numbering else None,
                    "marking": series.marking if numbering else None})
        return
    latest = "随上一期"
    sections = "、".join(series.default_sections) or latest
    form = f"{numbering.form}（{FORMS[numbering.form]}）" if numbering else latest
    copies = (latest if numbering is None else print_note_text(numbering.print_copies)
              if numbering.print_copies is not None else "不印")
    office = (series.office or "（空）") if numbering else latest
    signoff = (series.signoff.line() or "（空）") if numbering else latest
    distribution = ("；".join(d.line() for d in series.distribution) or "（空）") if numbering else latest
    marking = (series.marking or "（无）") if numbering else latest
    sys.stdout.write(f"{series.name}\n报头标记：{marking}\n栏目：{sections}\n编印单位：{office}\n签发：{signoff}\n"
                     f"分送：{distribution}\n期号写法：{form}\n印数：{copies}\n")
