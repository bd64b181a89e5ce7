"""Text with bold spans, the only inline formatting a bulletin has.

Rich text is a tuple of ``Run`` values. Its textual form ("markup") is the one the
plain-text bulletin format uses: ``**`` toggles bold, ``\\*`` is a literal asterisk and
``\\\\`` a literal backslash where it would otherwise be read as an escape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Run:
    """A stretch of text, bold or not: the unit of rich text."""
    text: str
    bold: bool = False


RichText = tuple[Run, ...]


def normalize(runs: Iterable[Run]) -> RichText:
    """Drop empty runs and merge neighbours of equal weight, so equal text compares equal."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].bold == run.bold:
            out[-1] = Run(out[-1].text + run.text, run.bold)
        else:
            out.append(run)
    return tuple(out)


# Characters that print as nothing, left by pasting from web pages and chats: zero-width
# spaces and non-joiners, the word joiner, a byte-order mark inside the text, soft hyphens.
# They split a date or a unit's name for every reader (a search, a unit list, the proofreader).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"), None)


def visible(text: RichText) -> RichText:
    """``text`` without the characters that print as nothing."""
    if not any(ord(ch) in _INVISIBLE for run in text for ch in run.text):
        return text
    return normalize(Run(run.text.translate(_INVISIBLE), run.bold) for run in text)


def plain(text: RichText) -> str:
    return "".join(run.text for run in text)


_MARKUP_TOKEN = re.compile(r"\\[\\*]|\*\*")


def parse_markup(markup: str) -> RichText:
    """Read ``**bold**`` markup. An unclosed ``**`` makes the rest bold, as a reader would."""
    if "*" not in markup and "\\" not in markup:
        return (Run(markup),) if markup else ()
    runs: list[Run] = []
    buf: list[str] = []
    bold = False
    pos = 0
    for match in _MARKUP_TOKEN.finditer(markup):
        buf.append(markup[pos:match.start()])
        token = match.group()
        if token == "**":
            runs.append(Run("".join(buf), bold))
            buf = []
            bold = not bold
        else:
            buf.append(token[1])
        pos = match.end()
    buf.append(markup[pos:])
    runs.append(Run("".join(buf), bold))
    return normalize(runs)


_BACKSLASH_NEEDING_ESCAPE = re.compile(r"\\(?=[\\*]|$)")


def _escape(text: str) -> str:
    return _BACKSLASH_NEEDING_ESCAPE.sub(r"\\\\", text).replace("*", "\\*")


def to_markup(text: RichText) -> str:
    parts = []
    for run in normalize(text):
        escaped = _escape(run.text)
        parts.append(f"**{escaped}**" if run.bold else escaped)
    return "".join(parts)


def strip_edges(text: RichText) -> RichText:
    """The text without the whitespace (full-width too) at its two ends."""
    runs = list(normalize(text))
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].bold)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold)
    return normalize(runs)


def from_plain(text: str, bold: bool = False) -> RichText:
    return normalize([Run(text, bold)])


def concat(*parts: RichText) -> RichText:
    return normalize(run for part in parts for run in part)


# replacing characters by code-point range, keeping the bold of the runs around: the one rule
# for every edit of rich text by range (find and replace, proofreading's fixes, the clean-up,
# a pasted or adopted entry's lead taken out of its text)
def replace_range(text: RichText, start: int, end: int, new: str) -> RichText:
    """``text`` with plain characters ``[start, end)`` replaced by ``new``. The new characters
    take the weight of the first character they replace: replacing inside a bold run keeps it
    bold, replacing across a bold boundary takes the first run's weight. A pure insertion
    (``start == end``) takes the weight of the character before it, as typing does in the
    editor and in Word (a comma put after a date stays plain before a bold unit, a full
    stop put after a bold lead is bold), and at the very start that of the one after it."""
    runs = normalize(text)
    if start < end:
        bold = _weight_at(runs, start)
    else:
        bold = _weight_at(runs, start - 1) if start > 0 else _weight_at(runs, 0)
    return normalize([*_cut(runs, 0, start), Run(new, bold), *_cut(runs, end, None)])


def _weight_at(text: RichText, index: int) -> bool:
    """Whether plain character ``index`` is bold; past the end, the last character's weight."""
    position = 0
    for run in text:
        position += len(run.text)
        if index < position:
            return run.bold
    return bool(text) and text[-1].bold


def _cut(text: RichText, start: int, end: int | None) -> list[Run]:
    """The runs of plain characters ``[start, end)`` (``end`` None: to the end)."""
    out: list[Run] = []
    position = 0
    for run in text:
        first, position = position, position + len(run.text)
        piece = run.text[max(0, start - first):len(run.text) if end is None else max(0, end - first)]
        if piece:
            out.append(Run(piece, run.bold))
    return out


def replace_ranges(text: RichText, edits: list[tuple[int, int, str]]) -> RichText:
    """Several non-overlapping replacements at once (applied from the end so offsets hold)."""
    for start, end, new in sorted(edits, reverse=True):
        text = replace_range(text, start, end, new)
    return text


def char_count(text: str) -> int:
    """Count characters as a Chinese clerk does: every CJK character and every other
    visible character counts one; whitespace does not."""
    return sum(1 for ch in text if not ch.isspace())
