"""A word of office prose written one character off (动物役病, 违规吃和, 卫星定为).

A list of misspellings only catches the slips someone has already seen; a clerk's pinyin input
method makes new ones every day, nearly always by picking a character that sounds like the right
one. So the check starts from the right words instead: each word of three or more characters
that 简报 prose uses (``office_terms.txt``), with one character swapped for one typed in its
place (``confusable_chars.txt``), is a slip, unless the swap makes another listed word. Two-
character words are left out: a swap there often makes another word, or two words meeting.
"""
from __future__ import annotations

from functools import cache
from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import gated
from .lists import confusable_chars, in_classes, lexicon, office_terms, two_char_terms, words, words_by_class
from .words import listed_form_at


@cache
def _terms_by_class() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, ...]]]:
    """The listed words that have a character with swaps, by how they read in the characters'
    classes (``confusable_classes``), in order; and the lengths of those words by their first
    three characters so read, longest first. A slip reads as its word does, so scanning with
    these finds where one may start in a dictionary lookup, and only there is it worked out."""
    by_class = words_by_class(sorted(office_terms()))
    masks: dict[str, int] = {}  # each head's lengths as the bits of one number
    for key in by_class:
        masks[key[:3]] = masks.get(key[:3], 0) | 1 << len(key)
    heads = {head: tuple(n for n in range(mask.bit_length() - 1, 2, -1) if mask >> n & 1)
             for head, mask in masks.items()}
    return by_class, heads


def _term_of(slip: str, terms: tuple[str, ...]) -> str | None:
    """The listed word of which ``slip`` (not listed itself) is a one-character swap: the first
    in order of ``terms``, the words that read as it does; or None. A swap that puts one listed
    two-character word in place of another (质量检测 for 质量监测, 安全检测) is none: both are
    office words, and which one was meant is a choice."""
    swaps, pairs = confusable_chars(), _pairs()
    for term in terms:
        differ = [i for i in range(len(term)) if slip[i] != term[i]]
        if len(differ) != 1:
            continue
        index = differ[0]
        other = slip[index]
        if other not in swaps.get(term[index], ""):
            continue
        if index and term[index - 1:index + 1] in pairs and term[index - 1] + other in pairs:
            continue
        if index + 1 < len(term) and term[index:index + 2] in pairs and other + term[index + 1] in pairs:
            continue
        return term
    return None


@cache
def _pairs() -> frozenset[str]:
    """The listed two-character words, for telling a swap that makes another of them."""
    return frozenset(two_char_terms())


@cache
def _holds_listed(slip: str, term: str) -> bool:
    """Whether a listed misspelling of two or more characters lies in ``slip`` (排查整制), the
    swap of ``term``: it is the list's, with its guards (one character, like 和 or 的, is a word
    of its own there). A tier B form is a real word, the list's only where it holds the swapped
    character (集中政治 is 政治 there, which the list reports in its contexts and leaves in 集中政治
    学习); elsewhere in the slip it is just a word written right (形式 in 形式主意: the slip is 意)."""
    swapped = next(i for i, (a, b) in enumerate(zip(slip, term)) if a != b)
    table = words()
    for index in range(len(slip)):
        form = listed_form_at(slip, index)
        if form is None or len(form) < 2:
            continue
        if index <= swapped < index + len(form) or any(entry.tier == "A" for entry in table[form]):
            return True
    return False


def _found_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """Where slips lie in ``text``, with the word each stands for: at each place the longest
    one starting there, then on after it."""
    (by_class, heads), listed = _terms_by_class(), office_terms()
    read = in_classes(text)
    read_to = 0
    for at in range(len(text) - 2):
        lengths = heads.get(read[at:at + 3]) if at >= read_to else None
        if lengths is None:
            continue
        for length in lengths:
            # (a word longer than what is left is not looked for: cut short by the text's end, the
            # slip found was a shorter one, reported with this length, past the end)
            terms = by_class.get(read[at:at + length]) if at + length <= len(text) else None
            if terms is None or text[at:at + length] in listed:  # (most often the word, written right)
                continue
            slip = text[at:at + length]
            term = _term_of(slip, terms)
            if term is not None and not _holds_listed(slip, term):
                yield at, at + length, term
                read_to = at + length
                break


# a body's name opens right after the place (县卫生建康委员会): the body-name check reports the
# whole name, with the name it stands for; 全县, 我市, 各区 name the place itself
_BODY_OPENS = gated("(?<![全本该各我两一每])[县市区]委?\\Z")


def check_office_terms(text: str) -> Iterator[Finding]:
    for start, end, term in _found_slips(text):
        if _BODY_OPENS.search(text, max(0, start - 2), start):
            continue
        if _first_closes_a_word(text, start, term) or _last_opens_a_word(text, end, term) \
                or _edge_swap_unfenced(text, start, end, term):
            continue
        yield finding("W-TERM-SLIP", text, start, end, term)


def _first_closes_a_word(text: str, start: int, term: str) -> bool:
    """Whether the slip's swapped character is its first and closes a word with the character
    before it: 天然气管道 is 天然 and 气管道, not 燃气管道 typed off."""
    return start > 0 and text[start] != term[0] and text[start - 1:start + 1] in lexicon()


def _last_opens_a_word(text: str, end: int, term: str) -> bool:
    """Whether the slip's swapped character is its last and opens a word with the character
    after it: 工作主动权 is 工作 and 主动权, not 工作组 typed off."""
    return end < len(text) and text[end - 1] != term[-1] and text[end - 1:end + 1] in lexicon()


# what a sentence says of a thing may open on these, right after the thing's name
_PREDICATE_OPENS = frozenset("已均都也将未不没正仍还被须")


def _edge_swap_unfenced(text: str, start: int, end: int, term: str) -> bool:
    """Whether a slip of three characters has its swapped character at an edge where the text
    runs on into a word we do not know: 一件实事 is 一件 and 实事, 动员回乡 is 动员 and 回乡,
    工作足迹 is 工作 and 足迹, whether or not the lexicon lists 实事, 回乡 or 足迹. Such a slip is
    only reported where it stands fenced in on that side, as a two-character slip must be."""
    from .two_char_terms import fenced_after, fenced_before

    if end - start != 3:
        return False
    if text[end - 1] != term[-1]:
        # what a sentence says of a thing opens on these (部分企业灭火气已过期): the thing ends before
        return not (fenced_after(text, end) or text[end:end + 1] in _PREDICATE_OPENS)
    if text[start] != term[0]:
        # a count before it (组成3个都导组) ends where the slip starts, as a known word does
        counted = start >= 2 and text[start - 2].isdigit()
        return not (counted or fenced_before(text, start))
    return False
