"""Start-up script of the frozen program (the input of build_installer.spec).

Kept separate from ``bulletin_desktop.app`` because PyInstaller runs its entry script as
``__main__``, outside the package, where the package's relative imports would not work.
"""
from __future__ import annotations

import os
import sys


def _give_windowed_program_streams() -> None:
    # A windowed Windows build starts without a console: sys.stdout/stderr are None and a
    # subcommand would fail on its first print. Send that output nowhere; the console build
    # (bulletin-desktop-cli.exe) is the one to use on the command line.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def _use_a_bundled_input_method() -> None:
    # The bundle carries Qt's ibus and compose input-method plugins, not fcitx's (that one is
    # built against the system's Qt and cannot load into the bundled one). Fcitx 5 also speaks
    # the ibus protocol, so asking for ibus keeps Chinese input working instead of silently
    # falling back to none.
    if sys.platform.startswith("linux") and os.environ.get("QT_IM_MODULE", "").startswith("fcitx"):
        os.environ["QT_IM_MODULE"] = "ibus"


if __name__ == "__main__":
    _give_windowed_program_streams()
    _use_a_bundled_input_method()
    from bulletin_desktop.app import main

    sys.exit(main())
