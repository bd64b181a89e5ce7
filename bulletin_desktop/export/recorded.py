"""Exporting issues and noting each file in the archive: one issue to a file, one file per
issue into a folder, or a year compiled into one file; the folders a file goes into are
made when missing, whichever it is. The command line and the window both export
through here, so what is written and what the archive records of it cannot drift apart.

The archive's side is a ``Recorder`` the caller passes: the window records into the
archive it holds open, the command line opens the archive for writing after the files
are written (the window may be holding it). A recorder reports its own failures: the
files written stand either way.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from ..core.model import Issue
from .batch import REFUSE, REPLACE, SKIP, Progress, output_folder, plan_each, settle_existing, write_issue, write_jobs
from .errors import ExportCancelled, ExportError
from .layout_options import LayoutOptions

Record = tuple[int, str, Path, dict]
"""One export record: issue id, format, file, the layout settings it was written with."""
Recorder = Callable[[list[Record]], None]


def recorded_settings(fmt: str, options: LayoutOptions) -> dict:
    """The layout settings an export record keeps (a text export has none)."""
    return {} if fmt == "txt" else options.to_dict()


def _issue_id(issue: Issue) -> int:
    if issue.id is None:
        raise ValueError("only issues from the archive are recorded")
    return issue.id


def one_file(path: str | os.PathLike, existing: str) -> Path:
    """The file one export writes: ``path``, or a new name beside a file already there
    (``batch.settle_existing``; skipping is for several files)."""
    if existing == SKIP:
        raise ValueError("one file is replaced, kept beside or refused, not skipped")
    settled = settle_existing([Path(path)], existing)[0]
    assert settled is not None
    return settled


def export_one(issue: Issue, path: str | os.PathLike, fmt: str, layout: LayoutOptions, record: Recorder,
               engine: str | None = None, existing: str = REPLACE) -> Path:
    """One issue in one file (``batch.write_issue``), its missing folders made as for
    several issues, and its record; returns the file written. The window's save dialog has
    asked before replacing a file, hence REPLACE; the command line says what it was told."""
    target = one_file(path, existing)
    with output_folder(target.parent, target):
        write_issue(issue, target, fmt, layout, engine)
    record([(_issue_id(issue), fmt, target, recorded_settings(fmt, layout))])
    return target


def export_each(issues: Sequence[Issue], folder: str | os.PathLike, fmt: str, layouts: Sequence[LayoutOptions],
                record: Recorder, progress: Progress | None = None, engine: str | None = None,
                existing: str = REFUSE) -> list[Path]:
    """``batch.write_each`` (files already in the folder dealt with as ``existing`` says),
    then one record per file written; when the clerk cancels, the whole files written
    before are recorded too and ``ExportCancelled`` goes on."""
    jobs = plan_each(issues, folder, fmt, layouts, existing)

    def records(paths: Sequence[Path]) -> list[Record]:
        return [(_issue_id(issue), fmt, Path(path), recorded_settings(fmt, layout))
                for (issue, layout, _), path in zip(jobs, paths)]

    try:
        paths = write_jobs(jobs, folder, fmt, progress, engine)
    except ExportCancelled as exc:
        if exc.written:
            record(records(exc.written))
        raise
    record(records(paths))
    return paths


def check_compilation_name(path: str | os.PathLike) -> None:
    """A year's compilation is a Word file: a name ending in another format's suffix (y.pdf)
    would give a Word file that the name says is something else."""
    suffix = Path(path).suffix.lower()
    if suffix and suffix != ".docx":
        raise ExportError(f"年度汇编只能导出为 Word 文件（.docx），“{Path(path).name}”不是 Word 文件的名字。"
                          "请把文件名改为以 .docx 结尾。")


def export_year(issues: Sequence[Issue], path: str | os.PathLike, series: str, year: int, layout: LayoutOptions,
                record: Recorder, progress: Progress | None = None, existing: str = REPLACE) -> Path:
    """The year's issues compiled into one Word file, and a record for each issue it holds,
    all naming that file (with ``compilation`` in the settings saying which); a file already
    there is dealt with as for one issue (``export_one``). Returns the file written."""
    from .docx.compilation import write_compilation, year_title

    check_compilation_name(path)
    target = one_file(path, existing)
    title = year_title(year)
    with output_folder(target.parent, target):
        write_compilation(issues, target, series, title, layout, progress)
    settings = {**recorded_settings("docx", layout), "compilation": f"{series} {title}"}
    record([(_issue_id(issue), "docx", target, settings) for issue in issues])
    return target
