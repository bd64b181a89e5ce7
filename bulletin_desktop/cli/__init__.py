"""``bulletin-desktop``: every failure ends in a plain Chinese message and a non-zero exit."""
from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from .parser import build_parser

    args = build_parser().parse_args(argv)
    try:
        from .commands import COMMANDS

        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        sys.stderr.write("已中断。\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # every error type of ours carries a Chinese .message
        message = getattr(exc, "message", None)
        if message is None:
            if isinstance(exc, OSError):
                message = f"文件操作失败：{exc.strerror or exc}（{getattr(exc, 'filename', '') or ''}）"
            else:
                message = f"内部错误（{type(exc).__name__}：{exc}）。请把这条信息告诉维护人员。"
        sys.stderr.write(f"错误：{message}\n")
        return 1
