"""Figures that cannot be right as written: a 12-hour part of the day with a 24-hour clock
(下午15时), two orders of magnitude at once (3.6亿万元), two measure words at once (渔船6只艘), a
measure word that does not fit what it counts (5位犯罪嫌疑人, 12名企业, 违法行为126期), long figures grouped with
commas beside others not grouped (1,260万元 … 8600万元) or grouped by other than three (1,2600张),
a decimal point typed as a comma (1,2万吨), a count of a statistic in Chinese numerals
(一百二十八起), parts that do not add up to their whole (共45名，其中男性32名、女性22名), and a
growth rate that does not follow from the two figures it compares.

Only figures the sentence itself makes certain are checked; the arithmetic ones are suggestions
(the clerk may know that one of the figures is the wrong one).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Iterator

from .base import finding, lines_with_starts
from .findings import Finding
from .gated import GatedPattern, gated
from .lists import lexicon

# 下午15时, 晚上20:30: the part of the day already says p.m.; the hour is 3 or 8:30 (GB/T 15835 5.2.3)
_AFTERNOON_24H = gated(r"(?P<part>下午|晚上|傍晚|晚间|夜间|晚)(?P<hour>1[3-9]|2[0-4])(?=[时点])")
_MORNING_24H = gated(r"(?P<part>上午|早上|早晨|凌晨)(?P<hour>1[3-9]|2[0-4])(?=[时点])")
# (下午14:30—17:30, the hours of an office, is how notices print them: left alone)

# 3.6亿万元: 亿 and 万 are two orders of magnitude; 亿万群众 (hundreds of millions) has no digit
_TWO_MAGNITUDES = gated(r"(?<=\d)(?P<w>亿万|万亿万|万万)(?=[元吨人户个件家辆台只头亩千米公里平方米立方米])")

# 渔船6只艘, 卫生室12所个: a count takes one measure word; two typed in a row close the clause
# (8家家, the same one twice, is the doubling rule's). Where the two make a word (3部位) it stays.
_MEASURE = "个只艘辆头所台座家名位条张匹棵株架部"
_TWO_MEASURES = gated(rf"(?<=\d)(?P<w>[{_MEASURE}][{_MEASURE}])(?=[，。；、！？）)]|\Z)")

# 1.2万亩亩, 1200吨吨: a figure's measure word typed twice closing the clause, after 万, 千 or 亿
# too (3个个体户 goes on to a word and stays)
_MEASURE_TWICE = gated(r"(?<=\d)(?:万|千|亿)?(?:余|多)?(?P<w>(?P<m>[亩吨元户件份批次处起项名人家个台辆套间栋座所张条])(?P=m))"
                       r"(?=[，。；、！？）)]|\Z)")

# 1,260万元 beside 8600万元: a text groups its long figures with commas or does not, not both
# (GB/T 15835 5.1.1 allows either). A year (2026年), a number's label (第1234号, 1001室) and a
# code (0395-6123456, ISO 9001, 邮编462000, 12345热线) are no figures of this kind.
_GROUPED = gated(r"(?<![\d.,，A-Za-z\-])\d{1,3}(?:,\d{3})+(?![\d,.]\d|[A-Za-z\-])")
_UNGROUPED = gated(r"(?<![\d.,，A-Za-z\-—－/:：第号编码话])(?<![A-Za-z] )\d{4,}(?![\d,.]\d|[A-Za-z\-—－/:年号届期版型款室栋楼路]|[^，。；]{0,8}热线)")

# 抓获5位犯罪嫌疑人: 位 counts people with respect, 名 the rest (《现代汉语词典》: 位, 量词，用于人，含敬意);
# 检查12名企业: 名 counts people, a body takes 家 or 所 (12名企业负责人 counts the heads: the body
# must close the phrase)
_HONOURED = gated(r"(?<=\d)(?P<m>位)(?=(?:犯罪嫌疑人|嫌疑人|违法犯罪人员|违法人员|涉案人员|吸毒人员|罪犯|被告人|逃犯))")
# a count written after what it counts, with the measure word that does not fit it: 抓获犯罪嫌疑人2位
# (名), 检查农贸市场12名 (家), 排查火灾隐患43期 (处), and incidents counted in 期, which counts issues
# and training classes (举办培训班3期), where an input method offers it for qi as readily as 起
# (查处违法行为126期, 查处酒驾18期). Built on the first check, not when the proofreader is imported.
_AFTER_PEOPLE = "犯罪嫌疑人|嫌疑人|违法犯罪人员|违法人员|涉案人员|吸毒人员|罪犯|被告人|逃犯"
_AFTER_BODIES = "企业|公司|单位|学校|医院|诊所|药店|门店|商户|超市|网吧|幼儿园|养老机构|农贸市场"
_INCIDENTS = "案件|案|案例|事故|警情|火情|火警|纠纷|行为|事件|火灾|违章"
# a series put out (编发典型案例5期, 播出警示教育片3期): its issues are counted in 期, whatever they show
_PUBLISHED = re.compile("编发|编印|刊发|印发|推出|播出|开设|开办|刊登")
_INCIDENT_VERBS = "查处|破获|侦破|发生|处置|调处|化解|立案|查办|接警|出警|办结"
# what 名 never counts, each with the measure word it takes (车辆19名 for 19辆, 宣传资料5000名 for
# 5000份, 招聘会12名 for 12场, 卫生院18名 for 18所); and the people 家 never counts (教师65家)
_NAMED_WRONG = (("车辆|客车|货车|校车|出租车|摩托车|电动车|电动自行车|渣土车|营运车", "辆"),
                ("资料|材料|宣传单|宣传册|手册|明白纸|倡议书|责任书|承诺书|告知书|通知书|报表|试卷|问卷", "份"),
                ("招聘会|讲座|宣讲会|报告会|演出", "场"),
                ("案件|事故|警情|火情|火灾", "起"),
                ("卫生院|卫生室|中小学|小学|中学|幼儿园|学校", "所"),
                ("库点|检查站|服务站|卡点|站点|点位|网点|监测点", "个"))
_PEOPLE = "教师|老师|干部|职工|民警|辅警|医生|护士|医务人员|志愿者|农民工|学生|党员|律师|网格员|人员"
_BEFORE_COUNT = 12  # how far before the figure what it counts is looked for


@cache
def _count() -> GatedPattern:
    """A figure and its measure word; what stands before it is looked at only where one is found
    (名 and 期 are in most paragraphs, a figure before them in few). 5000余名: about 5000; 1.2万名."""
    return gated(r"(?<![\d.第])\d+(?:\.\d+)?[万千]?[余多]?(?P<m>[位名期家])")


@cache
def _counted_after() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """For each measure word, what a count may follow that takes another one (ending where the
    figure starts), with that one."""
    return {
        "位": ((re.compile(f"(?:{_AFTER_PEOPLE})\\Z"), "名"),),
        "名": ((re.compile(f"(?:{_AFTER_BODIES})\\Z"), "家"),
               *((re.compile(f"(?:{nouns})(?:共|计|累计|合计)?\\Z"), right) for nouns, right in _NAMED_WRONG)),
        "家": ((re.compile(f"(?:{_PEOPLE})(?:共|计|累计|合计)?\\Z"), "名"),),
        "期": ((re.compile("隐患(?:共|计|累计|合计)?\\Z"), "处"),
               (re.compile(f"(?:(?:{_INCIDENTS})(?:共|计|累计|合计)?|(?:{_INCIDENT_VERBS})[\u4e00-\u9fff]{{0,8}})\\Z"),
                "起")),
    }


def _counts_after_what_they_count(text: str) -> Iterator[Finding]:
    for m in _count().finditer(text):
        word, after = m["m"], text[m.end():m.end() + 1]
        if word in "名家" and after not in ("", "，", "。", "；", "、", "）", "\n"):
            continue  # 农贸市场12名商户, 学生5家长: what the count is of follows it
        if word == "期" and after and after in "间限内末初中满后":
            continue  # 违法行为3期间, 案件1期限: a span of time
        before = text[max(0, m.start() - _BEFORE_COUNT):m.start()]
        right = next((right for pattern, right in _counted_after()[word] if pattern.search(before)), None)
        if right == "起" and _PUBLISHED.search(before):
            continue  # 编发典型案例5期: issues of a series that shows the cases, counted in 期
        if right is not None:
            yield finding("N-MEASURE-NOUN", text, m.start("m"), m.end("m"), right)


# (对17名涉VOCs排放企业开展检查: words of a trade or a kind before the bodies; the clause goes on with
# what is done to them, not with the people of the bodies, 12名企业负责人; 30名干部到企业开展 counts people)
_BODY_KIND = "[A-Za-z0-9]|涉|重点|规模以上|规上|民营|国有|小微|中小|食品|药品|化工|危化品|工贸|建筑|排放|排污|生产|经营|餐饮|外贸|物流"
_BODIES = "企业|公司|单位|学校|医院|诊所|药店|门店|超市|网吧|幼儿园|养老机构"
# (商户 are people as well: 12名商户签订了承诺书; before a clause's end they are counted as bodies)
_BODY_BY_NAME = gated(rf"(?<=\d)(?P<m>名)(?=(?:{_BODY_KIND}){{0,8}}(?:(?:{_BODIES}|商户)(?:[，。；、）]|和|及|等|$)"
                      rf"|(?:{_BODIES})(?:开展|进行|实施|落实|完成|签订|作出|给予|下达)))")

# 1,2600张, 1260,000元: commas that do not set off groups of three (GB/T 15835 5.1.1) are a slip
# of grouping; (a 1,2 of two figures is a list, and left to the punctuation checks)
_GROUPS = gated(r"(?<![\d.,A-Za-z])\d+(?:,\d+)+(?![\d,]|\.\d)")
# 砂石1,2万吨: a decimal point typed as a comma before 万 or 亿 (a list of figures takes 、)
# (the full-width comma too: 清理垃圾1，2万立方米)
_DECIMAL_COMMA = gated(r"(?<![\d.,，A-Za-z])\d{1,3}[,，]\d{1,2}(?=[万亿])")

# 查处案件一百二十八起: a count in a statistic is written in digits (GB/T 15835 4.1.1). Only a
# numeral of two or more places with two digits or more (二十八, 一百二十八) before a unit, in a sentence that
# counts (共, 累计, 查处 …); 十几起, 一百多人 (approximate) and 第二十八个 (an ordinal) stay in Chinese
_CN = "一二两三四五六七八九十百千"
_CN_COUNT = gated(rf"(?<![{_CN}第几数〇零])(?P<n>[{_CN}]*[十百千][{_CN}]*)"
                       r"(?![多余来几])(?=(?:起|件|宗|名|位|户|家|个|次|人次|批次|处|台|辆|艘|所|座|条|项|份|场|吨|万元|元|亩|人)"
                       r"(?![民口才员士物大工次类民]))")
_COUNTING = gated(r"共|累计|合计|总计|查处|办理|受理|接待|发放|排查|检查|整改|救助|培训|招募|新增|完成|办结|立案|处罚|收缴")

# 共有45名，其中男性32名、女性22名: two parts that split the whole (men and women, town and
# country) add up to it
_WHOLE_PARTS = gated(
    r"(?:共有?|总数|合计|总计)[^，。；！？\n\d]{0,12}?(?P<whole>\d+)(?P<unit>[名人个户家所])[^。；！？\n]{0,6}?，其中"
    r"(?P<p1name>男性?|女性?|城镇|农村|城市)[^，、。；！？\n\d]{0,4}?(?P<p1>\d+)(?P=unit)[、，]"
    r"(?P<p2name>男性?|女性?|城镇|农村|城市)[^，、。；！？\n\d]{0,4}?(?P<p2>\d+)(?P=unit)(?![、]\D{0,6}\d)")
_COMPLEMENTS = ({"男", "女"}, {"城镇", "农村"}, {"城市", "农村"})

# 由30万吨增加到33万吨，同比增长30%: the rate follows from the two figures, (33-30)/30 = 10%
_NUMBER = r"\d+(?:\.\d+)?"
_FROM_TO_GROWTH = gated(
    rf"(?:由|从)[^，。；！？\n\d%]{{0,8}}?(?P<a>{_NUMBER})(?P<unit>[万亿]?[\u4e00-\u9fff]{{0,3}}?)"
    r"(?:增加|增长|提高|提升|上升|下降|减少|降低|回落)(?:到|至)"
    rf"[^，。；！？\n\d%]{{0,8}}?(?P<b>{_NUMBER})(?P=unit)[，,]"
    r"[^，。；！？\n\d%]{0,6}?(?:增长|增加|提高|提升|上升|下降|减少|降低|回落)了?"
    rf"(?P<rate>{_NUMBER})[%％]")


def check_figures(text: str) -> Iterator[Finding]:
    for m in _AFTERNOON_24H.finditer(text):
        hour = int(m["hour"])
        yield finding("N-CLOCK", text, m.start(), m.end(), f"{m['part']}{hour - 12 if hour > 12 else hour}",
                      part=m["part"])
    for m in _MORNING_24H.finditer(text):
        yield finding("N-CLOCK", text, m.start(), m.end(), f"下午{int(m['hour']) - 12}", part=m["part"])
    for m in _TWO_MAGNITUDES.finditer(text):
        yield finding("N-MAGNITUDES", text, m.start("w"), m.end("w"), m["w"][0])
    for m in _MEASURE_TWICE.finditer(text):
        yield finding("DUP-CHAR", text, m.start("w"), m.end("w"), m["m"])
    for m in _TWO_MEASURES.finditer(text):
        if m["w"][0] != m["w"][1] and m["w"] not in lexicon():
            yield finding("N-TWO-MEASURES", text, m.start("w"), m.end("w"), None)
    for m in _HONOURED.finditer(text):
        yield finding("N-MEASURE-NOUN", text, m.start("m"), m.end("m"), "名")
    for m in _BODY_BY_NAME.finditer(text):
        yield finding("N-MEASURE-NOUN", text, m.start("m"), m.end("m"), "家")
    yield from _counts_after_what_they_count(text)
    yield from _grouping_mixed(text)
    for m in _DECIMAL_COMMA.finditer(text):
        yield finding("N-DECIMAL-COMMA", text, m.start(), m.end(), m.group().replace(",", ".").replace("，", "."))
    for m in _GROUPS.finditer(text):
        first, *rest = m.group().split(",")
        if len(first) <= 3 and all(len(g) == 3 for g in rest):
            continue  # grouped right
        if len(first) >= 4 or any(len(g) >= 4 for g in rest):
            yield finding("N-GROUP-SIZE", text, m.start(), m.end(), m.group().replace(",", ""))
    yield from _counts_in_chinese(text)
    yield from _parts_of_whole(text)
    for m in _FROM_TO_GROWTH.finditer(text):
        a, b, rate = float(m["a"]), float(m["b"]), float(m["rate"])
        if a <= 0:
            continue
        real = abs(b - a) / a * 100
        if abs(real - rate) > max(0.6, real * 0.05):
            yield finding("N-GROWTH", text, m.start("rate"), m.end("rate") + 1, f"{real:.1f}%".replace(".0%", "%"),
                          a=m["a"] + m["unit"], b=m["b"] + m["unit"])


def _grouping_mixed(text: str) -> Iterator[Finding]:
    """Each grouped figure of a paragraph that also writes a long figure without grouping; the
    suggestion is the figure ungrouped, as most office prose writes it."""
    if "," not in text:
        return
    for start, line in lines_with_starts(text):
        grouped = list(_GROUPED.finditer(line))
        if grouped and _UNGROUPED.search(line):
            for m in grouped:
                yield finding("N-GROUPING", text, start + m.start(), start + m.end(), m.group().replace(",", ""))


def _counts_in_chinese(text: str) -> Iterator[Finding]:
    for m in _CN_COUNT.finditer(text):
        value = _value(m["n"])
        if value is None or sum(c not in "十百千" for c in m["n"]) < 2:
            continue  # 每千名, 两百份, 十八名: a round figure or a short one reads well in words
        sentence_start = max(text.rfind(c, 0, m.start()) for c in "。！？；\n") + 1
        if _COUNTING.search(text, sentence_start, m.start()):
            yield finding("N-CN-COUNT", text, m.start(), m.end(), str(value))


def _value(numeral: str) -> int | None:
    """一百二十八 → 128; None for what is not one number (十十, 百千)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits["两"] = 2
    total, digit, last_unit = 0, None, 10_000
    for char in numeral:
        if char in digits:
            if digit is not None:
                return None
            digit = digits[char]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)


def _parts_of_whole(text: str) -> Iterator[Finding]:
    for m in _WHOLE_PARTS.finditer(text):
        names = {m["p1name"].rstrip("性"), m["p2name"].rstrip("性")}
        if names not in _COMPLEMENTS:
            continue
        whole, parts = int(m["whole"]), int(m["p1"]) + int(m["p2"])
        if whole != parts:
            yield finding("N-SUBTOTAL", text, m.start("whole"), m.end("unit"), None,
                          parts=f"{m['p1']}+{m['p2']}={parts}")
