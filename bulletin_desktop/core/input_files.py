"""Files the clerk names, checked before they are read: a regular file only (a folder, a
named pipe or a device such as /dev/zero is refused, as reading it would block for ever or
never end), and never more than a stated number of bytes. Messages in Chinese."""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable

from .errors import BulletinError, unreadable_reason


class InputFileError(BulletinError):
    """A named file that is not there, not a regular file, or too large to be what it should be."""


def regular_file_problem(path: str | os.PathLike) -> str | None:
    """Why ``path`` cannot be read as a file, in Chinese (naming it); None when it can."""
    name = str(path)
    if not name.strip():
        return "文件的路径是空的。"
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return f"找不到文件：{name}"
    except OSError as exc:
        return f"无法读取文件 {name}：{unreadable_reason(exc)}"
    if stat.S_ISDIR(mode):
        return f"{name}：这是一个文件夹，不是文件。"
    if not stat.S_ISREG(mode):
        return f"{name}：不是普通文件（是设备、管道或套接字），无法读取。"
    return None


def other_program_problem(path: str | os.PathLike) -> str | None:
    """Why a file another office program makes (a WPS or Excel table, a presentation, a PDF or
    OFD copy) is not read, in Chinese, named by its ending (file_kinds.OTHER_OFFICE_SUFFIXES);
    also the lock file Word, WPS or LibreOffice keeps beside a document it has open; None for
    any other file. A clerk picks one by mistake beside the bulletin it belongs with."""
    from .file_kinds import OTHER_OFFICE_SUFFIXES, PAGE_FILE_SUFFIXES, is_lock_file, is_mac_companion

    name = Path(path).name
    if is_lock_file(name):
        return (f"{name}：这是 Word、WPS 或 LibreOffice 打开文档时在旁边建立的临时文件（锁定文件），不是文档本身，"
                "里面没有简报；请选择名字前面没有“~$”或“.~”的那个文件。")
    if is_mac_companion(name):
        return (f"{name}：这是苹果电脑（Mac）复制文件时在旁边留下的附属文件，不是文档本身，里面没有简报；"
                "请选择名字前面没有“._”的那个文件。")
    suffix = Path(path).suffix.lower()
    if suffix in PAGE_FILE_SUFFIXES:
        return f"{name}：{page_file_reason(PAGE_FILE_SUFFIXES[suffix])}"
    what = OTHER_OFFICE_SUFFIXES.get(suffix)
    if what is None:
        return None
    return (f"{name}：这是{what}文件，不是 Word 文档，没有可导入的简报；"
            "请选择简报的 Word 文件（.docx、.doc、.wps）或纯文本文件。")


def page_file_reason(what: str) -> str:
    """Why a past issue kept as the pages it printed (a PDF, an OFD: 版式文件) is not read: it
    holds one, but as glyphs placed on pages, not as text and paragraphs."""
    return (f"这是{what}，本程序不能直接读取；请在 WPS 或 Word 中打开它，"
            "另存为 Word 文档（.docx）后再导入（或找到它的 Word 原稿）。")


def check_regular_file(path: str | os.PathLike) -> None:
    if problem := regular_file_problem(path):
        raise InputFileError(problem)


def read_bytes_limited(path: str | os.PathLike, limit: int, what: str = "文件") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; InputFileError otherwise."""
    check_regular_file(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputFileError(f"无法读取文件 {path}：{unreadable_reason(exc)}") from None
    if len(data) > limit:
        raise InputFileError(f"{Path(path).name}：文件过大（超过 {limit // (1024 * 1024) or 1} MB），不像一份{what}。")
    return data


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as the files in them the program reads (sorted, not recursive;
    never the lock file Word, WPS or LibreOffice keeps beside a document it has open, nor the
    companion a Mac leaves beside each file it copies): one scan
    for the importer and the submissions inbox."""
    from .file_kinds import IMPORTABLE_SUFFIXES, is_lock_file, is_mac_companion

    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMPORTABLE_SUFFIXES
                              and not is_lock_file(p.name) and not is_mac_companion(p.name)))
        else:
            out.append(path)
    return out
