"""``bulletin-desktop`` and ``bulletin-desktop gui``: open the window."""
from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

from ..core.errors import BulletinError
from ..core.safe_write import WriteError, check_output_folder, describe_os_error


class NoDisplayError(BulletinError):
    """There is no screen to open the window on."""


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def _prepare_screenshot_folder(path: Path) -> None:
    """Said before the window is built rather than after: the picture would go to a folder,
    or to a folder that is not there (made by no one, as ``export -o`` makes none either)."""
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        check_output_folder(path)
    except WriteError as exc:
        raise WriteError(f"无法保存截图。{exc.message}", path) from None
    except OSError as exc:
        raise WriteError(f"无法保存截图。{describe_os_error(exc, path)}", path) from None


def cmd_gui(args: argparse.Namespace) -> int:
    if getattr(args, "screenshot", None):
        _prepare_screenshot_folder(Path(args.screenshot))
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


