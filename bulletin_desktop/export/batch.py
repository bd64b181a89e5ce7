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
from .errors import ExportCancelled
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


def write_each(issues: Sequence[Issue], folder: str | os.PathLike, fmt: str = "docx",
               options: Sequence[LayoutOptions] | None = None, progress: Progress | None = None,
               engine: str | None = None) -> list[Path]:
    """Each issue as its own file named ``default_file_name`` in ``folder`` (made if
    missing, ``output_folder``), with its own layout (``options``, one per issue: issues of
    several series keep their series' layouts; default: the defaults); returns the files written.
    ``ExportCancelled`` carries the ones written before the clerk stopped."""
    layouts = list(options) if options is not None else [LayoutOptions()] * len(issues)
    if len(layouts) != len(issues):
        raise ValueError("one layout per issue")
    target = Path(folder)
    written: list[Path] = []
    with output_folder(target, target):
        for issue, layout in zip(issues, layouts):
            if progress is not None and not progress(len(written), len(issues)):
                raise ExportCancelled(f"已取消：导出了 {len(written)} 期，其余 {len(issues) - len(written)} 期没有导出。",
                                      written)
            path = target / unused_name(default_file_name(issue, f".{fmt}"), {p.name for p in written})
            write_issue(issue, path, fmt, layout, engine)
            written.append(path)
    if progress is not None:
        progress(len(written), len(issues))
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
