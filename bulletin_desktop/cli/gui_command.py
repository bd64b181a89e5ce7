"""``bulletin-desktop`` and ``bulletin-desktop gui``: open the window."""
from __future__ import annotations

import argparse
import os
import sys

from ..core.errors import BulletinError


class NoDisplayError(BulletinError):
    """There is no screen to open the window on."""


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def cmd_gui(args: argparse.Namespace) -> int:
    if _no_display():
        if getattr(args, "screenshot", None):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
        else:
            raise NoDisplayError(
                "没有可用的图形界面（未设置 DISPLAY）。请在桌面环境中启动简报编辑器，"
                "或用 xvfb-run 运行；命令行子命令（import、list、show、export、search）不需要图形界面。"
            )
    from ..gui import run_gui

    return run_gui(
        args.db,
        issue=getattr(args, "issue", None),
        screenshot=getattr(args, "screenshot", None),
        lang=getattr(args, "lang", None),
        view=getattr(args, "view", None),
        end_process=True,  # the command line is this process's entry point
    )


