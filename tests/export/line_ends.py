"""Where lines end, read back from a PDF: the measure of whether two renderers set the
same lines.

Both PDFs go through ``pdftotext -layout``; every line is stripped of whitespace (Qt and
LibreOffice place spaces differently, and pdftotext adds some between CJK and digits),
page-number lines are dropped, and what remains is joined into one string. A line end is
its position in that string. Two renders agree on a line when the same position ends a
line in both; the texts themselves must be equal, or positions would not compare.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

PAGE_NUMBER = re.compile(r"^—?(\d+)—?$")
_SPACE = re.compile(r"\s+")


def layout_lines(pdf: Path) -> list[str]:
    """The PDF's lines as ``pdftotext -layout`` gives them, whitespace removed, page
    numbers and empty lines left out."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    lines = (_SPACE.sub("", line) for line in text.splitlines())
    return [line for line in lines if line and not PAGE_NUMBER.match(line)]


def line_ends(lines: list[str]) -> list[int]:
    ends, position = [], 0
    for line in lines:
        position += len(line)
        ends.append(position)
    return ends


@dataclass(frozen=True)
class Agreement:
    lines: int  # lines of the reference render
    agreeing: int  # of those, lines whose end is also a line end in the other render
    same_text: bool

    @property
    def ratio(self) -> float:
        return self.agreeing / self.lines if self.lines else 1.0


def agreement(reference: list[str], other: list[str]) -> Agreement:
    """How many of ``reference``'s line ends ``other`` shares."""
    mine, theirs = line_ends(reference), set(line_ends(other))
    return Agreement(len(mine), sum(1 for end in mine if end in theirs), "".join(reference) == "".join(other))


def compare_pdfs(reference: Path, other: Path) -> Agreement:
    return agreement(layout_lines(reference), layout_lines(other))


def differing_lines(reference: list[str], other: list[str]) -> list[tuple[str, str]]:
    """Pairs (reference line, other's line at the same start) for lines that end apart,
    to read what makes the renders differ."""
    theirs = {start: line for start, line in zip([0, *line_ends(other)], other)}
    out, start = [], 0
    for line in reference:
        end = start + len(line)
        match = theirs.get(start)
        if match is None or start + len(match) != end:
            out.append((line, match or "?"))
        start = end
    return out
