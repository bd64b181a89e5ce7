"""Replacing characters of rich text by code-point range, keeping the bold of the runs around."""
from __future__ import annotations

from ..richtext import RichText, Run, normalize


def replace_range(text: RichText, start: int, end: int, new: str) -> RichText:
    """``text`` with plain characters ``[start, end)`` replaced by ``new``; the new characters
    take the weight of the character they replace (or of the one before a pure insertion)."""
    out: list[Run] = []
    position = 0
    inserted = False
    for run in text:
        run_start, run_end = position, position + len(run.text)
        position = run_end
        if run_end <= start or run_start >= end and inserted:
            if run_start >= end and not inserted:
                out.append(Run(new, run.bold))
                inserted = True
            out.append(run)
            continue
        keep_before = run.text[:max(0, start - run_start)]
        keep_after = run.text[max(0, end - run_start):] if end < run_end else ""
        if keep_before:
            out.append(Run(keep_before, run.bold))
        if not inserted:
            out.append(Run(new, run.bold))
            inserted = True
        if keep_after:
            out.append(Run(keep_after, run.bold))
    if not inserted:
        out.append(Run(new, out[-1].bold if out else False))
    return normalize(out)


def replace_ranges(text: RichText, edits: list[tuple[int, int, str]]) -> RichText:
    """Several non-overlapping replacements at once (applied from the end so offsets hold)."""
    for start, end, new in sorted(edits, reverse=True):
        text = replace_range(text, start, end, new)
    return text
