"""A two-character verb typed with one of its characters dropped (县住建局织开展检查, 县公安局展
夏季治安整治行动, 组织召防汛会商会, 各部门要强协调配合).

A pinyin input method drops a character when the clerk types the syllables faster than the
candidates come up. What is left is a slip only where it cannot be read as a word: so the check
takes characters that stand in no word of their own (``dropped_halves.tsv``: 织, 展, 召 …), met
outside every word of the list that holds them, and only in a verb's slot: after the name of a
unit or a place (县住建局织, 城关镇织) or a word that is followed by a verb (要, 切实, 组织), and
before what can open the verb's object (a known word such as 开展 or 防汛, a quoted name, a figure).
A word holding the character that the list misses would be reported where it stands in such a
slot, so each character's row names every word that holds it.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from .base import finding
from .chars import is_han
from .findings import Finding
from .lists import DroppedHalf, dropped_halves, lexicon, office_terms
from .two_char_terms import UNIT_ENDS, fenced_after, fenced_before, known_words

# words after which a verb follows: a modal, or an adverb that says how a thing is done
_SLOT_WORDS = ("要", "将", "并", "须", "应", "均", "都", "也", "又", "认真", "切实", "积极", "依法", "持续",
               "进一步", "继续", "全面", "大力", "着力", "扎实", "主动", "及时", "严格", "广泛", "深入", "定期",
               "集中", "联合", "共同", "专门", "统一", "坚持", "不断", "先后", "分别", "牵头", "迅速", "立即",
               "随即", "组织", "专题")
_LONGEST_SLOT = max(len(word) for word in _SLOT_WORDS)


@cache
def _placed_holders() -> dict[str, tuple[tuple[tuple[int, int], ...], frozenset[str]]]:
    """For each character, where it stands in the words holding it (each length and place
    once), and those words."""
    placed = {}
    for char, half in dropped_halves().items():
        places = {(len(word), index) for word in half.holders for index, c in enumerate(word) if c == char}
        placed[char] = (tuple(sorted(places)), half.holders)
    return placed


def _held(text: str, at: int, char: str) -> bool:
    """Whether the character at ``at`` stands inside one of the words listed as holding it, or
    is doubled in a reduplicated word (扎扎实实, 强强联合)."""
    if char in text[max(0, at - 1):at] + text[at + 1:at + 2]:
        return True
    places, holders = _placed_holders()[char]
    return any(text[at - index:at - index + size] in holders for size, index in places if at - index >= 0)


# the last character of the name of a place or a body that does things (城关镇, 东关村, 县投资集团,
# 县疾控中心, 县供电公司, 县第一中学, 各医疗机构, 各科室)
_DOER_ENDS = UNIT_ENDS | frozenset("镇乡村团心司校构室")


def _in_verb_slot(text: str, at: int) -> bool:
    """Whether a verb is due at ``at``: after a unit's name (县侨联, 县水利局, 城关镇) or a slot word."""
    if at >= 3 and text[at - 1] in _DOER_ENDS and is_han(text[at - 3]):
        return True
    return any(text[at - size:at] in _SLOT_WORDS for size in range(1, _LONGEST_SLOT + 1) if at - size >= 0)


def _object_follows(text: str, end: int) -> bool:
    """Whether what follows can open the verb's object: a known word, a title or a quoted name
    (展“医疗质量提升年”活动), a figure (实24小时值班制度), or 对 with its object (强对所属企业)."""
    if end < len(text) and (text[end] in "“《" or text[end].isdigit() or text[end] in "对与向"):
        return True
    known = known_words()
    return any(text[end:end + size] in known for size in range(2, 7) if end + size <= len(text))


def _slogan_opens(text: str, at: int) -> bool:
    """Whether the character opens the first of a slogan's parallel phrases, each a character and
    a word (坚持强监管、优服务): there it stands alone on purpose, as the next one's first does."""
    known = known_words()
    return (text[at + 1:at + 3] in known and text[at + 3:at + 4] == "、" and is_han(text[at + 4:at + 5] or "a")
            and text[at + 5:at + 7] in known and text[at + 4:at + 6] not in known)


@cache
def _halves_met() -> re.Pattern[str]:
    # the listed characters found by one scan in C: a step per character of the text cost more
    # than all that is worked out where one stands
    return re.compile("[" + re.escape("".join(dropped_halves())) + "]")


def check_dropped_chars(text: str) -> Iterator[Finding]:
    halves: dict[str, DroppedHalf] = dropped_halves()
    for met in _halves_met().finditer(text):
        at, char = met.start(), met.group()
        half = halves[char]
        if _held(text, at, char):
            continue
        if _in_verb_slot(text, at) and _object_follows(text, at + 1) and not _slogan_opens(text, at):
            yield finding("W-DROPPED", text, at, at + 1, half.word)


# Of the characters of ``dropped_halves.tsv``, those that stand alone nowhere, not even as an
# adjective or a preposition (强监管, 实打实, 依规定 are written so on purpose)
_NEVER_ALONE = frozenset("专贯织展召")


@cache
def _terms_short_one() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """The office words of five characters or more (政治站位 is four: 提高政站位 is left) with one
    character inside them dropped, each with its word; and their lengths by their first two
    characters. Only a character of a two-character word of the list: its half then stands
    with a neighbour it makes no word with (政站位). A dropped 和 or 化 leaves a name or a
    phrase still written right (人力资源社会保障局, 网格管理), and so may a character dropped
    from a word of four (党组书记 for 党组织书记, 稳增长): those are not generated, but for the
    words of four opening with a character that never stands alone (``_NEVER_ALONE``)."""
    known = known_words()
    forms: dict[str, str] = {}
    for term in sorted(office_terms()):
        if len(term) == 4 and term[0] in _NEVER_ALONE and term[:2] in known:
            # a word of four opening with a character that stands in no word of its own (专项整治,
            # 贯彻落实): its second dropped, the first is left alone before the word after it (专整治)
            form = term[0] + term[2:]
            if form not in known and term[0] + term[2] not in known:
                forms.setdefault(form, term)
        if len(term) < 5:
            continue
        for i in range(1, len(term) - 1):
            form = term[:i] + term[i + 1:]
            if form in known or term[i] in (term[i - 1], term[i + 1]):
                continue
            if term[i - 1:i + 1] in known or term[i:i + 2] in known:
                forms.setdefault(form, term)
    # a fixed phrase of four of the general word list (举一反三, 未雨绸缪) with a character inside
    # it dropped, where the three left make no word with each other (举一三): a pair of them that
    # is a word (政站位: 站位) may be that word after another
    for term in sorted(lexicon()):
        if len(term) != 4 or len(set(term)) < 4:
            continue
        for i in (1, 2):
            form = term[:i] + term[i + 1:]
            if form not in known and form[:2] not in known and form[1:] not in known:
                forms.setdefault(form, term)
    heads: dict[str, set[int]] = {}
    for form in forms:
        heads.setdefault(form[:2], set()).add(len(form))
    return forms, {head: tuple(sorted(sizes, reverse=True)) for head, sizes in heads.items()}


def check_dropped_in_terms(text: str) -> Iterator[Finding]:
    """家庭医生约服务, 乡村振战略: an office word with a character inside it dropped, fenced in by
    known words or marks on both sides and inside no longer known word."""
    forms, heads = _terms_short_one()
    known = known_words()
    read_to = 0
    for at in range(read_to, len(text) - 3):
        sizes = heads.get(text[at:at + 2]) if at >= read_to else None
        if sizes is None:
            continue
        for size in sizes:
            term = forms.get(text[at:at + size])
            if term is None:
                continue
            end = at + size
            if not (fenced_before(text, at) and fenced_after(text, end)):
                continue
            if any(text[a:b] in known for a in range(max(0, at - 4), at + 1) for b in range(end, min(len(text), end + 4) + 1)
                   if b - a > size):
                continue
            yield finding("W-TERM-DROPPED", text, at, end, term)
            read_to = end
            break
