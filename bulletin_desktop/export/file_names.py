"""The file name an exported issue gets unless the clerk types another."""
from __future__ import annotations

from ..core.model import Issue

_FORBIDDEN = '\\/:*?"<>|'  # not allowed in Windows file names


def safe_file_name(name: str) -> str:
    return "".join("_" if ch in _FORBIDDEN else ch for ch in name)


def default_file_name(issue: Issue, suffix: str) -> str:
    """漯河安全生产简报第52期（安全生产大检查专刊第34期）.docx: the 期号 as the masthead
    prints it (某某简报2026年第6期（总第60期）.docx)."""
    name = f"{issue.series}{issue.number_line()}"
    if issue.special is not None:
        name += f"（{issue.special.label('')}）"
    return safe_file_name(name) + suffix


def unused_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name`` with （2）, （3）… before its suffix when ``taken`` has it
    (two issues whose masthead lines read the same must not share a file)."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, count = name, 1
    while candidate in taken:
        count += 1
        candidate = f"{stem}（{count}）{dot}{suffix}"
    return candidate


def compilation_file_name(series: str, year: int, suffix: str = ".docx") -> str:
    """漯河安全生产简报2022年度汇编.docx"""
    return safe_file_name(f"{series}{year}年度汇编") + suffix
