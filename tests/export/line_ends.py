"""Where lines end, read back from a PDF: the measure of whether two renderers set the
same lines.

Both PDFs go through ``pdftotext -layout``; every line is stripped of whitespace (Qt and
LibreOffice place spaces differently, and pdftotext adds some between CJK and digits),
page-number lines are dropped, and what remains is joined into one string. A line end is
its position in that string. Two renders agree on a line when the same position ends a
line in both. When the texts differ (LibreOffice 7.4 sometimes drops a comma that hangs
past the margin of a justified line), the two are aligned character by character and a
line end counts where its last character is matched and ends a line in the other too.
"""
from __future__ import annotations

import difflib
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


def _position_map(a: str, b: str) -> dict[int, int]:
    """End position in ``a`` -> the same end in ``b``, for ends after matched characters."""
    if a == b:
        return {i: i for i in range(len(a) + 1)}
    mapping = {}
    for i, j, size in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(1, size + 1):
            mapping[i + k] = j + k
    return mapping


def agreement(reference: list[str], other: list[str]) -> Agreement:
    """How many of ``reference``'s line ends ``other`` shares."""
    mine, theirs = line_ends(reference), set(line_ends(other))
    a, b = "".join(reference), "".join(other)
    moved = _position_map(a, b)
    return Agreement(len(mine), sum(1 for end in mine if moved.get(end) in theirs), a == b)


def compare_pdfs(reference: Path, other: Path) -> Agreement:
    return agreement(layout_lines(reference), layout_lines(other))


def differing_lines(reference: list[str], other: list[str]) -> list[tuple[str, str]]:
    """Pairs (reference line, other's line at the same start) for lines that end apart,
    to read what makes the renders differ."""
    moved = _position_map("".join(reference), "".join(other))
    theirs = {start: line for start, line in zip([0, *line_ends(other)], other)}
    ends = set(line_ends(other))
    out, start = [], 0
    for line in reference:
        end = start + len(line)
        if moved.get(end) not in ends:
            out.append((line, theirs.get(moved.get(start, -1), "?")))
        start = end
    return out
