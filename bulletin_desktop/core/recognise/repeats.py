"""An issue copied twice into one file by mistake (the clerk pasted it again under itself, or
saved a text that a system exported twice). Its second copy repeats the first, from the
masthead or from the body's start on: read once, that copy is no text of its own, and it is
left out and said. A masthead repeated whole over other text may be a second version of the
issue, which the clerk must choose between: all of it is read, and said."""
from __future__ import annotations

from .parts import Paragraph
from .patterns import compact

_MASTHEAD_MIN = 2  # a masthead of fewer lines (a name alone) is no sign of a copy where it recurs
# the lines a masthead must have for its recurring to be a second version: a name with its number
# alone may be a printed copy's running head left in
_VERSION_MASTHEAD_MIN = 3


def _texts(paras: list[Paragraph]) -> list[str]:
    return [compact(p.text) for p in paras]


def repeated_copy(paras: list[Paragraph], masthead_end: int) -> int | None:
    """Where a second copy of the text begins: the paragraph from which the text repeats its
    own start, the masthead (``paras[:masthead_end]``) and what follows it, to the text's end
    (a copy cut short too); None when there is none. The copy may lack the masthead's lines,
    some or all (the name under a page number is taken for a printed copy's running head and
    left out; the clerk may have copied the body alone): with none of them, it repeats the
    whole body and the closing block."""
    if masthead_end < _MASTHEAD_MIN or any(p.exact for p in paras):
        return None
    texts = _texts(paras)
    for start in range(masthead_end + 1, len(texts)):
        copied = len(texts) - start
        for first in range(masthead_end + 1):
            whole = first + copied == start
            if (texts[start] == texts[first] and (whole or copied > masthead_end - first > 0)
                    and texts[start:] == texts[first:first + copied]):
                return start
    return None


def masthead_again(paras: list[Paragraph], masthead_end: int) -> int | None:
    """Where the masthead's lines, all of them in order, stand again after it (another version
    of the issue under the first); None when they do not."""
    if masthead_end < _VERSION_MASTHEAD_MIN or any(p.exact for p in paras):
        return None
    texts = _texts(paras)
    head = texts[:masthead_end]
    return next((start for start in range(masthead_end, len(texts) - masthead_end + 1)
                 if texts[start] == head[0] and texts[start:start + masthead_end] == head), None)
