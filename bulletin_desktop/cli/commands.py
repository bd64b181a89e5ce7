"""What each subcommand does. Output for people in Chinese, ``--json`` for scripts."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from functools import partial
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

from ..core.archive import Archive, DuplicateIssueError, SearchFilters
from ..core.errors import BulletinError
from ..core.issue_json import issue_to_dict
from ..core.issue_ref import resolve_issue
from ..core.paths import ensure_default_archive
from .arg_types import UsageError, shown
from .series_command import cmd_series, series_named

T = TypeVar("T")


class CommandError(BulletinError):
    """A command that cannot run as given."""


def archive_path(args: argparse.Namespace, create: bool, lost: bool = False) -> Path:
    """``lost``: the archive file may be gone while its backups are there (the archive commands
    that list, check and restore them); other commands refuse it, naming the backup."""
    path = ensure_default_archive() if args.db is None else Path(args.db)
    if not lost and not path.exists():
        from .archive_commands import refuse_lost

        refuse_lost(path, create)
    if args.db is None:
        return path
    if not create and not path.exists():
        raise CommandError(f"档案库文件不存在：{path}")
    if create and not path.exists() and not path.absolute().parent.is_dir():
        # a mistyped --db or a USB stick pulled out: no folders made for a new, empty archive
        raise CommandError(f"档案库文件不存在：{path}，它所在的文件夹 {path.absolute().parent} 也不存在，没有新建档案库。"
                           "请检查 --db 的路径（U 盘拔出了吗？）。")
    return path


def open_for_reading(args: argparse.Namespace) -> Archive:
    path = archive_path(args, create=False)
    _upgrade_older_format(path)
    return Archive.open(path, readonly=True, auto_backup=False)


def _upgrade_older_format(path: Path) -> None:
    """An archive written by an older version is upgraded (after a copy) by the first command
    that reads it, as the window upgrades it on opening: opened read-only, it could not be
    read at all. Where it cannot be written, the read-only opening that follows says why."""
    from ..core.archive.upgrade import upgrade_older

    copies = upgrade_older(path, lambda where: open_waiting(where, auto_backup=False, backup_on_close=False,
                                                             keep_backups=None, purge_trash=False))
    if copies is not None:
        sys.stderr.write(f"注意：档案库 {path} 是旧版本的格式，已升级；升级前的副本在 {copies} 中。\n")


def open_for_writing(args: argparse.Namespace, auto_backup: bool = True) -> Archive:
    # one command is not a working session: no backup on closing (see core/archive/auto_backup.py);
    # how many backups to keep and how long the trash keeps things are the window's settings,
    # unknown here: a command removes neither a backup nor a trash item the clerk may want kept
    path = archive_path(args, create=True)
    from .archive_commands import refuse_backup

    refuse_backup(path)
    return open_waiting(path, auto_backup=auto_backup, backup_on_close=False,
                        keep_backups=None, purge_trash=False)


LOCK_WAIT_SECONDS = 30.0


def open_waiting(path: Path, **options) -> Archive:
    """``Archive.open`` for writing; another command holding the archive (a script running two
    at once) is waited for up to LOCK_WAIT_SECONDS, the window is not (it holds the archive
    for as long as it is open)."""
    import time

    from ..core.archive import ArchiveLockedError

    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            return Archive.open(path, **options)
        except ArchiveLockedError as exc:
            # no holder written: the lock was let go between our attempt and reading its file
            if exc.same_process or (exc.kind != "command" and exc.pid is not None) or time.monotonic() > deadline:
                raise
        time.sleep(0.1)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_rows(rows: Sequence[T], as_json: bool, to_json: Callable[[T], Any], to_line: Callable[[T], str],
               empty: str) -> None:
    """A listing: every row as JSON, or a line per row, or ``empty`` when there is none."""
    if as_json:
        print_json([to_json(row) for row in rows])
    elif not rows:
        sys.stdout.write(empty + "\n")
    else:
        sys.stdout.write("".join(to_line(row) + "\n" for row in rows))


def cmd_import(args: argparse.Namespace) -> int:
    # the recogniser loads only for the commands that read documents
    from ..core.importing import expand_paths, join_stored_series, read_file
    from ..core.recognise import BulletinFormatError

    paths = expand_paths(args.files)
    _say_empty_folders(args.files)
    read = partial(read_file, series=args.series)
    if args.dry_run:
        # several files or a folder: always a list, [] when none could be read, so a script
        # reads one shape whatever the folder held
        several = len(args.files) > 1 or any(Path(given).is_dir() for given in args.files)
        return _dry_run(paths, read, args.json, several)
    from .interrupts import INTERRUPTED, between_files, interrupted

    failures = 0
    done: list[dict] = []  # --json: one object per file, printed once the batch ends or stops
    with open_for_writing(args) as archive, between_files():
        for count, path in enumerate(paths):
            if interrupted():  # Ctrl+C: stop before the next file, the ones imported stay
                if args.json:
                    print_json(done)
                sys.stderr.write(f"已中断：{count} 个文件已处理（导入的留在档案库中），其余 {len(paths) - count} 个没有导入。\n")
                return INTERRUPTED
            try:
                imported = read(path)
                stored = archive.get_series(imported.issue.series)  # a name in traditional characters too
                join_stored_series(imported, stored.name if stored is not None else None)
                issue = imported.issue
                issue_id = archive.add_issue(issue, replace=args.replace, new_series_layout=imported.layout)
            except BulletinError as exc:  # the file or the archive refused it: said per file, the rest go on
                failures += 1
                if isinstance(exc, BulletinFormatError):
                    said = f"未导入：{exc.message}"  # the reader's message names the file
                elif isinstance(exc, DuplicateIssueError):
                    said = f"未导入 {path.name}：{exc.message}（如需覆盖，请加 --replace）"
                else:
                    said = f"未导入 {path.name}：{exc.message}"
                sys.stderr.write(said + "\n")
                done.append({"file": str(path), "id": None, "series": None, "number": None, "number_line": None,
                             "date": None, "warnings": [], "error": said})
                continue
            if args.json:  # every object has the same keys, a refused file's null
                done.append({"file": str(path), "id": issue_id, "series": issue.series, "number": issue.number,
                             "number_line": issue.number_line(), "date": issue.date.isoformat(),
                             "warnings": imported.warnings, "error": None})
                continue
            sys.stdout.write(f"{issue_id}\t{issue.series}\t{issue.number_line()}\t{path.name}\n")
            sys.stdout.flush()
            _say_warnings(path, imported.warnings)
    if args.json:
        print_json(done)
    return 1 if failures else 0


def _say_warnings(path: Path, warnings: list[str]) -> None:
    """What to check in an imported file, on stderr: stdout keeps one row per issue (or the
    text alone), for a script to read."""
    sys.stderr.write("".join(f"注意：{path.name}：{warning}\n" for warning in warnings))


def _say_empty_folders(given: list[Path]) -> None:
    """A folder with nothing to import (files of other kinds, or bulletins in its subfolders,
    which are not read) is said, not passed over as if it had been imported."""
    from ..core.importing import expand_paths, nothing_to_import

    for folder in given:
        if folder.is_dir() and not expand_paths([folder]):
            sys.stderr.write(f"注意：{nothing_to_import(folder)}\n")


def _dry_run(paths: list[Path], read_file, as_json: bool, several: bool) -> int:
    """What would be stored, without opening the archive."""
    from ..core.recognise import BulletinFormatError
    from ..core.textformat import write_text

    failures = 0
    recognised = []
    for path in paths:
        try:
            imported = read_file(path)
        except BulletinFormatError as exc:
            failures += 1
            sys.stderr.write(f"未导入：{exc.message}\n")
            continue
        if as_json:
            # layout: what a series this file starts would be given (section_heading)
            data = {**issue_to_dict(imported.issue), "warnings": imported.warnings, "layout": imported.layout}
            if several:
                data["file"] = str(path)
            recognised.append(data)
        else:
            sys.stdout.write(write_text(imported.issue))  # only the text: it can be imported back as it is
            _say_warnings(path, imported.warnings)
    if as_json and several:
        print_json(recognised)
    elif as_json and recognised:
        print_json(recognised[0])
    return 1 if failures else 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_for_reading(args) as archive:
        rows = archive.list_issues()
        if args.series is not None:  # a name the archive does not have is said, not listed as nothing
            series_id = series_named(archive, args.series).id
            rows = [r for r in rows if r.series_id == series_id]
    if args.year is not None:
        rows = [r for r in rows if r.date.year == args.year]
    if args.json:
        from ..core.issue_json import special_to_dict, year_number_to_dict

        print_json([  # the keys show --json has for the masthead, written the same way
            {
                "id": r.id, "series": r.series, "series_id": r.series_id, "number": r.number,
                "number_line": r.number_line(), "year_number": year_number_to_dict(r.year_number),
                "special": special_to_dict(r.special), "date": r.date.isoformat(), "office": r.office,
                "status": r.status, "entries": r.entry_count, "updated_at": r.updated_at,
            }
            for r in rows
        ])
        return 0
    if not rows:
        narrowed = args.series is not None or args.year is not None
        sys.stdout.write("没有符合条件的一期。\n" if narrowed else "档案库中还没有简报。\n")
        return 0
    for r in rows:
        special = f"（{r.special.label()}）" if r.special else ""
        final = "\t定稿" if r.status == "final" else ""  # a last column: the others stay where scripts read them
        sys.stdout.write(f"id:{r.id}\t{r.series} {r.number_line()}{special}\t{r.date.isoformat()}\t{r.entry_count}条{final}\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_for_reading(args) as archive:
        issue_id = resolve_issue(archive, args.issue)
        issue = archive.load_issue(issue_id)
        history = archive.issue_history(issue_id) if args.json else {}
    if args.json:
        print_json({**issue_to_dict(issue), **history})
    else:
        from ..core.textformat import write_text

        sys.stdout.write(write_text(issue))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..export.recorded import export_each, export_one
    from .export_command import existing_choice, issue_options, saying_how_to_choose

    if args.output is not None and len(args.issues) > 1:
        raise UsageError("导出几期时请用 --dir 指定文件夹（每期一个文件），-o 只用于导出一期。")
    if args.output is not None and str(args.output) == "-":  # as other tools: standard output, not a file named "-"
        return _export_to_stdout(args)
    opened, unrecorded = _open_for_export(args)
    with opened as archive:
        # an issue named twice (52 and 第52期) is one file, not a copy named …（2）
        ids = list(dict.fromkeys(resolve_issue(archive, ref) for ref in args.issues))
        issues = [archive.load_issue(issue_id) for issue_id in ids]
        options = [issue_options(archive, issue, args.option, args.settings) for issue in issues]

        def record(records: list[tuple[int, str, Path, dict]]) -> None:
            if archive.readonly:
                sys.stderr.write(unrecorded)  # opened read-only: the window holds it, or it cannot be written
                return
            from ..core.archive import ArchiveError

            try:
                archive.record_exports(records)
            except ArchiveError as exc:
                sys.stderr.write(f"注意：这次导出没有记入档案库（{exc.message}）。\n")

        if args.dir is not None:
            from ..export.errors import ExportCancelled
            from .interrupts import INTERRUPTED, between_files, interrupted

            fmt = args.format or "docx"
            _check_engine(args, fmt)
            try:
                # Ctrl+C stops before the next file: those written are whole, listed and recorded
                with saying_how_to_choose(), between_files():
                    paths = export_each(issues, args.dir, fmt, options, record, engine=args.engine,
                                        existing=existing_choice(args), progress=lambda done, total: not interrupted())
            except ExportCancelled as exc:
                sys.stdout.write("".join(f"已导出：{path}\n" for path in exc.written))
                sys.stderr.write(f"已中断：导出了 {len(exc.written)} 期，其余 {len(issues) - len(exc.written)} 期没有导出。\n")
                return INTERRUPTED
            for path in paths:
                sys.stdout.write(f"已导出：{path}\n")
            return 0
        if args.output.is_dir():  # said before a missing --format is
            raise CommandError(f"{args.output} 是一个文件夹。导出一期请给出文件名；每期一个文件放入文件夹请用 --dir。")
        suffix = args.output.suffix.lower().lstrip(".")
        fmt = args.format or suffix
        if fmt not in ("docx", "pdf", "txt"):
            raise UsageError("请用 --format 指定导出格式：docx、pdf 或 txt。")
        if suffix in ("docx", "pdf", "txt") and suffix != fmt:  # a Word file named .pdf opens in nothing
            raise UsageError(f"文件名 {args.output.name} 的扩展名与导出格式 {fmt} 不符，请改用 .{fmt} 结尾的文件名。")
        _check_engine(args, fmt)
        with saying_how_to_choose():
            written = export_one(issues[0], args.output, fmt, options[0], record, engine=args.engine,
                                 existing=existing_choice(args))
    sys.stdout.write(f"已导出：{written}\n")
    return 0


def _export_to_stdout(args: argparse.Namespace) -> int:
    if (args.format or "txt") != "txt":
        raise UsageError("只有纯文本（--format txt）可以输出到标准输出（-o -）；Word 和 PDF 请给出文件名。")
    _check_engine(args, "txt")
    from ..core.textformat import write_text
    from .export_command import issue_options

    with open_for_reading(args) as archive:
        issue = archive.load_issue(resolve_issue(archive, args.issues[0]))
        issue_options(archive, issue, args.option, args.settings)  # a mistake in them is refused as for a file
    sys.stdout.write(write_text(issue))
    return 0


def _open_for_export(args: argparse.Namespace) -> tuple[Archive, str]:
    """Writable when it can be, so the export is recorded without opening the file a second
    time; read-only when the window holds the archive or it is where nothing may be written
    (the export stands, unrecorded)."""
    from ..core.archive import ArchiveLockedError, ArchiveNotWritableError

    path = archive_path(args, create=False)
    from .archive_commands import is_backup

    if is_backup(path):  # looked at and exported from, never written to
        return Archive.open(path, readonly=True, auto_backup=False), "注意：这是档案库的备份，这次导出没有记入其中。\n"
    try:
        return open_waiting(path, auto_backup=False, purge_trash=False), ""  # see open_for_writing
    except ArchiveLockedError as exc:
        return Archive.open(path, readonly=True, auto_backup=False), unrecorded_while_locked(exc)
    except ArchiveNotWritableError:
        return Archive.open(path, readonly=True, auto_backup=False), UNRECORDED_UNWRITABLE


def _check_engine(args: argparse.Namespace, fmt: str) -> None:
    if args.engine and fmt != "pdf":
        raise UsageError("--engine 只用于导出 PDF（--format pdf）。")


def cmd_export_year(args: argparse.Namespace) -> int:
    from ..export.batch import year_issues
    from .export_command import existing_choice, issue_options, saying_how_to_choose

    with open_for_reading(args) as archive:
        summaries = archive.list_issues()
        series = series_named(archive, args.series).name if args.series is not None else None
        if series is None:
            names = sorted({s.series for s in summaries if s.date.year == args.year})
            if len(names) > 1:
                raise CommandError(f"{args.year} 年有几个刊物的简报（{'、'.join(names)}），请用 --series 指定一个。")
            series = names[0] if names else ""
        chosen = year_issues(summaries, args.year, series)
        if not chosen:
            which = f"《{series}》" if args.series else ""
            raise CommandError(f"档案库中没有{which or ' '}{args.year} 年的简报。")
        issues = [archive.load_issue(s.id) for s in chosen]
        options = issue_options(archive, issues[0], args.option, args.settings)  # one series, one layout
    from ..export.recorded import export_year

    with saying_how_to_choose():
        written = export_year(issues, args.output, series, args.year, options,
                              lambda records: _record_exports(args, records), existing=existing_choice(args))
    sys.stdout.write(f"已导出：{written}（{series} {args.year} 年，共 {len(issues)} 期）\n")
    return 0


def search_filters(args: argparse.Namespace) -> SearchFilters:
    date_from, date_to = args.date_from, args.date_to
    if getattr(args, "period", None) is not None:
        if args.year is not None or date_from is not None or date_to is not None:
            raise UsageError("--period 不能与 --year、--from、--to 同时使用。")
        date_from, date_to = _search_period(args.period)
    if args.year is not None:
        if date_from is not None or date_to is not None:
            raise UsageError("--year 不能与 --from、--to 同时使用。")
        return SearchFilters.year(args.year, series=args.series, section=args.section, unit=args.unit)
    if date_from is not None and date_to is not None and date_from > date_to:
        raise UsageError("--from 的日期晚于 --to 的日期。")
    return SearchFilters(series=args.series, date_from=date_from, date_to=date_to, section=args.section,
                         unit=args.unit)


def _search_period(text: str):
    """The dates a ``--period`` names, as the statistics read one (the search panel's 上月 is
    the statistics' last-month)."""
    import datetime as dt

    from ..core.stats.periods import StatsRangeError, period_range

    try:
        return period_range(text, dt.date.today())
    except StatsRangeError as exc:  # 2024-13: written wrongly, as the other refusals of an option
        raise UsageError(exc.message) from None


def bracket_highlights(snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    parts, last = [], 0
    for start, end in spans:
        parts += [snippet[last:start], "【", snippet[start:end], "】"]
        last = end
    return "".join(parts) + snippet[last:]


def unrecorded_while_locked(exc) -> str:
    """The note for an export that stands unrecorded because ``exc``'s holder has the archive."""
    holder = (f"另一个简报编辑器命令（等了它 {LOCK_WAIT_SECONDS:g} 秒）" if exc.kind == "command"
              else "简报编辑器窗口")
    return f"注意：档案库正被{holder}使用，这次导出没有记入档案库。\n"


UNRECORDED_UNWRITABLE = "注意：档案库所在的位置不能写入，这次导出没有记入档案库。\n"


def _record_exports(args: argparse.Namespace, records: list[tuple[int, str, Path, dict]]) -> None:
    """The archive keeps a record of each export (issue id, format, file, settings: SHA-256
    taken); when another program holds the archive the export stands and only the record
    is missing."""
    from ..core.archive import ArchiveError, ArchiveLockedError

    try:
        with open_for_writing(args, auto_backup=False) as archive:
            archive.record_exports(records)
    except ArchiveLockedError as exc:
        sys.stderr.write(unrecorded_while_locked(exc))
    except ArchiveError as exc:
        sys.stderr.write(f"注意：这次导出没有记入档案库（{exc.message}）。\n")


def cmd_search(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError("检索词不能为空。")
    filters = search_filters(args)
    with open_for_reading(args) as archive:
        if args.series is not None:  # a misspelt name is refused, not searched as "没有找到"
            filters = dataclasses.replace(filters, series=series_named(archive, args.series).name)
        if filters.section or filters.unit:  # likewise a section or unit that no issue has
            _refuse_unknown_names(archive.search_choices(), filters)
        hits = archive.search(args.query, limit=args.limit + 1, filters=filters)  # one more: are there others?
    if len(hits) > args.limit:
        hits = hits[:args.limit]
        sys.stderr.write(f"注意：只列出了前 {args.limit} 条，还有更多；可用 --limit 列出更多，或用筛选条件缩小范围。\n")
    if args.json:
        print_json([
            {
                "issue_id": h.issue_id, "series": h.series, "number": h.number, "number_line": h.number_line(),
                "date": h.date.isoformat(),
                "section": h.section, "entry_uid": h.entry_uid, "kind": h.kind, "snippet": h.snippet,
                "match_start": h.match_start, "match_end": h.match_end, "highlights": [list(span) for span in h.highlights],
            }
            for h in hits
        ])
        return 0
    if not hits:
        sys.stdout.write(f"没有找到“{shown(args.query, 40)}”。\n")
        return 0
    for h in hits:
        snippet = bracket_highlights(h.snippet, h.highlights)
        sys.stdout.write(f"{h.series} {h.number_line()}（{h.date.isoformat()}）【{h.section}】 {snippet}\n")
    return 0


def _refuse_unknown_names(choices, filters: SearchFilters) -> None:
    """The filters match a section title or a unit exactly (as the window's pick lists offer
    them): a name the archive does not hold is a slip, said with the names that contain it or
    that it contains, not searched as 没有找到."""
    for value, known, what in ((filters.section, choices.sections, "栏目"), (filters.unit, choices.units, "报送单位")):
        if value and value not in known:
            near = [name for name in known if value in name or name in value][:5]
            hint = f"，相近的有：{'、'.join(near)}" if near else ""
            raise CommandError(f"档案库中没有{what}“{value}”{hint}。")


def cmd_check(args: argparse.Namespace) -> int:
    from .check_command import cmd_check as run  # the proofreader loads only when asked for

    return run(args)


def archive_commands() -> dict:
    from .archive_commands import cmd_archive
    from .trash_commands import cmd_delete, cmd_finalize, cmd_reopen, cmd_trash

    return {"delete": cmd_delete, "trash": cmd_trash, "finalize": cmd_finalize, "reopen": cmd_reopen,
            "archive": cmd_archive}


def cmd_terms(args: argparse.Namespace) -> int:
    from .proofread_lists_command import cmd_terms as run

    return run(args)


def cmd_ignores(args: argparse.Namespace) -> int:
    from .proofread_lists_command import cmd_ignores as run

    return run(args)


def cmd_masthead(args: argparse.Namespace) -> int:
    from .masthead_command import cmd_masthead as run

    return run(args)


def cmd_find(args: argparse.Namespace) -> int:
    from .find_command import cmd_find as run

    return run(args)


def cmd_replace(args: argparse.Namespace) -> int:
    from .replace_command import cmd_replace as run

    return run(args)


def cmd_new(args: argparse.Namespace) -> int:
    from .new_command import cmd_new as run

    return run(args)


def cmd_section(args: argparse.Namespace) -> int:
    from .edit_commands import cmd_section as run

    return run(args)


def cmd_entry(args: argparse.Namespace) -> int:
    from .edit_commands import cmd_entry as run

    return run(args)


def cmd_proofread_settings(args: argparse.Namespace) -> int:
    from .proofread_lists_command import cmd_proofread_settings as run

    return run(args)


COMMANDS = {
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "export": cmd_export,
    "export-year": cmd_export_year,
    "search": cmd_search,
    "new": cmd_new,
    "series": cmd_series,
    "masthead": cmd_masthead,
    "find": cmd_find,
    "replace": cmd_replace,
    "section": cmd_section,
    "entry": cmd_entry,
    "check": cmd_check,
    "terms": cmd_terms,
    "ignores": cmd_ignores,
    "proofread-settings": cmd_proofread_settings,
}


def _inbox_command(name: str):
    def run(args: argparse.Namespace) -> int:
        from . import inbox_commands  # the registry, inbox and statistics modules load only when used

        return getattr(inbox_commands, name)(args)
    return run


COMMANDS.update(units=_inbox_command("cmd_units"), inbox=_inbox_command("cmd_inbox"),
                stats=_inbox_command("cmd_stats"), scoring=_inbox_command("cmd_scoring"))
