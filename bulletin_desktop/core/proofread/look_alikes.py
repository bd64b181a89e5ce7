"""A character met in place of one drawn like it (咨洵 for 咨询, 结箅 for 结算, 展岚 for 展览, 修夏 for
修复): read off a scan, a photograph or a handwritten draft, where sound plays no part.

The look-alikes (``look_alike_chars.txt``) are mostly characters of their own (夏, 齐, 遂), so one is
told only where it makes no known word with the characters around it, and the character it was
taken for makes a listed word there (修复, 以内): what the text holds is then no word at all, and
one stroke away is the word 简报 prose writes. A word missing from the lists only makes a miss.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from .base import finding
from .findings import Finding
from .lists import lexicon, look_alike_chars, office_terms, two_char_terms
from .two_char_terms import known_words

_LONGEST = 4  # the longest word looked for around the character


@cache
def _taken_for() -> dict[str, str]:
    """Each look-alike with the characters it may stand for."""
    found: dict[str, str] = {}
    for right, alikes in look_alike_chars().items():
        for alike in alikes:
            found[alike] = found.get(alike, "") + right
    return found


@cache
def _look_alike() -> re.Pattern[str]:
    """Any of the look-alikes: most paragraphs hold none, and are passed over in one scan."""
    return re.compile("[" + re.escape("".join(_taken_for())) + "]")


@cache
def _listed() -> frozenset[str]:
    """The words a character's right reading must make: the lists of office prose."""
    return lexicon() | office_terms() | frozenset(two_char_terms())


def _in_a_word(text: str, at: int, words: frozenset[str]) -> str | None:
    """A word of ``words`` in ``text`` that holds the character at ``at``, or None."""
    for size in range(2, _LONGEST + 1):
        for start in range(max(0, at - size + 1), min(at, len(text) - size) + 1):
            if text[start:start + size] in words:
                return text[start:start + size]
    return None


def check_look_alikes(text: str) -> Iterator[Finding]:
    taken_for, known, listed = _taken_for(), known_words(), _listed()
    for m in _look_alike().finditer(text):
        at = m.start()
        if _in_a_word(text, at, known) is not None:
            continue
        for right in taken_for[m.group()]:
            word = _in_a_word(text[:at] + right + text[at + 1:], at, listed)
            if word is not None:
                yield finding("W-LOOK-ALIKE", text, at, at + 1, right, word=word)
                break
