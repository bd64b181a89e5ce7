"""Confusables (tier A anywhere, tier B inside context guards), the clerk's own terms,
doubled characters and words, and placeholders left in the text."""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from .base import finding
from .chars import HAN
from .findings import Finding, Term
from .gated import gated
from .lists import WordEntry, doubled, lexicon, office_terms, reduplications, rules, two_char_terms, two_char_words, words

_WINDOW = 12  # how far before a word its guards look


@cache
def _lengths_by_head() -> dict[str, tuple[int, ...]]:
    """The lengths of the wrong forms by their first two characters (a form of one character
    by itself), longest first. One pattern of all 1,500 forms, even built as a trie, tried the
    seven hundred characters they start with one by one wherever one of them stood, a tenth of
    all checking time."""
    heads: dict[str, set[int]] = {}
    for form in words():
        heads.setdefault(form[:2], set()).add(len(form))
    return {head: tuple(sorted(lengths, reverse=True)) for head, lengths in heads.items()}


def listed_form_at(text: str, at: int) -> str | None:
    """The longest wrong form of the list that starts at ``text[at]``."""
    table, heads = words(), _lengths_by_head()
    for length in heads.get(text[at:at + 2], ()):
        form = text[at:at + length]
        if form in table:
            return form
    return text[at] if text[at] in table else None


def _guards_hold(entry: WordEntry, text: str, start: int, end: int) -> bool:
    # the guards after the word first: they are tried at one place, those before it at each
    # place of the window (的 has a dozen entries, and most fail on the word after it)
    if entry.after and not entry.after.match(text, end):
        return False
    if entry.not_after and entry.not_after.match(text, end):
        return False
    lo = max(0, start - _WINDOW)
    if entry.before and not entry.before.search(text, lo, start):
        return False
    if entry.not_before and entry.not_before.search(text, lo, start):
        return False
    return True


def check_confusables(text: str) -> Iterator[Finding]:
    table, heads = words(), _lengths_by_head()
    read_to = 0  # a form found is not looked into again (a shorter one may start inside one not found)
    for at in range(len(text)):
        # (looked up only where a form may start: a call at every character costs what a scan does)
        if at < read_to or (text[at:at + 2] not in heads and text[at] not in table):
            continue
        form = listed_form_at(text, at)
        if form is None:
            continue
        end = at + len(form)
        hit = next((e for e in table[form] if _guards_hold(e, text, at, end)), None)
        if hit is not None:
            rule = rules()["TA" if hit.tier == "A" else "TB"]
            yield _word_finding(rule.id, hit, text, at, end)
            read_to = end


def _word_finding(rule_id: str, entry: WordEntry, text: str, start: int, end: int) -> Finding:
    base = finding(rule_id, text, start, end, entry.right)
    return type(base)(base.start, base.end, base.kind, entry.id, base.message, base.suggestion,
                      entry.severity, base.found)  # type: ignore[arg-type]


def check_terms(text: str, terms: list[Term]) -> Iterator[Finding]:
    for term in terms:
        if not term.wrong:
            continue
        start = text.find(term.wrong)
        while start >= 0:
            end = start + len(term.wrong)
            rule_id = "TERM-PREFER" if term.right else "TERM-BANNED"
            yield finding(rule_id, text, start, end, term.right or None, note=term.note)
            start = text.find(term.wrong, end)


# a name of five characters or more typed twice where a line broke (应急管理局应急管理局) too
_DOUBLE_WORD = gated(rf"([{HAN}]{{2,8}})\1")
# a word that closes a line typed again to open the next one (组织开展\n开展检查): the second is a slip
_DOUBLE_ACROSS_BREAK = gated(rf"([{HAN}]{{2,8}})[\n\r\u2028]+\1")
# a date's part typed twice (于10月10月投入使用); 10月10日 is a date
_DOUBLE_FIGURE = gated(r"(?<![\d.])(\d+[年月日])\1")
_DOUBLE_CHAR = gated(rf"([{HAN}])\1")
# Characters that double as words of their own (常常, 人人, 天天…): not flagged when doubled.
_REDUPLICABLE = frozenset("常渐刚仅往稍慢多处事时家户天人个层年月日代声久默纷频深紧牢实明白清轻悄"
                          "看想试谈说走听等匆急缓满暖冷热高远早")
# Two-character words said twice on purpose: 一个一个 (one by one), 很久很久 and 非常非常
# (emphasis), 大片大片 (in large patches).
_REPEATED_ON_PURPOSE = ("一", "很", "非常", "特别", "十分", "真", "好", "太", "越", "大片", "大批", "大块", "大把",
                        "大口", "大步", "大声", "小块", "小片", "小口", "小步", "小声")
_TRIPLE = gated(rf"([{HAN}])\1\1")
# (opening on a lookahead for the characters its branches start with, so that other places are
# passed over at once)
_PLACEHOLDER = gated(
    r"(?=[XxＸｘ×□○＊*_＿（【(〔［\[此请在])(?:(?<![A-Za-z])(?:[XxＸｘ]{2,}|×{2,}|□+|(?<![一二三四五六七八九〇])○{2,}(?![一二三四五六七八九〇年])|＊{2,}|\*{3,})(?![A-Za-z])"
    r"|(?<![A-Za-z])[XxＸ×](?=[年月日])(?![A-Za-z])|(?<=[年月])[XxＸ×](?=日)"
    r"|_{3,}|_{2}(?=[年月日])|＿{2,}|（\s*）|【[^】]{0,6}(?:待|补充|填写)[^】]{0,6}】"
    # a template's field left unfilled: 会议于【时间】召开 (a unit's name in 【】 is a real name)
    r"|【(?:时间|日期|单位|单位名称|姓名|地点|人数|数字|数量|金额|电话|标题|正文)】"
    # inside a sentence only (由【主持人】主持): at a line's start 【联系人】王芳 is a label and its value
    r"|(?<=[\u4e00-\u9fff])【(?:主持人|联系人|联系电话|职务|文号|会议名称)】"
    # a template's instruction left in: 此处插入图片, 请在此输入正文 (群众在此填写心愿卡 is no instruction)
    r"|此处(?:插入|添加|粘贴|填写)(?:图片|照片|表格|正文|内容|文字)|请在此处?(?:输入|填写)"
    r"|在此处?(?:输入|填写)(?:正文|内容|文字|标题)(?=[。，；！？]|$)"
    r"|[（(〔［\[][^）)\]］〕]{0,8}(?:待补|待填|待核实|待确认|待更新)[^）)\]］〕]{0,4}[）)〕］\]])")


@cache
def _doubled_pattern() -> re.Pattern[str]:
    chars = "".join(doubled())
    return re.compile(f"([{re.escape(chars)}])\\1")


def check_duplicates(text: str) -> Iterator[Finding]:
    allowed = reduplications()
    table = doubled()
    for m in _doubled_pattern().finditer(text):
        entry = table[m.group(1)]
        if _inside_allowed(text, m.start(), m.end(), allowed):
            continue
        lo = max(0, m.start() - _WINDOW)
        if entry.not_before and entry.not_before.search(text, lo, m.start()):
            continue
        if entry.not_after and entry.not_after.match(text, m.end()):
            continue
        yield finding("DUP-CHAR", text, m.start(), m.end(), m.group(1))
    for m in _DOUBLE_WORD.finditer(text):
        word = m.group(1)
        if word.startswith(_REPEATED_ON_PURPOSE):
            continue
        # 活动活动 tries a verb (起身活动活动); right after a name in quotes it is the noun the
        # name was given (“健康义诊进乡村”活动活动), typed twice
        if _inside_allowed(text, m.start(), m.end(), allowed) and text[m.start() - 1:m.start()] != "”" \
                and not _object_of_holding(text, m.start()):
            continue
        # a saying quoted that calls its word twice: “干部干部，先干一步”
        if text[m.start() - 1:m.start()] == "“" and text[m.end():m.end() + 1] in ("，", "！"):
            continue
        if _two_words_meeting(text, m.start(), len(word)) or _unit_then_its_head(text, m.end(), word):
            continue
        yield finding("DUP-WORD", text, m.start(), m.end(), word)
    for m in _DOUBLE_FIGURE.finditer(text):
        yield finding("DUP-WORD", text, m.start(), m.end(), m.group(1))
    for m in _DOUBLE_ACROSS_BREAK.finditer(text):
        again = m.end() - len(m.group(1))
        yield finding("DUP-WORD", text, again, m.end(), "")
    for m in _TRIPLE.finditer(text):
        if not _inside_allowed(text, m.start(), m.end(), allowed):
            yield finding("DUP-TRIPLE", text, m.start(), m.end(), m.group(1) * 2)
    yield from _doubled_inside_phrase(text, allowed)


# 开展现场教学活动活动: in a clause that holds or joins an event (开展, 举办 …) the word said twice
# is the event's noun typed again, not a verb tried out (起身活动活动, 再研究研究)
_HOLDING = gated(r"开展|举办|举行|启动|召开|参加|参与")


def _object_of_holding(text: str, start: int) -> bool:
    if text[:start].endswith(("再", "要", "好好", "去", "来", "多", "都", "一起")):
        return False  # 参加会议的同志要再学习学习: a verb tried out all the same
    clause = max(text.rfind(c, 0, start) for c in "，。；！？：\n") + 1
    return bool(_HOLDING.search(text, clause, start))


# A unit's name, then the title of the one who heads it, made of the same name: 支队支队长,
# 党支部支部书记, 各科室科室负责人. (支队支队要加强 is the name typed twice.)
_UNIT_END = tuple("队部组站所室间科股班处局厂校院社位")
_HEAD_TITLE = gated(r"副?(?:长|书记|主任|负责人)")


def _unit_then_its_head(text: str, end: int, word: str) -> bool:
    return word.endswith(_UNIT_END) and bool(_HEAD_TITLE.match(text, end))


def _two_words_meeting(text: str, start: int, size: int) -> bool:
    """Whether a word said twice at ``start`` is the end of one word and the start of the next,
    each a word of the lexicon one character longer: 党组织组织力 is 党组织 and 组织力. Only a
    character's reach on each side: 安全生产生产形势 is still the word typed twice."""
    if start < 1:
        return False
    words = lexicon()
    middle = start + size
    return text[start - 1:middle] in words and text[middle:middle + size + 1] in words


# 值班制度度。 整改通知书书12份: a word's last character typed again where the clause ends or a
# number follows, so no word can begin with the second one
_CLAUSE_ENDS = gated(r"[，。；：！？、）)\d]|\Z")


@cache
def _known_words() -> frozenset[str]:
    """The words read after a doubled character: the lexicon with the office words of two to
    four characters the other checks list (法治, 职责, 立行立改). The word before the join is
    still one of the lexicon's: the office lists hold words (中学, 行政村) whose last character
    opens words they do not (学生, 村庄), and a join of two such would be taken for a slip."""
    return lexicon() | frozenset(two_char_terms()) | two_char_words() | \
        frozenset(w for w in office_terms() if len(w) <= 4)


# a Chinese numeral doubled is a figure (三三制, 一一对应), not a slip
_NUMERAL_CHARS = frozenset("〇零一二三四五六七八九十百千万亿两几")


def _doubled_inside_phrase(text: str, allowed: frozenset[str]) -> Iterator[Finding]:
    """安全全生产, 检查查企业, 进一步步加强: a word, its last character typed again, and a word
    (or the clause's end) right after. 工作作出 and 老街街道 stay: there the second character opens a word (作出,
    街道). Only words of the lexicon count: a word missing before or after the join means a
    miss; a word missing that the second character opens (设施 in 建设设施工程) would mean a
    false alarm, so the lexicon lists such words wherever a join of two of its words can make them."""
    words, after = lexicon(), _known_words()
    for m in _DOUBLE_CHAR.finditer(text):
        char, first, second = m.group(1), m.start(), m.start() + 1
        if char in _REDUPLICABLE or char in doubled() or _inside_allowed(text, first, m.end(), allowed):
            continue
        if first >= 2 and text[first - 2] == text[first - 1]:
            continue  # the second half of a word said AABB: 认认真真, 扎扎实实
        if _inside_office_term(text, first) or _before_figure(text, first, char, after):
            # 成功率达达98.2%, 提高到到88%: right before a figure no word opens on the second one
            yield finding("DUP-IN-WORD", text, first, m.end(), char)
            continue
        if not any(text[first - k + 1:first + 1] in words for k in (2, 3, 4) if first - k + 1 >= 0):
            if _doubled_before_word(text, first, words):
                yield finding("DUP-IN-WORD", text, first, m.end(), char)
            continue  # no word ends with the first one
        if any(text[second:second + k] in after for k in (2, 3, 4)):
            continue  # the second one opens a word: two words meeting
        if any(text[second + 1:second + 1 + k] in after for k in (2, 3, 4)) or _CLAUSE_ENDS.match(text, second + 1):
            yield finding("DUP-IN-WORD", text, first, m.end(), char)


def _inside_office_term(text: str, first: int) -> bool:
    """Whether the text with the second of the two characters at ``first`` left out holds an
    office word (齐抓共共管, 压实实属地责任, 立行立改改) in which the character is neither the
    first nor the last: there no word can end on the first or open on the second. At a term's
    edge the two may be two words meeting (平安安全生产, 行政村村庄)."""
    terms = office_terms()
    second = first + 1
    for before in range(1, 7):
        start = first - before
        if start < 0:
            break
        for after in range(1, 8 - before):
            end = second + 1 + after
            if end > len(text):
                break
            if text[start:second] + text[second + 1:end] in terms:
                return True
    return False


def _before_figure(text: str, first: int, char: str, words: frozenset[str]) -> bool:
    """Whether a character doubled right before an Arabic figure is one typed twice: not a
    numeral, not a word of its own said twice (仅仅, 刚刚 are left out before), nor two words
    meeting (a word ending on the first one and the second a word by itself is none: 第第3)."""
    after = text[first + 2:first + 3]
    if not after or not ("0" <= after <= "9" or "０" <= after <= "９"):
        return False
    return char not in _NUMERAL_CHARS and text[first:first + 2] not in words


# verbs with their object (离合词) whose verb is said twice to soften it (谈谈心, 聊聊天, 散散步)
_SPLIT_VERBS = frozenset("谈心 聊天 散步 帮忙 握手 跑步 见面 洗澡 理发 唱歌 跳舞 鞠躬 叙旧 算账 照相 拍照 签字 点头 把关 "
                         "加油 出力 动手 走路 说话 看病 休息 放松".split())


def _doubled_before_word(text: str, first: int, words: frozenset[str]) -> bool:
    """食品安安全, 经济普普查, 开展疫疫苗: a word, then the first character of the next word typed
    twice (the mirror of 安全全生产). The word before must be one the lexicon knows and end right
    there: a name's last character before a word that opens with it (李强强调) has no known word
    before it. 认认真真 (AABB) and a doubled word of its own (常常, 天天) stay."""
    second = first + 1
    if text[first:second + 1] in words or text[second + 1:second + 2] == text[second + 2:second + 3]:
        return False
    if _HEAD_TITLE.match(text, second + 1) or _HEAD_TITLE.match(text, second):
        return False  # a body's name, then the title of who heads it: 应急管理局局长, 城关镇镇长
    if text[second:second + 2] in _SPLIT_VERBS:
        return False  # a verb and its object, the verb said twice: 和群众谈谈心, 帮帮忙
    if not any(text[first - k:first] in words for k in (2, 3, 4) if first - k >= 0):
        return False
    if any(text[first - k:first + 1] in _known_words() for k in (1, 2, 3) if first - k >= 0):
        return False  # the first one closes a word with the one before (行政村村庄: 行政村 and 村庄)
    return any(text[second:second + k] in words for k in (2, 3, 4))


def _inside_allowed(text: str, start: int, end: int, allowed: frozenset[str]) -> bool:
    """Whether text[start:end] lies inside an allowed reduplication written in the text."""
    for word in allowed:
        lo = max(0, start - len(word) + 1)
        at = text.find(word, lo, end + len(word) - 1)
        while at >= 0 and at <= start:
            if at + len(word) >= end:
                return True
            at = text.find(word, at + 1, end + len(word) - 1)
    return False


def check_placeholders(text: str) -> Iterator[Finding]:
    for m in _PLACEHOLDER.finditer(text):
        yield finding("PH-MARK", text, m.start(), m.end(), None)
