"""The shapes of a bulletin's lines, shared by every part of the recogniser.

Matching is done on a paragraph's text with its whitespace (half- or full-width) removed
where the shape has no meaningful spaces (第 3 期, 编辑：卜　丹), so spacing habits do not matter.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..marks import COPY_NUMBER, SECRECY, URGENCY
from ..model import (
    LUNAR_DAY,
    BULLETS, CONTENTS_TITLES, DATE_PATTERN, DATE_SEPARATOR, ENTRY_DATE_PATTERN, PICTURE_NOTE, SENDER_LABEL, SENDER_SUFFIXES, SIGNOFF_HEADS, UNIT_IN_BRACKETS, UNIT_SUFFIXES,
    attribution, dated_lead_mark, signed_unit,
)
from ..numerals import CN_NUMERAL, to_int
from ..richtext import Run

SPACE = re.compile(r"\s+")

_NUM = rf"(?:\d{{1,6}}|{CN_NUMERAL}{{1,6}})"
ISSUE_NUMBER = re.compile(rf"^第({_NUM})期$")
# the year before a number within the year: 2026年, 2026年度, 〔2026〕, [2026], （2026）
_YEAR_FORM = r"[（(〔\[［]?{year}(?:年度?|[〕\]］）)])"
# (二〇二四年第十二期: the year in Chinese figures, as the number may be)
_YEAR_OF_NUMBER = _YEAR_FORM.format(year=rf"(\d{{4}}|{CN_NUMERAL}{{4}})")
_A_YEAR_OF_NUMBER = _YEAR_FORM.format(year=rf"(?:\d{{4}}|{CN_NUMERAL}{{4}})")
# 第52期 and the number within the year in its forms: 2026年第6期（总第60期）, 第6期（总第60期）,
# 2026年第6期, 〔2026〕第6期, 2026年第6期总第60期, 2026年第6期(总60期), 第6期·总第60期, 第6期 / 总第60期;
# the running number alone: 总第60期; any of them in brackets: （第52期）. Groups: year, number
# within the year, running number after it, running number alone.
YEAR_ISSUE_NUMBER = re.compile(
    rf"^(?:{_YEAR_OF_NUMBER}|[（(])?(?:第({_NUM})期(?:(?:[（(]|[·•・/／|｜、，,])?总第?({_NUM})期[）)]?)?|总第?({_NUM})期)[）)]?$")
# 总第60期（2026年第6期）: the running number first, the number within the year after it in
# brackets (spaces already gone); groups: the running number, the number within the year as written
TOTAL_FIRST = re.compile(rf"^总第?({_NUM})期[（(]((?:{_A_YEAR_OF_NUMBER})?第{_NUM}期)[）)]$")
# 舞农简〔2026〕12号: a bulletin numbered as documents are (文号), the office's short name, the
# year in brackets and the number within it; the short name is what every issue prints alike
DOCUMENT_NUMBER = re.compile(rf"^([\u4e00-\u9fff]{{0,10}})[〔\[［（(](\d{{4}}|{CN_NUMERAL}{{4}})[〕\]］）)]第?({_NUM})号$")
# No.3, NO.3, Ｎｏ．３, №3 (spaces already gone): an issue's number written otherwise than 第3期
_NO = r"(?:[NnＮｎ][OoＯｏ][.．:：]?|№)"
OTHER_NUMBER = re.compile(rf"^{_NO}(\d{{1,6}})$")
# 第3号, 2024年第3号, 总第152号, 2024年第3期（总第152号）: a 期号 with 号 where 期 stands, on a
# line of its own or beside the name, the office or the date; not a document number's
# (舞农简〔2026〕第12号, the number right after the bracketed year: DOCUMENT_NUMBER)
_NUMBER_IN_HAO = re.compile(rf"(?<![〕\]］）)])((?:总\s*第?|第)\s*{_NUM}\s*)号")


def number_in_qi(text: str) -> tuple[str, list[str]] | None:
    """The masthead line ``text`` with each number written with 号 written with 期, as the
    masthead reads and prints it (2024年第3期（总第152号） → 2024年第3期（总第152期）), and
    those numbers as written (总第152号); None when it holds no such number."""
    found = [match.group(0) for match in _NUMBER_IN_HAO.finditer(text)]
    return (_NUMBER_IN_HAO.sub(r"\1期", text), found) if found else None


# such a number, or 第3期, among other words on a line: not read there
NUMBER_AMONG_WORDS = re.compile(rf"{_NO}\s*\d{{1,6}}|第\s*{_NUM}\s*[号期]")
# where a 期号 written after other text begins: （第7期）, 2024年第3期（总第45期）, 〔2024〕第3期,
# 总第152期 (the running number alone)
_NUMBER_BEGINS = rf"(?:(?:{_A_YEAR_OF_NUMBER}|[（(])?第\s*{_NUM}\s*期|[（(]?总\s*第?\s*{_NUM}\s*期)"
# 安全生产工作简报（第7期）, 某某简报 2024年第3期: the name with its number on one line
NAME_AND_NUMBER = re.compile(rf"^(.*?[^\s（(])\s*({_NUMBER_BEGINS}.*)$")
# the running number spaced off after the number within the year, part of it: 2024年第12期　总第345期
_SPACED_TOTAL = rf"(?:\s+[（(]?总第?\s*{_NUM}\s*期[）)]?)?"
# 信访工作简报　　第3期　　叶县信访局, 某某简报（第3期）　某某局: the name, its number, and more
# spaced off after it (the office, the date), the whole masthead on one line
NAME_NUMBER_AND_REST = re.compile(rf"^(.*?[^\s（(])\s*({_NUMBER_BEGINS}\S*{_SPACED_TOTAL})\s+(\S.*)$")
# 2024年8月12日　　第15期, 某某办公室　　第15期: the number at the end of a masthead line, after a space
# (from the first space the number begins after: 2024年第12期　总第345期 is one number)
TRAILING_NUMBER = re.compile(rf"^(.*?\S)\s+({_NUMBER_BEGINS}\S*{_SPACED_TOTAL})$")
# 第12期　　某某局　　2024年6月5日: the number first, the rest of the line spaced off after it
LEADING_NUMBER = re.compile(rf"^({_NUMBER_BEGINS}\S*{_SPACED_TOTAL})\s+(\S.*)$")
# （安全生产大检查专刊 第34期）, 安全生产大检查专刊第34期, 专刊, （防汛特刊 第3期）, （防汛专刊）　第3期
# 防汛专刊（第3期）, （防汛专刊·第3期）
_DOT = r"\s*[·•・]?\s*"
SPECIAL_NUMBERED = re.compile(
    rf"^(?:[（(]\s*(.+?){_DOT}第\s*({_NUM})\s*期\s*[）)]"
    rf"|[（(]?\s*(.*?(?:专刊|特刊|增刊))\s*[）)]?{_DOT}[（(]?\s*第\s*({_NUM})\s*期\s*[）)]?)$"
)
SPECIAL_NAMED = re.compile(r"^[（(]?\s*(.{0,30}?(?:专刊|特刊|增刊))\s*[）)]?$")
# 第12期（防汛专刊）, 第2期（增刊） (spaces already gone): the number, then its 专刊, with
# the 专刊's own number or none (第15期（防汛专刊第3期）)
NUMBER_AND_SPECIAL = re.compile(
    rf"^(.*期[）)]?)[（(]([^（）()]{{0,30}}?(?:专刊|特刊|增刊))(?:[·•・]?第({_NUM})期)?[）)]$")

_YEAR = rf"(\d{{4}}|{CN_NUMERAL}{{4}})"
_MD = rf"(\d{{1,2}}|{CN_NUMERAL}{{1,3}})"
DATE = rf"{_YEAR}年{_MD}月{_MD}日"
# the end of a range: 2022年11月14日—11月18日, —2022年11月18日, —18日
_RANGE_END = rf"[—–－\-~～至到]{{1,2}}(?:{_YEAR}年)?(?:{_MD}月)?{_MD}日"
# 2022年11月21日印发, 2024年5月6日 星期一, 2024年5月6日（周一）, and the lunar date after it (2026年11月28日　农历十月初九)
_ISSUED = (r"(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?"
           rf"(?:\s*[（(]?{LUNAR_DAY}[）)]?)?(?:印发|编印|印制|出版|编发)?")
# the labels a masthead may print before its office and its date (编印单位：…　　印发日期：…)
OFFICE_LABEL = re.compile(r"^(?:编印|编发|主办|承办|编辑|出版|印发)(?:单位)?\s*[：:]\s*")
DATE_LABEL = re.compile(r"\s*(?:印发|编印|出版|编发|发布|刊发|成文)?(?:日期|时间)\s*[：:]\s*$")
# the hour a daily report's masthead adds to its date (2026年12月3日16时, 2027年2月3日8时30分, 2026年12月3日 16:00), which the
# issue, dated by the day, does not keep (the recogniser says so)
_HOUR = r"(?:\s*(?P<hour>\d{1,2}(?:[时点](?:\d{1,2}分|半)?|[:：]\d{2})))?"
# (or after the weekday: 2026年12月3日（星期四）16:00)
_LATE_HOUR = _HOUR.replace("?P<hour>", "?P<late_hour>")
_DATED_TO_THE_HOUR = rf"{_HOUR}{_ISSUED}{_LATE_HOUR}"
DATE_LINE = re.compile(rf"^{DATE}(?:{_RANGE_END})?{_DATED_TO_THE_HOUR}$")
# 2024年3月5日　　某某办公室编: the date first, the office spaced off after it
DATE_THEN_OFFICE = re.compile(rf"^(?P<date>{DATE}(?:{_RANGE_END})?{_HOUR})\s+(?P<office>\S.*)$")  # (2024年3月5日 16:00　　某某办公室 too)
# the office ends before the date's digits; a numeral may end it where a space follows (签发人：张三　2024年…)
OFFICE_AND_DATE = re.compile(rf"^(.*?(?:[^\d\s{CN_NUMERAL[1:-1]}]|\S(?=\s)))\s*{DATE}(?:{_RANGE_END})?{_DATED_TO_THE_HOUR}$")
# GB/T 9704's 印发 line at the foot of the closing block: the office, then the date it was
# issued (…办公室　　2024年5月6日印发, or without the year: 3月5日印发, or an office's name
# without the date: 某某县应急管理局办公室印发), with no label of its own
ISSUED_LINE = re.compile(rf"^(?:[^：:，。；;]{{2,40}}?\s*(?:{_YEAR}年)?{_MD}月{_MD}日"
                         rf"|[^：:，。；;\s]{{1,40}}?(?:{UNIT_SUFFIXES}))\s*(?:印发|编印|印制)$")
# a date written with dots, dashes or slashes (2022.11.21), as some units' bulletins print it,
# on a line of its own or after the office and a space
NUMERIC_DATE = r"(\d{4})[.．\-－/](\d{1,2})[.．\-－/](\d{1,2})"  # 2022.11.21, 2022-11-21, 2022/11/21
# (with its hour too: 2026-12-03 16:00; the day's figures as few as leave an hour after them, as the
# spaces between figures are gone where they are read: 2026/12/3 16:00 is the 3rd at 16:00, not the 31st)
_NUMERIC_DATE = rf"(\d{{4}})[.．\-－/](\d{{1,2}})[.．\-－/](\d{{1,2}}?){_HOUR}{_ISSUED}"
NUMERIC_DATE_LINE = re.compile(rf"^{_NUMERIC_DATE}$")
OFFICE_AND_NUMERIC_DATE = re.compile(rf"^(.*\S)\s+{_NUMERIC_DATE}$")

# The words bulletins' names end with (漯河安全生产简报, 防汛工作动态, 信息专报…).
NAME_ENDINGS = ("简报", "快报", "动态", "信息", "专报", "通讯", "要情", "周报", "月报", "通报", "专刊", "特刊",
                "摘报", "参阅", "内参", "工作")

# 【安排部署】, and the same in the other brackets some bulletins set their sections in; not
# a line naming an entry's sender in them (【来源：县应急局】, 〔县应急局供稿〕), which is its end
SECTION_BRACKETS = re.compile(r"^(?![【〖［\[〔]\s*" + SENDER_LABEL + r"\s*[：:])(?!.*(?:供稿|提供)\s*[】〗］\]〕]$)(?:【\s*(.*?)\s*】|〖\s*(.*?)\s*〗|［\s*(.*?)\s*］|\[\s*(.*?)\s*\]|〔\s*(.*?)\s*〕)$")


def section_title(text: str) -> str | None:
    """The section title a bracketed heading line holds (安排部署 for 【安排部署】), else None."""
    match = SECTION_BRACKETS.match(text)
    return next(group for group in match.groups() if group is not None) if match else None


# a section heading numbered 一、 on a line of its own: short, no sentence punctuation (its
# number, its title)
NUMBERED_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*([^，。；！？,;!?]{1,20})$")

# Marks printed above or beside the name that are not the name: 内部资料 注意保存, 秘密★1年, how
# urgent the issue is (GB/T 9704's 紧急程度: 特急, 加急), and GB/T 9704's copy number (份号), six
# digits on a line of its own above them. An issue sent as an attachment to a covering document
# prints the attachment's label where GB/T 9704 puts it, top left above the name (附件1): a mark
# too, printed there again, no part of the name
# (the copy number, secrecy levels and urgencies are core/marks.py's, which also sets them in lines to print)
# (紧急, as offices also mark a bulletin's urgency, only on a line of its own: beside a name it
# may begin it, 紧急救援工作简报)
# How far down an issue may be passed on (（此件发至县级）, 此件只发至乡镇卫生院), as a document's
# 发至 note says it: under the name a mark of the masthead, at the foot a line of the closing
# block, kept as written either way
_SENT_AS_FAR_AS = r"(?:此件|本刊|本期)(?:只|仅)?(?:印发|发|送|传达|阅)至[^，。；：！？\s（）()【】]{1,12}"
SENT_AS_FAR_AS_NOTE = re.compile(rf"^[（(]?{_SENT_AS_FAR_AS}[）)]?$")
_MARK_WORD = (rf"(?:内部(?:资料|刊物|参考|文件)|注意保存|妥善保存|(?:严禁|不得|请勿)(?:外传|转载|翻印|复制|上网)|仅供参阅|"
              rf"{_SENT_AS_FAR_AS}|{URGENCY}|紧急|{SECRECY}(?:★.*)?|★.*|附件\d{{0,2}})")
# (in brackets too, and with a comma between: （内部资料，注意保存）, 【内部资料】, 〔内部资料〕)
MASTHEAD_MARK = re.compile(rf"^(?=.)(?:{COPY_NUMBER})?[（(【\[〔［〖]?(?:{_MARK_WORD}[，,、·]?)*[）)】\]〕］〗]?$")
# the copy number with the marks after it on its line (000123秘密★1年, as a Word template's
# frames join them): a line of its own, never part of the marks
COPY_NUMBER_FIRST = re.compile(rf"^({COPY_NUMBER})\s*(?=\S)")
# the urgency printed beside the name (特急漯河安全生产简报, 特急　某某简报, 某某简报（加急）):
# groups the urgency and the name, or the name and the urgency
URGENCY_BESIDE_NAME = re.compile(rf"^(?:[（(【\[]?({URGENCY})[）)】\]]?\s*(\S.*)|(.*?\S)\s*[（(【\[]?({URGENCY})[）)】\]]?)$")

# The closing block's labels as bulletins in traditional characters print them too (編輯：,
# 簽發：, 報：, 聯繫人：, from 港澳 and 台 offices): each label also in that script.
_TRADITIONAL = str.maketrans("编辑责审签发报执笔复总监对统终联系电话传邮", "編輯責審簽發報執筆複總監對統終聯繫電話傳郵")


def both_scripts(labels):
    """``labels`` (a tuple, or a dict by label) with each label also in traditional characters."""
    if isinstance(labels, dict):
        return {**labels, **{label.translate(_TRADITIONAL): value for label, value in labels.items()}}
    return tuple(dict.fromkeys([*labels, *(label.translate(_TRADITIONAL) for label in labels)]))


SIGNOFF_LABELS = both_scripts({
    "本期责任编辑": "editors", "本期编辑": "editors", "责任编辑": "editors", "编辑": "editors", "执笔": "editors",
    "初审": "reviewers", "复审": "reviewers", "审稿": "reviewers", "核稿": "reviewers", "审核": "reviewers",
    "本期审核": "reviewers", "本期审稿": "reviewers", "签发": "signers", "本期签发": "signers",
})
# the same roles named as persons (签发人：马国庆) in a closing block; not among the labels
# above, which also end a masthead: there 签发人 is the masthead's own line
PERSON_LABELS = both_scripts({"签发人": "signers", "审核人": "reviewers"})


def _labels(labels) -> str:
    """An alternation of closing-block labels, longest first, each also spaced out to the
    width of a longer one (编　辑：, 抄　送：, 审　　核： under 责任编辑：), as templates align
    them; read back with ``compact``."""
    return "|".join(r"\s{0,3}".join(label) for label in sorted(labels, key=len, reverse=True))


# Roles a sign-off line names besides those (主编：王五, 校对：李四): kept as written
# (Signoff.others); known, so that they open a closing block as the others do.
# A contact line (联系人：张三　电话：…) opens a closing block too; below the distribution lists
# it is a line of the box as written.
CONTACT_LABELS = both_scripts(("联系人", "联系电话", "值班电话", "联系方式", "电话", "传真", "电子邮箱", "邮箱"))
# (一审/二审/三审: the three reviews some offices print by name, kept as printed)
OTHER_SIGNOFF_LABELS = both_scripts((*SIGNOFF_HEADS, "责编", "校对", "审校", "终审", "一审", "二审", "三审", "编审", "统稿",
                                     "排版", "美编", *CONTACT_LABELS))
_SIGNOFF_ALT = _labels([*SIGNOFF_LABELS, *OTHER_SIGNOFF_LABELS])
CONTACT_START = re.compile(rf"^(?:{_labels(CONTACT_LABELS)})\s*[：:]")
# 编辑：张三 …, or a label of another kind first: 主编：王五　编辑：张三
SIGNOFF_START = re.compile(rf"^(?:[^\s：:，。；;](?:\s?[^\s：:，。；;]){{0,4}}\s*[：:][^：:，。；;]{{1,20}}?\s+)?"
                           rf"(?:{_SIGNOFF_ALT})\s*[：:]")
SIGNOFF_PART = re.compile(rf"({_SIGNOFF_ALT})\s*[：:]\s*")
# A sign-off line in the closing block may also begin with a few words of no role, spaced off
# (联系电话12345　编辑：张三), kept among its other roles; above the body such a line is the
# office's (某某局　签发：张三), so only the closing block reads it so.
# (签发人：李四, 审核人：王五 as a closing block prints them, too)
SIGNOFF_LINE = re.compile(rf"^(?:[^：:，。；;]{{1,20}}?\s+)?(?:{SIGNOFF_START.pattern[1:]}|(?:{_labels(PERSON_LABELS)})\s*[：:])")
# (责任编辑：张三　审核：王五): the roles' line set in brackets, opening with one of the roles
_BRACKETED_ROLES = re.compile(rf"^[（(]\s*((?:{_labels([*SIGNOFF_LABELS, *PERSON_LABELS])})\s*[：:].+?)\s*[）)]$")


def signoff_text(text: str) -> str | None:
    """A closing block's sign-off line (编辑：张三　签发：李四), without the brackets some set it
    in ((责任编辑：张三)), or with the colons its labels were printed without (编辑　张三　　签发　李四);
    None for any other line."""
    text = _PIPE_AFTER_ROLE.sub(r"\1：", text.strip())
    if inner := _BRACKETED_ROLES.match(text):
        return inner.group(1)
    return text if SIGNOFF_LINE.match(text) else _roles_without_colons(text)


# 编辑 | 张三, as WeChat posts print their credits: the bar is the colon
_PIPE_AFTER_ROLE = re.compile(rf"(?:^|(?<=\s))({_SIGNOFF_ALT})\s*[|｜丨]\s*")


_ROLE_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")


_CELL_GAP = re.compile(r"\s{2,}")
_LABEL_FIRST = re.compile(rf"^({'|'.join(sorted(SIGNOFF_LABELS, key=len, reverse=True))})(\S+)$")


def _spaced_cells(text: str) -> list[str]:
    """编　辑　张　华　　审　核　李　强: the words of a sign-off whose labels and names are
    letter-spaced to one width, as its cells were; a wider gap parts the cells, each is a
    label, a name, or a label and a name (编辑张华)."""
    words: list[str] = []
    for cell in _CELL_GAP.split(text.strip()):
        cell = compact(cell)
        split = _LABEL_FIRST.match(cell)
        words += [split.group(1), split.group(2)] if split else [cell]
    return words


def roles_over_names(labels: str, names: str) -> str | None:
    """编辑　审核　签发 over 张三　李四　王五: a sign-off laid out as a table's two rows, the
    roles in one and their names under them, read back a row a line; the sign-off line with
    its colons (编辑：张三　审核：李四　签发：王五), or None when the lines are not such rows."""
    roles = labels.split()
    if not all(role in SIGNOFF_LABELS for role in roles):
        roles = _spaced_cells(labels)
    people = names.split()
    if len(people) != len(roles):
        people = [compact(cell) for cell in _CELL_GAP.split(names.strip())]
    if len(roles) < 2 or len(people) != len(roles) or not all(role in SIGNOFF_LABELS for role in roles):
        return None
    if not all(_ROLE_NAME.match(name) and name not in OTHER_SIGNOFF_LABELS and not _UNIT_NAME_END.search(name)
               for name in people):
        return None  # (a row of units under the roles is a table of something else)
    return "　".join(f"{role}：{name}" for role, name in zip(roles, people))


_UNIT_NAME_END = re.compile(rf"(?:{UNIT_SUFFIXES})$")


def _roles_without_colons(text: str) -> str | None:
    """编辑　张三　　审核　李四　　签发　王五, as a table of cells (a Word table's, a PDF's) gives
    the sign-off back: two roles at least, each a label and its names spaced off, nothing
    else; the same line with its colons. One role alone so may be any words."""
    words = text.split()
    if words and words[0] not in SIGNOFF_LABELS:
        words = _spaced_cells(text)
    if len(words) < 4 or words[0] not in SIGNOFF_LABELS:
        return None
    roles: list[str] = []
    for word in words:
        if word in SIGNOFF_LABELS:
            roles.append(f"{word}：")
        elif _ROLE_NAME.match(word) and word not in OTHER_SIGNOFF_LABELS:
            roles[-1] += word if roles[-1].endswith("：") else f"、{word}"
        else:
            return None
    if len(roles) < 2 or any(role.endswith("：") for role in roles):
        return None
    return "　".join(roles)

DISTRIBUTION_LABELS = both_scripts(("报", "送", "发", "抄送", "抄报", "分送", "分发", "印发", "编印", "本期增发", "本期发", "本期送",
                                   "本期报", "主送", "报送", "发送", "呈报", "呈送", "发至", "送至", "本期发至", "抄发",
                                   "抄", "呈"))  # (抄：, 呈：: 抄送, 呈送 as some offices shorten them)
_DIST_ALT = _labels(DISTRIBUTION_LABELS)
DISTRIBUTION = re.compile(rf"^({_DIST_ALT})\s*[：:]\s*(.*)$", re.S)
# a second label later on the same line, after a gap (送：……。　　发：……) or right after the
# end of the first list's sentence, typed on (报：市委办公室。抄报：市政府办公室。)
DISTRIBUTION_INLINE = re.compile(rf"(?:(?<=[。；;，,、\s])\s+|(?<=[。；;]))(?=(?:{_DIST_ALT})\s*[：:])")

# （共印35份） at the end of a line; 共印35份 or 印数：35份 as a line of its own
# （共印35份）, 共印35份。, 印数：35份, 本期印发80份, 本期印40份, （共印制50份）, 共印四十份
_COPIES = rf"(?:本期)?(?:共印[发制]?|印[发制]?|印数)\s*[：:]?\s*(\d+|{CN_NUMERAL}{{1,6}})\s*份"
PRINT_NOTE = re.compile(rf"[（(]\s*{_COPIES}\s*[）)][。.]?$|^\s*{_COPIES}\s*[。.]?$")


def print_copies(note: re.Match) -> int:
    """The number of copies a PRINT_NOTE match states."""
    return to_int(note.group(1) or note.group(2)) or 0


# Where a paragraph may properly end; a long paragraph ending elsewhere was cut by a page break.
TERMINAL = "。！？；：…”’）》」』】!?;:)"
TITLE_MAX = 40
"""Article titles are short lines without closing punctuation."""
RUN_IN_HEADING = re.compile(r"^[一二三四五六七八九十百]+、")
# an entry's date; with its year only before the comma that ends it, so that the masthead's
# date line (2024年3月6日) is never taken for an entry
ENTRY_START = re.compile(rf"^(?:{DATE_PATTERN}|{ENTRY_DATE_PATTERN}(?={DATE_SEPARATOR}))")


# A paragraph that goes on with the dated entry above it (会议要求，… / 据统计，… / 下一步，…,
# 其中，… that breaks down its figures):
# no entry of its own opens so.
ENTRY_GOES_ON = re.compile(r"^(?:会议(?:要求|强调|指出|认为|提出|明确|决定|期间)|会上|会后|据悉|据了解|据统计|据介绍|另据(?:了解|统计|介绍)|其中|下一步|此次|本次|"
                           r"(?:活动|检查|演练|培训)(?:中|期间)|同时|此外|另外|其间|期间|随后|此前|目前|截至目前)[，,：:]"
                           r"|^(?:此次|本次|该次)|^(?:会议|活动|检查|演练|培训|行动|整治)(?:共|历时|为期)")


def opens_dated_entry(text: str) -> bool:
    """An entry's date and the comma after it (11月15日，…), not a closing line that opens with
    a date (11月15日印发)."""
    dated = ENTRY_START.match(text)
    return dated is not None and text[dated.end():].startswith(DATE_SEPARATOR)


# A unit's name and its colon, with no date before it (西平县：6月3日，…): the name ends as units'
# names do, so that 工作要求： or 一是： are no units. As a bold lead (**西平县：**) the run is
# just that, and bold says it is a unit: a sender's name ends so too (**敦厚镇妇联：**, **县团委：**, **某村：**).
UNIT_LEAD = re.compile(rf"^([^，。；：、！？,.;:!?\s]{{1,18}}(?:{UNIT_SUFFIXES}))\s*[：:]")
UNIT_BEFORE_COLON = re.compile(rf"^([^，。；：、！？,.;:!?\s]{{1,18}}(?:{SENDER_SUFFIXES}|村))\s*[：:]\s*$")
# 11月16日,县应急局…: an entry's date and its comma typed half-width (not a list of days, 16日,17日),
# or full-width with spaces typed before it (9月3日 ，…)
HALF_WIDTH_AFTER_DATE = re.compile(rf"({ENTRY_DATE_PATTERN})(?:[ \u3000]*,|[ \u3000]+，)[ \u3000]*(?!\d)")
# **【县应急局】**11月16日，…: the unit in the brackets some offices print before the date, bolded
# (the entry reads it so unbolded: one pattern)
BOLD_BRACKETED_UNIT = re.compile(UNIT_IN_BRACKETS + "$")  # (matched from where it opens)

# Under an article's title, who wrote it on a line of its own: a unit's name (山城区市场监管局, 某镇人民政府,
# 县总工会), one of its sections (市科技局政策法规科, 县教育局安全股), or any name after a sender's
# label (供稿：县卫生健康委员会医政股)
UNIT_BYLINE = re.compile(rf"^(?:{SENDER_LABEL}\s*[：:]\s*[^，。；：！？,;:!?]{{2,40}}"
                         rf"|[^，。；：、！？,.;:!?\s（）()“”《》]{{2,30}}(?:{UNIT_SUFFIXES}|政府|工会|妇联|团委|科协)"
                         rf"|[^，。；：、！？,.;:!?\s（）()“”《》]{{2,28}}(?:局|委|办|院|中心)[^，。；：、！？,.;:!?\s（）()“”《》]{{1,8}}[科股室])$")


# What joins a unit's name on a line of its own under an entry (……落实。 / 县应急管理局, printed
# flush right) to the entry's one paragraph: the gap a signature set off by spaces alone keeps
# (model.signed_unit reads ……落实。　　县应急管理局 so)
SIGNATURE_GAP = "\u3000\u3000"
# a people's organisation by its short name, a place's word or two before it (县妇联, 市科协, 镇团委),
# or an association by its full one (县科学技术协会, 县个体劳动者协会): no meeting's (…推进会), which
# an article's title may be
_ORGANISATION = re.compile(r"^[^，。；：、！？,.;:!?\s（）()“”《》]{1,4}(?:妇联|残联|侨联|文联|科协|工商联|团委|总工会|红十字会)$"
                           r"|^[^，。；：、！？,.;:!?\s（）()“”《》]{2,20}(?:协会|学会|商会|联合会|基金会)$")


def name_alone(text: str) -> bool:
    """A line holding a unit's name and nothing else (县应急管理局, 县市场监管局质量股), or with
    what a signature says after it, spaced off (县应急管理局　供稿, 县应急管理局　王磊, 县应急管理局
    县住建局): under an entry, who sent it, printed flush right. Not a name after a dash
    (—城关镇党政办) or a label (来源：…), which sign as they stand, nor a person's (记者　王磊)."""
    text = text.strip()
    if not text or ord(text[0]) < 0x2E80 or any(ch in text for ch in "：:（）()"):
        return False
    first = text.split()[0]
    if not (UNIT_BYLINE.match(first) or _ORGANISATION.match(first)):
        return False
    return first == text or bool(signed_unit((Run("。" + SIGNATURE_GAP + text),)))


def names_sign_above(lines: Iterable[tuple[str, bool]]) -> bool:
    """Whether the lines holding a unit's name alone (name_alone) sign the entries above them, as
    a bulletin printing each entry's sender flush right under it does: every such line stands
    under a sentence's end. One under a heading, a masthead or nothing (【各地动态】 / 舞阳县 /
    12月1日，…) heads the entries below it, and so do the others then. ``lines``: each line's
    text and whether it may be a signature at all (a heading style's may not)."""
    found = False
    previous = ""
    for line, may_sign in lines:
        text = line.strip()
        if not text:
            continue
        if may_sign and name_alone(text):
            if not previous.endswith(("。", "！", "？", "”", "…")):
                return False
            found = True
        previous = text
    return found

# A line drawn with characters (━━━━, ────, ————, ＿＿＿, ====): a copy's rendering of the red
# rule under the masthead or the closing block's rules, which the layout draws itself. A Party
# or government office's rule has a star or another ornament in its middle (━━━★━━━, ═══◆═══),
# and a Word file draws the two lines either side of a paragraph holding only the star (★): a
# printed ornament too, never a title or an entry.
_RULE_STROKES = r"[━─—–\-＿_=＝═﹍﹏~～*＊·•┅┄┈┉]"
_RULE_ORNAMENTS = r"[★☆◆◇◈●○◎■□▲△▼▽♦✦✧✩✪✫✬✭✮✯❖※]"
_ORNAMENTS = rf"(?:\s*{_RULE_ORNAMENTS}){{1,3}}\s*"
# (a bullet alone on its line, ● or ◆, may be an entry's, its text cut onto the next line by a
# copy: alone, only a star or two ornaments and more are a rule)
RULE_LINE = re.compile(rf"^\s*(?:{_RULE_STROKES}{{3,}}|{_RULE_STROKES}+{_ORNAMENTS}{_RULE_STROKES}*"
                       rf"|{_RULE_STROKES}*{_ORNAMENTS}{_RULE_STROKES}+|(?:\s*{_RULE_ORNAMENTS}){{2,60}}"
                       rf"|[★☆✩✪✫✬✭✮✯])\s*$")


def compact(text: str) -> str:
    return SPACE.sub("", text)


# 本期要目: the issue's contents, a heading of its own over the titles of what follows.
CONTENTS_HEADING = re.compile(rf"^(?:{'|'.join(CONTENTS_TITLES)})$")
# A contents line as the title it names: without its bullet or numbering, its dot leader
# and page number.
CONTENTS_MARKS = re.compile(rf"^(?:[{BULLETS}·\-—]+|\d{{1,2}}[.．、]|[一二三四五六七八九十]{{1,3}}、)\s*|[.．…·\s]*\d*$")
# ■ 工作动态, ◆工作动态◆, —— 工作动态 ——: a heading's marks are not part of its title. Dashes
# count only around the title: one before it alone opens an article's subtitle (——某镇做法).
# Any symbol a bulletin decorates its headings with is such a mark (◎, ▼, 〓, ✦, ⭐️), and
# angle brackets typed for it (<<工作动态>>, ＜工作动态＞, 〈工作动态〉).
_HEADING_DASHES = re.compile(r"^[—\-~～]{1,4}\s*(.+?)\s*[—\-~～]{1,4}$")
_ANGLES = "<>＜＞〈〉⊙\ufe0f\u200d"


def _heading_mark(char: str) -> bool:
    return char in BULLETS or char in _ANGLES or char.isspace() or unicodedata.category(char) == "So"


def heading_title(text: str) -> str:
    """The title of a heading line without the marks set around it."""
    start, end = 0, len(text)
    while start < end and _heading_mark(text[start]):
        start += 1
    while end > start and _heading_mark(text[end - 1]):
        end -= 1
    text = text[start:end]
    dashed = _HEADING_DASHES.match(text)
    return dashed.group(1) if dashed else text


# 编者按：…, the editor's note before what it introduces: text of its own, not an article's
# (bracketed, the brackets part it from the note: 【编者按】近期，…)
EDITOR_NOTE = re.compile(r"^(?:[【\[〔](?:编者按|编者的话|编后语?|按语)[】\]〕]\s*[：:]?|(?:编者按|编者的话|编后语?|按语)\s*[：:])")
# A leader's instruction on what the bulletin reports, boxed or starred over it (★市委书记王某批示：…,
# 市委副书记、政法委书记张某同志批示：…): text of its own, no entry's and no sender's
INSTRUCTION = re.compile(r"^[★☆◆■]?\s*[^，。；：:！？\s]{2,40}?批示\s*[：:]")


def labelled_note(text: str) -> bool:
    """An editor's note (【编者按】…) or a leader's instruction (★市委书记…批示：…): what its
    label opens is no entry's date or unit."""
    text = text.strip()
    return bool(EDITOR_NOTE.match(text) or INSTRUCTION.match(text))


def own_paragraph(text: str) -> bool:
    """A paragraph that is text of its own wherever it stands, never part of the entry before
    or after it: a picture's caption (图为…) or a labelled note (labelled_note)."""
    return is_caption(text.strip()) or labelled_note(text)


# A title may end in a quotation or a document's name (实现“开门红”, 认真学习《安全生产法》,
# 某县做法（之二）); a sentence ends in its stop, also inside them (……。”). A line wholly in
# brackets is a byline or a date (（县应急管理局）, （2024年4月8日）), no title.
_TITLE_CLOSERS = "”’》」』）)"
_BRACKETED = re.compile(r"^[（(][^（）()]*[）)]$")


def _ends_as_title(text: str) -> bool:
    if _BRACKETED.match(text):
        return False
    return not ends_sentence(text.rstrip(_TITLE_CLOSERS) or text)


# A full stop typed as the ASCII one (…增收500余万元.), not a decimal point (3.2)
_ASCII_STOP = re.compile(r"(?<![\d.])\.$")


def ends_sentence(text: str) -> bool:
    """``text`` ends where a paragraph may end: its punctuation (also typed in ASCII), or an
    emoji or symbol a post copied from an official account ends on (……涌现出一批先进典型。👍)."""
    if not text:
        return False
    last = ord(text[-1])
    # emoji are pictographs past U+1F000, or a symbol with its emoji variation selector (❤️);
    # ★ and ◆ round a heading (★某镇做法★) are not among them
    return text[-1] in TERMINAL or bool(_ASCII_STOP.search(text)) or last >= 0x1F000 or last == 0xFE0F


# a picture's caption under it (图为县消防救援大队开展演练, 上图：…, 图1　…, ▲前刘村新貌): text of its own
# (and the list of attachments before the closing block, 附件：1.……（略）)
# a report's list of attachments: 附件：1.……, then the next on a line of its own (2.……)
ATTACHMENTS = re.compile(r"^附\s*件\s*\d{0,2}\s*[：:]")
NEXT_ATTACHMENT = re.compile(r"^\d{1,2}\s*[.．、]\s*\S")
# a picture's note, bracketed or not (（图为检查现场）)
_CAPTION = re.compile(r"^[（(]?(?:图为|[上下左右]图(?:为|[：:])|图\s*\d{1,2}(?:\s|[：:.．])|图\s*[：:]|[▲△]|附件\s*\d{0,2}\s*[：:])"
                      r"|^[（(](?:" + PICTURE_NOTE + ")")


def is_caption(text: str) -> bool:
    return bool(_CAPTION.match(text))


# The title of a report a 专报 carries, longer than other titles: 关于……的情况报告, 关于……的通报
REPORT_TITLE = re.compile(r"^关于[^。；！？]{4,66}的(?:[\u4e00-\u9fff]{0,4}(?:报告|通报|汇报|建议|思考))$")


# A meeting's record lists who attended, who kept it, when and where (出席：李伟、王强 / 记录：孙丽):
# lines of the minutes' text, never a title
_MINUTES_FIELD = re.compile(r"^(?:(?:出席|列席|参加|参会|缺席)(?:人员|单位|领导)?|请假|记录人?|主持人?|(?:会议)?(?:时间|地点))\s*[：:]")


def is_article_title(text: str) -> bool:
    return (
        (0 < len(text) <= TITLE_MAX or bool(REPORT_TITLE.match(text)))
        and not _CAPTION.match(text)
        and not _MINUTES_FIELD.match(text)
        and _ends_as_title(text)
        and "，" not in text and "," not in text
        and not ENTRY_START.match(text)
        and not RUN_IN_HEADING.match(text)
    )


def asks_as_title(text: str) -> bool:
    """基层减负为何“越减越重”？: shaped as a headline put as a question or an exclamation, which
    the body reads as an article's title where it opens a section over its text."""
    return text[-1:] in "？！?!" and is_article_title(text[:-1])


def starts_new_paragraph(text: str) -> bool:
    """Text that opens a paragraph of its own: a heading, a dated entry, a run-in part, a
    closing-block line. A paragraph cut by a page break never continues with one of these."""
    return bool(
        # (a date with its comma: 5月20日前全部整改到位 is the middle of a sentence a line cut)
        SECTION_BRACKETS.match(text) or RUN_IN_HEADING.match(text) or opens_dated_entry(text)
        or SIGNOFF_START.match(text) or DISTRIBUTION.match(text) or PRINT_NOTE.match(text.strip())
        or dated_lead_mark(text)  # 2.11月17日，…: a numbered entry
    )


# a comma never ends a paragraph: a line shorter than a title's may stop at one where a line
# break was typed in it (Shift+Enter in Word) and go on; and a line with a comma in it is a
# sentence's, no title's (a short printed copy's line, 3月8日，县地震局组织召开…会议，传达)
_MID_SENTENCE = ("，", "、", ",")
_CUT_AT_COMMA_MIN = 10
_SENTENCE_LINE_MIN = 20


def _long_enough_to_be_cut(line: str, following: str) -> bool:
    """``line`` is long enough to have been cut: longer than a title; or shorter, stopping at a
    comma or holding one, when ``following`` is a full line or a paragraph's last one, not
    bulleted (a heading, ◆某镇开展检查。 or a short line under it opens something of its own)."""
    if len(line) > TITLE_MAX:
        return True
    if not ((len(line) >= _CUT_AT_COMMA_MIN and line.endswith(_MID_SENTENCE))
            or (len(line) >= _SENTENCE_LINE_MIN and ("，" in line or "," in line))):
        return False
    following = following.strip()
    return following[:1] not in BULLETS and (len(following) >= _SENTENCE_LINE_MIN or ends_sentence(following))


def cut_by_page_break(previous: str, following: str) -> bool:
    """``previous`` (a long paragraph stopping mid-sentence, or a sentence's line stopping
    short of its end) continues in ``following``. A line ending on a date (the office and the
    date, spaced across the line) never does, nor goes one on in a line wholly in brackets (a
    signature, （县政府办　李明）)."""
    if ends_sentence(previous) or SPACED_OUT.search(previous) or not _long_enough_to_be_cut(previous, following):
        return False  # (the cheap tests first: this is asked of every line)
    if _BRACKETED.match(following.strip()):
        return False
    if SECTION_BRACKETS.match(previous) or OFFICE_AND_DATE.match(previous):
        return False
    if REPORT_TITLE.match(previous.strip()):
        return False  # a report's title, long as it is, is a line of its own
    if attribution(previous):
        return False  # signed at its end (……整改。——长葛市应急管理局): the entry is over
    if RULE_LINE.match(previous) or RULE_LINE.match(following):
        return False  # a rule drawn with characters is layout, wide as it is: nothing goes on across it
    from .furniture import is_page_line  # (furniture reads this module's patterns)

    if is_page_line(previous) or is_page_line(following):
        return False  # a web page's own line (发布时间：…　浏览量：56), long as it is, is the page's, not a cut paragraph
    return not starts_new_paragraph(following)


# a mail's header line, above a bulletin pasted into the mail
MAIL_HEADER = re.compile(r"^(?:发件人|收件人|抄送|密送|主题|发送时间|From|To|Cc|Subject|Sent|Date)\s*[：:]")

# Between the cells of a table typed as text: a tab, or two spaces or more.
CELL_GAP = r"(?:[ \u3000]{2,}|\t)"
# A row of a table (its cells apart, 西平县  12  10) or a line set out with spaces or tabs
# (the office and the date): never a printed paragraph's line, never cut by a page break.
SPACED_OUT = re.compile(rf"\S{CELL_GAP}\s*\S")
