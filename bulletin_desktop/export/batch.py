"""Several issues at once: one file per issue into a folder, or one compilation.

GUI-free; the window runs these in a background thread and the command line calls them
directly. Every file is written atomically, so cancelling (``progress`` returning False)
or a failure leaves only whole files: those written before, none half-written.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..core.archive.records import IssueSummary
from ..core.model import Issue
from ..core.safe_write import WriteError, describe_os_error, write_text_atomically
from .errors import ExportCancelled, ExportError
from .file_names import default_file_name, unused_name
from .layout_options import LayoutOptions

FORMATS = ("docx", "pdf", "txt")
Progress = Callable[[int, int], bool]
"""(files done, files in all) -> False to stop."""


def write_issue(issue: Issue, path: str | os.PathLike, fmt: str, options: LayoutOptions,
                engine: str | None = None) -> None:
    """One issue in one of FORMATS; the writers are imported only when used. ``engine``
    sets who lays out a PDF (see ``pdf.write_pdf``). The file's folder must be there
    (``output_folder`` makes it)."""
    if fmt == "txt":
        from ..core.textformat import write_text

        write_text_atomically(path, write_text(issue))
    elif fmt == "docx":
        from .docx.writer import write_docx

        write_docx(issue, path, options)
    elif fmt == "pdf":
        from .pdf import write_pdf

        write_pdf(issue, path, options, engine=engine)
    else:
        raise ValueError(f"unknown export format {fmt!r}")


EXISTING = REFUSE, REPLACE, SKIP, KEEP_BOTH = "refuse", "replace", "skip", "keep-both"
"""What to do with a file of the same name already where an export goes: it is never
replaced unless the clerk said so (REPLACE); SKIP leaves it and does not write that issue;
KEEP_BOTH writes the new file as 名称（2）.docx beside it."""

Job = tuple[Issue, LayoutOptions, Path]


class FilesInTheWay(ExportError):
    """Files of the names an export would write are there already and the clerk has not
    said what to do with them; ``paths`` names them."""

    def __init__(self, paths: Sequence[Path], what_to_do: str = ""):
        names = "".join(f"\n  {path.name}" for path in paths)
        then = f"\n{what_to_do}" if what_to_do else ""
        super().__init__(f"文件夹 {paths[0].parent} 中已有 {len(paths)} 个同名的文件，没有替换它们，这次没有导出：{names}{then}")
        self.paths = list(paths)


def planned_files(issues: Sequence[Issue], folder: str | os.PathLike, fmt: str) -> list[Path]:
    """The file each issue gets in ``folder``: its ``default_file_name``, two issues whose
    masthead lines read the same told apart by （2）."""
    names: set[str] = set()
    paths = []
    for issue in issues:
        name = unused_name(default_file_name(issue, f".{fmt}"), names)
        names.add(name)
        paths.append(Path(folder) / name)
    return paths


def already_there(paths: Sequence[Path]) -> list[Path]:
    """The files among ``paths`` that are there (through a link too); anything else in the
    way (a folder, a pipe) is the writer's to refuse."""
    return [path for path in paths if path.is_file()]


def settle_existing(paths: Sequence[Path], existing: str) -> list[Path | None]:
    """``paths`` with those already there dealt with as ``existing`` says: None for one
    skipped, a new name for one kept beside; ``FilesInTheWay`` when the clerk has not said."""
    if existing not in EXISTING:
        raise ValueError(f"unknown choice for existing files {existing!r}")
    there = already_there(paths)
    if not there or existing == REPLACE:
        return list(paths)
    if existing == REFUSE:
        raise FilesInTheWay(there)
    if existing == SKIP:
        return [None if path in there else path for path in paths]
    taken = {path.name for path in paths} | {p.name for p in there[0].parent.iterdir()}
    settled: list[Path | None] = []
    for path in paths:
        if path in there:
            path = path.with_name(unused_name(path.name, taken))
            taken.add(path.name)
        settled.append(path)
    return settled


def plan_each(issues: Sequence[Issue], folder: str | os.PathLike, fmt: str,
              options: Sequence[LayoutOptions] | None = None, existing: str = REFUSE) -> list[Job]:
    """What ``write_each`` writes: each issue not skipped, its layout (``options``, one per
    issue; default: the defaults) and its file."""
    layouts = list(options) if options is not None else [LayoutOptions()] * len(issues)
    if len(layouts) != len(issues):
        raise ValueError("one layout per issue")
    paths = settle_existing(planned_files(issues, folder, fmt), existing)
    return [(issue, layout, path) for issue, layout, path in zip(issues, layouts, paths) if path is not None]


def write_each(issues: Sequence[Issue], folder: str | os.PathLike, fmt: str = "docx",
               options: Sequence[LayoutOptions] | None = None, progress: Progress | None = None,
               engine: str | None = None, existing: str = REFUSE) -> list[Path]:
    """Each issue as its own file in ``folder`` (made if missing, ``output_folder``), as
    ``plan_each`` plans them: issues of several series keep their series' layouts, and a
    file already there is dealt with as ``existing`` says; returns the files written."""
    return write_jobs(plan_each(issues, folder, fmt, options, existing), folder, fmt, progress, engine)


def write_jobs(jobs: Sequence[Job], folder: str | os.PathLike, fmt: str, progress: Progress | None = None,
               engine: str | None = None) -> list[Path]:
    """``ExportCancelled`` carries the files written before the clerk stopped."""
    target = Path(folder)
    written: list[Path] = []
    with output_folder(target, target):
        for issue, layout, path in jobs:
            if progress is not None and not progress(len(written), len(jobs)):
                raise ExportCancelled(f"已取消：导出了 {len(written)} 期，其余 {len(jobs) - len(written)} 期没有导出。",
                                      written)
            write_issue(issue, path, fmt, layout, engine)
            written.append(path)
    if progress is not None:
        progress(len(written), len(jobs))
    return written


@contextmanager
def output_folder(folder: Path, named: Path) -> Iterator[None]:
    """Make ``folder`` with the folders above it that are missing, for files written inside
    the block; a failure says so naming ``named`` (the folder, or the one file to be written).
    When the block fails or is cancelled leaving them empty, the folders made are taken back."""
    made = _folders_to_make(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(describe_os_error(exc, named), named) from None
    try:
        yield
    except BaseException:
        for made_folder in made:
            try:
                made_folder.rmdir()  # only when empty: the files written before stay
            except OSError:
                break
        raise


def _folders_to_make(folder: Path) -> list[Path]:
    """The folders ``folder.mkdir(parents=True)`` would make, innermost first."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists() or candidate.is_symlink():
            break
        missing.append(candidate)
    return missing


def year_issues(summaries: Sequence[IssueSummary], year: int, series: str) -> list[IssueSummary]:
    """The summaries of ``series``'s issues dated in ``year``, oldest first: what that
    year's compilation holds and in which order."""
    chosen = [s for s in summaries if s.series == series and s.date.year == year]
    return sorted(chosen, key=lambda s: (s.date, s.number, s.id))
