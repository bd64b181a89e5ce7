"""``section`` and ``entry``: the window's 条目 menu on the command line — add, rename, move,
duplicate and delete a section; add, edit, move, duplicate and delete an entry (条目 or 文章); ``entry edit``
is the entry editor's fields (日期, 报送单位, 序号或小标题, 正文; an article's 标题 and 正文). Each command is one saved
change (``entry add`` of several dated paragraphs adds their entries in one); what is taken out goes to the trash
as the window's deletions do.

The parser part is imported on every start, so the archive is imported only when the
command runs.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from ..core.issue_ref import ISSUE_HELP
from .arg_types import one_line, shown, whole

SECTION_HELP = "栏目名称，或它在这一期中的序号（从 1 起，show 52 按顺序列出）"
_PLACE = whole(1, 10000, "位置")
_ONE_LINE_OF_TEXT = one_line("正文")


def _lines(text: str) -> list[str]:
    """The lines of a text argument, whatever ends them (\r\n, \n, \r, U+2028, U+2029)."""
    return text.replace("\r\n", "\n").translate({ord(ch): "\n" for ch in "\r\u2028\u2029"}).split("\n")


def _paragraphs_text(text: str) -> str:
    """An argparse ``type`` for text given as the window takes a paste: several lines are
    several paragraphs (a text copied with its line breaks), each line as one_line checks it,
    but for its tabs, which part a table's cells there as in a paste (each row an entry:
    core.pasted_entries.table_rows; a tab parting no cells is a space)."""
    for line in _lines(text):
        _ONE_LINE_OF_TEXT(line.replace("\t", " "))
    return text


def register(sub, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    def action(actions, name: str, help: str, *where: str) -> argparse.ArgumentParser:
        """One action of ``section`` or ``entry``, on the issue and the places ``where``
        names ("section", "index") that each of them takes."""
        q = actions.add_parser(name, help=help)
        db_option(q)
        q.add_argument("issue", metavar="期次", help=ISSUE_HELP)
        if "section" in where:
            q.add_argument("section", metavar="栏目", help=SECTION_HELP)
        if "index" in where:
            q.add_argument("index", type=_PLACE, metavar="第几条", help="栏目中的第几条（从 1 起）")
        return q

    p = sub.add_parser("section", help="栏目：新建、改名、移动、复制、删除（同窗口“条目”菜单）")
    db_option(p)
    actions = p.add_subparsers(dest="section_action", metavar="操作", required=True, parser_class=type(p))
    q = action(actions, "add", "新建栏目")
    q.add_argument("title", type=one_line("栏目名称"), metavar="名称")
    q.add_argument("--at", type=_PLACE, metavar="N", help="放在第 N 个位置（默认放在最后）")
    q = action(actions, "rename", "栏目改名", "section")
    q.add_argument("title", type=one_line("栏目名称"), metavar="新名称")
    q = action(actions, "move", "把栏目移到第 N 个位置", "section")
    q.add_argument("at", type=_PLACE, metavar="N", help="新的位置（从 1 起）")
    action(actions, "duplicate", "复制栏目和其中的条目，放在它后面", "section")
    action(actions, "delete", "删除栏目和其中的条目（移入回收站）", "section")

    p = sub.add_parser("entry", help="条目和文章：新增、修改、移动、复制、删除（同窗口“条目”菜单和条目编辑区）")
    db_option(p)
    actions = p.add_subparsers(dest="entry_action", metavar="操作", required=True, parser_class=type(p))
    q = action(actions, "add", "在栏目中新增一条（或用 --title 新增一篇文章）", "section")
    q.add_argument("texts", nargs="+", type=_paragraphs_text, metavar="正文",
                   help="条目的文字，如“11月18日，**西城区**组织召开……”（开头的日期和 **加粗** 的单位照窗口认出）；"
                        "写几段（几个参数，或一个参数里换行）时像窗口里粘贴几段那样分条：每个以日期开头的段落是一条，"
                        "后面不带日期的段落接在它后面；文章时每个是一段")
    q.add_argument("--title", type=one_line("文章标题"), metavar="标题", help="新增一篇文章，这是它的标题")
    q.add_argument("--at", type=_PLACE, metavar="N", help="放在栏目中第 N 条的位置（默认放在最后；几条时依次从这里放起）")
    q.add_argument("--json", action="store_true", help="以 show --json 中条目的格式列出新增的各条")
    q = action(actions, "edit", "修改一条：日期、报送单位、序号或小标题、正文（文章：标题、正文），同窗口的条目编辑区",
               "section", "index")
    q.add_argument("--text", action="append", type=_paragraphs_text, metavar="正文",
                   help="换掉正文。条目写印出来的整条，如“11月18日，**西城区**组织召开……”，开头的序号、日期和单位"
                        "照 entry add 认出（没有写的随之去掉）；文章的正文每段一个 --text（或在一个里换行）")
    q.add_argument("--date", type=one_line("日期"), metavar="日期",
                   help="条目的日期，如 11月15日、11月14日—11月18日；写 \"\" 去掉")
    q.add_argument("--unit", type=one_line("报送单位"), metavar="单位", help="条目的报送单位（印作加粗）；写 \"\" 去掉")
    q.add_argument("--mark", type=one_line("序号或小标题"), metavar="文字",
                   help="印在日期前的序号或小标题，如“1．”“◆”；写 \"\" 去掉")
    q.add_argument("--title", type=one_line("文章标题"), metavar="标题", help="文章的标题")
    q.add_argument("--json", action="store_true", help="以 show --json 中条目的格式输出改后的这一条")
    q = action(actions, "move", "把一条移到栏目中的另一个位置、另一个栏目，或另一期", "section", "index")
    q.add_argument("--to-section", "--section", dest="to_section", metavar="栏目",
                   help="移到这个栏目（默认本栏目；移到另一期时默认那一期同名的栏目）")
    q.add_argument("--to-issue", metavar="期次",
                   help="移到另一期（写法同期次，如 53；只写期号时先找本刊的这一期；写 new 则像 new 命令那样新建本刊的下一期，"
                        "把这一条移进去）：这一条从本期移出，来稿的采用随它计入那一期；两期一起保存，有一期已定稿时都不改")
    q.add_argument("--at", type=_PLACE, metavar="N", help="放在第 N 条的位置（默认放在最后）")
    action(actions, "duplicate", "复制一条，放在它后面", "section", "index")
    action(actions, "delete", "删除一条（移入回收站）", "section", "index")


def _section(issue, named: str):
    """The section ``named`` by its title, else by its place (1 is the first)."""
    from .commands import CommandError

    wanted = named.strip()
    by_title = [section for section in issue.sections if section.title.strip() == wanted]
    if len(by_title) == 1:
        return by_title[0]
    if len(by_title) > 1:
        raise CommandError(f"{issue.number_line()}有 {len(by_title)} 个栏目叫“{wanted}”，请用序号指明是哪一个"
                           f"（第 {', '.join(str(issue.sections.index(s) + 1) for s in by_title)} 个）。")
    if wanted.isdigit() and 1 <= int(wanted) <= len(issue.sections):
        return issue.sections[int(wanted) - 1]
    titles = "、".join(f"{n}.{s.title or '（无标题）'}" for n, s in enumerate(issue.sections, 1)) or "（没有栏目）"
    raise CommandError(f"{issue.number_line()}没有栏目“{wanted}”。这一期的栏目：{titles}。")


def _entry_row(section, index: int) -> int:
    from .commands import CommandError

    if index > len(section.entries):
        raise CommandError(f"栏目“{section.title}”只有 {len(section.entries)} 条，没有第 {index} 条。")
    return index - 1


def cmd_section(args: argparse.Namespace) -> int:
    from ..core import edits
    from ..core.model import Section

    if args.section_action in ("add", "rename") and not args.title.strip():
        from .arg_types import UsageError

        # printed as 【】; the window keeps the old name when its field is emptied
        raise UsageError("栏目名称不能为空。")

    def change(issue, _archive) -> str:
        if args.section_action == "add":
            at = len(issue.sections) if args.at is None else args.at - 1
            edits.insert_section(issue, at, Section(args.title.strip()))
            return f"已新建栏目“{args.title.strip()}”。"
        section = _section(issue, args.section)
        if args.section_action == "rename":
            was = edits.rename_section(issue, section.uid, args.title.strip())
            return f"已把栏目“{was}”改名为“{args.title.strip()}”。"
        if args.section_action == "move":
            row, place = edits.section_index(issue, section.uid), args.at - 1
            edits.move_section(issue, section.uid, place if place <= row else place + 1)  # counted before the move
            return f"已把栏目“{section.title}”移到第 {edits.section_index(issue, section.uid) + 1} 个。"
        if args.section_action == "duplicate":  # as the window's 复制: right after the original
            row = edits.section_index(issue, section.uid)
            edits.insert_section(issue, row + 1, edits.copy_section(section))
            return f"已复制栏目“{section.title}”为第 {row + 2} 个。"
        edits.take_section(issue, section.uid)
        trash = "（移入回收站，可用 trash list 查看）" if section.entries else ""
        return f"已删除栏目“{section.title}”和其中的 {len(section.entries)} 条{trash}。"

    return _edit(args, change)


def cmd_entry(args: argparse.Namespace) -> int:
    from ..core import edits
    from ..core.model import Article, Item
    from ..core.pasted_entries import repeats, units_known_to

    written: list[str] = []  # the unit of an entry added or edited
    copies: list[bool] = []  # for each entry added: it repeats one added before it word for word
    left_out: list[int] = []  # the lines of the page the text brought (page numbers, a site's lines), left out
    edited: list[Item | Article] = []  # the entries ``--json`` shows: added or edited

    def change(issue, archive) -> str:
        section = _section(issue, args.section)
        if args.entry_action == "add":
            added = _added_entries(issue, archive, args, left_out)
            at = len(section.entries) if args.at is None else min(args.at - 1, len(section.entries))
            for offset, entry in enumerate(added):
                edits.insert_entry(issue, section.uid, at + offset, entry)
                if isinstance(entry, Item) and entry.unit:  # as the window: another writing of a registered unit counts for it
                    written.append(entry.unit)
            edited.extend(added)
            copies.extend(repeats([entry if isinstance(entry, Item) else Item() for entry in added]))
            # (where each went is counted from --at: a copy equals the entry it repeats)
            return "\n".join(f"已在栏目“{section.title}”第 {at + offset + 1} 条新增：{_shown(entry)}"
                             for offset, entry in enumerate(added))
        row = _entry_row(section, args.index)
        entry = section.entries[row]
        if args.entry_action == "move":
            target = _section(issue, args.to_section) if args.to_section is not None else section
            at = len(target.entries) if args.at is None else args.at - 1
            if target is section and at > row:
                at += 1  # counted before the move, as a drop counts it
            edits.move_entry(issue, entry.uid, target.uid, at)
            return f"已移到栏目“{target.title}”第 {target.entries.index(entry) + 1} 条：{_shown(entry)}"
        if args.entry_action == "edit":
            _edit_entry(issue, entry, args, lambda: units_known_to(archive.known_units(), issue))
            if isinstance(entry, Item) and entry.unit:
                written.append(entry.unit)
            edited.append(entry)
            return f"已修改栏目“{section.title}”第 {args.index} 条：{_shown(entry)}"
        if args.entry_action == "duplicate":  # as the window's 复制: right after the original
            edits.insert_entry(issue, section.uid, row + 1, edits.copy_entry(entry))
            return f"已复制为栏目“{section.title}”第 {row + 2} 条：{_shown(entry)}"
        edits.take_entry(issue, entry.uid)
        return f"已删除栏目“{section.title}”第 {args.index} 条（移入回收站，可用 trash list 查看）：{_shown(entry)}"

    if args.entry_action == "move" and args.to_issue is not None:
        return _move_to_issue(args)
    if not getattr(args, "json", False):
        code = _edit(args, change, written)
        _tell_copies(copies, left_out)
        return code
    import json

    from ..core.issue_json import entry_to_dict

    code = _edit(args, change, written, quiet=True)
    _tell_copies(copies, left_out)
    # entry add lists what it added (several entries from several dated paragraphs), a copy of an
    # entry before it marked "repeat" (the window tells it too); edit shows its one
    shown_json = ([{**entry_to_dict(entry), **({"repeat": True} if copy else {})} for entry, copy in zip(edited, copies)]
                  if args.entry_action == "add" else entry_to_dict(edited[0]))
    sys.stdout.write(json.dumps(shown_json, ensure_ascii=False, indent=2) + "\n")
    return code


def _tell_copies(copies: list[bool], left_out: list[int]) -> None:
    """The notes the window gives on a paste, on stderr: how many lines of the page it left out
    (a printed copy's page numbers and running heads, a web page's own lines), and which entries
    repeat one before them, added as given for the clerk to judge."""
    if sum(left_out):
        sys.stderr.write(f"注意：文字中有 {sum(left_out)} 行是版面上的文字（印刷件的页码和页眉、网页的导航和来源、浏览次数、聊天记录的发送人和时间、邮件的签名等），已略去。\n")
    if any(copies):
        places = "、".join(f"第 {number} 条" for number, copy in enumerate(copies, 1) if copy)
        sys.stderr.write(f"注意：新增的{places}与它前面新增的某条一字不差，如是重复粘贴，请删去重复的。\n")


def _move_to_issue(args: argparse.Namespace) -> int:
    """``entry move … --to-issue``: the entry leaves its issue for a section of another
    (by default the one of the same name), both issues saved in one transaction."""
    from ..core.archive.entry_moves import issue_name, move_entry_to_issue, section_like
    from ..core.issue_ref import resolve_issue
    from .commands import CommandError, open_for_writing

    with open_for_writing(args) as archive:
        source = archive.load_issue(resolve_issue(archive, args.issue))
        started = args.to_issue.strip().lower() == "new"  # the bulletin's next issue, begun with this entry
        target = archive.next_issue(source.series_id) if started else \
            archive.load_issue(_target_issue(archive, source, args.to_issue))
        section = _section(source, args.section)
        entry = section.entries[_entry_row(section, args.index)]
        if target.id == source.id:
            raise CommandError("--to-issue 写的是这一条所在的同一期；在同一期中移动请只用 --to-section。")
        if args.to_section is not None:
            place = _section(target, args.to_section)
        else:
            found = section_like(target, section.title)
            if found is None:
                titles = "、".join(f"{n}.{s.title or '（无标题）'}" for n, s in enumerate(target.sections, 1))
                raise CommandError(f"{issue_name(target)}没有栏目“{section.title}”，请用 --to-section 指明移到哪个栏目"
                                   f"（{'那一期的栏目：' + titles if titles else '那一期还没有栏目，请先用 section add 新建'}）。")
            place = found
        at = -1 if args.at is None else args.at - 1
        move = move_entry_to_issue(archive, source, target, entry.uid, place.uid, at)
    sys.stdout.write(f"{'已新建' + issue_name(move.target) + '，' if started else ''}"
                     f"已从{issue_name(move.source)}移到{issue_name(move.target)}栏目“{place.title}”"
                     f"第 {move.to_row + 1} 条：{_shown(entry)}\n")
    return 0


def _target_issue(archive, source, ref: str) -> int:
    """The issue ``--to-issue`` names: a number alone is first read within the entry's own
    bulletin (next week's issue of it), else anywhere, as other issue references are."""
    from ..core.issue_ref import IssueRefError, resolve_issue

    if ":" not in ref:
        try:
            return resolve_issue(archive, f"{source.series}:{ref.strip()}")
        except IssueRefError:
            pass
    return resolve_issue(archive, ref)


def _added_entries(issue, archive, args: argparse.Namespace, left_out: list[int]) -> list:
    """What ``entry add`` adds: an article of the paragraphs with --title; else the entries
    the paragraphs are, read as the window reads several pasted paragraphs (each opening
    with a date is an entry, the undated ones after it are its own, date and unit to their
    fields), the units known to the archive and this issue read after a date as there."""
    from ..core.model import Article
    from ..core.pasted_entries import pasted_entries, units_known_to, untabbed, without_page_furniture

    texts = _paragraphs(args.texts)
    if args.title is not None:
        return [Article(title=args.title.strip(), paragraphs=[untabbed(text) for text in texts])]
    left_out.append(without_page_furniture(texts)[1])  # (counted for the note; pasted_entries leaves them out)
    return pasted_entries(texts, units_known_to(archive.known_units(), issue))


def _paragraphs(texts: list[str]) -> list:
    """The paragraphs the text arguments hold: each line of each a paragraph, blank lines
    left out, as a paste reads them; an argument with no text is refused."""
    from ..core.richtext import parse_markup, plain
    from .arg_types import UsageError

    paragraphs = []
    for text in texts:
        lines = [parse_markup(line.strip()) for line in _lines(text)]
        if not any(plain(line) for line in lines):
            raise UsageError("正文不能为空。")
        paragraphs += [line for line in lines if plain(line)]
    return paragraphs


def _edit_entry(issue, entry, args: argparse.Namespace, known_units: Callable[[], list[str]]) -> None:
    """Set the fields ``entry edit`` names on ``entry``, as the entry editor sets them: the
    text first (an entry's as printed, its number, date and unit read again as ``entry add``
    reads them, against ``known_units()``), then the single fields, which win over what the
    text held. An option for the other kind of entry is refused."""
    from ..core import edits
    from ..core.entry_days import days_exist
    from ..core.model import Item, is_valid_entry_date
    from ..core.pasted_entries import entry_spans, pasted_item, untabbed
    from .arg_types import UsageError

    item_only = [f"--{name}" for name in ("date", "unit", "mark") if getattr(args, name) is not None]
    given = [*item_only, *(["--title"] if args.title is not None else []), *(["--text"] if args.text else [])]
    if not given:
        raise UsageError("没有要改的内容：请给出 --text、--date、--unit、--mark 或 --title（文章）。")
    texts = _paragraphs(args.text or [])
    if isinstance(entry, Item):
        if args.title is not None:
            raise UsageError("这一条是条目，没有标题；--title 只用于文章。")
        if len(args.text or ()) > 1:
            raise UsageError("一条条目只有一段正文，--text 只能写一次。")
        if len(spans := entry_spans(texts)) > 1:
            raise UsageError(f"正文里有 {len(spans)} 条带日期的条目，一条只能改成其中一条；其余的请用 entry add 新增。")
        if args.date and not is_valid_entry_date(args.date.strip()):
            raise UsageError(f"“{shown(args.date.strip())}”不是条目日期的写法，请写如 11月15日 或 11月14日—11月18日。")
        if args.date and not days_exist(args.date):  # the window marks it red as it is typed
            raise UsageError(f"“{shown(args.date.strip())}”中的日期不存在（没有这一月或这一天），请改正。")
        if texts:  # (several lines of one entry join into its one paragraph, as a paste's do; a table's row is read so)
            read = pasted_item(spans[0], known_units())
            for field in ("body", "date", "unit", "mark"):
                edits.set_entry_field(issue, entry.uid, field, getattr(read, field))
        for field in ("date", "unit", "mark"):
            if (value := getattr(args, field)) is not None:
                edits.set_entry_field(issue, entry.uid, field, value.strip())
        return
    if item_only:
        raise UsageError(f"这一条是文章，没有{'、'.join(item_only)}；文章只能改 --title 和 --text（每段一个）。")
    if args.title is not None:
        if not args.title.strip():
            raise UsageError("文章标题不能为空。")
        edits.set_entry_field(issue, entry.uid, "title", args.title.strip())
    if texts:
        edits.set_entry_field(issue, entry.uid, "paragraphs", [untabbed(text) for text in texts])


def _shown(entry) -> str:
    return shown((entry.title if getattr(entry, "kind", "") == "article" else entry.text).strip(), 30)


def _edit(args: argparse.Namespace, change: Callable, units_written: list[str] = (),  # type: ignore[assignment]
          quiet: bool = False) -> int:
    """Load the issue, apply one change, save it (a final issue is refused there).
    ``units_written``: filled by the change with the units it wrote into entries, which
    become the aliases of the registered units they are other writings of."""
    from ..core.issue_ref import resolve_issue
    from ..core.units.registry import alias_typed_writing
    from .commands import open_for_writing

    with open_for_writing(args) as archive:
        issue = archive.load_issue(resolve_issue(archive, args.issue))
        said = change(issue, archive)
        archive.save_issue(issue)
        for unit in units_written:
            alias_typed_writing(archive, unit)
    # with --json the data goes to stdout and what was done to stderr, as the other commands do
    (sys.stderr if quiet else sys.stdout).write(said + "\n")
    return 0
