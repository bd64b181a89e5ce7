"""``check``: proofread one issue of the archive, or each line of a text file.

Exit status: 0 when nothing was found, 1 when something was, 2 when the check could not run.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Callable

from ..core.errors import BulletinError
from ..core.issue_ref import ISSUE_HELP
from .arg_types import ID, whole, path

if TYPE_CHECKING:
    from ..core.proofread.ignored_here import HereAnchor


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("check", help="校对一期（错别字、标点、数字、层次序数，以及与往期对照），或逐行校对文本文件")
    db_option(p)
    p.add_argument("issue", nargs="?", metavar="期次", help=ISSUE_HELP)
    p.add_argument("--text-file", type=path, metavar="文件", help="逐行校对这个 UTF-8 文本文件（不读档案库）")
    p.add_argument("--json", action="store_true",
                   help="以 JSON 输出提示的列表；--text-file 时每行输出一个 JSON 对象；加 --clean、--apply、--ignore-here 或 --ignore-all 时输出"
                        "一个对象：cleaned（清理了几处排版痕迹，没加 --clean 时为 null）、applied（这次改正的提示）、ignored（这次忽略的提示，everywhere 为 true "
                        "的是全部忽略）和 findings（提示的列表）")
    p.add_argument("--max-age-days", type=whole(1, 36500, "天数"), metavar="天数",
                   help="条目日期早于本期日期多少天以上时提示（只用于这一次；长期设置见 proofread-settings）")
    p.add_argument("--ignore-here", type=ID, nargs="+", metavar="编号",
                   help="在本期这一处忽略这几条提示（编号见 check 的输出），记入档案库；"
                        "别处修改不影响，改动了这处文字则重新提示（ignores list --issue 列出，ignores remove-here 取消）")
    p.add_argument("--ignore-all", type=ID, nargs="+", metavar="编号",
                   help="全部忽略这几条提示（编号见 check 的输出）：同样的文字在各期都不再按这条规则提示，"
                        "同窗口中的“全部忽略”（ignores list 列出，ignores remove 取消）")
    p.add_argument("--apply", type=ID, nargs="+", metavar="编号",
                   help="按这几条提示的建议改正（编号见 check 的输出；同提示面板的“应用建议”），保存后再校对；"
                        "没有建议的提示不能改正")
    p.add_argument("--clean", action="store_true",
                   help="先清理排版痕迹（汉字与数字之间多余的空格、被分页截断的段落），保存后再校对；同窗口中的“清理排版痕迹”")


def cmd_check(args: argparse.Namespace) -> int:
    try:
        if args.text_file is not None:
            if args.issue:
                raise BulletinError("请只指定一期或一个 --text-file 文件，不要同时指定。")
            return _check_lines(args)
        if not args.issue:
            raise BulletinError("请指定要校对的一期（如 52），或用 --text-file 指定文本文件。")
        return _check_issue(args)
    except BulletinError as exc:
        sys.stderr.write(f"错误：{exc.message}\n")
        return 2
    except FileNotFoundError as exc:
        sys.stderr.write(f"错误：找不到文件：{exc.filename}\n")
        return 2
    except BrokenPipeError:
        raise  # the reader of the output went away (| head): the program's entry point ends quietly
    except OSError as exc:
        sys.stderr.write(f"错误：无法读取文件：{exc.strerror or exc}（{exc.filename or ''}）\n")
        return 2


def _check_lines(args: argparse.Namespace) -> int:
    from ..core.proofread import check
    from ..core.proofread.numbers import heading_order
    from ..core.textformat import decode

    from ..core.input_files import read_bytes_limited
    from ..core.textformat import MAX_TEXT_BYTES

    lines = decode(read_bytes_limited(args.text_file, MAX_TEXT_BYTES, "文本文件")).splitlines()  # UTF-8, UTF-16 or GB18030, as import reads
    across: dict[int, list] = {}  # heading numbers out of order, looked for across the lines as across an article's paragraphs
    for index, finding in heading_order(lines):
        across.setdefault(index, []).append(finding)
    any_found = False
    out = []
    for number, line in enumerate(lines, 1):
        findings = sorted(check(line) + across.get(number - 1, []), key=lambda f: (f.start, f.end))
        any_found = any_found or bool(findings)
        if args.json:
            out.append(json.dumps({"findings": [_public(f.to_json()) for f in findings]}, ensure_ascii=False))
        else:  # the line's number (from 1), then the characters' place in it (from 0, as --json counts)
            out.extend(f"第{number}行\t{f.start}-{f.end}\t{f.found}\t{f.message}"
                       + (f"（建议：{f.suggestion}）" if f.suggestion else "") for f in findings)
    if not args.json:
        out.append(f"共 {len(out)} 处。" if any_found else "没有发现问题。")
    sys.stdout.write("".join(line + "\n" for line in out))
    return 1 if any_found else 0


def _public(data: dict) -> dict:
    return {key: data[key] for key in ("start", "end", "kind", "message", "suggestion", "severity")} | {
        "rule": data["rule"]}


def _check_issue(args: argparse.Namespace) -> int:
    from ..core.issue_ref import resolve_issue
    from ..core.proofread.report import issue_findings, issue_report
    from .commands import open_for_reading, open_for_writing, print_json

    cleaned = 0
    changing = bool(args.ignore_here or args.ignore_all or args.clean or args.apply)
    applied: list[dict] = []
    if changing:
        with open_for_writing(args) as archive:
            issue = archive.load_issue(resolve_issue(archive, args.issue))
            if args.clean:
                cleaned = _clean(archive, issue)
            # the numbers of --ignore-here, --ignore-all and --apply are of one report, computed
            # once: the findings shown are the ones ignored and applied (a second report after the
            # places were ignored would number the rest anew); the ignored places are kept before
            # the applied suggestions change the text
            numbered = {item["number"]: (item, anchor)
                        for item, anchor in issue_findings(archive, issue, args.max_age_days)}
            ignored = _ignore(archive, issue, args, numbered)
            if args.apply:
                applied = _apply(archive, issue, args, numbered)
            items = issue_report(archive, issue, args.max_age_days)  # what is left after the changes
    else:
        ignored = []
        with open_for_reading(args) as archive:
            issue = archive.load_issue(resolve_issue(archive, args.issue))
            items = issue_report(archive, issue, args.max_age_days)
    if args.json:
        # what was changed, beside what is left: an object only when something was asked to change
        print_json({"cleaned": cleaned if args.clean else None, "applied": applied, "ignored": ignored,
                    "findings": items}
                   if changing else items)
        return 1 if items else 0
    if args.clean:
        sys.stdout.write(f"已清理排版痕迹 {cleaned} 处。\n" if cleaned else "没有排版痕迹需要清理。\n")
    for item in applied:
        sys.stdout.write(f"已改正：{item['found']} → {item['suggestion'] or '（删去）'}\t{item['message']}\n")
    for item in ignored:
        where = "各期" if item["everywhere"] else f"{issue.number_line()}这一处"
        sys.stdout.write(f"已在{where}忽略：{item['found']}\t{item['message']}\n")
    if not items:
        sys.stdout.write(f"{issue.number_line()}没有发现问题。\n")
    else:
        for item in items:
            where = f"【{item['section']}】第{item['entry_index']}条" if item["section"] is not None else "本期"
            hint = f"（建议：{item['suggestion']}）" if item["suggestion"] else ""
            sys.stdout.write(f"{item['number']}\t{where}\t{item['found']}\t{item['message']}{hint}\n")
        sys.stdout.write(f"共 {len(items)} 处。\n")
    return 1 if items else 0


def _apply(archive, issue, args: argparse.Namespace, numbered: dict[int, tuple[dict, HereAnchor]]) -> list[dict]:
    """The suggestions of the findings numbered in ``--apply`` put in place of what each
    found, as the proofreading dock's 应用建议 does: all of them or, when one cannot be
    applied (no such number, no suggestion, a number or date line, two overlapping), none."""
    from ..core.edits import set_value, suggestion_changes
    from ..core.positions import Position

    chosen: list[tuple[dict, Position | None]] = []
    for number in dict.fromkeys(args.apply):
        if number not in numbered:
            raise BulletinError(f"{issue.number_line()}没有编号为 {number} 的提示（编号见 check {args.issue} 的输出）。")
        item = numbered[number][0]
        place = None
        # the masthead's and closing block's places have the uid "", the issue's own
        if item["suggestion"] is not None and item.get("entry_uid") is not None and item.get("field"):
            place = Position(item["entry_uid"], item["field"], item["start"], item["end"], item["paragraph"] or 0)
        chosen.append((item, place))
    # from the end of each field: a change there leaves the places before it where they were
    for item, place in sorted(chosen, key=lambda pair: pair[1].start if pair[1] else 0, reverse=True):
        changes = suggestion_changes(issue, place, item["found"], item["suggestion"]) if place is not None else []
        if not changes:
            raise BulletinError(f"第 {item['number']} 条提示（{item['found']}）没有可以直接改正的建议"
                                "（或与另一条改正的文字重叠），请用 entry edit 或 replace 修改。")
        for change in changes:
            set_value(issue, change.uid, change.field, change.new)
    archive.save_issue(issue)
    return [item for item, _place in chosen]


def _clean(archive, issue) -> int:
    """The layout traces of ``issue`` removed and the issue saved; how many there were."""
    from ..core.edits import set_entry_field
    from ..core.proofread.artefacts import issue_artefact_fixes

    fixes = issue_artefact_fixes(issue)
    for fix in fixes:
        set_entry_field(issue, fix.uid, fix.field, fix.new)
    if fixes:
        archive.save_issue(issue)
    return sum(fix.count for fix in fixes)


def _ignore(archive, issue, args: argparse.Namespace, numbered: dict[int, tuple[dict, HereAnchor]]) -> list[dict]:
    """The findings numbered in ``--ignore-here`` ignored at their place, those in
    ``--ignore-all`` everywhere (their rule and text, as the window's 全部忽略): all of them
    or, when a number is not among this issue's findings, none. Those ignored everywhere
    are marked ``everywhere``."""
    from ..core.proofread import ignored_here

    here, everywhere = (list(dict.fromkeys(numbers or ())) for numbers in (args.ignore_here, args.ignore_all))
    if not (here or everywhere):
        return []
    missing = [n for n in (*here, *everywhere) if n not in numbered]
    if missing:
        raise BulletinError(f"{issue.number_line()}没有编号为 {missing[0]} 的提示（编号见 check {args.issue} 的输出）。")
    for number in here:
        ignored_here.remember(archive, issue.id, numbered[number][1])
    for number in everywhere:
        anchor = numbered[number][1]
        archive.proofread().add_ignore(anchor.rule, anchor.found)
    return ([numbered[n][0] | {"everywhere": False} for n in here]
            + [numbered[n][0] | {"everywhere": True} for n in everywhere])
