"""The command line, with help and errors in Chinese."""
from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

from ..core.issue_ref import FORMS, ISSUE_HELP
from .arg_types import YEAR, first_day, last_day, path, whole, written_path


class _VersionAction(argparse.Action):
    """Prints the version, looked up only when asked for (it costs start-up time)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from .. import __version__

        sys.stdout.write(f"简报编辑器 {__version__}\n")
        parser.exit()

_ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.*)", "缺少参数：{0}"),
    (r"one of the arguments (.*) is required", "缺少参数，需要以下之一：{0}"),
    (r"argument (\S+): not allowed with argument (\S+)", "参数 {0} 不能与 {1} 同时使用"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)", "参数 {0} 的值“{1}”无效，可选：{2}"),
    (r"argument (\S+): expected one argument", "参数 {0} 后面需要一个值"),
    (r"argument (\S+): expected at least one argument", "参数 {0} 后面至少需要一个值"),
    (r"argument (\S+): expected at most one argument", "参数 {0} 后面最多只能有一个值"),
    (r"argument (\S+): expected (\d+) arguments?", "参数 {0} 后面需要 {1} 个值"),
    (r"ambiguous option: (\S+) could match (.*)", "选项 {0} 不完整，可能是 {1} 中的任一个，请写全"),
    (r"argument (\S+): invalid (\w+) value: (.*)", "参数 {0} 的值 {2} 无效"),
    (r"invalid choice: '?([^' ]*)'?", "无效的子命令“{0}”"),
    (r"argument (\S+): (.*)", "参数 {0}：{1}"),  # a type's own message (numbers.py)
]


class ChineseArgumentParser(argparse.ArgumentParser):
    # set for ``search``: a word beginning with a dash that is none of the command's options
    # is a term the clerk looks for (-安全, -2022), not an unknown option
    dash_words_are_terms = False

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="显示帮助并退出")

    def _parse_optional(self, arg_string):
        found = super()._parse_optional(arg_string)
        if not self.dash_words_are_terms or found is None:
            return found
        # one (action, option, ...) tuple, or a list of them where Python lists the candidates
        candidates = found if isinstance(found, list) else [found]
        return None if all(candidate[0] is None for candidate in candidates) else found

    def error(self, message: str) -> NoReturn:
        for pattern, template in _ARGPARSE_MESSAGES:
            match = re.search(pattern, message)
            if match:
                message = template.format(*match.groups())
                break
        sys.stderr.write(f"{self.prog}：{message}\n用 {self.prog} --help 查看用法。\n")
        raise SystemExit(2)

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "用法：")

    def format_help(self) -> str:
        text = super().format_help()
        for english, chinese in (("usage:", "用法："), ("positional arguments:", "参数："),
                                 ("options:", "选项："), ("optional arguments:", "选项：")):
            text = text.replace(english, chinese)
        return text


EXIT_CODES = ("退出码：0 完成；1 出错或被拒绝（check 为发现了问题）；2 命令写法有误（check 为出错）；"
              "130 按 Ctrl+C 中断；141 读输出的程序提前退出（如 | head -1）。")


def _db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # a subcommand's --db must not reset the one given before the subcommand
    parser.add_argument("--db", type=written_path, metavar="路径", default=None if top else argparse.SUPPRESS,
                        help="档案库文件（默认：用户数据目录中的档案库，首次使用时自动建立并放入示例简报）")


def _layout_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--option", action="append", default=[], metavar="键=值",
                        help="版式设置，如 red_rule_pt=3（见 docs/layout.md），可重复")
    parser.add_argument("--settings", type=path, metavar="JSON", help="版式设置文件（JSON 对象）")


def opens_window(argv: list[str]) -> bool:
    """Whether ``argv`` asks for the window (no subcommand, or ``gui``) and not for help:
    then the window's start needs only the ``gui`` part of the command line."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help", "--version"):
            return False
        if token == "--db":
            next(tokens, None)
        elif not token.startswith("-"):
            return token == "gui"
    return True


def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with ``window_only``, the top level and ``gui`` alone (the
    other subcommands' help texts and modules cost the window's start about 15 ms)."""
    parser = ChineseArgumentParser(prog="bulletin-desktop", description="简报编辑器：编排、归档并导出工作简报。不带子命令时打开主窗口。",
                                   epilog=EXIT_CODES)
    parser.add_argument("--version", action=_VersionAction, help="显示版本号并退出")
    _db_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="子命令", parser_class=ChineseArgumentParser)

    p = sub.add_parser("gui", help="打开主窗口")
    _db_option(p)
    p.add_argument("--issue", metavar="期次", help=f"打开这一期（{FORMS}）")
    p.add_argument("--screenshot", type=written_path, metavar="PNG", help="保存窗口截图后退出")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.add_argument("--view", choices=["inbox", "statistics"], help="打开来稿收件箱或采用统计")
    if not window_only:
        _add_commands(sub)
    return parser


def _add_commands(sub) -> None:
    from .export_command import add_existing_options

    from ..core.file_kinds import IMPORTABLE_KINDS_NAMED

    p = sub.add_parser("import", help=f"导入简报：{IMPORTABLE_KINDS_NAMED}，文件或文件夹")
    _db_option(p)
    p.add_argument("files", nargs="+", type=path, metavar="文件", help="要导入的文件，或文件夹（导入其中能读的各个文件）")
    p.add_argument("--replace", action="store_true",
                   help="同一刊物同一期号已存在时覆盖它（原来的版本放入回收站，可用 trash restore 以别的期号恢复）")
    p.add_argument("--dry-run", action="store_true", help="只识别并显示将要导入的内容，不写入档案库")
    p.add_argument("--json", action="store_true",
                   help="以 JSON 输出：每个文件一项（file、id、series、number、number_line、date、warnings，"
                        "未导入的 id 为 null、error 为原因）；与 --dry-run 一起用时以 show --json 的格式输出，另加 warnings")
    p.add_argument("--series", default="", metavar="刊物",
                   help="报头中没有简报名称的文字时（如报头是图片）用这个名称；不指定时按文件名推断（如“某某简报第52期.docx”）")

    p = sub.add_parser("list", help="列出档案库中的各期")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--series", metavar="刊物", help="只列这个刊物的各期（名称，或“id:内部编号”）")
    p.add_argument("--year", type=YEAR, metavar="年份", help="只列这一年日期的各期（如 2022）")

    p = sub.add_parser("show", help="显示一期")
    _db_option(p)
    p.add_argument("issue", metavar="期次", help=ISSUE_HELP)
    p.add_argument("--json", action="store_true", help="以 JSON 输出（否则输出纯文本格式）")

    p = sub.add_parser("export", help="导出一期或几期为 Word、PDF 或纯文本")
    _db_option(p)
    p.add_argument("issues", nargs="+", metavar="期次", help=ISSUE_HELP)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=written_path, metavar="输出文件", help="导出一期到这个文件")
    target.add_argument("--dir", type=written_path, metavar="文件夹",
                        help="每期导出为一个文件，放入这个文件夹（文件名如“漯河安全生产简报第52期.docx”）")
    p.add_argument("--format", choices=["docx", "pdf", "txt"],
                   help="输出格式（默认按输出文件的扩展名；导出到文件夹时默认 docx）")
    _layout_options(p)
    p.add_argument("--engine", choices=["qt", "libreoffice"],
                   help="PDF 的排版程序：libreoffice 转换 Word 文件（已安装时的默认），qt 由本程序排版（与预览相同）")
    add_existing_options(p)

    p = sub.add_parser("export-year", help="把一年的各期汇编为一个带目录的 Word 文件（年度汇编）")
    _db_option(p)
    p.add_argument("year", type=YEAR, metavar="年份", help="如 2022：汇编这一年日期的各期")
    p.add_argument("-o", "--output", type=written_path, required=True, metavar="输出文件",
                   help="汇编的 Word 文件（.docx），所在的文件夹不存在时自动建立")
    p.add_argument("--series", metavar="刊物", help="档案库有多个刊物时指定汇编哪一个")
    _layout_options(p)
    add_existing_options(p)

    p = sub.add_parser("search", help="全文检索")
    p.dash_words_are_terms = True
    _db_option(p)
    p.add_argument("query", metavar="关键词", help="以 - 开头的关键词照常检索；也可写在 -- 之后")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--limit", type=whole(1, 10000, "条数"), default=50, metavar="N", help="最多显示多少条（默认 50）")
    p.add_argument("--series", metavar="刊物", help="只查这个刊物")
    p.add_argument("--year", type=YEAR, metavar="年份", help="只查这一年的各期（如 2022）")
    p.add_argument("--from", dest="date_from", type=first_day, metavar="日期",
                   help="只查这一天及以后的各期（如 2022-01-01 或 2022年1月1日；写年份或月份时从它的第一天起）")
    p.add_argument("--to", dest="date_to", type=last_day, metavar="日期",
                   help="只查这一天及以前的各期（如 2022-12-31；写年份或月份时到它的最后一天）")
    p.add_argument("--period", metavar="期间",
                   help="只查这一期间的各期，写法同 stats --period：last-month 为上月（本月之前的那个自然月，同窗口的“上月”），"
                        "month、quarter、year、last-quarter、last-year，或写明期间：2024-10、2024Q4、2024H1")
    p.add_argument("--section", metavar="栏目", help="只查这个栏目（栏目名称完全相同）")
    p.add_argument("--unit", metavar="单位", help="只查这个报送单位的条目（单位名称完全相同）")

    from .new_command import register as register_new

    register_new(sub, _db_option)
    from .series_command import register as register_series

    register_series(sub, _db_option)
    from .masthead_command import register as register_masthead

    register_masthead(sub, _db_option)
    from .check_command import register as register_check

    register_check(sub, _db_option)
    from .proofread_lists_command import register as register_lists

    register_lists(sub, _db_option)
    from .find_command import register as register_find

    register_find(sub, _db_option)
    from .replace_command import register as register_replace

    register_replace(sub, _db_option)
    from .edit_commands import register as register_edits

    register_edits(sub, _db_option)

    from .archive_parsers import add_archive_parsers

    add_archive_parsers(sub, _db_option)

    from .inbox_parser import add_inbox_parsers, add_scoring_parser

    add_inbox_parsers(sub, _db_option)
    add_scoring_parser(sub, _db_option)
