"""``units``, ``inbox`` and ``stats``: the registry, the submissions inbox, the statistics."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from ..core.archive import Archive
from ..core.inbox import (
    STATUS_LABELS, Repeated, Unplaced, Withdrawn, add_submissions, decline, get_submission, list_rows, reopen,
)
from ..core.inbox.adopt import adopt_into, entries_for
from ..core.file_kinds import IMPORTABLE_KINDS_NAMED
from ..core.input_files import check_regular_file
from ..core.inbox.reading import expand_folders, make_submissions, paragraphs_from_text, read_submissions
from ..core.inbox.submissions import KEEP, edit_submission, parse_status
from ..core.issue_ref import resolve_issue
from ..core.stats import (
    DEFAULT_PRESET, compute_stats, empty_period_note, list_scoring, newest_outside, office_of, parse_date, set_entry_flag,
    set_points,
)
from ..core.units import registry
from .commands import CommandError, open_for_reading, open_for_writing, print_json, print_rows


# -- units ------------------------------------------------------------------------------

def _print_unit(unit: registry.Unit, as_json: bool) -> None:
    if as_json:
        print_json(unit.to_dict())
        return
    aliases = f"\t别名：{'、'.join(unit.aliases)}" if unit.aliases else ""
    retired = "\t（已停用）" if not unit.active else ""
    sys.stdout.write(f"{unit.name}\t{unit.category}{aliases}{retired}\n")


def cmd_units(args: argparse.Namespace) -> int:
    action = args.units_command
    if action in ("variants", "confirm-variant"):  # answers to the proofreader's unit-spelling check
        from .proofread_lists_command import cmd_unit_variants

        return cmd_unit_variants(args)
    if action == "list":
        with open_for_reading(args) as archive:
            units = registry.list_units(archive)
        if args.json:
            print_json([u.to_dict() for u in units])
        elif not units:
            sys.stdout.write("单位名录是空的。\n")
        for unit in units if not args.json else ():
            _print_unit(unit, False)
        return 0
    if action == "similar":
        return _similar_units(args)
    if action == "merges":
        return _merges(args)
    if action == "rename-category":
        with open_for_writing(args) as archive:
            moved = registry.rename_category(archive, args.old, args.new)
        if args.json:
            print_json([u.to_dict() for u in moved])
        else:
            sys.stdout.write(f"已把{len(moved)}个单位的类别由“{args.old.strip()}”改为“{moved[0].category}”："
                             f"{'、'.join(u.name for u in moved)}\n")
        return 0
    with open_for_writing(args) as archive:
        if action == "add":
            unit = registry.add_unit(archive, args.name, category=args.category, aliases=args.alias)
        elif action == "merge":
            from ..core.units.merges import merge_units, merged_names, still_printed, still_printed_note

            unit, record = merge_units(archive, args.source, args.target)
            if note := still_printed_note(still_printed(archive, merged_names(record)), unit.name):
                sys.stderr.write(f"注意：{note}\n")
        elif action == "unmerge":
            from ..core.units.merges import undo_merge

            unit = undo_merge(archive, args.merge_id)
        elif action == "rename":
            from ..core.units.merges import still_printed, still_printed_note

            unit = registry.rename_unit(archive, args.old, args.new)
            if note := still_printed_note(still_printed(archive, [args.old.strip()]), unit.name):
                sys.stderr.write(f"注意：{note}\n")
        elif action == "category":
            unit = registry.set_category(archive, args.name, args.category)
        elif action == "alias":
            changes = {"remove": args.aliases} if args.remove else {"add": args.aliases}
            unit = registry.change_aliases(archive, args.name, **changes)
        else:
            unit = registry.retire_unit(archive, args.name)
    _print_unit(unit, args.json)
    return 0


def _merges(args: argparse.Namespace) -> int:
    from ..core.units.merges import list_merges

    with open_for_reading(args) as archive:
        merges = list_merges(archive)
    print_rows(merges, args.json, lambda m: m.to_dict(),
               lambda m: (f"{m.id}\t{m.merged_at}\t{m.source} → {m.target}\t{m.moved_text()}"
                          + (f"\t（已于{m.undone_at}撤销）" if m.undone_at else "")),
               "还没有合并过单位。")
    if merges and not args.json and any(m.undone_at is None for m in merges):
        sys.stderr.write("撤销其中一次合并：units unmerge 编号\n")
    return 0


def _similar_units(args: argparse.Namespace) -> int:
    from ..core.units.same_unit import likely_same

    with open_for_reading(args) as archive:
        pairs = likely_same(archive)
    if args.json:
        print_json([pair.to_dict() for pair in pairs])
    elif not pairs:
        sys.stdout.write("单位名录中没有看来是同一单位的两个单位。\n")
    else:
        for pair in pairs:
            sys.stdout.write(f"{pair.source}\t{pair.target}\t{pair.reason}\n")
        sys.stdout.write("是同一单位的，用 units merge 并入的单位 保留的单位 合并（来稿、条目和得分一并转移）。\n")
    return 0


# -- inbox ------------------------------------------------------------------------------

def _received(args: argparse.Namespace) -> dt.date | None:
    """The date given; None: each submission's own (make_submission)."""
    return parse_date(args.received) if args.received else None


def _read_text(path: Path) -> str:
    """A text file given on the command line, in whichever encoding an office machine wrote it."""
    from ..core.input_files import read_bytes_limited
    from ..core.textformat import MAX_TEXT_BYTES, decode

    return decode(read_bytes_limited(path, MAX_TEXT_BYTES, "来稿的文字"))


def _inbox_add(args: argparse.Namespace, archive: Archive) -> int:
    if not args.files and args.text_file is None:
        raise CommandError("请给出来稿文件，或用 --text-file 给出粘贴的文字。")
    received = _received(args)
    unit_id = registry.resolve_unit(archive, args.unit).id if args.unit else None
    names = registry.unit_names(archive)
    # every file is read before anything is stored: one refused file leaves the inbox unchanged
    files = expand_folders(args.files)
    for path in files:  # a named pipe or a device would block the reading, or never end
        check_regular_file(path)
    items = read_submissions(files, names, received, unit_id=unit_id, today=archive.today()) or []
    if args.text_file is not None:
        paragraphs = paragraphs_from_text(_read_text(args.text_file))
        if not paragraphs:
            raise CommandError(f"{args.text_file.name}：里面没有文字。")
        items += make_submissions(paragraphs, source="粘贴", received=received, unit_id=unit_id, names=names,
                                  today=archive.today())
    if not items:
        raise CommandError(f"文件夹中没有可登记的来稿文件（可以登记的是{IMPORTABLE_KINDS_NAMED}）。")
    registered: list[str] = []
    repeated: list[Repeated] = []
    unplaced: list[Unplaced] = []
    replaced: list[Repeated] = []
    withdrawn: list[Withdrawn] = []
    ids = iter(add_submissions(archive, items, registered, repeated, unplaced, replaced, withdrawn))
    again = {r.item: r.id for r in repeated}
    corrected = {r.item: r for r in replaced}
    taken_back = {w.item: w for w in withdrawn}
    for index, item in enumerate(items):
        source = item.source
        if index in again:
            sys.stderr.write(f"{source}：与第{again[index]}号来稿相同，已登记过，未重复登记。\n")
            continue
        if index in taken_back:
            sys.stderr.write(_withdrawal_said(source, taken_back[index]))
            continue
        if index in corrected:
            _say_corrected(archive, source, corrected[index])
            continue
        submission_id = next(ids)
        unit = get_submission(archive, submission_id).unit or "（未识别单位）"
        sys.stdout.write(f"{submission_id}\t{unit}\t{item.title}\t{source}\t{item.received.isoformat()}\n")
    if signed := [u for u in unplaced if not u.joint]:
        named = "、".join(f"第{u.id}号来稿署名“{u.name}”" for u in signed)
        sys.stderr.write(f"{named}，没有写明是哪个县（区、乡镇）的单位，未登记为新单位，以免把不同地方的单位算成一个；"
                         "请用 inbox edit 编号 --unit 单位 指定。\n")
    for u in unplaced:
        if u.joint:
            sys.stderr.write(_unplaced_joint(u.id, [u.name]))
    if registered:
        sys.stderr.write(f"已登记新单位（来稿注明的报送单位）：{'、'.join(registered)}\n")
    return 0


def _withdrawal_said(source: str, notice: Withdrawn) -> str:
    """What the clerk is told of a notice taking a submission back (撤稿), which is not registered."""
    if notice.places:
        return (f"{source}：是撤稿通知，撤回第{notice.id}号来稿《{notice.title}》；它已采用到{'、'.join(notice.places)}，"
                f"没有改动。如需撤下，请删除采用的条目，再用 inbox decline {notice.id} 标记为未采用。\n")
    return f"{source}：是撤稿通知，第{notice.id}号来稿《{notice.title}》已标记为未采用（报送单位撤稿），撤稿通知不另登记。\n"


def _unplaced_joint(submission_id: int, names: list[str]) -> str:
    """What the clerk is told of co-senders named by their level alone (县住建局 in a city's archive)."""
    return (f"第{submission_id}号来稿的联合报送单位“{'、'.join(names)}”没有写明是哪个县（区、乡镇）的，未计入联合报送；"
            f"请用 inbox edit {submission_id} --joint 单位 指定。\n")


def _say_corrected(archive: Archive, source: str, replaced: Repeated) -> None:
    """A corrected copy took the place of the one it corrects (add_submissions)."""
    submission_id = replaced.id
    earlier = get_submission(archive, submission_id)
    # a copy that did not say it corrects the earlier one is told as what it is: the same piece sent again
    copy = "新稿" if replaced.resent else "更正稿"
    adopted = (f"；它已采用到{'、'.join(dict.fromkeys(earlier.places))}，已采用的条目没有改动，请对照{copy}核对"
               if earlier.places else "")
    reopened = f"；原稿曾标记为{replaced.reopened}，现重新列为待处理" if replaced.reopened else ""
    said = (f"与第{submission_id}号来稿是同一篇（同一单位再次发来，改动了部分文字，没有注明是更正稿），已用新稿替换它的标题和正文"
            if replaced.resent else f"是第{submission_id}号来稿的更正稿，已替换它的标题和正文")
    sys.stderr.write(f"{source}：{said}，编号和收稿日期不变{adopted}{reopened}。\n")


def _inbox_list(args: argparse.Namespace) -> int:
    with open_for_reading(args) as archive:
        unit_id = registry.resolve_unit(archive, args.unit).id if args.unit else None
        date_from, date_to = args.date_from, args.date_to
        if date_from and date_to:
            from ..core.stats.periods import check_range

            check_range(date_from, date_to)
        rows = list_rows(archive, status=parse_status(args.status) if args.status else None, unit_id=unit_id,
                         date_from=date_from, date_to=date_to, search=args.search)
    print_rows(rows, args.json,
               lambda r: {**r._asdict(), "joint_units": list(r.joint_units), "status_label": STATUS_LABELS[r.status]},
               lambda r: f"{r.id}\t{r.received}\t{r.senders or '（未识别单位）'}\t{STATUS_LABELS[r.status]}\t{r.title}",
               "没有符合条件的来稿。")
    return 0


def _inbox_show(args: argparse.Namespace) -> int:
    from ..core.inbox.joint_senders import unplaced_co_senders

    with open_for_reading(args) as archive:
        submission = get_submission(archive, args.submission)
        sections: list[str] = []
        candidates = entries_for(archive, submission, sections=sections)
        with archive.reading() as conn:
            unplaced = unplaced_co_senders(conn, submission.id)
    texts = [e.text for e in candidates]
    if args.json:
        print_json({**submission.to_dict(), "candidates": texts, "candidate_sections": sections,
                    "unplaced_joint_units": unplaced})
        return 0
    if unplaced:
        sys.stderr.write(_unplaced_joint(submission.id, unplaced))
    sys.stdout.write(f"{submission.id}\t{submission.received.isoformat()}\t{submission.unit or '（未识别单位）'}\t"
                     f"{STATUS_LABELS[submission.status]}\t{submission.title}\n")
    if submission.joint_units:
        sys.stdout.write(f"联合报送：{'、'.join([submission.unit, *submission.joint_units])}\n")
    for place in submission.places:
        sys.stdout.write(f"已采用到：{place}\n")
    for number, (text, section) in enumerate(zip(texts, sections), 1):
        sys.stdout.write(f"候选{number}{f'（{section}）' if section else ''}：{text}\n")
    return 0


def _inbox_edit(args: argparse.Namespace, archive: Archive) -> int:
    if args.add_unit and (args.unit is None or args.unit.strip() in ("", "无")):
        raise CommandError("--add-unit 要与 --unit 一起给出要登记的单位名称。")
    if all(value is None for value in (args.unit, args.received, args.title, args.body, args.body_file, args.note,
                                       args.joint)):
        raise CommandError("请至少给出 --unit、--joint、--received、--title、--body（或 --body-file）、--note 中的一项。")
    received = parse_date(args.received) if args.received is not None else None
    body = _read_text(args.body_file) if args.body_file is not None else args.body
    unit_id: int | None | object = KEEP
    new_unit = None
    if args.unit is not None and args.unit.strip() in ("", "无"):
        unit_id = None
    elif args.unit is not None:
        known = registry.find_unit(archive, args.unit)
        if known is None and not args.add_unit:
            raise CommandError(f"单位名录中没有“{args.unit.strip()}”。加上 --add-unit 可随这次修改一并登记，"
                               "或用 units list 查看已有单位。")
        # an unknown unit is registered by the edit itself: a refused edit adds no unit
        unit_id, new_unit = (known.id, None) if known is not None else (KEEP, args.unit)
    edit_submission(archive, args.submission, received=received, unit_id=unit_id, new_unit=new_unit,
                    title=args.title, body=body, note=args.note, co_senders=_co_senders(archive, args.joint))
    submission = get_submission(archive, args.submission)
    sys.stdout.write(f"{submission.id}\t{submission.received.isoformat()}\t{submission.unit or '（未识别单位）'}\t"
                     f"{submission.title}\n")
    if submission.joint_units:
        sys.stdout.write(f"联合报送：{'、'.join([submission.unit, *submission.joint_units])}\n")
    return 0


def _listed_sections(archive: Archive, args: argparse.Namespace, issue) -> list[tuple[str, int]]:
    """Without --section: each candidate (or the one --candidate names) with the section the
    submission lists it under (【隐患排查】), when the issue has a section of that name."""
    sections: list[str] = []
    entries_for(archive, get_submission(archive, args.submission), sections=sections)
    numbers = [args.candidate] if args.candidate else list(range(1, len(sections) + 1))
    if args.candidate and not 1 <= args.candidate <= len(sections):
        raise CommandError(f"来稿 {args.submission} 只有 {len(sections)} 条候选条目，没有第 {args.candidate} 条。")
    titles = [section.title for section in issue.sections]
    placed = [(sections[n - 1], n) for n in numbers]
    unnamed = [n for section, n in placed if not section]
    if unnamed:
        raise CommandError(f"来稿 {args.submission} 的候选{'、'.join(map(str, unnamed))}没有写明栏目，请用 --section 指定。")
    missing = [section for section, _n in placed if section not in titles]
    if missing:
        raise CommandError(f"{issue.number_line()}没有栏目“{'、'.join(dict.fromkeys(missing))}”，请用 --section 指定。"
                           f"可选：{'、'.join(titles) or '（这一期还没有栏目）'}。")
    return placed


def _co_senders(archive: Archive, given: list[str] | None) -> list[int] | None:
    """The units --joint names (registered ones; 无: none), or None: leave them as they are."""
    if given is None:
        return None
    if [name.strip() for name in given] == ["无"]:
        return []
    return [registry.resolve_unit(archive, name).id for name in given]


def cmd_inbox(args: argparse.Namespace) -> int:
    action = args.inbox_command
    if action == "list":
        return _inbox_list(args)
    if action == "show":
        return _inbox_show(args)
    with open_for_writing(args) as archive:
        if action == "add":
            return _inbox_add(args, archive)
        if action == "edit":
            return _inbox_edit(args, archive)
        if action == "adopt":
            issue = archive.load_issue(resolve_issue(archive, args.issue))
            placed = [(args.section, args.candidate)] if args.section else _listed_sections(archive, args, issue)
            for section, candidate in placed:
                for entry in adopt_into(archive, args.submission, issue, section, candidate, again=args.again):
                    sys.stdout.write(f"已采用到{issue.number_line()}【{section.strip()}】：{entry.text[:40]}\n")
            return 0
        if action == "reopen":
            reopen(archive, args.submission)
            sys.stdout.write(f"来稿 {args.submission} 已恢复为待处理。\n")
            return 0
        decline(archive, args.submission, args.reason, returned=args.returned)
        sys.stdout.write(f"来稿 {args.submission} 已标记为{'退回' if args.returned else '未采用'}。\n")
        return 0


# -- stats ------------------------------------------------------------------------------

def _stats_range(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """--from and --to, or --period, or the window's default period."""
    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise CommandError("--from 和 --to 要一起指定。")
        if args.period:
            raise CommandError("--period 不能与 --from/--to 同时使用。")
        return args.date_from, args.date_to
    from ..core.stats.periods import period_range  # (the one reading of a period, search --period's too)

    return period_range(args.period or DEFAULT_PRESET, dt.date.today())


def _stats_output(args: argparse.Namespace) -> Path | None:
    """Where the report goes: None for standard output (no -o, or -o -); a file already there
    is kept unless --overwrite or --keep-both says otherwise, as for export."""
    if args.output is None:
        return None
    if str(args.output) == "-":
        if args.format not in ("json", "csv"):
            raise CommandError(f"{args.format} 文件不能输出到标准输出（-o -），请给出文件名。")
        return None
    from ..export.recorded import one_file
    from .export_command import existing_choice, saying_how_to_choose

    with saying_how_to_choose():
        return one_file(args.output, existing_choice(args))


def cmd_stats(args: argparse.Namespace) -> int:
    if args.json:  # (as the other commands take it)
        if args.format not in ("json", None):
            raise CommandError(f"--json 不能与 --format {args.format} 同时使用。")
        args.format = "json"
    args.format = args.format or "json"
    date_from, date_to = _stats_range(args)
    if args.unattributed:
        if args.unit:
            raise CommandError("--unattributed 不能与 --unit 同时使用。")
        return _unattributed(args, date_from, date_to)
    if args.unit:
        return _unit_entries(args, date_from, date_to)
    if args.format in ("xlsx", "docx") and args.output is None:
        raise CommandError(f"输出 {args.format} 需要用 -o 指定输出文件。")
    out = _stats_output(args)  # before the work: a refusal costs nothing
    with open_for_reading(args) as archive:
        if args.series is not None:  # a name or id:N, as search and export-year take it
            from .series_command import series_named

            args.series = series_named(archive, args.series).name
        report = compute_stats(archive, date_from, date_to, args.series, args.special)
        if newest := newest_outside(archive, report):  # on stderr: the output stays as asked
            sys.stderr.write(f"提示：{empty_period_note(newest)}可用 --from/--to 或 --period 另选期间。\n")
        from ..core.stats.split_units import split_note, split_units

        if split := split_units(archive, report):
            merges = "、".join(f"units merge {one} {other}" for one, other, _why in split)
            sys.stderr.write(f"提示：{split_note(split)}合并的命令：{merges}。\n")
        office, today = office_of(archive, args.series), archive.today()
    fmt = args.format
    if fmt == "json":
        text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
        if out is None:
            sys.stdout.write(text)
            return 0
        from ..core.safe_write import write_text_atomically

        write_text_atomically(out, text)
    elif fmt == "csv":
        from ..export.stats_tables import csv_text, write_csv

        header, rows = report.table(args.by)
        note = report.table_note(args.by)
        if out is None:
            sys.stdout.write(csv_text(header, rows, note))
            return 0
        write_csv(out, header, rows, note)
    elif out is None:  # refused above: xlsx and docx need a file
        raise CommandError(f"输出 {fmt} 需要用 -o 指定输出文件。")
    elif fmt == "xlsx":
        from ..export.stats_tables import write_xlsx

        write_xlsx(out, report.table_title(args.by), *report.table(args.by), note=report.table_note(args.by),
                   made=report.made_line(office, today))
    else:
        from ..export.stats_notice import write_notice

        write_notice(out, report, office, today)
    sys.stdout.write(f"已导出：{out}\n")
    return 0


UNATTRIBUTED_HEADER = ("日期", "刊物", "期号", "栏目", "可能的单位", "条目")
UNIT_ENTRIES_HEADER = ("日期", "刊物", "期号", "栏目", "条目", "来稿编号", "备注")


def _unattributed(args: argparse.Namespace, date_from, date_to) -> int:
    """The adopted entries counted for no unit, with the unit each seems to come from."""
    if args.format not in ("json", "csv"):
        raise CommandError("--unattributed 只能输出 json 或 csv。")
    out = _stats_output(args)
    from ..core.stats.unattributed import unattributed_entries

    with open_for_reading(args) as archive:
        found = unattributed_entries(archive, date_from, date_to, args.series, args.special)
    rows = [(e.date, e.series, e.number_line, e.section, e.suggestion, e.text) for e in found]
    return _entry_list(args.format, out, [e.to_dict() for e in found], UNATTRIBUTED_HEADER, rows)


def _entry_list(fmt: str, out, as_json, header: tuple[str, ...], rows: list[tuple]) -> int:
    """A list of entries the statistics name, as JSON (``as_json``) or CSV (``header`` and
    ``rows``), on stdout or into ``out``."""
    if fmt == "json":
        text = json.dumps(as_json, ensure_ascii=False, indent=2) + "\n"
    else:
        from ..export.stats_tables import csv_text, write_csv

        if out is not None:  # with the mark that makes Excel and WPS read it as UTF-8, as the tables
            write_csv(out, header, rows)
            sys.stdout.write(f"已导出：{out}\n")
            return 0
        text = csv_text(header, rows)
    if out is None:
        sys.stdout.write(text)
        return 0
    from ..core.safe_write import write_text_atomically

    write_text_atomically(out, text)
    sys.stdout.write(f"已导出：{out}\n")
    return 0


# -- scoring ----------------------------------------------------------------------------

def cmd_scoring(args: argparse.Namespace) -> int:
    action = args.scoring_command
    if action == "list":
        with open_for_reading(args) as archive:
            rules = list_scoring(archive)
        if args.json:
            print_json([{"key": r.key, "label": r.label, "points": r.points} for r in rules])
        for rule in rules if not args.json else ():
            sys.stdout.write(f"{rule.key}\t{rule.label}\t{rule.points:g}\n")
        return 0
    with open_for_writing(args) as archive:
        if action == "set":
            set_points(archive, args.key.strip(), args.points, args.label)
            sys.stdout.write(f"{args.key.strip()}：{args.points:g} 分\n")
            return 0
        issue = archive.load_issue(resolve_issue(archive, args.issue))
        entries = [entry for _section, entry in issue.entries()]
        if not 1 <= args.entry <= len(entries):
            raise CommandError(f"{issue.number_line()}共 {len(entries)} 条，没有第 {args.entry} 条。")
        entry = entries[args.entry - 1]
        set_entry_flag(archive, entry.uid, args.flag.strip(), on=not args.off)
        verb = "去掉" if args.off else "加上"
        sys.stdout.write(f"已给{issue.number_line()}第{args.entry}条{verb}“{args.flag.strip()}”：{entry.text[:30]}\n")
        return 0


def _unit_entries(args: argparse.Namespace, date_from: dt.date, date_to: dt.date) -> int:
    """The entries a unit's 采用 counts in the range (the window's table row opened): where
    each was adopted; the count on stderr, as the table gives it."""
    if args.format not in ("json", "csv"):
        raise CommandError("--unit 只能输出 json 或 csv。")
    out = _stats_output(args)
    from ..core.stats.unit_entries import adopted_entries
    from ..core.units.registry import UnknownUnitError

    with open_for_reading(args) as archive:
        if args.series is not None:
            from .series_command import series_named

            args.series = series_named(archive, args.series).name
        try:
            unit = registry.resolve_unit(archive, args.unit)
            unit_id, raw, name = unit.id, "", unit.name
        except UnknownUnitError:
            report = compute_stats(archive, date_from, date_to, args.series, args.special)
            if not any(row.unit_id is None and row.name == args.unit.strip() for row in report.rows):
                # a slip or a short form (邓州 for 邓州市): said with the registered names near it
                wanted = args.unit.strip()
                near = list(dict.fromkeys(name for name, _id in registry.unit_names(archive)
                                          if wanted in name or name in wanted))[:5]
                if near:
                    raise CommandError(f"单位名录中没有“{wanted}”，相近的有：{'、'.join(near)}。") from None
                raise
            unit_id, raw, name = None, args.unit.strip(), args.unit.strip()  # a 未登记 row: its bold unit as written
        found = adopted_entries(archive, date_from, date_to, unit_id, raw, args.series, args.special)
    joint = sum(e.joint for e in found)
    sys.stderr.write(f"{name}　{date_from.isoformat()} 至 {date_to.isoformat()}　采用 {len(found)} 条"
                     + (f"（其中与其他单位联合报送 {joint} 条）" if joint else "") + "\n")
    rows = [(e.date, e.series, e.number_line, e.section, e.text, e.submission_id or "",
             "联合报送" if e.joint else "") for e in found]
    as_json = {"unit": name, "from": date_from.isoformat(), "to": date_to.isoformat(), "count": len(found),
               "entries": [e.to_dict() for e in found]}
    return _entry_list(args.format, out, as_json, UNIT_ENTRIES_HEADER, rows)
