"""List numbers as Word draws them, so a heading numbered by Word (一、二、三、) reads as
the clerk sees it; and a list's bullet when it is one of the marks bulletins set before an
entry (◆, ●, ■, •, also from a symbol font: Wingdings u → ◆). Other bullets are no text."""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Callable

from lxml import etree

from ..model import BULLETS
from .alternate import ALTERNATE, chosen
from .limits import MAX_LEVEL_TEXT, MAX_LIST_START, MAX_NUMBER_PADDING
from .ns import MC, w, whole_number
from .symbols import is_symbol_font, symbol_font_text

_CN = "〇一二三四五六七八九"


@dataclass
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str
    font: str | None = None  # the font its number or bullet is drawn in (Wingdings, Symbol …)
    # w:lvlRestart: the level (counted from 1) whose use starts this one's numbers again, it
    # or any above it; 0 never (entries numbered on across their sections); None, as Word
    # does without it: any level above this one
    restart: int | None = None

    def restarts_after(self, used: int) -> bool:
        """Whether a paragraph numbered at level ``used`` (counted from 0, above this one)
        starts this level's numbers again."""
        return self.restart is None or used < self.restart


def chinese_counting(n: int) -> str:
    """一 … 十 … 十一 … 二十 … 九十九, then digit by digit: headings never go further."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")
    return "".join(_CN[int(d)] for d in str(n))


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


# Numbers drawn as one enclosed character: where the first is in Unicode, and how far they go
_ENCLOSED = {"decimalEnclosedParen": (0x2474, 20), "decimalEnclosedFullstop": (0x2488, 20),
             "ideographEnclosedCircle": (0x3280, 10)}
_LEGAL = {"chineseLegalSimplified": "〇壹贰叁肆伍陆柒捌玖拾", "ideographLegalTraditional": "〇壹貳參肆伍陸柒捌玖拾"}
_STEMS = "甲乙丙丁戊己庚辛壬癸"


def format_number(n: int, fmt: str) -> str:
    # (Japanese counting draws the same 一 … 十一 a template made in Japanese Word numbers with)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting"):
        return chinese_counting(n)
    if fmt in _LEGAL:  # 壹、贰、拾壹: the same counting in the capital numerals
        digits = _LEGAL[fmt]
        return chinese_counting(n).translate(str.maketrans("〇一二三四五六七八九十", digits))
    if fmt == "ideographTraditional" and 1 <= n <= 10:  # 甲、乙、丙
        return _STEMS[n - 1]
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_CN[int(d)] for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in _ENCLOSED and 1 <= n <= _ENCLOSED[fmt][1]:  # ⑴ ⒈ ㊀
        return chr(_ENCLOSED[fmt][0] + n - 1)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt.startswith(_ZERO_PADDED):
        return f"{n:0{fmt[len(_ZERO_PADDED):]}d}"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    return str(n)


def _number_format(lvl: etree._Element) -> str:
    """A level's number format. Word 2010 writes a format of the user's own (001, 002, …)
    as a custom format with an older one beside it for other readers: the zero-padded
    numbers it offers are read as such, any other custom format as the older one."""
    direct = lvl.find(w("numFmt"))
    if direct is not None:
        return direct.get(w("val"), "decimal")
    for alternate in lvl.iterchildren(ALTERNATE):
        branch = chosen(alternate)
        fmt = branch.find(w("numFmt")) if branch is not None else None
        if fmt is None:
            continue
        value = fmt.get(w("val"), "decimal")
        if value != "custom":
            return value
        sample = fmt.get(w("format"), "").split(",")[0].strip()
        if sample.isdigit() and len(sample) <= MAX_NUMBER_PADDING:
            return f"{_ZERO_PADDED}{len(sample)}"
        older = alternate.find(f"{{{MC}}}Fallback/{w('numFmt')}")
        return older.get(w("val"), "decimal") if older is not None else "decimal"
    return "decimal"


_ZERO_PADDED = "zeroPadded:"


def _levels(parent: etree._Element) -> dict[int, _Level]:
    levels = {}
    for lvl in parent.findall(w("lvl")):
        index = whole_number(lvl.get(w("ilvl"), "0"))
        if index is None:
            continue
        text = lvl.find(w("lvlText"))
        suff = lvl.find(w("suff"))
        fonts = lvl.find(f"{w('rPr')}/{w('rFonts')}")
        level_text = text.get(w("val"), "") if text is not None else ""
        levels[index] = _Level(
            start=_start(lvl.find(w("start"))),
            fmt=_number_format(lvl),
            text=level_text if len(level_text) <= MAX_LEVEL_TEXT else "",
            suffix=suff.get(w("val"), "tab") if suff is not None else "tab",
            font=(fonts.get(w("ascii")) or fonts.get(w("hAnsi"))) if fonts is not None else None,
            restart=_restart(lvl.find(w("lvlRestart"))),
        )
    return levels


def _restart(element: etree._Element | None) -> int | None:
    value = whole_number(element.get(w("val"))) if element is not None else None
    return value if value is not None and 0 <= value <= 9 else None


def _start(element: etree._Element | None) -> int:
    value = whole_number(element.get(w("val"))) if element is not None else None
    return value if value is not None and 0 <= value <= MAX_LIST_START else 1


class Numbering:
    """Counts list paragraphs in reading order and gives each its number text."""

    def __init__(self, root: etree._Element | None, list_style_num: Callable[[str], str | None] = lambda _: None):
        """``list_style_num``: the list a numbering style (a list style) numbers with, its
        numId, for lists that take their levels from one (w:numStyleLink)."""
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._num: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        self._linked: dict[str, str] = {}  # abstractNumId → the one whose levels and counts it shares
        if root is None:
            return
        for abstract in root.findall(w("abstractNum")):
            self._abstract[abstract.get(w("abstractNumId"), "")] = _levels(abstract)
        for num in root.findall(w("num")):
            abstract_id = num.find(w("abstractNumId"))
            if abstract_id is None:
                continue
            starts: dict[int, int] = {}
            overrides: dict[int, _Level] = {}
            for override in num.findall(w("lvlOverride")):
                level = whole_number(override.get(w("ilvl"), "0"))
                if level is None:
                    continue
                start = override.find(w("startOverride"))
                if start is not None:
                    starts[level] = _start(start)
                overrides.update({k: v for k, v in _levels(override).items() if k == level})
            self._num[num.get(w("numId"), "")] = (abstract_id.get(w("val"), ""), starts, overrides)
        # a list defined by a list style (Word's multilevel list styles) numbers as, and
        # counts on with, the list that style names
        for abstract in root.findall(w("abstractNum")):
            link = abstract.find(w("numStyleLink"))
            target = self._num.get(list_style_num(link.get(w("val"), "")) or "") if link is not None else None
            if target is not None and target[0] != abstract.get(w("abstractNumId"), ""):
                self._linked[abstract.get(w("abstractNumId"), "")] = target[0]

    def label(self, num_id: str, level: int) -> str:
        """The number Word draws before this paragraph, or its bullet when that is a mark
        an entry may open with ("" for other bullets and unknown lists)."""
        if num_id not in self._num:
            return ""
        abstract_id, starts, overrides = self._num[num_id]
        abstract_id = self._linked.get(abstract_id, abstract_id)
        levels = {**self._abstract.get(abstract_id, {}), **overrides}
        this = levels.get(level)
        if this is None or this.fmt == "none":
            return ""
        if this.fmt == "bullet":
            return _bullet(this)
        counters = self._counters.setdefault(abstract_id, {})
        if num_id not in self._started:
            # a list instance that restarts numbering starts afresh from its override
            self._started.add(num_id)
            for lvl, start in starts.items():
                counters[lvl] = start - 1
        counters[level] = counters.get(level, this.start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            if (below := levels.get(deeper)) is None or below.restarts_after(level):
                del counters[deeper]
        text = this.text
        for index in range(9):
            placeholder = f"%{index + 1}"
            if placeholder in text:
                other = levels.get(index)
                value = counters.get(index, other.start if other else 1)
                text = text.replace(placeholder, format_number(value, other.fmt if other else "decimal"))
        if "%" in text:
            # what names no level, %0 and a % before no digit, prints nothing of Word 2003's list:
            # LibreOffice's conversion of one writes %0%.%1. for its 1.
            text = re.sub(r"%[^1-9]?", "", text)
        if this.suffix == "nothing" or not text or not text[-1].isascii():
            return text
        return text + " "


def _bullet(level: _Level) -> str:
    """The mark a bullet level draws, when it is one of the marks set before an entry."""
    text = level.text.strip()
    if level.font and is_symbol_font(level.font):
        text = symbol_font_text(level.font, text)
    return text if len(text) == 1 and text in BULLETS else ""
