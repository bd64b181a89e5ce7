"""``bulletin-desktop``: every failure ends in a plain Chinese message and a non-zero exit."""
from __future__ import annotations

import os
import signal
import sys
import threading

BROKEN_PIPE = 141


def main(argv: list[str]) -> int:
    from .parser import build_parser, opens_window

    args = build_parser(window_only=opens_window(argv)).parse_args(argv)
    from ..app_log import configure
    from ..core.paths import default_data_dir

    configure(default_data_dir() / "logs")

    if args.command in (None, "gui"):
        from .gui_command import cmd_gui  # the window needs none of the other commands' modules

        return _run(cmd_gui, args)
    from ..core.archive import lock
    from . import interrupts
    from .commands import COMMANDS, archive_commands

    _replace_what_stdout_cannot_encode()
    previous = signal.getsignal(signal.SIGINT)
    interrupts.watch()
    kind, lock.holder_kind = lock.holder_kind, "command"  # another command waits for this one, not refused
    try:
        return _run({**COMMANDS, **archive_commands()}[args.command], args)
    finally:
        lock.holder_kind = kind
        if previous is not None and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, previous)


def _replace_what_stdout_cannot_encode() -> None:
    """Output to a pipe or file in a code page without all of Chinese (PYTHONIOENCODING, a
    legacy console page): a character it lacks is printed as "?" instead of ending in 内部错误."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and encoding not in ("utf8", "utf8sig"):
        reconfigure(errors="replace")


def _run(command, args) -> int:
    from ..app_log import LOG_NAME
    from ..core.errors import BulletinError
    from ..core.paths import default_data_dir
    from .arg_types import UsageError
    from .interrupts import INTERRUPTED, interrupted

    try:
        return command(args)
    except KeyboardInterrupt:
        sys.stderr.write("已中断。\n")
        return INTERRUPTED
    except BrokenPipeError:
        # the reader went away (| head): quietly, but not as success — check's 0 would say
        # "no problems"; 141 is what a shell reports for a command its pipe ended (128 + SIGPIPE)
        _stdout_to_nowhere()
        return BROKEN_PIPE
    except BulletinError as exc:
        sys.stderr.write(f"错误：{exc.message}\n")
        return 2 if isinstance(exc, UsageError) else 1
    except OSError as exc:  # in Chinese, never the system's English (Is a directory, Not a directory)
        import errno

        from ..core.safe_write import os_error_reason

        reason = {errno.ENOENT: "文件或文件夹不存在", errno.EACCES: "没有权限", errno.EPERM: "没有权限"}.get(
            exc.errno or 0) or os_error_reason(exc)
        where = f"（{exc.filename}）" if exc.filename else ""  # standard output has no name
        sys.stderr.write(f"错误：文件操作失败：{reason}{where}\n")
        return 1
    except Exception as exc:  # a defect of ours: still no traceback for the clerk; the log file has it
        if interrupted():  # Ctrl+C raised inside SQLite comes out as its own error
            sys.stderr.write("已中断。\n")
            return INTERRUPTED
        import logging

        logging.getLogger("bulletin_desktop").error("command %s failed", args.command, exc_info=True)
        sys.stderr.write(f"错误：内部错误（{type(exc).__name__}：{exc}）。请把这条信息告诉维护人员"
                         f"（详细情况记在 {default_data_dir() / 'logs' / LOG_NAME} 中）。\n")
        return 1


def _stdout_to_nowhere() -> None:
    """The interpreter flushes stdout once more on exit: into nothing, so that the closed pipe
    gives no "Exception ignored" lines."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # captured (tests), or not a real file
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)
