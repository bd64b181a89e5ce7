"""Two entries side by side: which characters differ, for the reused-entry view."""
from __future__ import annotations

from difflib import SequenceMatcher

Span = tuple[int, int]  # [start, end) in code points


def differing_spans(mine: str, other: str) -> tuple[list[Span], list[Span]]:
    """The ranges of ``mine`` and of ``other`` that the other text does not share, compared
    character by character (code points: a character outside the BMP counts once)."""
    matcher = SequenceMatcher(None, mine, other, autojunk=False)
    left: list[Span] = []
    right: list[Span] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if a1 > a0:
            left.append((a0, a1))
        if b1 > b0:
            right.append((b0, b1))
    return left, right
