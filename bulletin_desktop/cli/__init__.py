"""``bulletin-desktop``: every failure ends in a plain Chinese message and a non-zero exit."""
from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from .parser import build_parser, opens_window

    args = build_parser(window_only=opens_window(argv)).parse_args(argv)
    from ..app_log import LOG_NAME, configure
    from ..core.errors import BulletinError
    from ..core.paths import default_data_dir

    configure(default_data_dir() / "logs")

    try:
        if args.command in (None, "gui"):
            from .gui_command import cmd_gui  # the window needs none of the other commands' modules

            return cmd_gui(args)
        from .commands import COMMANDS, archive_commands

        return {**COMMANDS, **archive_commands()}[args.command](args)
    except KeyboardInterrupt:
        sys.stderr.write("已中断。\n")
        return 130
    except BrokenPipeError:
        return 0
    except BulletinError as exc:
        sys.stderr.write(f"错误：{exc.message}\n")
        return 1
    except OSError as exc:  # in Chinese, never the system's English (Is a directory, Not a directory)
        import errno

        from ..core.safe_write import os_error_reason

        reason = {errno.ENOENT: "文件或文件夹不存在", errno.EACCES: "没有权限", errno.EPERM: "没有权限"}.get(
            exc.errno or 0) or os_error_reason(exc)
        sys.stderr.write(f"错误：文件操作失败：{reason}（{exc.filename or ''}）\n")
        return 1
    except Exception as exc:  # a defect of ours: still no traceback for the clerk; the log file has it
        import logging

        logging.getLogger("bulletin_desktop").error("command %s failed", args.command, exc_info=True)
        sys.stderr.write(f"错误：内部错误（{type(exc).__name__}：{exc}）。请把这条信息告诉维护人员"
                         f"（详细情况记在 {default_data_dir() / 'logs' / LOG_NAME} 中）。\n")
        return 1
