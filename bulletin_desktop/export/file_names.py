"""The file name an exported issue gets unless the clerk types another."""
from __future__ import annotations

from ..core.model import Issue

_FORBIDDEN = '\\/:*?"<>|'  # not allowed in Windows file names


def safe_file_name(name: str) -> str:
    return "".join("_" if ch in _FORBIDDEN else ch for ch in name)


def default_file_name(issue: Issue, suffix: str) -> str:
    """漯河安全生产简报第52期（安全生产大检查专刊第34期）.docx"""
    name = f"{issue.series}第{issue.number}期"
    if issue.special is not None:
        name += f"（{issue.special.name}第{issue.special.number}期）"
    return safe_file_name(name) + suffix


def compilation_file_name(series: str, year: int, suffix: str = ".docx") -> str:
    """漯河安全生产简报2022年度汇编.docx"""
    return safe_file_name(f"{series}{year}年度汇编") + suffix
