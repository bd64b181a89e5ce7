"""LibreOffice run headless as a converter, shared by PDF export and the import of
.doc/.wps/.rtf/.odt files.

It runs with a private, throw-away profile inside a temporary folder, so it neither
disturbs nor waits for a LibreOffice the clerk has open, and in its own process group, so
a hung conversion is ended with every process it started (soffice is a launcher for
soffice.bin). The same group is ended at once when the caller cancels (``cancel``, a
``threading.Event`` set from another thread: the clerk pressed Cancel or closed the window).
Callers word their own messages from the exceptions below.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

# A cold start with a fresh profile takes a few seconds; a slow office PC, much longer.
DEFAULT_TIMEOUT_S = 180.0
# Names the program under a non-standard install (portable LibreOffice, tests).
SOFFICE_ENV = "BULLETIN_DESKTOP_SOFFICE"
# How often a running conversion looks at ``cancel``: short enough that Cancel feels immediate.
CANCEL_POLL_S = 0.1


class ConversionNotStarted(Exception):
    """The program could not be started; ``reason`` says why."""

    def __init__(self, program: str, reason: str):
        super().__init__(reason)
        self.program = program
        self.reason = reason


class ConversionTimedOut(Exception):
    pass


class ConversionCancelled(Exception):
    """``cancel`` was set while LibreOffice ran; it has been ended with every process it started."""


class ConversionFailed(Exception):
    """LibreOffice ran but made no output; ``detail`` is its last line of output or its exit code."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def _windows_candidates() -> list[Path]:
    roots = [os.environ.get(name) for name in ("PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432")]
    roots += [r"C:\Program Files", r"C:\Program Files (x86)"]
    seen: list[Path] = []
    for root in roots:
        if root:
            path = Path(root) / "LibreOffice" / "program" / "soffice.exe"
            if path not in seen:
                seen.append(path)
    return seen


def _on_windows() -> bool:
    return os.name == "nt"


def _install_locations() -> list[Path]:
    """Where installers put LibreOffice when it is not on PATH (the usual case on Windows)."""
    if _on_windows():
        return _windows_candidates()
    return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"), Path("/opt/libreoffice/program/soffice")]


def libreoffice_path() -> Path | None:
    """The LibreOffice program, or None when there is none."""
    override = os.environ.get(SOFFICE_ENV)
    if override and Path(override).is_file():
        return Path(override)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((path for path in _install_locations() if path.is_file()), None)


def convert(soffice: Path, source: Path, target: str, folder: Path, *, timeout: float = DEFAULT_TIMEOUT_S,
            profile_settings: str | None = None, cancel: threading.Event | None = None) -> Path:
    """Convert ``source`` to the ``target`` filter ("pdf", "docx:MS Word 2007 XML") into
    ``folder/out`` with a profile in ``folder/profile``; returns the converted file.
    ``profile_settings`` is a registrymodifications.xcu for the fresh profile; setting
    ``cancel`` ends the conversion (ConversionCancelled)."""
    return convert_all(soffice, [source], target, folder, timeout=timeout, profile_settings=profile_settings,
                       cancel=cancel)[0]


def convert_all(soffice: Path, sources: list[Path], target: str, folder: Path, *,
                timeout: float = DEFAULT_TIMEOUT_S, profile_settings: str | None = None,
                cancel: threading.Event | None = None) -> list[Path]:
    """``convert`` for several files (distinct stems) in one run: LibreOffice starts once."""
    if profile_settings:
        user = folder / "profile" / "user"
        user.mkdir(parents=True, exist_ok=True)
        (user / "registrymodifications.xcu").write_text(profile_settings, encoding="utf-8")
    out = folder / "out"
    command = [
        str(soffice), "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
        "--nolockcheck", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--convert-to", target, "--outdir", str(out), *(str(source) for source in sources),
    ]
    returncode, output = _run(command, timeout, cancel)
    results = [out / f"{source.stem}.{target.split(':')[0]}" for source in sources]
    if returncode != 0 or not all(result.is_file() and result.stat().st_size > 0 for result in results):
        detail = output.strip().splitlines()[-1] if output.strip() else f"退出码 {returncode}"
        raise ConversionFailed(detail)
    return results


def _run(command: list[str], timeout: float, cancel: threading.Event | None = None) -> tuple[int, str]:
    """Run LibreOffice in its own process group, so a hung or cancelled conversion can be
    ended with every process it started (soffice is a launcher for soffice.bin)."""
    kwargs: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "stdin": subprocess.DEVNULL}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True
    try:
        process = subprocess.Popen(command, **kwargs)
    except OSError as exc:
        raise ConversionNotStarted(command[0], str(exc.strerror or exc)) from None
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        try:
            # waiting in short steps when it can be cancelled; communicate keeps the output across them
            output, _ = process.communicate(timeout=max(0.0, min(left, CANCEL_POLL_S) if cancel else left))
            return process.returncode, output.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            cancelled = cancel is not None and cancel.is_set()
            if not cancelled and time.monotonic() < deadline:
                continue
        except BaseException:
            # Ctrl-C (KeyboardInterrupt) or the like: LibreOffice runs in a session of its own, so the
            # signal did not reach it; end it before the caller's temporary folder (its profile) is
            # removed, or it would go on writing there and leave the folder behind.
            _kill_tree(process)
            process.communicate()
            raise
        _kill_tree(process)
        process.communicate()
        raise ConversionCancelled() if cancelled else ConversionTimedOut()


def _kill_tree(process: subprocess.Popen) -> None:
    if os.name == "nt":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True)
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
