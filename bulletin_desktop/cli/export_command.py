"""``export`` and ``export-year``: layout options parsed here (on top of each issue's
series layout); the work is done by the GUI-free writers."""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..export.layout_options import LayoutOptionError, LayoutOptions, load_options

if TYPE_CHECKING:  # the parser adds this module's options: what it imports is kept light
    from ..core.archive import Archive
    from ..core.model import Issue


def parse_option_pairs(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise LayoutOptionError(f"版式设置应写成 键=值，例如 red_rule_pt=3；收到的是“{pair}”。")
        values[key.strip()] = value.strip()
    return values


def issue_options(archive: "Archive", issue: "Issue", option_pairs: list[str], settings: Path | None) -> LayoutOptions:
    """The layout of the issue's series, the settings file and the options on top."""
    from ..export.series_options import series_options

    layout = archive.series_layout(issue.series_id) if issue.series_id is not None else {}
    return load_options(settings, parse_option_pairs(option_pairs), base=series_options(layout))


def add_existing_options(parser: argparse.ArgumentParser) -> None:
    """Without either, a file of the same name already there is left alone and nothing is
    exported: the clerk's own edits of an exported file are never lost unasked."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--overwrite", action="store_true",
                       help="已有同名文件时替换它（不加 --overwrite 或 --keep-both 时不替换、不导出，并列出这些文件）")
    group.add_argument("--keep-both", action="store_true",
                       help="已有同名文件时保留它，新文件另存为新名称（如“…第52期（2）.docx”）")


def existing_choice(args: argparse.Namespace) -> str:
    from ..export.batch import KEEP_BOTH, REFUSE, REPLACE

    return REPLACE if args.overwrite else KEEP_BOTH if args.keep_both else REFUSE


@contextmanager
def saying_how_to_choose() -> Iterator[None]:
    """A refusal names the files and the two options that would go on."""
    from ..export.batch import FilesInTheWay

    from ..export.file_names import unused_name

    try:
        yield
    except FilesInTheWay as exc:
        first = exc.paths[0].name  # the new name --keep-both would give the first of them
        kept = unused_name(first, {first})
        raise FilesInTheWay(exc.paths, "要替换它们请加 --overwrite；要保留它们、新文件另存为新名称"
                                       f"（如“{kept}”）请加 --keep-both。") from None
