"""GB/T 15835—2011 数字用法, dates as 公文 write them, and GB/T 9704—2012 §7.3.3 heading numbers."""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from typing import Iterator

from ..numerals import to_chinese, to_int
from .base import finding, lines_with_starts
from .chars import CN_VALUES, HAN
from .findings import CheckContext, Finding
from .gated import gated

_CN_NUM = "一二三四五六七八九十"
_WEEKDAYS = "一二三四五六日"
_DATE_HAO = gated(rf"(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})月(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})(号)(?![文令楼院线机车门房井口桩])")
# 3号上午 with no month: a day of the month told by 号 before the time of day it names
# 本月20号, 下月5号: the month named by a word, and its day told by 号 all the same
_DAY_HAO = gated(r"(?=\d)(?:(?<![\d月第编型])(?<![A-Za-z])(?=\d{1,2}号(?:上午|下午|晚上|早上|凌晨|中午|夜间|当天|当日))"
                      r"|(?<=[本下上当每]月))(\d{1,2})(号)(?![文令楼院线机车门房井口桩])")
# (a pattern that runs over every text opens on a lookahead for the characters all its branches
# start with: other places are passed over at once)
# (its weekday in brackets, run on, or set off by commas: 5月30日，星期五，; not a span of days,
# 5月30日，星期一至星期五)
_DATE = gated(r"(?=\d)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[（(]?(?:星期|周)([一二三四五六日天])"
              r"|，星期([一二三四五六日天])(?=[，。；）)上下中晚早凌]))?")
# a date in Chinese numerals (二〇二六年十一月三十二日); a lunar one (农历二月三十日) may have a 30th
_CN_DATE = gated(r"(?=[〇○零一二三四五六七八九十])(?<![〇○零一二三四五六七八九十])(?:([〇○零一二三四五六七八九]{4})年)?"
                      r"(十[一二三四五六七八九]?|[一二三四五六七八九])月([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
                      r"(?:[（(](?:星期|周)([一二三四五六日天]))?")
_LUNAR = gated("农历|阴历")
# 13月底 with no year is as impossible as 2024年13月 (18月龄 counts months of age)
_MONTH = gated(r"(?=\d)(?:(\d{4})年)?(?<![\d.．第])(\d{1,2})月(?![\d龄])")
# A year in Chinese numerals writes its zero as 〇 (U+3007), never 零, a circle or a letter O.
_YEAR_ZERO = gated(r"(?<![〇○零OoＯ0０一二三四五六七八九])[〇○零OoＯ0０一二三四五六七八九]{4}(?=年)")
_BAD_ZERO = gated(r"[○零OoＯ0０]")
# 22年5月, and the end of a span of years: 2022年至23年, 2022—23年
# (every branch starts on two digits and 年: the lookahead passes over other places at once)
_YEAR_SHORT = gated(r"(?=\d\d年)(?:(?<![\d.'’])(\d{2})年(?=\d{1,2}月)|(?<=\d{4}年[至到—–－\-~～])(\d{2})年|(?<=\d{4}[—–－\-~～])(\d{2})年"
    # 19年以来, 与23年同期, 自19年起: a year, not a duration (连续19年以来, 近19年来 are durations)
    r"|(?<![\d.'’近这那续达已经多余了第共历满逾约整过去计])(\d{2})年(?=以来|同期|[上下]半年|[一二三四]季度|第[一二三四]季度|前三季度|年[初底末])"
    r"|(?<=[与较比自从在])(\d{2})年(?=起|开始|相比|以后|[底初末])"
    # 于18年启动 (于 dates an event; 于10年内 and 于18年前 count years), 全市24年共完成 (the place's
    # year's total; a span of years says 连续24年 or 24年来)
    r"|(?<=于)(\d{2})年(?=[\u4e00-\u9fff])(?![来间内中里多余前后])"
    r"|(?<=[全我][县市区省镇乡])(\d{2})年(?=共|全年|完成|新增|实现|建成|启动|累计完成)"
    # 24年全县共完成…: opening a clause, before the place whose year it is (a span is 24年来)
    r"|(?:^|(?<=[，。；：\n]))(\d{2})年(?=[全我本][县市区省镇乡]))"
    # 23年度: a 年度 is always a named year (a span counts 年)
    r"|(?<![\d.'’第])(\d{2})年(?=度)", re.M)
_RANGE = gated(r"(\d{1,2})月(\d{1,2})日\s*[—–－\-~～至到]{1,2}\s*(?:(\d{1,2})月)?(\d{1,2})日")
# 2026年06月05日: a month or a day with a zero in front (虚位)
_DATE_ZERO = gated(r"0(?:(?<![\d.]0)([1-9])(?=月(?:\d{1,2}日|份|底|初|中旬|上旬|下旬|[，。、；以至到—]))|(?<=\d月0)([1-9])(?=日))")
# a year has four quarters: 第五季度 is as impossible as 13月
_QUARTER = gated(r"第([五六七八九]|[5-9])季度")
# 1，256处: a full-width comma inside a number, where a half-width comma (1,256) or nothing belongs
_COMMA_GROUPS = gated(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d，])(?=[\u4e00-\u9fff%％])")
_JI = gated(r"\d+几|几\d+")
# 2O24年, 1OO家: the letter O typed for a zero inside a number (not CO2, O2O, G1O7 in a code)
# 2O24年, 2O.5万吨, 20.O5%: an O among the digits of a number, its decimals too
_LETTER_O = gated(r"(?<![A-Za-z0-9.])\d(?=[0-9Oo.]*[Oo])[0-9Oo]*(?:\.[0-9Oo]+)?(?=[\u4e00-\u9fff%％])")
# 百分之95: a percentage in Arabic digits is written 95%, in words 百分之九十五; not a mix
_PERCENT = gated(r"百分之(\d+(?:\.\d+)?)(?![\d.])")
# 九十五%: the sign goes with Arabic digits (95%); in words it is 百分之九十五. Only after a word
# that introduces a figure or a mark, so a word ending in a numeral (统一, 万一) is not read as one
_CN_PERCENT = gated(r"(?:(?<=[达为占约近超过长降高低到至比和及、，：（])|^)(?P<n>[一二两三四五六七八九十]"
                    r"[〇零一二两三四五六七八九十百]*)(?:点(?P<d>[〇零一二三四五六七八九]+))?[%％‰]", re.M)
# 5十, 5百, 3千, and 1千5百 as one number (1500); 3千米 and 198.6千公顷 (the statistics' unit) are kilo-units
_QIAN_BAI = gated(r"(\d+(?:\.\d+)?)(?:千(?:(\d)百)?|(百)|(?<![\d.]\d)(?<=\d)(十)(?![堰\d]))(?![米克瓦伏帕焦卡赫兆分字升]|公顷)")
# 约30余人, 大约50人左右, 大约有50人左右, 近2000余份, 30多人左右, 2个多小时左右, 大约有近百人: one
# word of approximation per number; 预约30余人 and 附近30余家 are not approximations
_APPROX_NUMBER = r"(?:\d+(?:\.\d+)?[十百千万亿]*|[一二两三四五六七八九十百千万亿]+)"
_APPROX_UNIT = r"[\u4e00-\u9fff%％]{0,3}?"  # 人, 万元, 人次, %
_APPROX_AROUND = r"左右(?![两为手侧开])|上下(?![班级游楼车学水午文])"  # not 左右两侧, 上下班
_APPROX = gated(
    rf"(?=[大约将接近\d一二两三四五六七八九十百千万亿])(?:(?P<word>大约|大概|(?<![预签节制合契特公条履违相邀赴失爽守践续解婚立缔誉])约"
    rf"|将近|接近|(?<![附最靠临邻就贴逼亲远新])近)(?P<has>有|达|为|是)?(?P<near>将近|接近|近)?(?P<n>{_APPROX_NUMBER})"
    rf"(?:(?P<ge>个)?(?P<odd>余|多))?(?:(?P<unit>{_APPROX_UNIT})(?P<around>{_APPROX_AROUND}))?"
    rf"|(?P<n2>{_APPROX_NUMBER})(?P<ge2>个)?(?P<odd2>余|多)(?P<unit2>{_APPROX_UNIT})(?P<around2>{_APPROX_AROUND}))")
# 覆盖率达到22.5%，较2020年提高1.8%: a rate compared with a rate changes by percentage points
# (1.8个百分点); 1.8% would be a change relative to it. Only where the sentence names a rate
# (…率, 比重, 占比) given in per cent just before the comparison. After a comma the comparison
# must go on with the rate (，较2020年…, ，分别比…): in 利润率为5.6%，营业收入同比增长8.3% another
# quantity grew, relative to itself; and after a 的 another quantity is named (利润率超过10%的企业数量).
_RATE_CHANGE = gated(r"(?:率|比重|占比)[^，。；！？\n%％]{0,8}?\d+(?:\.\d+)?[%％]"
                          r"(?:[^的，,。；！？\n%％]{0,14}?|[^的，,。；！？\n%％]{0,4}?[，,]"
                          r"(?:分别|均|也|仍|则|与[^，,。；！？\n%％]{1,8}?相)?)"
                          r"(?:较|比|同比|环比)[^，。；！？\n%％]{0,12}?(?:提高|提升|增加|上升|增长|下降|降低|减少|回落)了?"
                          r"(?P<change>(?P<value>\d+(?:\.\d+)?)[%％])(?![点])")
# 由3.2%降至1.1%，下降了2.1%: the change told is the difference of the two rates, so it is in
# percentage points (2.1个百分点); a change relative to the first rate would be 65.6%
# (由去年的86.2%提升到今年的91.5%: the years between are words, not figures)
_FROM_TO_RATE = gated(r"(?:由|从)[^，。；！？\n\d%％]{0,8}?(?P<a>\d+(?:\.\d+)?)[%％](?:降|下降|降低|减|减少|回落|提高|提升|升|上升|增加|增长)(?:至|到)"
                           r"[^，。；！？\n\d%％]{0,8}?(?P<b>\d+(?:\.\d+)?)[%％][，,]?[^，。；！？\n%％\d]{0,4}?(?:下降|降低|减少|回落|提高|提升|上升|增加|增长)了?"
                           r"(?P<change>(?P<value>\d+(?:\.\d+)?)[%％])(?![点])")
# 同比下降-3.2%: a fall already says minus; a minus sign after it says the figure rose
_DOWN_NEGATIVE = gated(r"(?P<verb>下降|降低|减少|回落|下滑|缩减|收窄)了?(?P<value>[-－−](?P<n>\d+(?:\.\d+)?[%％]?))")
# 合格率为102.6%, 占108%: a share of a whole cannot pass 100% (完成计划的103.2% and 同比增长126.5%
# can, and are not rates of this kind)
_RATE_OVER = gated(r"(?:(?:合格|达标|覆盖|知晓|入学|巩固|普及|接种|化解|办结|结案|参保|就业|出勤|治愈|回收"
                        r"|处置|整改|销号|签约|到位|通过|建档|检测|完好|入园|使用|绿化)率|占比|(?<![完])占(?:"
                        # 占计划的102%, 占上年的106%: a share of a target or a year before may pass it
                        r"(?:(?!计划|任务|目标|预期|预算|上年|去年|同期)[^，。；！？\n%％]){0,12}?的)?)"
                        r"(?:为|达到|达|是|保持在|提高到|提升到|上升到|稳定在|均为|均达到?)?"
                        r"(?P<value>\d+(?:\.\d+)?)[%％]")
# 办结率达99.2。, 占比为76.3。: a rate's figure closing its clause without its per cent sign. A ratio that is no
# per cent (容积率2.5, 功率, 频率, 汇率, 效率, 分辨率, 倍率, 圆周率) is left alone, and so is a figure with a unit
_RATE_NO_PERCENT = gated(r"(?:(?<![容积功频汇效速概辨倍周])率|占比)(?:为|达到|达|是|保持在|提高到|提升到|上升到|稳定在|均为|均达到?)?"
                         r"(?P<value>\d+(?:\.\d+)?)(?=[，。；、）)]|$)", re.M)
# 下降了50%个百分点: points are no per cent (50个百分点), whichever was meant
# 5%个百分点 and 5个百分点%: a change in points carries no percent sign
_PERCENT_POINTS = gated(r"(\d+(?:\.\d+)?)(?:[%％]\s*个?百分点|个?百分点[%％])")
# 十5期, 二十3人: one number written half in Chinese numerals, half in digits (4.1.1)
_MIXED_NUMERAL = gated(r"(?<![0-9A-Za-z.])([一二三四五六七八九]?十)(\d)(?![0-9.])")
# 五至10户, 5至十人: the two ends of a range in one kind of numerals (5至10户); a Chinese numeral
# opening the range only after a word that leads a number, or one of 二 … 九 alone (统一至12月,
# 周五至10日 are no ranges)
_RANGE_MIXED = gated(r"(?:(?<=[约近每共达为有需分从、，：（])|^|(?<![周期第拜一二三四五六七八九十百千万〇零两\d])(?=[二三四五六七八九][至到—～]\d))"
                          r"(?P<cn>(?=[一二三四五六七八九十])[一二三四五六七八九]?十?[一二三四五六七八九]?)(?P<to>至|到|—|～)(?P<n>\d{1,3})(?=[个户人名家次天周年月日元条项台处批组岁倍所座亩])"
                          r"|(?<![\d.])(?P<n2>\d{1,3})(?P<to2>至|到|—|～)(?P<cn2>(?=[一二三四五六七八九十])[一二三四五六七八九]?十?[一二三四五六七八九]?)(?=[个户人名家次天周年月日元条项台处批组岁倍所座亩])", re.M)
# 60—70%, 5—8万元: in a range the first number keeps its % and its 万 or 亿 (15%～30%, not 15～30%;
# 9亿～16亿, not 9～16亿)
_RANGE_UNIT = gated(r"(?<![\d.%％万亿])(?P<first>\d+(?:\.\d+)?)(?P<dash>[—～~－\-]{1,2}|至|到)"
                         r"(?P<second>\d+(?:\.\d+)?)(?P<unit>[%％]|[万亿](?!分之))")
# 降低了1倍: a decrease cannot be a multiple (倍 counts up from the number); it is a fraction or a per cent
_DOWN_TIMES = gated(r"(?:降低|下降|减少|减低|缩减|压缩|节约|节省|缩短)了?(?:近|约|将近)?"
                         r"(?P<n>\d+(?:\.\d+)?|[一两二三四五六七八九十半]+)倍")
# 长政办[2026]12号, 长政办〔26〕12号, 长政办〔2026〕第12号, 长政办〔2026〕012号: a document number
# (发文字号) after its issuer's characters; a court's case number (（2026）豫1082民初123号) has a
# place's character after the bracket, not the serial, and is left alone
_DOC_NUMBER = gated(r"[〔\[［【（(](?<=[\u4e00-\u9fff][〔\[［【（(])(?P<year>\d{4}|\d{2})[〕\]］】）)]"
                         r"(?P<di>第)?(?P<serial>\d{1,5})号")
# 超过100人以上: 超过 already says "more than"
_OVER = gated(rf"超过({_APPROX_NUMBER}{_APPROX_UNIT})以上")
_HEAD1 = gated(rf"^([{_CN_NUM}]{{1,3}})[.．,，:：](?=[{HAN}“])", re.M)
_HEAD2 = gated(rf"(?=[(（])(?:(?:^|(?<=[：；。]))(?:\(([{_CN_NUM}]{{1,3}})[)）]|（([{_CN_NUM}]{{1,3}})\))([、.．,，]?)"
                    rf"|(?:^|(?<=[：；。]))（([{_CN_NUM}]{{1,3}})）([、.．,，]))", re.M)
_POINT_NUMERALS = "一二三四五六七八九十"
# 一是、加强… : a run-in point takes no mark of its own (一是加强…；二是…)
_POINT_MARK = gated(r"(?:^|(?<=[，。；：]))([一二三四五六七八九十]是)[、:：]", re.M)
# 上午9：30: a time of day takes the half-width colon (a ratio such as 比例为1：1 keeps its own,
# and so does one reached: 师生比达到1：12)
_TIME_COLON = gated(r"(?<=[午上晚晨于日至到—～])(?<!达到)(?<!达至)(\d{1,2})：(\d{2})(?!\d)")
# 于25:30, 上午9:65: a time of day that does not exist (24:00 ends a day, GB/T 7408)
_CLOCK = gated(r"(?<=[午上晚晨于日至到—～])(?<!达到)(?<!达至)(\d{1,2})[:：](\d{2})(?!\d)")
# 2024.3.5 or 2024-03-05 in running text: a 公文 writes 2024年3月5日
# 8:30分 mixes two ways of writing a time; 2024年三月 two kinds of numerals in one date
_TIME_MIXED = gated(r"(?<![\d:：])(\d{1,2})[:：](\d{2})分")
# 十一时30分, 11时三十分: the hour and the minutes of one time in one kind of digits
_CLOCK_MIXED = gated(r"(?=[一二三四五六七八九十\d]{1,3}时)(?<![一二三四五六七八九十〇\d])(?:([一二三四五六七八九十]{1,3})时(\d{1,2})分|(\d{1,2})时([一二三四五六七八九十]{1,3})分)")
_CN_DIGIT = "一二三四五六七八九十"
_DATE_MIXED = gated(rf"(\d{{4}})年([{_CN_DIGIT}]{{1,3}})月(?:([{_CN_DIGIT}]{{1,3}})日)?")
# 二〇二四年7月: a year in Chinese numerals with the month in Arabic digits
_CN_YEAR_DIGITS = "〇一二三四五六七八九零"
_CN_YEAR_MIXED = gated(r"(?=[〇零一二三四五六七八九]{4}年\d)([〇零一二三四五六七八九]{4})年(\d{1,2})月(?:(\d{1,2})日)?")
_NUMERIC_DATE = gated(r"(?<![\w.\-/])((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?![\w.\-/])", re.ASCII)
# (第一、二季度, 第三、第四批: ordinals listed with a 顿号, no heading)
_ORDINAL = gated(r"(?:^|(?<=[：；。]))(第[一二三四五六七八九十]{1,2}|首先|其次|再次|最后)(、)(?![一二三四五六七八九十第])", re.M)
# (a ratio 比例为1：1，以… is not a heading after a colon)
# (1.、 is the point and a 顿号 both typed: one mark too many)
_HEAD3 = gated(rf"(?=\d)(?:^|(?<=[；。])|(?<=(?<!\d)：))(\d{{1,2}})[.．]?[、,，](?=[{HAN}“])", re.M)
_HEAD4 = gated(rf"(?=[(（\d])(?:(?:^|(?<=[：；。]))(?:\((\d{{1,2}})[)）]|（(\d{{1,2}})\))([、.．,，]?)"
                    rf"|(?:^|(?<=[：；。]))（(\d{{1,2}})）([、.．,，])|^(\d{{1,2}})[)）](?=[{HAN}]))", re.M)


# The heading number a paragraph opens with, by level: 一、 （一） 1. （1）
_OPENING_NUMBER = gated(r"^(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,2})[.．](?!\d)|（(\d{1,2})）)")


def _cn_number(text: str) -> int:
    """一 … 九十九 as written in heading numbers (十, 十二, 二十, 二十三)."""
    if "十" not in text:
        return CN_VALUES[text]
    tens, _, units = text.partition("十")
    return (CN_VALUES[tens] if tens else 1) * 10 + (CN_VALUES[units] if units else 0)


def heading_order(paragraphs: list[str], excerpt: bool = False) -> list[tuple[int, Finding]]:
    """Heading numbers that skip or repeat one across the paragraphs of an article
    (一、 二、 四、), each level counted anew under the level above it; with the index of the
    paragraph. The first number of a level is taken as given (an excerpt may start at 三、), and
    in an excerpt (a speech's 摘要, 节选) a part's number may skip the parts left out (一、 三、)."""
    expected: dict[int, int] = {}
    out: list[tuple[int, Finding]] = []
    for index, text in enumerate(paragraphs):
        m = _OPENING_NUMBER.match(text)
        if m is None:
            continue
        level = next(g for g in (1, 2, 3, 4) if m.group(g))
        written = m.group(level)
        value = _cn_number(written) if level <= 2 else int(written)
        want = expected.get(level)
        if want is not None and value != want and not (excerpt and level == 1 and value > want):
            right = to_chinese(want) if level <= 2 else str(want)
            out.append((index, finding("H-ORDER", text, m.start(level), m.end(level), right)))
        expected[level] = value + 1
        for lower in range(level + 1, 5):
            expected.pop(lower, None)
    return out


def _heading_order_in_lines(text: str) -> Iterator[Finding]:
    """``heading_order`` over the lines of one text (an article pasted as one field)."""
    starts, lines = zip(*lines_with_starts(text))
    for index, f in heading_order(list(lines)):
        yield dataclasses.replace(f, start=starts[index] + f.start, end=starts[index] + f.end)


def check_dates(text: str, context: CheckContext) -> Iterator[Finding]:
    for m in _DATE_HAO.finditer(text):
        yield finding("D-HAO", text, m.start(1), m.end(1), "日")
    for m in _DAY_HAO.finditer(text):
        yield finding("D-HAO", text, m.start(2), m.end(2), "日")
    for m in _DATE.finditer(text):
        year_text, month, day, weekday = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4) or m.group(5)
        year = int(year_text) if year_text else None
        if not 1 <= month <= 12 or not 1 <= day <= _days_in(year, month):
            yield finding("D-INVALID", text, m.start(), m.start() + len(m.group(0).split("日")[0]) + 1, None)
            continue
        if weekday:
            yield from _weekday_off(text, m, year, month, day, weekday, context)
    for m in _CN_DATE.finditer(text) if "月" in text else ():  # (most texts: the pattern need not run)
        year, month, day = (to_int(m[1]) if m[1] else None), to_int(m[2]) or 0, to_int(m[3]) or 0
        if (not 1 <= month <= 12 or not 1 <= day <= _days_in(year, month)) and not _LUNAR.search(text, max(0, m.start() - 6), m.start()):
            yield finding("D-INVALID", text, m.start(), m.end(), None)
        elif m[4] and year and not _LUNAR.search(text, max(0, m.start() - 6), m.start()):
            yield from _weekday_off(text, m, year, month, day, m[4], context)
    for m in _NUMERIC_DATE.finditer(text):
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
        near = text[max(0, m.start() - 1):m.end() + 1]
        if 1 <= month <= 12 and _valid(year, month, day) and re.search(f"[{HAN}]|[，。；：、]$", near):
            yield finding("D-NUMERIC", text, m.start(), m.end(), f"{year}年{month}月{day}日")
    for m in _TIME_MIXED.finditer(text):
        if int(m.group(1)) <= 24 and int(m.group(2)) < 60:
            yield finding("D-TIME-MIXED", text, m.start(), m.end(), f"{m.group(1)}时{m.group(2)}分")
    for m in _CLOCK_MIXED.finditer(text):
        try:
            hour = _cn_number(m[1]) if m[1] else int(m[3])
            minute = int(m[2]) if m[2] else _cn_number(m[4])
        except KeyError:  # 三三时: not a number
            continue
        if hour <= 24 and minute < 60:
            yield finding("D-TIME-MIXED", text, m.start(), m.end(), f"{hour}时{minute}分")
    for m in _CN_YEAR_MIXED.finditer(text):
        in_digits = "".join(str(_CN_YEAR_DIGITS.index(c) % 10) for c in m[1])
        if 1 <= int(m[2]) <= 12:
            tail = f"{m[3]}日" if m[3] else ""
            yield finding("N-DATE-MIXED", text, m.start(), m.end(), f"{in_digits}年{m[2]}月{tail}")
    for m in _DATE_MIXED.finditer(text):
        try:
            cn_month = _cn_number(m.group(2))
            cn_day = _cn_number(m.group(3)) if m.group(3) else 0
        except KeyError:  # 三三: not a number
            continue
        if 1 <= cn_month <= 12 and 0 <= cn_day <= 31:
            tail = f"{cn_day}日" if cn_day else ""
            yield finding("N-DATE-MIXED", text, m.start(), m.end(), f"{m.group(1)}年{cn_month}月{tail}")
    for m in _TIME_COLON.finditer(text):
        if int(m.group(1)) <= 24 and int(m.group(2)) < 60:
            yield finding("D-TIME-COLON", text, m.start(), m.end(), f"{m.group(1)}:{m.group(2)}")
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 24 or minute > 59 or hour == 24 and minute:
            yield finding("D-CLOCK", text, m.start(), m.end(), None)
    for m in _MONTH.finditer(text):
        if not 1 <= int(m.group(2)) <= 12:
            yield finding("D-INVALID", text, m.start(), m.end(), None)
    for m in _DATE_ZERO.finditer(text):
        yield finding("D-ZERO", text, m.start(), m.end(), m[1] or m[2])
    for m in _QUARTER.finditer(text):
        yield finding("D-INVALID", text, m.start(), m.end(), None)
    for m in _RANGE.finditer(text):
        first_month, first_day, last_day = int(m.group(1)), int(m.group(2)), int(m.group(4))
        last_month = int(m.group(3)) if m.group(3) else first_month
        if last_month == first_month and last_day < first_day:  # 12月28日至1月3日 crosses a year: fine
            yield finding("D-RANGE", text, m.start(), m.end(), None)


def _weekday_off(text: str, m: re.Match[str], year: int | None, month: int, day: int, weekday: str,
                 context: CheckContext) -> Iterator[Finding]:
    """A weekday written beside a date that falls on another (without the year, on none of
    the issue's year and the one before)."""
    years = [year] if year else ([context.issue_date.year, context.issue_date.year - 1] if context.issue_date else [])
    wanted = "日" if weekday == "天" else weekday
    actual = [_WEEKDAYS[dt.date(y, month, day).weekday()] for y in years if _valid(y, month, day)]
    if actual and wanted not in actual:
        yield finding("D-WEEKDAY", text, m.start(), m.end(), None, weekday=actual[0])


def _days_in(year: int | None, month: int) -> int:
    if not 1 <= month <= 12:
        return 0
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year or 2001, month)[1]


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def check_numbers(text: str) -> Iterator[Finding]:
    for m in _YEAR_ZERO.finditer(text):
        digits = m.group()
        if any(c in "一二三四五六七八九" for c in digits) and _BAD_ZERO.search(digits):
            yield finding("N-YEAR-ZERO", text, m.start(), m.end(), _BAD_ZERO.sub("〇", digits))
    for m in _YEAR_SHORT.finditer(text):
        group = next(g for g in range(1, 10) if m.group(g) is not None)
        short = int(m.group(group))
        yield finding("N-YEAR-SHORT", text, m.start(group), m.end(group), f"{2000 + short if short <= 50 else 1900 + short}")
    for m in _PERCENT.finditer(text):
        yield finding("N-PERCENT", text, m.start(), m.end(), f"{m.group(1)}%")
    for m in _CN_PERCENT.finditer(text):
        whole = to_int(m["n"])
        if whole is not None:
            decimals = "".join(str(CN_VALUES.get(c, 0)) for c in m["d"] or "")  # (零 is 0)
            yield finding("N-CN-PERCENT", text, m.start(), m.end(),
                          f"{whole}{'.' + decimals if decimals else ''}{m.group()[-1].replace('％', '%')}")
    for m in _COMMA_GROUPS.finditer(text):
        yield finding("N-COMMA", text, m.start(), m.end(), m.group().replace("，", ""))
    for m in _LETTER_O.finditer(text):
        yield finding("N-LETTER-O", text, m.start(), m.end(), m.group().replace("O", "0").replace("o", "0"))
    for m in _JI.finditer(text):
        yield finding("N-JI", text, m.start(), m.end(), _ji_suggestion(m.group()))
    for m in _APPROX.finditer(text):
        if m["word"] and m["near"]:  # 大约有近百人: the nearer word, right before the number, stays
            kept = _groups(m, "has", "near", "n", "ge", "odd", "unit")
        elif m["word"]:
            if not (m["odd"] or m["around"]):
                continue
            kept = _groups(m, "word", "has", "n", "ge", "unit")  # the word before the number stays
        else:
            kept = _groups(m, "n2", "ge2", "odd2", "unit2")
        yield finding("N-APPROX", text, m.start(), m.end(), kept)
    for m in _RATE_CHANGE.finditer(text):
        yield finding("N-POINTS", text, m.start("change"), m.end("change"), f"{m['value']}个百分点")
    for m in _FROM_TO_RATE.finditer(text):
        if abs(abs(float(m["a"]) - float(m["b"])) - float(m["value"])) < 0.001:
            yield finding("N-POINTS", text, m.start("change"), m.end("change"), f"{m['value']}个百分点")
    for m in _DOWN_NEGATIVE.finditer(text):
        yield finding("N-DOWN-NEGATIVE", text, m.start("value"), m.end("value"), m["n"], verb=m["verb"])
    for m in _RATE_OVER.finditer(text):
        if float(m["value"]) > 100:
            yield finding("N-RATE-OVER", text, m.start("value"), m.end(), None)
    for m in _RATE_NO_PERCENT.finditer(text):
        yield finding("N-RATE-PERCENT", text, m.start("value"), m.end("value"), m["value"] + "%")
    for m in _PERCENT_POINTS.finditer(text):
        yield finding("N-PCT-POINTS", text, m.start(), m.end(), m.group(1) + "个百分点")
    for m in _MIXED_NUMERAL.finditer(text):
        yield finding("N-MIXED", text, m.start(), m.end(), str(_cn_number(m.group(1)) + int(m.group(2))))
    for m in _RANGE_MIXED.finditer(text):
        if m["cn"]:
            yield finding("N-RANGE-MIXED", text, m.start(), m.end(), f"{_cn_number(m['cn'])}{m['to']}{m['n']}")
        elif m["cn2"]:
            yield finding("N-RANGE-MIXED", text, m.start(), m.end(), f"{m['n2']}{m['to2']}{_cn_number(m['cn2'])}")
    for m in _RANGE_UNIT.finditer(text):
        unit = m["unit"]
        yield finding("N-RANGE-UNIT", text, m.start(), m.end(), m["first"] + unit + m["dash"] + m["second"] + unit,
                      unit=unit)
    for m in _DOWN_TIMES.finditer(text):
        yield finding("N-DOWN-TIMES", text, m.start("n"), m.end(), None)
    for m in _DOC_NUMBER.finditer(text):
        written, year, serial = m.group(), m["year"], m["serial"].lstrip("0")
        if len(year) == 2:
            year = "20" + year
        if serial and year.startswith(("19", "20")) and written != (right := f"〔{year}〕{serial}号"):
            yield finding("N-DOCNO", text, m.start(), m.end(), right)
    for m in _OVER.finditer(text):
        yield finding("N-OVER", text, m.start(), m.end(), "超过" + m.group(1))
    for m in _QIAN_BAI.finditer(text):
        value = float(m.group(1)) * (100 if m.group(3) else 10 if m.group(4) else 1000) + (int(m.group(2)) * 100 if m.group(2) else 0)
        yield finding("N-QIANBAI", text, m.start(), m.end(), f"{value:g}" if value < 1e15 else None)


def _groups(m: re.Match[str], *names: str) -> str:
    """The text of the named groups of ``m`` that matched, in the order named."""
    return "".join(m[name] or "" for name in names)


def _ji_suggestion(found: str) -> str | None:
    number = int(found.strip("几"))
    words = {10: "十", 20: "二十", 30: "三十", 40: "四十", 50: "五十", 60: "六十", 70: "七十", 80: "八十",
             90: "九十", 100: "百", 1000: "千", 10000: "万"}
    if number not in words:
        return None
    return words[number] + "几" if found.endswith("几") else "几" + words[number]


# 第一，……；其次，……；第三，……: one series of ordinals, written one way (第一、第二、第三 or 首先、其次、最后);
# run into its clause after a comma too (首先要统一思想，第二要明确责任; 第二天, 第二批, 第一要务 are no ordinal of a series)
_SERIES_NAME = "第[一二三四五六七八九十]|首先|其次|再次|最后"
_SERIES_WORD = gated(rf"(?:(?:^|(?<=[。；：\n]))(?=(?:{_SERIES_NAME})[，、：])"
                          rf"|(?:^|(?<=[。；：，\n]))(?=(?:{_SERIES_NAME})要(?![务素求点件害闻领紧])))"
                          rf"({_SERIES_NAME})", re.M)


def _ordinal_series(text: str) -> Iterator[Finding]:
    """A 其次 after 第一 (where 第二 is meant), a 第二 after 首先 (where 其次 is meant)."""
    previous = ""
    for m in _SERIES_WORD.finditer(text):
        word = m.group(1)
        if previous == "第一" and word == "其次":
            yield finding("H-SERIES", text, m.start(1), m.end(1), "第二", first=previous)
        elif previous == "首先" and word == "第二":
            yield finding("H-SERIES", text, m.start(1), m.end(1), "其次", first=previous)
        previous = word


def check_numbering(text: str) -> Iterator[Finding]:
    if "\n" in text:
        yield from _heading_order_in_lines(text)
    for m in _HEAD1.finditer(text):
        yield finding("H-LEVEL1", text, m.start(), m.end(), m.group(1) + "、")
    for m in _HEAD2.finditer(text):
        number = m.group(1) or m.group(2) or m.group(4)
        yield finding("H-LEVEL2", text, m.start(), m.end(), f"（{number}）")
    for m in _ORDINAL.finditer(text):
        yield finding("H-ORDINAL", text, m.start(2), m.end(2), "，", word=m.group(1))
    yield from _point_sequence(text)
    yield from _ordinal_series(text)
    yield from _inline_heading_order(text)
    for m in _HEAD3.finditer(text):
        yield finding("H-LEVEL3", text, m.start(), m.end(), m.group(1) + ".")
    for m in _HEAD4.finditer(text):
        number = m.group(1) or m.group(2) or m.group(4) or m.group(6)
        yield finding("H-LEVEL4", text, m.start(), m.end(), f"（{number}）")


# （一）加强领导。（三）强化宣传。: second-level numbers run in inside one paragraph
_INLINE_HEAD2 = gated(r"(?:^|(?<=[。；]))（([一二三四五六七八九十]{1,3})）", re.M)
# 三项工作：一、稳岗位；二、促就业；四、保民生 and 重点有：1.加强监测；2.做好接种；4.强化宣传: a list
# run in after a colon, its points set apart by semicolons (一、二级响应 and 2.5万元 are no points);
# the same with （1）, ①, 其一， and 一要 (一要加强领导，二要压实责任，四要…), which open a list anywhere
_INLINE_LIST = gated(r"(?:^|(?<=[：；。]))(?:(?P<cn>[一二三四五六七八九十])、(?![一二三四五六七八九十\d])"
                     r"|(?P<digit>\d{1,2})[.．](?![\d.．])|（(?P<paren>\d{1,2})）|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩]))"
                     r"|(?:^|(?<=[：；。，]))(?:其(?P<qi>[一二三四五六七八九十])(?=[，、：])"
                     r"|(?P<yao>[一二三四五六七八九十])要(?![求素点件害闻领紧务])(?=[\u4e00-\u9fff]))", re.M)
_OPEN_AFTER_COLON = ("cn", "digit")  # 一、 and 1. open a list only after its colon


def _inline_heading_order(text: str) -> Iterator[Finding]:
    """（一）…（三） inside one paragraph: a number skipped or said twice. Across paragraphs
    ``heading_order`` counts them; here only the numbers after the first in a line. A list of
    一、 or 1. run in after a colon counts only from its first point, and only once its second
    follows it in order (a lone 三、 or 3. after a semicolon may be anything)."""
    for line_start, line in lines_with_starts(text):
        expected = None
        for m in _INLINE_HEAD2.finditer(line):
            value = _cn_number(m.group(1))
            if expected is not None and value != expected:
                yield finding("H-ORDER", text, line_start + m.start(1), line_start + m.end(1), to_chinese(expected))
            expected = value + 1
        yield from _run_in_list_order(text, line_start, line)


def _run_in_list_order(text: str, line_start: int, line: str) -> Iterator[Finding]:
    reached: dict[str, int] = {}  # by style, the point the list has reached
    for m in _INLINE_LIST.finditer(line):
        style = next(name for name in ("cn", "digit", "paren", "circled", "qi", "yao") if m[name] is not None)
        written = m[style]
        value = (int(written) if style in ("digit", "paren")
                 else ord(written) - ord("①") + 1 if style == "circled" else _cn_number(written))
        opens = m.start() == 0 or style not in _OPEN_AFTER_COLON or line[m.start() - 1] == "："
        if value == 1 and opens:
            reached[style] = 1
        elif style in reached and value == reached[style] + 1:
            reached[style] = value
        elif reached.get(style, 0) >= 2 and value != reached[style] + 1:
            expected = reached[style] + 1
            yield finding("H-ORDER", text, line_start + m.start(style), line_start + m.end(style),
                          str(expected) if style in ("digit", "paren")
                          else chr(ord("①") + expected - 1) if style == "circled" else to_chinese(expected))
            reached[style] = value
        else:
            reached.pop(style, None)




# The points of one run-in list, in three styles: 一是 (汉字 and 是), 第二， (第 and a comma) and
# 3是 (a digit typed for the 汉字). After any clause's mark, the ASCII ones typed for it included.
_ANY_POINT = gated(r"(?:^|(?<=[，。；：,;:]))(?:(?P<shi>[一二三四五六七八九十])是|(?P<di>第(?P<dn>[一二三四五六七八九十])[，、：,])"
                        r"|(?P<digit>\d)是(?=[\u4e00-\u9fff])"
                        # 三、 after a comma in a list of 一是, 二是: a point typed as a heading's number
                        # (never a list of its own: 一、二级响应 and 三、四级 count levels)
                        r"|(?<=[，；,;])(?P<dun>[一二三四五六七八九十])、(?![一二三四五六七八九十\d]))", re.M)


def _point_style(m: re.Match[str]) -> tuple[str, int]:
    """The style of a point (shi, di or digit) and its number."""
    if m["shi"]:
        return "shi", _POINT_NUMERALS.index(m["shi"]) + 1
    if m["di"]:
        return "di", _POINT_NUMERALS.index(m["dn"]) + 1
    if m["dun"]:
        return "dun", _POINT_NUMERALS.index(m["dun"]) + 1
    return "digit", int(m["digit"])


def _point_written(style: str, value: int) -> str:
    numeral = _POINT_NUMERALS[value - 1]
    return f"第{numeral}，" if style == "di" else f"{numeral}是"


def _point_sequence(text: str) -> Iterator[Finding]:
    """一是…二是…四是: a point skipped or said twice; 一是…；第二，…；三是 or 一是…；二是…；3是: one
    point written in another style than the list it continues (the odd one is the point whose own
    style has no list to continue, while another style's list has just reached the number before
    it). A new 一是 (第一，) begins a new list; 第一，…一是…二是…第二， nests two lists, each continued."""
    for m in _POINT_MARK.finditer(text):
        yield finding("H-POINT-MARK", text, m.start(), m.end(), m.group(1))
    last: dict[str, int] = {}  # the number each style's list has reached
    first: dict[str, str] = {}  # how that list's first point is written
    between = ""  # the mark the 一是 list sets between its points, once its 二是 shows it
    for m in _ANY_POINT.finditer(text):
        style, value = _point_style(m)
        if value == 1 and style not in ("digit", "dun"):
            last[style], first[style] = 1, m.group()
            if style == "shi":
                between = ""
            continue
        if last.get(style) == value - 1:
            last[style] = value
            mark = text[m.start() - 1:m.start()]
            if style == "shi" and mark in ("，", "；"):
                if between and mark != between:  # 一是…，二是…；三是…: the points set apart two ways
                    yield finding("P-POINT-SEP", text, m.start() - 1, m.start(), between, first=between)
                between = between or mark
            continue
        other = next((s for s, reached in last.items() if s != style and reached == value - 1), None)
        if other is not None and value <= len(_POINT_NUMERALS):
            yield finding("H-SERIES", text, m.start(), m.end(), _point_written(other, value),
                          first=first[other].rstrip("，、：,"))
            last[other] = value
            continue
        # 第一，…第二，…第四，: a list of 第 is one only once two of its points stand in order (a
        # rank after a comma, 位列全市第四，, stands alone)
        if style in last and (style == "shi" or style == "di" and last[style] >= 2) \
                and last[style] + 1 <= len(_POINT_NUMERALS):
            yield finding("H-POINT", text, m.start(), m.end(), _point_written(style, last[style] + 1))
            last[style] = value  # the list goes on from the point as written: one slip, one finding
