"""One file or pasted text holding the pieces of several units, each signed by its own (a
township's clerk gathering two counties' news, a county passing on its towns'): each piece
is a submission of the unit that signed it, not all of them the first or the last signer's.

A piece ends at its signature: the sender's name in brackets on a line of its own
(（宝丰县应急管理局）) or closing its last paragraph (……。（郏县应急管理局）). Only signatures of
registered units count, and only when they name two units or more: a unit's own news in
several signed paragraphs stays one submission.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..model import signed_unit
from ..richtext import RichText, plain
from ..units.detect import detect_unit
from .candidates import is_news, opens_dated_news
from .covering_lines import is_chat_header

_TITLE_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？；，：]$")


def _opens_a_piece(line: str) -> bool:
    """Whether a line can open a unit's piece: its title (short, no sentence ended), news
    opening with its day, or a chat's header naming who posted it."""
    return bool(opens_dated_news(line) or is_chat_header(line)
                or len(line) <= _TITLE_CHARS and not _SENTENCE_END.search(line))


def pieces_by_signer(paragraphs: list[RichText], names: Iterable[tuple[str, int]]) -> list[tuple[list[RichText], int]]:
    """The pieces of ``paragraphs`` with the unit that signed each, when two units or more
    signed pieces of their own, each with news; else [] (one submission, read as ever).
    Lines after the last signature (a date, whom to call) go with the last piece."""
    names = list(names)
    lines = [plain(p).strip() for p in paragraphs]
    ends: list[tuple[int, int]] = []  # (index of the signature's line, unit)
    for index, paragraph in enumerate(paragraphs):
        # a signature as the news are signed (……。（郏县应急管理局供稿）, ——郏县应急管理局), not a
        # bracket naming a unit for something else (（郏县应急管理局提供数据）)
        signer = signed_unit(paragraph)
        if not signer or "、" in signer:  # (units signing together: one piece of theirs, not a boundary)
            continue
        unit = detect_unit(names, signer, opening=False)
        if unit is not None:
            ends.append((index, unit))
    if len({unit for _index, unit in ends}) < 2:
        return []
    pieces: list[tuple[list[RichText], int]] = []
    start = 0
    for number, (end, unit) in enumerate(ends):
        stop = len(paragraphs) if number == len(ends) - 1 else end + 1
        piece = paragraphs[start:stop]
        if not any(is_news(plain(p)) for p in piece):
            return []  # a signature with no news of its own above it: no piece to give it
        if number and not _opens_a_piece(lines[start]):
            return []  # what follows a signature goes on with the same news: a bracket, no piece's end
        if pieces and pieces[-1][1] == unit:  # (one unit's two signed paragraphs: one piece of its)
            pieces[-1] = (pieces[-1][0] + piece, unit)
        else:
            pieces.append((piece, unit))
        start = stop
    return pieces
