"""A two-character word of office prose typed one character off (配和, 视查, 增集, 准却).

``office_terms`` leaves two-character words out: a swap there often makes another word, or two
words meeting (搭配和, 新增集中, 标准却). So a swap of a listed two-character word
(``two_char_terms.txt``, with ``confusable_chars.txt``) is reported only where both its edges
fall between words: before it the text ends a known word (县公安局, 及时), a mark, or a word of
one character that never joins the next (要, 并, 对 …); after it a known word starts, a mark,
or such a word (的, 和 …). Standing fenced in so, the two characters can only be one word,
and that word is not one we know. Swaps that are words of their own (病历, 高校), or that two
words meeting often spell (件成 in 条件成熟), are listed apart (``two_char_words.txt``) and never
reported; so are swaps opening with a word of one character (将水 in 要将水管理好). A word missing
from the lists only makes a miss: an edge that is not known is not a fence.
"""
from __future__ import annotations

from functools import cache
from typing import Iterator

from ..model import PLACE_LEVELS
from .base import finding
from .chars import is_han
from .findings import Finding
from .lists import body_names, confusable_chars, in_classes, lexicon, office_terms, other_body_names, \
    two_char_terms, two_char_words, words, words_by_class

# one-character words that close nothing before them and open nothing after: 要配和 is 要 + 配和
# (每, 各, 经, 按 open words too often: 每组只有 is 每组 + 只有, not 组只 for 组织)
_LONE_BEFORE = frozenset("要将并和与及对把被的了再均都也已须等共")
_LONE_AFTER = frozenset("的了和与及等并或到至于对在")
# a swap opening with one of these reads as that word and the next (将水管理好, 是察看, 台账等记录),
# and so does one opening with a word that closes a clause of time (发现泄漏时应立即关闭, 汛期前要):
# not generated
_FUNCTION_FIRST = frozenset("将为被就同和是都对把与及以已在向从由到给让能要可应也还又再才曾的了所并其等各每该此时前后")
# a swap closing on a preposition reads as a word and the preposition that opens the next phrase
# (县委组织部对…, 大队向…): not generated. 和, 与, 及 join and stay (配和 for 配合), and so does 在
# (纯在 for 存在, 超在 for 超载)
_PREPOSITION_LAST = frozenset("对向把被从给")
# a swap closing on a modal reads as a phrase ending and the modal that opens what is said of it
# (作业中要注意: 中要 is not 重要 typed off)
_MODAL_LAST = frozenset("要应须将能")
# a swap of a word's first character before a particle reads as a word and its particle (认认真真
# 地核对: 真地 is not 阵地 typed off); a swapped particle stays a slip (目地 for 目的)
_PARTICLES = frozenset("的地得了着")
# the last character of a unit's name (县审计局会通…): the name ends there
UNIT_ENDS = frozenset("局委办院站队部厅馆社所联府")
# a unit named after its place (会同县财政局): the place's level, then the name
_PLACES = frozenset(PLACE_LEVELS + "省")
# what follows a place's name (建社村, 建社路): the two characters are a name, not a word
_NAMED_PLACES = frozenset("村镇乡路街巷庄屯湾寨社")
_LONGEST = 6  # the longest known word an edge is looked up with
# a count before a word (三项制度, 3类隐患, 两个责任): the numeral and its measure word end there
_NUMERALS = frozenset("一二三四五六七八九十两几0123456789")
_COUNTED_BY = frozenset("项个类条件批次家户名种套台辆")


@cache
def known_words() -> frozenset[str]:
    """Every word the lists know is written right."""
    return (lexicon() | office_terms() | frozenset(two_char_terms()) | two_char_words() | body_names()
            | other_body_names())


@cache
def _terms_by_class() -> dict[str, tuple[str, ...]]:
    """The listed words that have a character with swaps, by how they read in the characters'
    classes (``confusable_classes``), in the list's order: a swap reads as its word does."""
    return words_by_class(two_char_terms())


def _term_of(slip: str, terms: tuple[str, ...], function_first: bool = False) -> str | None:
    """The listed word of which ``slip`` (not a known word) is a one-character swap: the first
    in the list's order of ``terms``, the words that read as it does; or None, also for a
    misspelling the word list reports wherever it stands. One the list reports only in its
    contexts (主体工成 is outside 修建工成, 重点工成 …) is still told here, fenced in; those of
    them that are words (物质, 心里) are known words and never reach here. A slip opening with a word of one character only with
    ``function_first``, where the caller has fenced it closer."""
    listed = _listed_anywhere(slip)
    if listed or (slip[0] in _FUNCTION_FIRST) != function_first or slip[1] in _PREPOSITION_LAST \
            or slip[1] in _MODAL_LAST:
        return None
    swaps = confusable_chars()
    for term in terms:
        if slip[0] == term[0]:
            if slip[1] in swaps.get(term[1], ""):
                return term
        elif slip[1] == term[1] and slip[0] in swaps.get(term[0], "") and slip[1] not in _PARTICLES:
            return term
    return None


def _listed_anywhere(slip: str) -> bool:
    """Whether the word list reports ``slip`` wherever it stands (tier A). A tier B form is
    reported by the list only in its contexts (对伍 before 建设 is outside 干部队伍, 救援队伍 …):
    elsewhere the fences may still tell it. (The tier B forms that are words, 物质, 心里, are
    listed in ``two_char_words.txt`` and so never taken for slips.)"""
    return any(entry.tier == "A" for entry in words().get(slip, ()))


def fenced_before(text: str, at: int) -> bool:
    # a mark or the text's start; not a figure or a letter: after 30 or A the first character is
    # a measure word (8时30分起实行, 达到A级时)
    if at == 0 or (not is_han(text[at - 1]) and not text[at - 1].isalnum()):
        return True
    known = known_words()
    if text[at - 1:at + 1] in known:  # the slip's first character makes a word with the one before
        return False
    if text[at - 1] in _LONE_BEFORE or (text[at - 1] in UNIT_ENDS and at >= 3 and is_han(text[at - 3])):
        return True
    if at >= 2 and text[at - 1] in _COUNTED_BY and text[at - 2] in _NUMERALS:
        return True
    if at >= 2 and text[at - 1] == "是" and text[at - 2] in _NUMERALS:
        return True  # the points of a list: 一是提高站位, 二是强化责任
    return any(text[at - size:at] in known for size in range(2, _LONGEST + 1) if at - size >= 0)


def fenced_after(text: str, end: int) -> bool:
    if end >= len(text) or not is_han(text[end]):
        return True
    if text[end] in _NAMED_PLACES:
        return False  # a place's own name: 全县建社村, 城关镇建社路
    known = known_words()
    if text[end - 1:end + 1] in known:  # the slip's last character makes a word with the next one
        return False
    if text[end] in _LONE_AFTER:
        return True
    if text[end] in _NUMERALS and text[end + 1:end + 2] in _COUNTED_BY:
        return True  # a count opens the object (救治一名患者, 排查3类隐患)
    # a word (省级, 县域) or a unit named after its place (县财政局: the place's level, then the name)
    return any(text[start:start + size] in known
               for start in ((end, end + 1) if text[end] in _PLACES else (end,))
               for size in range(2, _LONGEST + 1) if start + size <= len(text))


@cache
def _reversed_terms() -> frozenset[str]:
    """The listed words written back to front (序秩 for 秩序), those that are words of their own
    (议会, 产生) left out."""
    known = known_words()
    return frozenset(term[::-1] for term in two_char_terms() if term[0] != term[1] and term[::-1] not in known)


def _joins(text: str, at: int) -> bool:
    """Whether the first character of ``text[at:at + 2]`` closes a known word begun before it
    (网格员成了) or a unit's name (县应急管理局分2批次), or the second opens a known word."""
    known = known_words()
    return (text[at] in UNIT_ENDS or any(text[at + 1 - size:at + 1] in known for size in range(2, 5) if at + 1 - size >= 0)
            or any(text[at + 1:at + 1 + size] in known for size in range(2, 5) if at + 1 + size <= len(text)))


def check_two_char_terms(text: str) -> Iterator[Finding]:
    by_class, known, read, reversed_terms = _terms_by_class(), known_words(), in_classes(text), _reversed_terms()
    for at in range(len(text) - 1):
        pair = text[at:at + 2]
        if pair in reversed_terms and fenced_before(text, at) and fenced_after(text, at + 2) and not _joins(text, at):
            # the two characters typed in the wrong order, fenced in as a swap is
            yield finding("W-PAIR-SWAP", text, at, at + 2, pair[::-1])
            continue
        terms = by_class.get(read[at:at + 2])
        if terms is None or pair in known:  # (most often the word itself, written right)
            continue
        term = _term_of(pair, terms)
        if term is not None and fenced_before(text, at) and (fenced_after(text, at + 2)
                                                             or _closes_longer_word(text, at, term)):
            yield finding("W-PAIR-SLIP", text, at, at + 2, term)
        elif term is None and pair[0] in _FUNCTION_FIRST and _function_slip_fenced(text, at):
            term = _term_of(pair, terms, function_first=True)
            if term is not None and term[0] != pair[0]:
                yield finding("W-PAIR-SLIP", text, at, at + 2, term)


def _closes_longer_word(text: str, at: int, term: str) -> bool:
    """Whether the word ``term``, put for the pair at ``at``, opens a longer known word with the
    characters after the pair and that word stands fenced (工作则任制， is 工作 + 责任制 + a mark):
    the pair's own edge after it falls inside that word, where no fence can stand. Not a body's
    name (统占部 for 统战部): the check of names tells that one, naming the body."""
    known, names, other_names = known_words(), body_names(), other_body_names()
    return any(longer in known and longer not in names and longer not in other_names
               and fenced_after(text, at + 2 + more)
               for more in range(1, _LONGEST - 1) if at + 2 + more <= len(text)
               for longer in (term + text[at + 2:at + 2 + more],))


def _function_slip_fenced(text: str, at: int) -> bool:
    """Whether a pair opening with a word of one character (该革 for 改革, 对伍 for 队伍) can only
    be a slip: the second character then stands alone between the first and a known word, so
    read as the small word and what follows it, that follows it would open on a character that
    makes no word with the next (革，, 伍建设). A known word of three or more characters from
    the pair on (以案说法, 对标对表), or the second character making a word with the next, reads
    the other way; and the edges must be a clause's start, a known word's end, or a mark."""
    known = known_words()
    end = at + 2
    if any(text[at:at + size] in known for size in range(3, _LONGEST + 1) if at + size <= len(text)):
        return False
    if text[end - 1:end + 1] in known or not fenced_after(text, end):
        return False
    if at == 0 or not is_han(text[at - 1]):
        return True
    return any(text[at - size:at] in known for size in range(2, _LONGEST + 1) if at - size >= 0)
