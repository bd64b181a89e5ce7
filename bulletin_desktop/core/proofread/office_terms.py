"""A word of office prose written one character off (动物役病, 违规吃和, 卫星定为).

A list of misspellings only catches the slips someone has already seen; a clerk's pinyin input
method makes new ones every day, nearly always by picking a character that sounds like the right
one. So the check starts from the right words instead: each word of three or more characters
that 简报 prose uses (``office_terms.txt``), with one character swapped for one typed in its
place (``confusable_chars.txt``), is a slip, unless the swap makes another listed word. Two-
character words are left out: a swap there often makes another word, or two words meeting.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from .base import finding
from .findings import Finding
from .lists import confusable_chars, office_terms
from .words import _trie_pattern, _word_pattern


@cache
def _slips() -> dict[str, str]:
    """Every one-character slip of a listed word, with the word it stands for."""
    terms = office_terms()
    swaps = confusable_chars()
    listed = _word_pattern()  # a slip holding a listed misspelling (排查整制) is the list's, with its guards
    slips: dict[str, str] = {}
    for term in sorted(terms):
        for index, char in enumerate(term):
            for other in swaps.get(char, ""):
                slip = term[:index] + other + term[index + 1:]
                if slip not in terms and not _holds_listed(listed, slip):
                    slips.setdefault(slip, term)
    return slips


def _holds_listed(listed: re.Pattern[str], slip: str) -> bool:
    """Whether a listed misspelling of two or more characters lies in ``slip`` (one character,
    like 和 or 的, is a word of its own there)."""
    for index in range(len(slip)):
        m = listed.match(slip, index)
        if m and len(m.group()) >= 2:
            return True
    return False


@cache
def _slip_pattern() -> re.Pattern[str]:
    return re.compile(_trie_pattern(sorted(_slips())))


# a body's name opens right after the place (县卫生建康委员会): the body-name check reports the
# whole name, with the name it stands for; 全县, 我市, 各区 name the place itself
_BODY_OPENS = re.compile("(?<![全本该各我两一每])[县市区]委?\\Z")


def check_office_terms(text: str) -> Iterator[Finding]:
    slips = _slips()
    for m in _slip_pattern().finditer(text):
        if _BODY_OPENS.search(text, max(0, m.start() - 2), m.start()):
            continue
        yield finding("W-TERM-SLIP", text, m.start(), m.end(), slips[m.group()])
