"""A figure's measure word typed by its sound or its look (追回资金386万员, 扫描档案120万也, 事项213向):
the character after the figure counts nothing, and one typed for the same sound (``confusable_chars.txt``)
or drawn alike (``look_alike_chars.txt``) is a common measure word.

Only where the clause ends right after it: a character that opens a word there (386万员工, 12个月) is
that word; at a clause's end a figure is followed by what it counts, and 员, 也, 向 count nothing. So
too before what a count of people does (120余明参加), and before what is counted (对全县18坐小型水库,
检查8价液化气站): where the character makes no word with what follows and what follows opens a known
word, the character stands between the figure and the thing counted, the measure word's place.
"""
from __future__ import annotations

from functools import cache
from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import GatedPattern, gated
from .lists import confusable_chars, look_alike_chars
from .two_char_terms import known_words

# the measure words a figure in 简报 prose most often takes (《现代汉语词典》第7版 量词), one character
# each; a figure followed by one of these is written right, whatever it sounds like
_MEASURES = ("个元页项份条人名位件户家次场处起所台辆套间栋座幢张吨亩米天年月日时分秒周批期篇本册支只头株棵架部类种笔宗例"
             "箱盒袋瓶桶包块根艘匹口眼片门面盏把副对双组队班届轮遍趟段层级节章款封枚颗粒斤克升倍成号码点度岁版"
             "两里丈夜出顿餐乡村镇万亿千百")
# the measure words a slip is told for: counts of money, pages, items and people's matters met in every
# 简报. Not 期, 时, 级, 万, 亿 and the like, whose sounds are those of words that follow a figure
# (1200企业, 3及以上)
_TOLD = "个元页项份条件户次场处名家辆台套座吨亩篇批笔例所张"
# a two-character measure word whose second character was typed off (186公理 for 公里)
_TWO_CHAR_MEASURES = ("公里", "公斤", "公顷", "平方米", "立方米", "千米", "千克", "千瓦", "人次", "户次", "车次", "架次",
                      "批次", "场次", "班次", "台次", "辆次")


# what a count of people does right after it (干部职工120余名参加, 被困群众3名获救): there the
# clause goes on after the measure word, and a character that counts nothing is as sure a slip
_PEOPLE_DO = "参加|参与|参训|参会|参赛|参演|出席|列席|获救|受伤|遇难|到场|在岗|入住|就业|受益"


@cache
def _figure_then_char() -> GatedPattern:
    # a figure (1.2, 386, 3200余, 1.2万): not a number's label (第3, 1号楼); then one 汉字 and the
    # clause's end, or what people counted do
    return gated(r"(?<![\d.第])\d+(?:\.\d+)?[万千亿]?[余多]?(?P<head>公|平方|立方|千|人|户|车|架|批|场|班|台|辆)?"
                 rf"(?P<m>[\u4e00-\u9fff])(?=[，。；、！？）)]|\Z|{_PEOPLE_DO})")


@cache
def _figure_then_doubled() -> GatedPattern:
    # a figure, then one measure word typed twice right before the clause's end (更换水表860块块。):
    # a measure word doubles as a word of its own only before what it distributes (块块落实, 棵棵成活)
    # and the first character of a two-character one typed twice anywhere (出动执法人员86人人次)
    return gated(r"(?<![\d.第])\d+(?:\.\d+)?[万千亿]?[余多]?(?:(?P<m>[\u4e00-\u9fff])(?P=m)(?=[，。；、！？）)]|\Z)"
                 r"|(?P<m2>[人户车架])(?P=m2)(?=次))")


@cache
def _measure_for() -> dict[str, str]:
    """Each character that is no measure word, with the one measure word told (``_TOLD``) typed as
    it by sound or look, where there is exactly one (a character like two says nothing sure)."""
    found: dict[str, set[str]] = {}
    for table in (confusable_chars(), look_alike_chars()):
        for measure in _TOLD:
            for char in table.get(measure, ""):
                if char not in _MEASURES:
                    found.setdefault(char, set()).add(measure)
    return {char: next(iter(measures)) for char, measures in found.items() if len(measures) == 1}


@cache
def _second_for() -> dict[tuple[str, str], str]:
    """(head, slipped last character) -> the two-character measure word (公理 -> 公里)."""
    tables = (confusable_chars(), look_alike_chars())
    return {(word[:-1], char): word for word in _TWO_CHAR_MEASURES
            for table in tables for char in table.get(word[-1], "")}


@cache
def _figure_then_any() -> GatedPattern:
    # a figure (not a label's: 第3, 附件2), then one 汉字 that is no measure word and a 汉字 after it
    return gated(r"(?<![\d.第A-Za-z])\d+(?:\.\d+)?[万千亿]?[余多]?(?P<m>[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def _before_counted(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands before a known word and makes none with what follows."""
    known = known_words()
    if any(text[at:at + size] in known for size in range(2, 6)):
        return False
    return any(text[at + 1:at + 1 + size] in known for size in range(2, 6))


# a figure that numbers a thing rather than counts (附件2各乡镇名单, 见表3): what follows is no measure
_LABELS = ("附件", "附表", "表", "图", "编号", "序号")


def _counts_vehicles(text: str, figure: int) -> bool:
    """Whether the clause before the figure at ``figure`` names vehicles (查处违法车辆826两)."""
    clause = text[max(0, figure - 12):figure]
    for mark in "，。；：！？\n":
        clause = clause.rpartition(mark)[2]
    return "车" in clause


def check_measure_sounds(text: str) -> Iterator[Finding]:
    measure_for, second_for = _measure_for(), _second_for()
    for m in _figure_then_doubled().finditer(text):
        if m["m2"]:
            yield finding("DUP-CHAR", text, m.start("m2"), m.end("m2") + 1, m["m2"])
        elif m["m"] in _MEASURES:
            yield finding("DUP-CHAR", text, m.start("m"), m.end("m") + 1, m["m"])
    for m in _figure_then_char().finditer(text):
        char, head = m["m"], m["head"]
        if text[max(0, m.start() - 2):m.start()].endswith(_LABELS):
            continue
        if head:
            word = second_for.get((head, char))
            if word is not None:
                yield finding("N-MEASURE-SOUND", text, m.start("head"), m.end("m"), word)
            continue
        measure = measure_for.get(char)
        if char == "两" and _counts_vehicles(text, m.start()):
            measure = "辆"  # 两 is a measure word of weight, and no vehicle is weighed so (车辆826两)
        if measure is not None:
            yield finding("N-MEASURE-SOUND", text, m.start("m"), m.end("m"), measure)
    for m in _figure_then_any().finditer(text):
        measure = measure_for.get(m["m"])
        if measure is None or text[max(0, m.start() - 2):m.start()].endswith(_LABELS):
            continue
        if m["m"] == "价" and "苗" in text[m.end():m.end() + 8]:
            continue  # 价 counts a vaccine's strains (9价疫苗, 13价肺炎疫苗)
        if _before_counted(text, m.start("m")):
            yield finding("N-MEASURE-SOUND", text, m.start("m"), m.end("m"), measure)
