"""PDF export: the .docx converted by LibreOffice, or the Qt rendering of the same blocks.

LibreOffice gives the PDF that matches what Word prints from the .docx. It runs headless
with a private, throw-away profile so it neither disturbs nor waits for a LibreOffice the
clerk has open (``core.libreoffice`` runs it). Without LibreOffice the preview's Qt renderer draws the same blocks,
and so it does when LibreOffice's PDF, read back, lacks a pause mark of the text
(``pdf_drawn_text``).
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

from ..core.libreoffice import (  # noqa: F401 (SOFFICE_ENV, _windows_candidates: where callers look)
    DEFAULT_TIMEOUT_S, SOFFICE_ENV, ConversionFailed, ConversionNotStarted, ConversionTimedOut, _on_windows,
    _windows_candidates, convert_all, libreoffice_path,
)
from ..core.model import Issue
from ..core.safe_write import write_atomically
from .docx.print_guard import guarded_for_libreoffice
from .docx.writer import docx_bytes
from .errors import ExportError
from .font_names import metric_compatible
from .layout_options import LayoutOptions
from .pdf_drawn_text import lost_marks

_log = logging.getLogger(__name__)


ENGINES = ("qt", "libreoffice")


def write_pdf(issue: Issue, path: str | os.PathLike, options: LayoutOptions = LayoutOptions(), *,
              engine: str | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> None:
    """Write ``issue`` as a PDF at ``path``. ``engine`` is "libreoffice" (the .docx
    converted), "qt" (the preview's typesetting) or None: LibreOffice when installed.
    Raises ``ExportError`` when LibreOffice is asked for and missing or fails, and
    ``WriteError`` when the file cannot be written; an existing file stays as it was."""
    if engine is not None and engine not in ENGINES:
        raise ExportError(f"不认识的 PDF 排版程序“{engine}”，可选：qt、libreoffice。")
    soffice = None if engine == "qt" else libreoffice_path()
    if soffice is None and engine == "libreoffice":
        raise ExportError("没有找到 LibreOffice，无法用它生成 PDF。请安装 LibreOffice，或改用 --engine qt。")
    if soffice is None:
        from .qt_render import write_pdf_qt  # Qt only when really needed

        write_pdf_qt(issue, path, options)
        return
    docx = docx_bytes(issue, options)
    pdf = convert_docx_to_pdf(docx, soffice, timeout=timeout, substitutes=font_substitutes(options))
    lost = lost_marks(docx, pdf)
    if lost and engine is None:
        # every character on paper matters more than LibreOffice's line ends, which the
        # preview's typesetting shares but for a few
        _log.warning("LibreOffice dropped pause marks %s; the PDF is set by Qt instead", dict(lost),
                     extra={"clerk": f"LibreOffice 排出的 PDF 漏印了{_described(lost)}，这份 PDF 已改用本程序的排版生成，"
                                     "文字一个不少。"})
        from .qt_render import write_pdf_qt

        write_pdf_qt(issue, path, options)
        return
    if lost:
        _log.warning("LibreOffice dropped pause marks %s; written as asked", dict(lost),
                     extra={"clerk": f"LibreOffice 排出的 PDF 漏印了{_described(lost)}。按要求仍用 LibreOffice 的排版写出；"
                                     "要文字一个不少，请改用 --engine qt。"})
    write_atomically(path, lambda handle: handle.write(pdf))


def _described(lost: Counter[str]) -> str:
    """“2 个标点（，、）”"""
    return f" {sum(lost.values())} 个标点（{''.join(sorted(lost))}）"


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
    found = {name: table[name] for name in sorted(used)
             if name in table and name not in installed and table[name] in installed}
    # digits and Latin letters: the face Qt draws them with too (Liberation Serif for Times New Roman)
    if options.latin_font not in installed:
        stand_in = next((face for face in metric_compatible(options.latin_font) if face in installed), None)
        if stand_in is not None:
            found[options.latin_font] = stand_in
    return found


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
    return convert_many({"bulletin": docx}, soffice, timeout=timeout, substitutes=substitutes)["bulletin"]


def convert_many(documents: dict[str, bytes], soffice: Path, *, timeout: float = DEFAULT_TIMEOUT_S,
                 substitutes: dict[str, str] | None = None) -> dict[str, bytes]:
    """Convert several of our .docx (name -> bytes; names are plain file stems) in one
    LibreOffice run, which starts once for all of them; returns name -> PDF bytes. Each is
    guarded against LibreOffice's lost pause marks first (``print_guard``)."""
    with tempfile.TemporaryDirectory(prefix="bulletin-pdf-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        sources = []
        for name, docx in documents.items():
            source = folder / f"{name}.docx"
            source.write_bytes(guarded_for_libreoffice(docx))
            sources.append(source)
        try:
            results = convert_all(soffice, sources, "pdf", folder, timeout=timeout,
                                  profile_settings=_profile_settings(substitutes) if substitutes else None)
        except ConversionNotStarted as exc:
            raise ExportError(f"无法启动 LibreOffice（{exc.program}）：{exc.reason}") from None
        except ConversionTimedOut:
            raise ExportError(
                f"LibreOffice 在 {timeout:.0f} 秒内没有完成 PDF 转换，已停止。请关闭其他正在运行的 LibreOffice 后重试，"
                "或先导出 Word 文件。"
            ) from None
        except ConversionFailed as exc:
            raise ExportError(f"LibreOffice 未能把简报转换为 PDF（{exc.detail}）。可以先导出 Word 文件，再用 Word 或 WPS 另存为 PDF。") from None
        return {name: result.read_bytes() for name, result in zip(documents, results)}
