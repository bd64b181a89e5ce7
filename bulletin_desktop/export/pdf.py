"""PDF export: the .docx converted by LibreOffice, or the Qt rendering of the same blocks.

LibreOffice gives the PDF that matches what Word prints from the .docx. It runs headless
with a private, throw-away profile so it neither disturbs nor waits for a LibreOffice the
clerk has open. Without LibreOffice the preview's Qt renderer draws the same blocks.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from ..core.model import Issue
from ..core.safe_write import write_atomically
from .docx.writer import docx_bytes
from .errors import ExportError
from .layout_options import LayoutOptions

# A cold start with a fresh profile takes a few seconds; a slow office PC, much longer.
DEFAULT_TIMEOUT_S = 180.0
# Names the program under a non-standard install (portable LibreOffice, tests).
SOFFICE_ENV = "BULLETIN_DESKTOP_SOFFICE"


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


def libreoffice_path() -> Path | None:
    """The LibreOffice program used for PDF export, or None when there is none."""
    override = os.environ.get(SOFFICE_ENV)
    if override and Path(override).is_file():
        return Path(override)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((path for path in _install_locations() if path.is_file()), None)


def _on_windows() -> bool:
    return os.name == "nt"


def _install_locations() -> list[Path]:
    """Where installers put LibreOffice when it is not on PATH (the usual case on Windows)."""
    if _on_windows():
        return _windows_candidates()
    return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"), Path("/opt/libreoffice/program/soffice")]


def write_pdf(issue: Issue, path: str | os.PathLike, options: LayoutOptions = LayoutOptions(), *,
              timeout: float = DEFAULT_TIMEOUT_S) -> None:
    """Write ``issue`` as a PDF at ``path``. Raises ``ExportError`` when LibreOffice fails
    and ``WriteError`` when the file cannot be written; an existing file stays as it was."""
    soffice = libreoffice_path()
    if soffice is None:
        from .qt_render import write_pdf_qt  # Qt only when really needed

        write_pdf_qt(issue, path, options)
        return
    pdf = convert_docx_to_pdf(docx_bytes(issue, options), soffice, timeout=timeout,
                              substitutes=font_substitutes(options))
    write_atomically(path, lambda handle: handle.write(pdf))


def font_substitutes(options: LayoutOptions) -> dict[str, str]:
    """Installed faces LibreOffice should use for ours that this machine lacks.

    Only where fontconfig can tell what is installed (Linux and other Unix systems, which
    never ship these Chinese faces); there the Noto CJK faces stand in, named in their
    Simplified Chinese cut: left to its own fallback LibreOffice sets all of them in one
    sans-serif face. On Windows the clerk's own fonts and LibreOffice's fallback apply."""
    if _on_windows():
        return {}
    installed = installed_font_families()
    if not installed:
        return {}
    serif, sans = "Noto Serif CJK SC", "Noto Sans CJK SC"
    table = {"仿宋_GB2312": serif, "仿宋": serif, "楷体_GB2312": serif, "楷体": serif,
             "方正小标宋简体": serif, "宋体": serif, "黑体": sans}
    used = {options.title_font, options.body_font, options.heading_font, options.kai_font, options.page_number_font}
    return {name: table[name] for name in sorted(used)
            if name in table and name not in installed and table[name] in installed}


def installed_font_families() -> set[str]:
    """Every family name fontconfig knows (each face lists its names comma-separated)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return set()
    try:
        listing = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {name.strip() for line in listing.splitlines() for name in line.split(",") if name.strip()}


def _profile_settings(substitutes: dict[str, str]) -> str:
    """registrymodifications.xcu for a fresh profile holding the font replacement table.
    "Always" must be on: LibreOffice's own fallback would otherwise claim a missing face
    first. Only missing faces are listed, so installed ones are never replaced."""
    pairs = "".join(
        f'<node oor:name="p{index}" oor:op="replace">'
        f'<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>'
        f'<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>'
        f'<prop oor:name="ReplaceFont" oor:op="fuse"><value>{escape(name)}</value></prop>'
        f'<prop oor:name="SubstituteFont" oor:op="fuse"><value>{escape(substitute)}</value></prop></node>'
        for index, (name, substitute) in enumerate(substitutes.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Common/Font/Substitution">'
        '<prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>'
        f'<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs">{pairs}</item>'
        '</oor:items>\n'
    )


def convert_docx_to_pdf(docx: bytes, soffice: Path, *, timeout: float = DEFAULT_TIMEOUT_S,
                        substitutes: dict[str, str] | None = None) -> bytes:
    with tempfile.TemporaryDirectory(prefix="bulletin-pdf-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        source = folder / "bulletin.docx"
        source.write_bytes(docx)
        if substitutes:
            user = folder / "profile" / "user"
            user.mkdir(parents=True)
            (user / "registrymodifications.xcu").write_text(_profile_settings(substitutes), encoding="utf-8")
        out = folder / "out"
        command = [
            str(soffice), "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            "--nolockcheck", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to", "pdf", "--outdir", str(out), str(source),
        ]
        returncode, output = _run(command, timeout)
        result = out / "bulletin.pdf"
        if returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            detail = output.strip().splitlines()[-1] if output.strip() else f"退出码 {returncode}"
            raise ExportError(f"LibreOffice 未能把简报转换为 PDF（{detail}）。可以先导出 Word 文件，再用 Word 或 WPS 另存为 PDF。")
        return result.read_bytes()


def _run(command: list[str], timeout: float) -> tuple[int, str]:
    """Run LibreOffice in its own process group, so a hung conversion can be ended with
    every process it started (soffice is a launcher for soffice.bin)."""
    kwargs: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "stdin": subprocess.DEVNULL}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True
    try:
        process = subprocess.Popen(command, **kwargs)
    except OSError as exc:
        raise ExportError(f"无法启动 LibreOffice（{command[0]}）：{exc.strerror or exc}") from None
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(process)
        process.communicate()
        raise ExportError(
            f"LibreOffice 在 {timeout:.0f} 秒内没有完成 PDF 转换，已停止。请关闭其他正在运行的 LibreOffice 后重试，"
            "或先导出 Word 文件。"
        ) from None
    return process.returncode, output.decode("utf-8", "replace")


def _kill_tree(process: subprocess.Popen) -> None:
    if os.name == "nt":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True)
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
