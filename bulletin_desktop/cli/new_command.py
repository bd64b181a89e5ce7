"""``new``: the window's 新建一期 (文件 → 新建一期) on the command line: the issue after the
latest one of a series, stored at once."""
from __future__ import annotations

import argparse
import sys
from typing import Callable


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("new", help="新建一期：接续刊物的上一期（期号、年度期号加一，沿用栏目、签发人、分送范围和印数），存入档案库")
    db_option(p)
    p.add_argument("--series", metavar="刊物",
                   help="接续这个刊物（名称，或“id:内部编号”）；不指定时接续最新一期所在的刊物")
    p.add_argument("--json", action="store_true", help="以 show --json 的格式输出新建的一期")


def cmd_new(args: argparse.Namespace) -> int:
    from ..core.archive import SeriesNotFoundError
    from ..core.issue_json import issue_to_dict
    from .commands import CommandError, archive_path, open_for_writing, print_json
    from .series_command import series_key

    archive_path(args, create=False)  # a new issue needs a series: no archive is made only to be empty
    with open_for_writing(args) as archive:
        if not archive.list_series():
            raise CommandError("档案库中还没有刊物。请先用 series add 名称 新建刊物，或用 import 导入往期简报。")
        series = None
        if args.series is not None:
            found = archive.get_series(series_key(args.series))
            if found is None or found.id is None:
                raise SeriesNotFoundError(series_key(args.series))
            series = found.id
        issue = archive.next_issue(series)
        issue_id = archive.save_issue(issue)
        issue = archive.load_issue(issue_id)
        history = archive.issue_history(issue_id) if args.json else {}  # as show --json has them
    if args.json:
        print_json({**issue_to_dict(issue), **history})
    else:
        sys.stdout.write(f"{issue_id}\t{issue.series}\t{issue.number_line()}\t{issue.date.isoformat()}\n")
    return 0
