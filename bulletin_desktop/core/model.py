"""The bulletin domain model: plain dataclasses, no Qt, no storage.

An *issue* (期) of a *series* (刊物) holds ordered *sections* (栏目); a section holds
*entries*, each either a short dated ``Item`` (条目) or a longer ``Article``. The
masthead fields, the sign-off (编辑/审核/签发) and the distribution lines (报/送/发)
complete it.

Every section and entry carries a ``uid`` so that the editor, undo commands, the
archive rows and later features (proofreading marks, submissions adopted from the
inbox) can refer to it across edits; uids never take part in equality, so two issues
with the same content compare equal wherever they came from.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Union

from .number_limits import (  # noqa: F401  (the model's limits, where its users look for them)
    ISSUE_NUMBER_MAX, PRINT_COPIES_MAX, SPECIAL_NUMBER_MAX, SQLITE_INTEGER_MAX, YEAR_NUMBER_MAX,
)
from .lazy_pattern import LazyPattern
from .richtext import RichText, Run, concat, from_plain, normalize, plain, replace_range


def new_uid() -> str:
    """32 random hex digits, as unique as a random UUID; not ``uuid``, whose import loads
    ``platform`` and costs the window's start a few milliseconds."""
    return os.urandom(16).hex()


# A leading date as bulletins write it: 11月15日, with the time of day (11月15日下午,
# 11月15日上午9时, 7月12日5时许, 7月20日18:00, and the hours of daily reports: 12月2日0—24时, 7月20日8时至
# 21日8时, 6月30日8时至7月1日8时), its weekday (7月20日（星期六）), or a range (11月14日—11月18日, 11月14日至18日,
# 11月14—18日, 7月20日、21日). A copy out of a PDF may space the figures off the characters
# (11 月 15 日), as Word set them apart in print.
_SP = " ?"
# (the early hours, the night and the afternoon as reports also name them: 12月3日清晨, 12月3日深夜,
# 12月3日夜, 12月3日午后)
_PART_OF_DAY = r"(?:上午|下午|中午|午后|晚上|晚间|晚|凌晨|早上|早晨|清晨|傍晚|夜间|夜里|深夜|夜)"
# (its part of the day after the last day too: 12月3日至4日上午)
_RANGE_END = rf"\s*(?:[—–－\-~～至到]{{1,2}}|、)\s*(?:\d{{1,2}}{_SP}月{_SP})?\d{{1,2}}{_SP}[日号]{_PART_OF_DAY}?"
# (an hour in Chinese figures only before 时, as 7月12日零时, 二十时 are written: 一点 is also "a little")
_CLOCK = r"(?:\d{1,2}(?:[时点](?:\d{1,2}分|半)?|[:：]\d{2})|(?:零|[一二三四五六七八九十]{1,3})时)(?:许|左右|前后)?"
_HOURS = rf"\d{{1,2}}(?:[时点]|[:：]\d{{2}})?\s*[—–－\-~～至到]{{1,2}}\s*(?:(?:\d{{1,2}}月)?\d{{1,2}}日)?{_PART_OF_DAY}?{_CLOCK}"
# (the lunar date some offices add in brackets as they add the weekday: 11月21日（农历十月初二）)
LUNAR_DAY = r"农历[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
# (7月12日 上午, 7月12日 8时: a space typed or left by a copy before the part of the day or the hour,
# a web page's no-break space too)
_DAY_GAP = "[ \u3000\u00a0\u2002]{0,2}"
_TIME_OF_DAY = (rf"(?:[（(](?:(?:星期|周)[一二三四五六日天]|{LUNAR_DAY})[）)])?(?:{_DAY_GAP}{_PART_OF_DAY})?"
                rf"(?:{_DAY_GAP}(?:{_HOURS}|{_CLOCK}))?")
# (号 for 日, 5月30号, as a chat or a spoken report writes the day: a date as well, kept as written)
DATE_PATTERN = rf"\d{{1,2}}{_SP}月{_SP}\d{{1,2}}{_SP}(?:[日号]{_TIME_OF_DAY}(?:{_RANGE_END})?|{_RANGE_END})"
# A date written in Chinese numerals (十一月二十日, 二〇二六年十一月二十日上午), as some Party offices
# date entries as they date their documents: read where a comma follows it, kept as written
_CN_DAY = r"(?:三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_DATE = rf"(?:[〇○零一二三四五六七八九]{{4}}年)?(?:十[一二]?|[一二三四五六七八九])月{_CN_DAY}日{_TIME_OF_DAY}"
# An entry's date may carry its year (2024年3月1日，…), as some offices date every entry; a
# date alone on a line with its year is the masthead's, not an entry's (recognise/patterns.py).
# A figure stated as it stood at a day and hour opens with 截至 (截至7月12日8时，全市…; 截止,
# 截止到, as clerks also write it): the entry's date with its 截至, kept as written, as a date with
# its hour is.
_AS_OF = r"(?:截至|截止(?:到|至)?)"
_ENTRY_DAY = rf"(?:(?:\d{{4}}{_SP}年{_SP})?{DATE_PATTERN}|{_CN_DATE})"
ENTRY_DATE_PATTERN = rf"(?:{_AS_OF}{_ENTRY_DAY}止?|{_ENTRY_DAY})"  # (截至7月12日8时止)
# Leads that date an entry more loosely, as some offices write them before the reporting unit:
# the day alone (26日, 26日下午), month and day in figures (11.24, 11-25, with the year 2024.11.24,
# or a range 5.30—31, 5.30-6.2), a time phrase (近日,
# 今年以来, 11月上旬). The date field holds them as written (the editor accepts them); a text
# is read so only where a unit follows (近日，**上集镇**…), so that a sentence opening with one
# stays whole. None of them names a month and its day, all the proofreading reads of a date.
_DAY_ALONE = rf"\d{{1,2}}日{_TIME_OF_DAY}(?:{_RANGE_END})?"
_FIGURE_MONTH = r"(?:[0０]?[1-9１-９]|[1１][0-2０-２])"
_FIGURE_DAY = r"(?:[0０]?[1-9１-９]|[12１２][0-9０-９]|[3３][01０１])"
_MONTH_AND_DAY_IN_FIGURES = (rf"(?:(?:19|20)\d\d[.．\-－])?{_FIGURE_MONTH}[.．\-－]{_FIGURE_DAY}"
                             rf"(?:[—–－\-~～至到]{{1,2}}(?:{_FIGURE_MONTH}[.．])?{_FIGURE_DAY})?(?![\d.．])")
# (11月中旬, 11月份以来, 11月以来; a week of it, 11月第三周, 12月最后一周, as a weekly report dates it;
# this month's or last month's part, 本月上旬, 上月底, as a monthly report dates it)
_MONTH_SPAN = r"(?:\d{1,2}|本|上)月(?:(?:份|初|上旬|中旬|下旬|中下旬|底|末|第[一二三四五1-5１-５]周|最后一周)(?:以来)?|以来)"
# the phrases that date news of days or weeks: an entry's lead also before a unit not in bold
# (近日，县卫健委…, 11月中旬以来，区统计局…), where a season's or a year's (今年以来，某县…) opens
# an account as an article does
# (a day of this week or last, 本周一, 上周五, as a weekly report dates it; 昨天, 今天, as a chat does)
_RECENT = rf"(?:近日|日前|近期|连日来|(?:本|上)周[一二三四五六日]?|本月|上月|当日|当天|同日|次日|昨日|昨天|今日|今天|{_MONTH_SPAN})"
_SINCE = r"(?:今年|年初|年内|入冬|入夏|入秋|开春|入汛|汛期|节前|近年)以来"
# the days of a holiday or a season's work (国庆期间, 春节假期, “五一”期间, 汛期期间)
# and the days before or after it (端午节前, 国庆节后, 春节前夕)
_HOLIDAY = (r"(?:元旦|春节|清明|“?五一”?|端午|中秋|国庆|中秋国庆|“?双节”?|节假日|假日|节日|暑期|寒假|暑假|汛期|“?两会”?)"
            r"(?:假期|期间|节?(?:前夕|前|后))")
_TIME_PHRASE = rf"(?:{_SINCE}|{_RECENT}|{_HOLIDAY}|近来|近段时间|近一段时间|今年|本年度)"
_LOOSE_DATE = rf"(?:{_DAY_ALONE}|{_MONTH_AND_DAY_IN_FIGURES}|{_TIME_PHRASE})"
# compiled on first use: together some 15 ms, which the start is spared (the date it shows is
# checked with _PLAIN_DATE)
_DATE_FULL = LazyPattern(rf"^(?:{ENTRY_DATE_PATTERN}|{_LOOSE_DATE})$")
_DATE_STRICT = LazyPattern(rf"^{ENTRY_DATE_PATTERN}$")
_DATE_LEAD = LazyPattern(rf"^({ENTRY_DATE_PATTERN})，")
_LOOSE_LEAD = LazyPattern(rf"^({_LOOSE_DATE})，")
_RECENT_LEAD = LazyPattern(rf"^({_DAY_ALONE}|{_MONTH_AND_DAY_IN_FIGURES}|{_RECENT})，")
# the form nearly every entry's date has, one of those _DATE_FULL takes: checked first, so that
# showing an entry at start does not compile all the others
_PLAIN_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
DATE_SEPARATOR = "，"
# A reporting unit written in bold right after the date is short and has no punctuation, and
# is no mail-merge field left unmerged («单位»), which a template prints where the unit goes,
# nor a heading in brackets (**【典型案例】**某企业…).
_UNIT_TEXT = re.compile(r"^[^，。；：、！？,.;:!?\s«»【】〔〕［］]{1,20}$")
# **李建华代表**（正定镇）说：…, **王秀英委员**建议：…: a meeting's bulletin names who spoke in
# bold, a person by the seat they hold, who is no reporting unit
_PERSON_BY_SEAT = re.compile(r"(?:代表|委员|同志)$")


def _bold_unit(text: str) -> bool:
    """A bold lead read as the entry's unit: short, no punctuation, no person."""
    return bool(_UNIT_TEXT.match(text)) and not _PERSON_BY_SEAT.search(text)
# «日期», «单位名称»: a Word mail-merge field never merged, printed as its name in chevrons; it
# stands for a date or a unit but is neither, and stays in the text as printed. Before a bold
# unit («日期»，**郾城区**…) it is kept with its comma as the entry's mark.
_PLACEHOLDER_LEAD = re.compile(r"«[^«»\s]{1,20}»[，,]?[ \u3000]*")


def is_valid_entry_date(text: str) -> bool:
    """What the date field may hold: a date (11月15日 and its forms), or a looser lead
    (26日, 11.24, 近日)."""
    return bool(_PLAIN_DATE.fullmatch(text) or _DATE_FULL.match(text))


def is_month_and_day(text: str) -> bool:
    """A date that names its month and day (11月15日 and its forms), not a looser lead: what
    alone marks a table's cell as an entry's date (a figure like 3.5 or a word like 近期 in a
    data table's cell is none)."""
    return bool(_DATE_STRICT.match(text))



@dataclass(frozen=True)
class Special:
    """A special series (专刊) printed under the issue's number, with its own running number
    (安全生产大检查专刊 第34期) or without one (防汛专刊: ``number`` None)."""

    name: str
    number: int | None

    def label(self, gap: str = " ") -> str:
        """安全生产大检查专刊 第34期 (with ``gap`` "": 安全生产大检查专刊第34期), or the name
        alone when the special series numbers nothing (防汛专刊)."""
        return self.name if self.number is None else f"{self.name}{gap}第{self.number}期"


@dataclass(frozen=True)
class YearNumber:
    """The issue's number within its year (年度期号), for offices that number issues by the
    year: 2026年第6期（总第60期）. The running number (总期号) stays ``Issue.number``, the
    archive's key for the issue and what the next issue continues from.

    ``year`` is None when the masthead leaves the year out (第6期（总第60期））; ``total`` is
    False when it prints no running number (2026年第6期): the issue still has one, unprinted.
    A year number with neither year nor running number printed would read as a plain 第N期,
    so it is not a form of its own.

    ``number`` is None for the running number printed alone with its 总 (总第60期): no number
    within a year, so no year either, and the running number printed."""

    number: int | None
    year: int | None = None
    total: bool = True

    def following(self, dated: dt.date, next_date: dt.date) -> "YearNumber":
        """The year number of the next issue, dated ``next_date``, after this one's issue
        dated ``dated``: 第1期 again in a new year, else one more; a printed year follows the
        new date."""
        if self.number is None:
            return self  # 总第N期 again: the running number is the issue's own
        year = self.year_of(dated)
        number = 1 if next_date.year != year else self.number + 1
        return YearNumber(number, next_date.year if self.year is not None else None, self.total)

    def year_of(self, dated: dt.date) -> int:
        """The year this number counts in: the printed year, else that of the issue's date."""
        return self.year if self.year is not None else dated.year

    def line(self, total: int) -> str:
        if self.number is None:
            return f"总第{total}期"
        year = f"{self.year}年" if self.year is not None else ""
        running = f"（总第{total}期）" if self.total else ""
        return f"{year}第{self.number}期{running}"


def number_line(number: int, year_number: YearNumber | None) -> str:
    """The 期号 line of running number ``number`` written in the form ``year_number`` (None: 第N期)."""
    return f"第{number}期" if year_number is None else year_number.line(number)


NUMBER_FORMS = ("plain", "year", "no-year", "no-total", "total")
"""How a 期号 line may be written: 第60期, 2026年第6期（总第60期）, 第6期（总第60期）, 2026年第6期,
总第60期."""


def number_form(year_number: YearNumber | None) -> str:
    """The form (one of NUMBER_FORMS) a 期号 line is written in."""
    if year_number is None:
        return "plain"
    if year_number.number is None:
        return "total"
    return "no-total" if not year_number.total else "no-year" if year_number.year is None else "year"


def year_number_in_form(form: str, number: int, year: int) -> YearNumber | None:
    """Number ``number`` of ``year`` written in ``form``: None for the plain 第N期."""
    if form == "plain":
        return None
    if form == "total":
        return YearNumber(None)
    return YearNumber(number, None if form == "no-year" else year, total=form != "no-total")


@dataclass(frozen=True)
class NumberingDefaults:
    """What a bulletin's saved defaults (存为本刊默认设置) fix for its new issues besides the
    sections and closing block: how the 期号 line is written and the print run."""

    form: str  # one of NUMBER_FORMS
    print_copies: int | None = None  # None: no print note

    @classmethod
    def of(cls, issue: "Issue") -> "NumberingDefaults":
        return cls(number_form(issue.year_number), issue.print_copies)


def print_note_text(copies: int) -> str:
    """（共印35份）: the print run as the closing block states it."""
    return f"（共印{copies}份）"


SIGNOFF_LABELS = {"编辑": "editors", "审核": "reviewers", "签发": "signers"}
"""The sign-off roles in printed order, each label with its Signoff attribute."""


@dataclass
class Signoff:
    """The closing block's 编辑, 审核 and 签发 names, and the other roles it names (主编：王五,
    校对：李四, 电话：…), each kept as written: a chief editor's printed before those three,
    the rest after them, and kept in that order (so the printed line reads back the same)."""
    editors: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)
    signers: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        roles = [_tidy_role(role) for role in self.others]
        self.others = sorted(roles, key=lambda role: not _is_head(role))  # stable

    def is_empty(self) -> bool:
        return not (self.editors or self.reviewers or self.signers or self.others)

    def line(self, separator: str = " ") -> str:
        """主编：王五 编辑：卜丹 赵贺龙 审核：翟红伟 签发：孙全忠 校对：李四, roles without names left out."""
        parts = []
        for label, attr in SIGNOFF_LABELS.items():
            names = getattr(self, attr)
            if names:
                parts.append(f"{label}：{' '.join(names)}")
        heads = [role for role in self.others if _is_head(role)]
        rest = [role for role in self.others if not _is_head(role)]
        return separator.join([*heads, *parts, *rest])


# The roles above the editors that a sign-off line names first: 主编：王五 编辑：张三
SIGNOFF_HEADS = ("总编辑", "总编", "执行主编", "副主编", "主编", "监制")


def _is_head(role: str) -> bool:
    """Printed before the three roles: a chief editor's role, and text with no label of its
    own, which a printed line can only hold there (after a role it reads as more names)."""
    return role.startswith(SIGNOFF_HEADS) or re.match(ROLE_LABEL, role) is None


# A role's label and its colon in a closing block: 主编：, 电话：, and a two-character one spaced
# to align with longer ones, 校　对：
ROLE_LABEL = r"(?:[^\s：:、，,；;（(]{1,6}|[^\s：:、，,；;（(]\s[^\s：:、，,；;（(])\s*[：:]"
# where another role begins in a line of them (主编：王五 校对：李四): at the start or after a space
OTHER_ROLE_START = re.compile(rf"(?:^|(?<=\s)){ROLE_LABEL}")


def _tidy_role(role: str) -> str:
    """校　对： 陈　伟 → 校对：陈伟: a label spaced to align with longer ones is printed as the
    three roles' labels are, with a full-width colon, and so is a name padded to three
    characters' width; the rest stays as written."""
    found = re.match(ROLE_LABEL, role)
    if found is None:
        return role
    label = re.sub(r"\s+", "", found.group())[:-1]
    return f"{label}：{unpadded_names(role[found.end():].strip())}"


# a two-character name padded to the width of three with a full-width space (卜　丹), or with
# two half-width ones, a full-width's width (卜  丹: one space between names is the separator the
# text format writes), between separators
_PADDED_NAME = re.compile(r"(?<![^\s、，,；;])([^\x00-\x7f\s])(?:\u3000{1,2}| {2,4})([^\x00-\x7f\s])(?![^\s、，,；;])")


def unpadded_names(text: str) -> str:
    """卜　丹　赵贺龙 → 卜丹　赵贺龙: the padding inside names gone, the spaces between them kept."""
    return _PADDED_NAME.sub(r"\1\2", text)


_NAME_SEPARATORS = re.compile(r"[\s、，,；;]+")


def split_names(text: str) -> list[str]:
    """Names separated by spaces or 、. A two-character name padded to the width of three with
    a full-width space (卜　丹) is one name; two one-character names written with an ordinary
    space between them stay two, as the plain-text format writes them. (The closing block's
    reading, the masthead panel's fields and the command line all split names so.)"""
    return [t for t in _NAME_SEPARATORS.split(unpadded_names(text)) if t]


def split_roles(text: str) -> list[str]:
    """主编：王五　校对：李四 → ["主编：王五", "校对：李四"]: a line of roles, one item each,
    as written (text before the first label is kept as an item of its own)."""
    starts = [m.start() for m in OTHER_ROLE_START.finditer(text)]
    bounds = [0, *starts] if not starts or starts[0] != 0 else starts
    pieces = [text[a:b].strip() for a, b in zip(bounds, [*bounds[1:], len(text)])]
    return [piece for piece in pieces if piece]


@dataclass
class DistributionLine:
    """One line of the distribution list: 送, 发, … and the recipients."""
    label: str  # 报, 送, 发, 抄送, 本期增发 …; "" for the 印发 line (…办公室　2024年5月6日印发)
    text: str

    @property
    def head(self) -> str:
        """送：, what the line's continuation lines align after; nothing without a label."""
        return f"{self.label}：" if self.label else ""

    def line(self) -> str:
        """送：市委常委 …, as the closing block prints it."""
        return self.head + self.text


@dataclass
class Item:
    """A short entry: optional leading date, optional reporting unit (printed bold), body,
    and the number or bullet some bulletins print before the date (1．, （一）, ◆).

    The parts are kept apart (the archive has a column for each, the JSON a key, the text
    format an explicit line where the printed form would be read differently): a body may
    begin with bold text that is not a unit."""

    body: RichText = ()
    date: str = ""
    unit: str = ""
    uid: str = field(default_factory=new_uid, compare=False)
    kind: Literal["item"] = field(default="item", init=False, repr=False)
    mark: str = ""  # printed first, before the date: 1．, （一）, ◆; 【】 holds the unit (UNIT_BRACKETS)

    @property
    def rich(self) -> RichText:
        """The entry as printed: its mark, date, separator, bold unit, body; or the unit in
        the mark's brackets (【长葛市】11月23日，…) and not again after the date; or the unit
        the body signs at its end (……整改。（县应急局供稿）, ——县应急局) only there. A mark
        that is a run-in title (**强化培训。**12月4日，…) prints bold, a number before it not."""
        unit = self.unit
        lead: list[Run] = []
        if (opening := unit_bracket(self.mark)) >= 0:  # (3.【】: after the entry's number)
            lead.append(Run(self.mark[:opening + 1] + unit + self.mark[opening + 1:]))
            unit = ""
        elif self.mark:
            # only the run-in title is bold: the number or bullet before it (1．**强化培训。**)
            # prints as an entry's number alone does
            numbered = lead_mark_length(self.mark)
            title = self.mark[numbered:]
            lead += [Run(self.mark[:numbered]), Run(title, is_run_in_title(title))]
        if self.date:
            lead.append(Run(self.date + DATE_SEPARATOR))
        # (the unit's name in the text, a substring search, before the patterns of a signature)
        if unit and unit.split(_JOINT_SEPARATOR)[0] in plain(self.body) and signed_unit(self.body) == unit:
            unit = ""
        if unit:
            lead.append(Run(unit, True))
        return concat(tuple(lead), self.body)

    @property
    def text(self) -> str:
        return plain(self.rich)

    @classmethod
    def from_rich(cls, text: RichText) -> "Item":
        """Recognise the leading date and the bold unit after it in printed text (what clerks
        type or extract), keeping the text exact. A guess: a bold lead is taken for a unit."""
        runs = list(normalize(text))
        date = mark = ""
        # 1．**强化培训。**12月4日，…: the number and the title make the mark, as the title alone does
        numbered = 1 if len(runs) > 2 and bare_number(runs[0]) else 0
        if (len(runs) > numbered + 1 and runs[numbered].bold and not runs[numbered + 1].bold
                and is_run_in_title(runs[numbered].text)):
            titled = cls.from_rich(tuple(runs[numbered + 1:]))  # **强化培训提能力。**12月4日，…: the title before the date
            if titled.date and not titled.mark:
                titled.mark = "".join(run.text for run in runs[:numbered + 1])
                return titled
        if runs and not runs[0].bold and (bracketed := _bracketed_unit_lead(runs[0].text)) is not None:
            mark, date, unit, rest = bracketed  # 【长葛市】11月23日，…: a bold name after the date stays in the text
            return cls(body=normalize([Run(rest), *runs[1:]]), date=date, unit=unit, mark=mark)
        if runs and not runs[0].bold:
            first = runs[0].text
            marked = dated_lead_mark(first)
            match = _DATE_LEAD.match(first[marked:])
            if match is None and (loose := _loose_lead_before_unit(runs)) is not None:
                marked, match = loose
            if match:
                mark, date = first[:marked], match.group(1)
                rest = first[marked + match.end():]
                runs[0] = Run(rest)
                runs = list(normalize(runs))
            elif (len(runs) > 1 and runs[1].bold and (marked := lead_mark_length(first))
                  and not first[marked:].strip() and re.match(_UNIT_NAMED, runs[1].text)):
                mark = runs.pop(0).text  # 1、**马庄村**投入…, ◆**灵璧县分局**查处…: undated, numbered
            elif (len(runs) > 1 and runs[1].bold and _UNIT_TEXT.match(runs[1].text)
                  and _PLACEHOLDER_LEAD.fullmatch(first, lead_mark_length(first))):
                mark = runs.pop(0).text  # «日期»，**郾城区**…: the unit is read past the field
        unit = ""
        if runs and runs[0].bold and _bold_unit(runs[0].text):
            unit = runs.pop(0).text
        return cls(body=signed_again(unit, normalize(runs)), date=date, unit=unit, mark=mark)


def bare_number(run: Run) -> bool:
    """A plain run that holds only an entry's number or bullet (3., （三）, ◆), spaces aside."""
    return not run.bold and numbering_length(run.text) > 0 and not run.text[numbering_length(run.text):].strip()


def _bracketed_unit_lead(text: str) -> tuple[str, str, str, str] | None:
    """【长葛市】11月23日，… (or 【长葛市】近日，…, or after the entry's number, 3.【庙湾所】3月26日，…):
    the unit named in brackets before the date, as the mark 【】 (with the number before it and
    the spaces after it), the date, the unit and the rest of ``text``; None when ``text`` opens
    otherwise."""
    numbered = numbering_length(text)
    found = re.match(_UNIT_IN_BRACKETS, text[numbered:])
    if found is None or found.group(1) + found.group(3) not in UNIT_BRACKETS:
        return None
    after = text[numbered + found.end():]
    dated = _DATE_LEAD.match(after) or _LOOSE_LEAD.match(after)
    if dated is None:
        return None
    mark = text[:numbered] + found.group(1) + found.group(3) + found.string[found.end(3):found.end()]
    return mark, dated.group(1), found.group(2), after[dated.end():]


def unit_bracket(mark: str) -> int:
    """Where in an entry's mark the pair of brackets that holds its unit opens (【】 → 0,
    3.【】 → 2: after its number), or -1: the mark holds no unit."""
    numbered = numbering_length(mark)
    return numbered if mark[numbered:numbered + 2] in UNIT_BRACKETS else -1


def _loose_lead_before_unit(runs: list[Run]) -> tuple[int, re.Match] | None:
    """The looser lead the first run holds when a unit follows it: in bold (近日，**县卫健委**…),
    or, for a lead dating news (近日, 11月中旬以来, 11.18), in the text right after its comma (近日，县卫健委印发…,
    as an entry's date is read before a unit not in bold), or at the text's end, where the entry
    signs it (本周，全市完成…。（县公路分局供稿）: an entry's, as 本周，县公路分局… is); its mark's
    length and its match."""
    if len(runs) > 1 and runs[1].bold and _bold_unit(runs[1].text):
        return _loose_lead(runs[0].text)
    text = runs[0].text if runs else ""
    for marked in dict.fromkeys((lead_mark_length(text), 0)):
        if (match := _RECENT_LEAD.match(text[marked:])) and (
                re.match(_UNIT_NAME_AT_START, text[marked + match.end():]) or signed_unit(tuple(runs))):
            return marked, match
    return None


def _loose_lead(text: str) -> tuple[int, re.Match] | None:
    """A looser lead after its mark if any (◆近日，) that is all ``text`` holds but spaces:
    the mark's length and the lead's match."""
    for marked in dict.fromkeys((lead_mark_length(text), 0)):  # (11.24，: no number 11. and a day 24)
        if (match := _LOOSE_LEAD.match(text[marked:])) and not text[marked + match.end():].strip():
            return marked, match
    return None


def loose_lead_length(text: str) -> int:
    """How long the looser lead ``text`` holds is, with its mark and comma (◆近日， 26日，),
    when it holds nothing else (spaces aside); else 0."""
    found = _loose_lead(text)
    return found[0] + found[1].end() if found else 0


def recent_lead(text: str) -> tuple[int, str] | None:
    """The lead dating news of recent days that ``text`` opens with after its mark if any
    (近日，…, ◆近期，…, 11月中旬以来，…): the mark's length and the lead without its comma; None
    for none. Written after a unit named before it (舞阳县　近日，…), it is the entry's date
    whatever follows."""
    marked = lead_mark_length(text)
    found = _RECENT_LEAD.match(text[marked:])
    return (marked, found.group(1)) if found else None


@dataclass
class Article:
    """A longer piece (经验交流): a title and paragraphs; run-in headings such as
    一、夯实消防基础。 are part of the paragraph text and recognised when laid out."""

    title: str = ""
    paragraphs: list[RichText] = field(default_factory=list)
    uid: str = field(default_factory=new_uid, compare=False)
    kind: Literal["article"] = field(default="article", init=False, repr=False)

    @property
    def text(self) -> str:
        return "\n".join([self.title, *(plain(p) for p in self.paragraphs)])


Entry = Union[Item, Article]

# What may stand before the reporting unit at the start of an entry: a numbering or a bullet
# (（一） 一、 1. （1） ◆ ●), an opening bracket (【西平县】), a short time phrase and its comma
# (近日， 今年以来， 3月上旬，). Kept as strings and compiled on first use (re's own cache),
# not at every start: they take milliseconds to compile and serve saving, not showing.
BULLETS = "◆◇●○■□★☆▲△►▶•※"
"""The marks set before an entry, a heading or a line of contents in place of a number."""
# (the numbers a font draws in one character, ① ⑴ ⒈ to ⒛, number entries as 1. does)
_ONE_CHARACTER_NUMBERS = "\u2460-\u249b"
# (a dash alone sets entries apart as a bullet does: — 5月30日，…; two are a signature's: ——县水利局)
_LEAD_NUMBERING = (r"^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]"
                   rf"|[{BULLETS}{_ONE_CHARACTER_NUMBERS}]|[—－](?![—－]))[、.．]?\s*")
_LEAD_BRACKET = r"^[【〔［\[（(]\s*"
_BRACKETED_NAME = r"^[^】〕］\]）)，。；：（(]{2,16}[】〕］\]）)]"
_LEAD_TIME = r"^[^，。；：！？,]{0,6}(?:日|月|年|旬|以来|近期|期间|前夕|目前|当前)[^，。；：！？,]{0,2}[，,]\s*"  # (, typed in ASCII too)
LEAD_CHARS = 30
# The words that introduce who sent a text (来源：, 供稿单位：, 报送：…).
SENDER_LABEL = r"(?:(?:信息|稿件)?来源|(?:供稿|报送|撰稿|投稿)(?:单位)?|作者单位)"
# An attribution closing an entry: a bracket after the end of its last sentence, or a dash,
# naming who sent it, maybe after 供稿：/来源：. After a sentence's end only, so that
# 共排查隐患12处（西平县5处、上蔡县7处）。 is not taken for one.
# The source named after its label alone (来源：某某县应急管理局), as official accounts end their
# posts: where the text comes from, set apart from it (报送： is also a distribution label, but
# 报送单位：, 投稿单位：, 撰稿单位：, 作者单位： say who sent it)
_SOURCE_LABEL = r"(?:(?:信息|稿件)?来源|稿源|供稿(?:单位)?|(?:报送|投稿|撰稿|作者)单位)"
_LABELLED_SOURCE = _SOURCE_LABEL + r"\s*[：:|｜丨]\s*([^\s（）()。！？!?，,；;：:]{2,40})"  # (来源 | …: a post's bar)
# Square brackets (【来源：县应急局】, 〔县应急局供稿〕) hold a sender only when they say so: a bare
# 【西平县】 on a line of its own is a section's title.
_SQUARE_SOURCE = (r"[【〔［\[]\s*(?:" + SENDER_LABEL + r"\s*[：:]\s*([^【】〔〕［］\[\]。！？!?]{2,40}?)"
                  r"|([^【】〔〕［］\[\]。！？!?]{2,40}?(?:供稿|提供|报送)))\s*[】〕］\]]")
_ATTRIBUTION = (r"(?:^|[。！？!?…”」』])\s*(?:[（(]\s*(?:" + SENDER_LABEL + r")?\s*[：:]?\s*([^（）()。！？!?]{2,40}?)\s*[）)]"
                r"|[—－]{1,2}\s*([^—－（）()。！？!?，,]{2,40})|" + _LABELLED_SOURCE + "|" + _SQUARE_SOURCE + r")\s*$")
# An article's byline is a short line with no sentence punctuation and no numbering, maybe
# in brackets or after a dash; those marks are not part of the name.
_NOT_BYLINE = r"[。，；：！？,;:!?]|^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])"
_BYLINE_MARKS = r"^[—－（(\s]+|[）)\s]+$"


def unit_lead(entry: Entry) -> str:
    """Where an entry without a bold unit may name its reporting unit. First an attribution
    that closes it (……。（西平县应急管理局）, （供稿：西平县应急局）, ——西平县应急局), or an
    article's byline (a short line of its own after the title); otherwise the start of its
    body (an article's title) after a numbering, an opening bracket or a time phrase
    (（一）西平县…, 【长葛市】…, 近日，禹州市…). The archive matches registered unit names
    against its first characters as well as against the body's own start."""
    if isinstance(entry, Article):
        texts = [plain(p).strip() for p in entry.paragraphs]
        signed = attribution(texts[-1]) if texts else ""
        if not signed and texts and is_source_line(texts[0]):  # （作者单位：某镇党政办） under the title
            signed = attribution(texts[0])
        if not signed and texts and is_byline(texts[0]):
            signed = re.sub(_BYLINE_MARKS, "", texts[0])
        text = entry.title
    else:
        # (a unit printed in the mark's brackets opens the text as printed: 【长葛市】6月3日，…)
        text = plain(entry.rich if unit_bracket(entry.mark) >= 0 else entry.body)
        signed = attribution(text.strip())
    if signed and not re.search(_A_COUNT, signed):
        return signed[:LEAD_CHARS]
    # spaces a printed copy left round digits (11 月 15 日，…) do not hide the time phrase
    text = re.sub(_LEAD_NUMBERING, "", re.sub(r"\s+", "", text), count=1)
    unbracketed = re.sub(_LEAD_BRACKET, "", text, count=1)
    if unbracketed != text and (named := re.match(_BRACKETED_NAME, unbracketed)):
        if not re.search(_A_COUNT, named.group()[:-1]):
            return unbracketed[:LEAD_CHARS]  # 【长葛市】6月3日，…: the name in the bracket, not what follows the date
        unbracketed = text  # （西平县5处）…: a count in the bracket, and no name at the start
    if re.match(_UNIT_BEFORE_DATE, unbracketed):
        return unbracketed[:LEAD_CHARS]  # 长葛市 6月3日，…: the name before the date, not what follows it
    return re.sub(_LEAD_TIME, "", unbracketed, count=1)[:LEAD_CHARS]


# How the names of reporting units end (西平县, 市应急管理局, 老街街道, 县消防救援大队, 城关镇
# 中心学校, 县第二高级中学, 东风路社区, 漯河海关, 源汇支行).
UNIT_SUFFIXES = ("县|区|市|镇|乡|街道|社区|局|委员会|委会|委|办公室|办|中心|公司|集团|站|大队|支队|队|所|院|厅|部"
                 "|学校|中学|小学|幼儿园|馆|海关|支行|分行")
# (全县, 本市, 各区 are no unit's name; 叶县 is one)
_NOT_A_UNIT = r"(?![全本各该我外邻此每两])"
_UNIT_NAME_AT_START = "^" + _NOT_A_UNIT + r"[^，。；：、！？,.;:!?\s（）()“”]{1,16}?(?:" + UNIT_SUFFIXES + ")"


# 长葛市6月3日，… (the spaces between them already gone): a unit's name, then the date
_UNIT_BEFORE_DATE = ("^" + _NOT_A_UNIT + r"[^\d，。；：、！？,.;:!?（）()“”]{1,16}(?:" + UNIT_SUFFIXES
                     + r")(?=\d{1,2}月)")


# Places named by levels of their own in some provinces (鄂托克前旗, 阿拉善盟, 黔东南州 for an
# autonomous prefecture): written before a date, a chat's or a sheet's, they name the unit too
_OTHER_PLACES = "旗|盟|州"
# A unit named before the date, as a text forwarded from a chat or a submission writes it
# (【上蔡县】11月19日，…, （出山镇）11月19日，…, 上蔡县　11月19日，…, 上蔡县：11月19日，…, 上蔡县　近日，…):
# the entry's unit, which the bulletin prints after the date.
_UNIT_FIRST = (r"^(?:[【〔［\[（(]\s*(?P<bracketed>[^】〕］\]）)，。；]{2,16}?)\s*[】〕］\]）)]"
               rf"|(?P<spaced>{_NOT_A_UNIT}[^\s\d，。；：、！？（）()【】]{{1,16}}?(?:{UNIT_SUFFIXES}|{_OTHER_PLACES}))(?:\s+|\s*[：:]))"
               rf"\s*(?=(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}[日号]|(?:{_MONTH_AND_DAY_IN_FIGURES}|{_RECENT})，)")  # (舞阳县　5.30，…, 舞阳县　近日，…)


def _unit_first(text: str) -> tuple[int, str, int] | None:
    """The unit ``text`` names before its date, after the number or bullet it may open with
    (◆舞阳县　11月19日，…, 1. 舞阳县　11月19日，…, ①【舞阳县】11月19日，…: the mark is no part of
    the name): the mark's length, the name and where the date begins; or None. A bracketed
    word that is no unit's name (【简讯】, 【动态】) is a label, none."""
    for marked in dict.fromkeys((lead_mark_length(text), 0)):
        if (found := re.match(_UNIT_FIRST, text[marked:])) is not None:
            if found.group("bracketed") and not named_as_a_unit(found.group("bracketed")):
                return None
            return marked, found.group("bracketed") or found.group("spaced"), marked + found.end()
    return None


def unit_before_date(text: str) -> tuple[str, int] | None:
    """The unit ``text`` names before its date (郾城区　11月30日，… → 郾城区, ◆郾城区　11月30日，…
    too) and where the date begins, or None. The inbox's adoption and a paste into an entry
    read it so."""
    first = _unit_first(text)
    return None if first is None else first[1:]


# What follows the date may name an office by the level of the place written before it alone
# (舞阳县　12月1日，县应急管理局组织…, 县委书记…, 区安委办…): after the place, printed with it,
# that character doubles it (舞阳县县应急管理局). A level's character opening a word of its
# own is no such office (县城, 区域, 市场, 镇上, 乡村, the heads 县长, 市长): it stays.
PLACE_LEVELS = "县区市镇乡"
"""The characters a place's name ends with by its level (舞阳县, 郾城区, 漯河市, 出山镇, 万金乡), and
which alone name that level's office (县应急局): a name opening with one says no place."""
_LEVEL_WORD = LazyPattern(
    r"^(?:[县区市镇乡][内里外级长直属域情郊辖界际]"
    r"|县(?:城(?![管建])|乡(?!村振兴)|区|市(?![场政])|志|令|衙)"  # (县市两级; 县市场监管局 is the 县's office)
    r"|区(?:县|划|间|别|分|块|位)"
    r"|市(?:场|民|区|县|容|政(?![府协法])|值|面|井)"
    r"|镇(?:上|区|村|街|压|守|定|静|痛)"
    r"|乡(?:村(?!振兴)|镇|亲|土|风|贤|愁|间|下|音|邻))")


# the levels, besides PLACE_LEVELS, by which places of some provinces name their offices
# (鄂托克前旗 / 旗应急管理局, 黔东南州 / 州气象局, 阿拉善盟 / 盟民政局), and the two-character
# ones of a 林区 or a 新区 (神农架林区 / 林区林业管理局, 兰州新区 / 新区管委会), and a street's or a
# community's own (东关社区 / 社区召开…, 老街街道 / 街道办事处…); a word a level's character opens
# is no office (旗帜, 旗下, 州里, 盟员)
_OTHER_LEVELS = ("林区", "新区", "社区", "街道", "旗", "盟", "州")
_OTHER_LEVEL_WORD = LazyPattern(r"^(?:旗(?:帜|下|舰|袍|杆|手|号|鼓|开)|州(?:里|府|县)|盟(?:员|友|约|市|旗))")


def repeated_level(place: str, text: str) -> int:
    """How many characters ``text`` opens with that name ``place``'s level, naming that place's
    office (舞阳县 and 县应急管理局…, 县委书记…; 神农架林区 and 林区林业管理局…): those to
    leave out after the place; 0 where they open a word (县城, 区域, 市场, 镇上, 旗帜) or stand
    alone (县、乡两级)."""
    level = next((word for word in _OTHER_LEVELS if place.endswith(word) and len(place) > len(word)),
                 place[-1:] if place[-1:] in PLACE_LEVELS else "")
    if not level or not text.startswith(level) or not "\u4e00" <= text[len(level):len(level) + 1] <= "\u9fff":
        return 0
    return 0 if _LEVEL_WORD.match(text) or _OTHER_LEVEL_WORD.match(text) else len(level)


def level_repeated(place: str, text: str) -> bool:
    """Whether ``text`` opens with the level of ``place`` naming that place's office (repeated_level)."""
    return repeated_level(place, text) > 0


class UnitFirst(NamedTuple):
    """A unit written before the date (unit_moved_after_date)."""

    unit: str  # 舞阳县
    rest: RichText  # the text from the date on (12月1日，应急管理局组织…), after its number or bullet if any
    office: bool  # the text after the date named the unit's office by its level (县应急管理局)


def unit_moved_after_date(text: RichText) -> UnitFirst | None:
    """The unit ``text`` names before its date (unit_before_date) and the text from the date
    on, where the bulletin prints that unit (after the date); None when no unit stands before
    the date. A level's character after the date that repeats the place's (level_repeated) is
    left out: 舞阳县　12月1日，县应急管理局组织… is 舞阳县 and 12月1日，应急管理局组织…, which
    prints 12月1日，**舞阳县**应急管理局组织…. A number or bullet before the unit stays
    before the date (◆舞阳县　12月1日，… is 舞阳县 and ◆12月1日，…). The window's paste,
    ``entry add`` and the inbox read a unit before the date so."""
    first = _unit_first(plain(text))
    if first is None:
        return None
    marked, name, end = first
    rest = replace_range(text, marked, end, "")
    after_mark = plain(rest)[marked:]
    dated = _DATE_LEAD.match(after_mark) or _RECENT_LEAD.match(after_mark)
    if dated is not None and (level := repeated_level(name, after_mark[dated.end():])):
        at = marked + dated.end()
        return UnitFirst(name, replace_range(rest, at, at + level, ""), office=True)
    return UnitFirst(name, rest, office=False)


def place_and_office(moved: UnitFirst, bold_after_date: str) -> str:
    """The one unit a place written before the date (unit_moved_after_date) and its office
    in bold after the date, named by the place's level alone, are: 舞阳县　12月1日，**县应急局**…
    is 舞阳县应急局's; "" when the bold unit after the date is no such office (or there is
    none). The window's paste, ``entry add`` and the inbox join them here alone."""
    return moved.unit + bold_after_date if moved.office and bold_after_date else ""


# Who may sign an entry below it besides the units that report: their offices and sections
# (县教育局安全股, 县委办信息科, 综合室, 督导组, 某某办事处, 县总工会, 县文化馆, 县气象台), a
# town's government and the people's organisations (某某乡人民政府, 县妇联, 县科协). Only where
# a name stands apart (after a dash, in brackets, bold), where a name ending so is nothing else.
SENDER_SUFFIXES = UNIT_SUFFIXES + "|股|科|室|组|处|会|馆|台|厂|场|园|校|行|庭|团|社|专班|政府|联|协"
# a school called by its number and level (方城一高, 二中, 三小, 实验中学 ends as units do already);
# a railway's or a mine's units (漯河车务段, 平煤十矿), which bracketed before a date name no stage
_BRACKETED_ONLY = "(?<=[一二三四五六七八九十0-9０-９])[中小高]|段|矿"


def named_as_a_unit(name: str) -> bool:
    """Whether a short name written in brackets before an entry's date ends as a unit's name
    does (【上蔡县】, 【庙湾所】, 【方城一高】), rather than being a label over the news (【简讯】,
    【动态】, 【图片新闻】). A name of neither kind leaves the entry without a unit: the
    statistics then list it as unattributed, where a label taken for a unit would credit a
    unit that does not exist."""
    return re.fullmatch(rf"{_NOT_A_UNIT}.*?{_NOT_A_COUNT}(?:{SENDER_SUFFIXES}|村|{_OTHER_PLACES}|{_BRACKETED_ONLY})",
                        name.strip()) is not None


# A bold unit after an entry's number with no date between (1、**马庄村**…): named as units
# and their offices are, so that a numbered run-in heading in bold (（一）**强化组织领导**。) is none
# (a figure before the ending word is a count, as in 共排查积水点12处。（西平县5处）: no name)
_FIGURE = "[0-9０-９]"
_NOT_A_COUNT = rf"(?<!{_FIGURE})"
_A_COUNT = rf"{_FIGURE}\D?$"  # what ends so (西平县5处, 2024年) names no unit
_UNIT_NAMED = rf"^{_NOT_A_UNIT}[^，。；：、！？,.;:!?\s]{{1,18}}{_NOT_A_COUNT}(?:{SENDER_SUFFIXES}|村)$"
# A mark that is a pair of brackets holds the entry's unit: it prints 【长葛市】 before the date
# for the unit 长葛市, as some offices name the unit that reports (Item.rich). No mark of
# another kind is an empty pair. Round brackets hold the unit so too (（长葛市）6月3日，…, as a
# chat forwards it) where what they hold is named as units are and a date follows: elsewhere
# they hold notes and numbers, which stay text.
UNIT_BRACKETS = ("【】", "〔〕", "［］", "[]", "（）", "()")
# the unit in such brackets and the spaces after them, not anchored (the recogniser finds it
# bolded after an entry's number: **3.【庙湾所】**): groups the brackets and the name between
UNIT_IN_BRACKETS = (rf"([【〔［\[（(])({_NOT_A_UNIT}[^，。；：、！？,.;:!?\s【】〔〕［］\[\]（）()]{{1,18}}"
                    rf"{_NOT_A_COUNT}(?:{SENDER_SUFFIXES}|村))([】〕］\]）)])[ \u3000]*")
_UNIT_IN_BRACKETS = "^" + UNIT_IN_BRACKETS
# an office's name alone in square brackets right after the last sentence's end (……现场审计。【汇川区审计局】):
# its signature, as round brackets are; a place so bracketed in 【】 (【沂南县】) heads the news after it, a
# section, where 〔〕 or ［］ round a place (……发放宣传单2000余份。〔黄岗镇〕) sign as round brackets do
_SQUARE_SIGNATURE = (rf"(?<=[。！？!?…”」』])\s*(?:【\s*({_NOT_A_UNIT}[^，。；：、！？,.;:!?\s【】〔〕［］\[\]（）()]{{1,38}}"
                     rf"{_NOT_A_COUNT}(?:{SENDER_SUFFIXES})(?<![县区市镇乡村])(?<!街道)(?<!社区))\s*】"
                     rf"|[〔［\[]\s*({_NOT_A_UNIT}[^，。；：、！？,.;:!?\s【】〔〕［］\[\]（）()]{{1,38}}"
                     rf"{_NOT_A_COUNT}(?:{SENDER_SUFFIXES}|村))\s*[〕］\]])\s*$")
# an office's or a place's name set apart from the last sentence by spaces alone, closing the
# text (……清理可燃物12吨。　　旗林草局): a signature printed flush right, pasted into one line;
# with what a bracketed one may say after the name, spaced off it (　供稿, 　王磊, 　县住建局)
_SPACED_WORD = r"[^，。；：、！？,.;:!?\s（）()【】〔〕［］\[\]“”《》\d]{1,12}"
_SPACED_SIGNATURE = (rf"(?<=[。！？!?…”」』])[ \u3000]+({_NOT_A_UNIT}[^，。；：、！？,.;:!?\s（）()【】〔〕［］\[\]“”《》]{{1,38}}"
                     rf"{_NOT_A_COUNT}(?:{SENDER_SUFFIXES})(?:[ \u3000]+{_SPACED_WORD}){{0,4}})[ \u3000]*$")
# what a quotation's source opens with (——摘自《人民日报》): where the text comes from, not who sent it
_QUOTED_FROM = ("摘自", "选自", "引自", "摘编自", "转引自", "转自")
# A line of its own under an entry naming who sent it or where it comes from: （城关镇党政办供稿）,
# （来源：县应急局）, 来源：县应急局, ——县应急管理局, ——摘自《人民日报》. A sender's word or a
# unit's name is asked for: a bracket alone may be
# anything (（图片略）, （待续）).
_SOURCE_LINE = (r"^(?:[（(]\s*(?:" + SENDER_LABEL + r"\s*[：:]\s*[^（）()]{2,40}?|[^（）()]{2,40}?(?:供稿|提供|报送))\s*[）)]"
                r"|" + _LABELLED_SOURCE + "|" + _SQUARE_SOURCE +
                r"|[—－]{1,2}\s*" + _NOT_A_UNIT + r"[^—－（）()。！？!?，,\s]{1,38}(?:" + SENDER_SUFFIXES + r")"
                r"|[—－]{1,2}\s*(?:" + "|".join(_QUOTED_FROM) + r")\S[^。！？!?]{0,60})$")


def is_source_line(text: str) -> bool:
    """A line that only names who sent the entry above it (its attribution, set apart)."""
    return bool(re.match(_SOURCE_LINE, text.strip()))


# a committee's office named with it: 市安委办, 县委办公室, 市安委会
_COMMITTEE_OFFICE = re.compile(r"办公室|办|会")


def unit_name_at_start(text: str) -> str:
    """The shortest unit-like name ``text`` opens with (西平县应急管理局供稿 → 西平县,
    市应急管理局开展… → 市应急管理局, 市安委办督导组… → 市安委办), or ""."""
    found = re.match(_UNIT_NAME_AT_START, text)
    if not found:
        return ""
    name = found.group()
    if name.endswith("委") and (office := _COMMITTEE_OFFICE.match(text, len(name))):
        name += office.group()
    return name


def dated_lead_mark(text: str) -> int:
    """How long the number, bullet or symbol before an entry's date is (1．8月26日，… → 2,
    ●8月26日，… → 1, 🔥8月26日，… → 1), or 0: none, or no date after it."""
    marked = lead_mark_length(text)
    return marked if marked and _DATE_LEAD.match(text[marked:]) else 0


def lead_mark_length(text: str) -> int:
    """How long the mark ``text`` opens with is: a number or bullet (numbering_length), or
    the emoji or other symbols a post from an official account sets before an entry in
    their place (🔥, ✅, ☞, ❤️, 👉🏻), with the spaces after them; 0 for none."""
    return numbering_length(text) or _symbols_length(text)


_SYMBOLS_MAX = 3
# what an emoji is drawn with besides its symbol: the emoji selector, the joiner of two, a skin tone
_EMOJI_PARTS = re.compile("[\ufe0f\u200d\U0001F3FB-\U0001F3FF]*")


def _symbols_length(text: str) -> int:
    at = count = 0
    while at < len(text) and count < _SYMBOLS_MAX and unicodedata.category(text[at]) == "So":
        at = _EMOJI_PARTS.match(text, at + 1).end()  # type: ignore[union-attr]  # (it matches nothing at worst)
        count += 1
    return len(text) - len(text[at:].lstrip()) if count else 0


def numbering_length(text: str) -> int:
    """How long the numbering or bullet an entry may open with is (1. （一） ◆), or 0."""
    found = re.match(_LEAD_NUMBERING, text)
    return found.end() if found else 0


def time_phrase_length(text: str) -> int:
    """How long the time phrase an entry may open with is, with its comma (近日，
    6月3日以来，), or 0."""
    found = re.match(_LEAD_TIME, text)
    return found.end() if found else 0


def attribution(text: str) -> str:
    """Who signed a paragraph at its end (……。（西平县应急管理局供稿） → 西平县应急管理局供稿),
    or "" when it is not signed."""
    found = re.search(_ATTRIBUTION, text) or re.search(_SQUARE_SIGNATURE, text) or re.search(_SPACED_SIGNATURE, text)
    signed = next((group for group in found.groups() if group), "").strip() if found else ""
    return "" if signed.startswith(_QUOTED_FROM) else signed  # ——摘自《人民日报》 names a source, no sender


# what an attribution says of its sender after the name: （县应急局供稿）, （县应急局 供稿）
_SENDER_WORD_AFTER = LazyPattern(r"[ \u3000]*(?:供稿|提供|报送|撰稿)$")
# who wrote it, spaced apart after the unit's name at a signature's end: a person's name, or
# two or three, letter-spaced or not, maybe after what they did (　张三, 　张三　李四, 　张　伟
# 李　娜, 　撰稿：李四, 　通讯员 王磊)
_AUTHOR_AFTER = LazyPattern(r"[ \u3000]+(?:(?:撰稿人?|作者|执笔人?|供稿人|通讯员|记者|摄影|文|图)\s*[：:／/]?\s*)?"
                            r"(?P<name>[\u4e00-\u9fff·](?:[ \u3000、]*[\u4e00-\u9fff·]){1,11})$")
# What a picture's note opens with (（图为检查现场）, （图片由县应急局提供）): the recogniser's
# captions and a signature alike; such a note names no sender, and a scene (检查现场, 会场) no unit
PICTURE_NOTE = r"图为|图片|照片|摄影|视频截图"
_NO_SENDER = LazyPattern(rf"^(?:{PICTURE_NOTE})|(?:现场|会场|考场|赛场)$")


# a signature that says its name sent the text (供稿：…, 报送单位：…; not 来源：…, which may name a
# paper or a site the text was taken from), and such a name: a few characters with no
# punctuation or figure (not 西平县5处)
_LABELLED_SENDER = LazyPattern(r"(?:(?:供稿|报送|投稿|撰稿)(?:单位)?|作者单位)\s*[：:|｜丨]\s*[^：:]{2,40}$")
_PLAIN_NAME = LazyPattern(r"^[\u4e00-\u9fff·]{2,20}$")


def signed_unit(body: RichText) -> str:
    """The unit an entry's text names as its sender at its end (……。（县应急管理局供稿）,
    （供稿：县应急局）, （县应急局 供稿）, ——县应急管理局, 来源：县应急管理局 → 县应急管理局),
    or the units that sent it together (（县应急管理局、县住建局供稿） → 县应急管理局、县住建局, as
    a joint bold unit is read; spaced apart, （县应急管理局 县住建局）, they are joined with 、);
    or "": not signed, or signed by a person (（记者　王磊）) or with more than a unit's name.
    A person named after the unit, who wrote it (（县应急局　张三）, （县应急管理局　撰稿：李四）),
    is no part of the unit's name."""
    text = plain(body).strip()
    name, said = _SENDER_WORD_AFTER.subn("", attribution(text)) if body else ("", 0)
    if (author := author_start(name)) >= 0:
        name = name[:author]
    if _NO_SENDER.search(name):
        return ""
    if re.match(_UNIT_NAMED, name):
        return name
    if (said or _LABELLED_SENDER.search(text)) and _PLAIN_NAME.match(name):
        return name  # 供稿：城关一中, （县实验小学供稿）: said to be the sender, whatever its name ends with
    return _signed_together(name) if name else ""


def author_start(name: str) -> int:
    """Where the writer named after the unit begins in what a signature says (县应急局　张三,
    县应急管理局　撰稿：李四 → the space before them), or -1: none, or not after a unit's name."""
    author = _AUTHOR_AFTER.search(name)
    # (县应急局 供稿 says what the unit did: no writer)
    if (author is None or any(re.match(_UNIT_NAMED, one) for one in re.split(r"[ \u3000、]+", author.group("name")))
            or _SENDER_WORD_AFTER.search(name)):
        return -1  # (县应急局　县住建局: units signing together, no writers)
    unit = name[:author.start()]
    return author.start() if re.match(_UNIT_NAMED, unit) or _signed_together(unit) else -1


_JOINT_SEPARATOR = "、"
"""What joins the names of units reporting together when the text sets them apart with spaces."""


def _signed_together(name: str) -> str:
    if re.search(r"[，。；：！？,;:!?（）()\d]", name):  # (（西平县5处、上蔡县7处）: counts, no senders)
        return ""
    spaced = name.split()
    if len(spaced) > 1:
        return _JOINT_SEPARATOR.join(spaced) if all(re.match(_UNIT_NAMED, part) for part in spaced) else ""
    from .units.joined import joined_names  # (the units' package is loaded only for a signature that needs it)

    names = joined_names(name)
    return name if names and all(re.match(_UNIT_NAMED, part) for part in names) else ""


def signed_again(unit: str, body: RichText) -> RichText:
    """The body of an entry whose bold unit after the date, ``unit``, the body signs with
    as well (**县应急局**开展…。（县应急局供稿））: with that unit at its start, since the
    entry prints its unit at the end only (Item.rich); else ``body``."""
    if unit and signed_unit(body) == unit and body[:1] != (Run(unit, True),):
        return normalize((Run(unit, True), *body))
    return body


# A run-in title printed bold before an entry's date (**强化培训提能力。**12月4日，…): words
# closed by a full stop, an exclamation, a question mark or a colon (no number or bullet is).
_RUN_IN_TITLE = LazyPattern(r"(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){2})[^\s«»。！？：!?:]{2,40}[。！？：!?:]")


def is_run_in_title(mark: str) -> bool:
    """A mark that is an entry's run-in title (强化培训提能力。), printed bold, not a number or
    bullet, nor a unit named before its colon (县人民医院：)."""
    return bool(_RUN_IN_TITLE.fullmatch(mark)) and not re.match(_UNIT_NAMED, mark[:-1])


def is_byline(text: str) -> bool:
    """A short line naming who wrote or sent a text (an article's byline, the name a letter
    is signed with): no sentence punctuation, no numbering."""
    return 2 <= len(text) <= LEAD_CHARS and not re.search(_NOT_BYLINE, text)


# a line marked as an article's subtitle, byline or source: after a dash (——某县安全生产工作经验) or
# in brackets of its own (（某县应急管理局）)
_MARKED_BYLINE = r"^(?:[—－]{1,2}\s*[^—－\s]|[（(][^（）()]{2,40}[）)]$)"
# or credited as newspapers and official accounts do: 文／程晨, 作者：程晨, 通讯员　王磊, 来源：平舆发布
_CREDIT_LINE = (r"^(?:(?:文|图|文图|图文|文/图|文／图|作者|撰稿人?|摄影?|(?:信息)?来源|稿源|转自)\s*[／/｜|：:]"
                r"|(?:本报|本刊|特约)?(?:作者|通讯员|记者)(?:\s*[：:]|\s))\s*[^\s，。；！？,;!?][^，。；！？,;!?]{0,24}$")


def is_marked_byline(text: str) -> bool:
    """A line of an article that is no title of another: its subtitle or byline under its
    title, or its source at its end, marked by a leading dash or brackets of its own."""
    text = text.strip()
    return len(text) <= 60 and bool(re.match(_MARKED_BYLINE, text) or re.match(_CREDIT_LINE, text))


# under a speech's title (and its date), who gave it: an office (or two, 县委常委、组织部部长) and
# a name spaced apart
_SPEAKER = r"^[^\s，。；：！？、（）()“”][^\s，。；：！？（）()“”]{0,19}[ \u3000]+[^\s\d，。；：！？、（）()“”]{2,4}$"


def is_speaker_line(text: str) -> bool:
    """县长　王某某, 县委副书记 李四: the line naming the speaker under a speech's title."""
    return bool(re.match(_SPEAKER, text.strip()))


# How a bulletin prints its sections' titles: 【安排部署】, 一、安排部署, or the title alone.
# A series' layout option (export.layout_options.LayoutOptions.section_heading); an import
# that starts a series gives it the form its document used.
SECTION_HEADING_OPTION = "section_heading"
SECTION_HEADING_STYLES = ("bracket", "numbered", "plain")
SECTION_HEADING_DEFAULT = "bracket"

# 本期要目: the issue's contents, a section of its own over the titles of what follows; where
# the sections are numbered it takes no number (it is not one of them)
CONTENTS_TITLES = ("本期要目", "本期目录", "本期导读", "目录", "要目")


def is_contents_title(title: str) -> bool:
    return title.strip() in CONTENTS_TITLES


@dataclass
class Section:
    """A 【】 section and its entries, in order."""
    title: str
    entries: list[Entry] = field(default_factory=list)
    uid: str = field(default_factory=new_uid, compare=False)


# spaces between two Chinese characters (half- or full-width, any number); compiled on
# first use, as the _LEAD patterns are
_LETTER_SPACING = r"(?<=[\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])"


def unspaced_name(name: str) -> str:
    """A bulletin's name without the spaces its masthead may be letter-spaced with
    (安 全 生 产 简 报): the name itself, whichever way a document or the clerk spaced it,
    so that its issues all find the one series. Spaces between Latin words stay."""
    return re.sub(_LETTER_SPACING, "", name.strip())


@dataclass
class Series:
    """A bulletin title (刊物) and what each new issue of it starts from. ``id`` is the
    archive's key for it (None until stored): the name can change, the id does not."""

    name: str
    office: str = ""
    default_sections: list[str] = field(default_factory=list)
    signoff: Signoff = field(default_factory=Signoff)
    distribution: list[DistributionLine] = field(default_factory=list)
    marking: str = ""  # the marks above the name (内部资料 注意保存)
    id: int | None = field(default=None, compare=False)
    # None: each new issue writes its number and print run as the latest issue did
    numbering: NumberingDefaults | None = None


MARKING_MAX = 40
"""The marks above a masthead's name are one short line (内部资料 注意保存, 秘密★1年)."""

SERIES_NAME_MAX = 40
"""A bulletin's name is one line of at most this many characters (as the masthead's reading takes it)."""


def series_name_problem(name: str) -> str | None:
    """What is wrong with ``name`` as a bulletin's (刊物) name, in Chinese; None when nothing."""
    name = name.strip()
    if not name:
        return "刊物名称不能为空。"
    if any(ch in "\n\r\u2028\u2029" for ch in name):
        return "刊物名称只能写一行，不能换行。"
    if any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in name):
        return "刊物名称里有看不见的控制字符，请重新输入。"
    if len(name) > SERIES_NAME_MAX:
        return f"刊物名称太长（{len(name)} 个字），不超过 {SERIES_NAME_MAX} 个字，如“漯河安全生产简报”。"
    return None




def issue_number_problem(number: int) -> str | None:
    """What is wrong with ``number`` as an issue's running number, in Chinese; None when nothing."""
    if not 1 <= number <= ISSUE_NUMBER_MAX:
        return f"期号 {_shown_number(number)} 不在 1 到 {ISSUE_NUMBER_MAX} 之间。"
    return None


def number_problem(issue: "Issue") -> str | None:
    """The first of an issue's numbers (期号, 年度期号, 专刊期号, 印数) out of its range, said
    in Chinese; None when all are in range. Import and the archive's writers refuse such an
    issue with this sentence instead of failing on a number SQLite cannot hold."""
    if problem := issue_number_problem(issue.number):
        return problem
    year_number = issue.year_number
    if year_number is not None and year_number.number is not None and not 0 <= year_number.number <= YEAR_NUMBER_MAX:
        return f"年度期号 {_shown_number(year_number.number)} 不在 1 到 {YEAR_NUMBER_MAX} 之间。"
    if year_number is not None and year_number.year is not None and not 1 <= year_number.year <= 9999:
        return f"年度期号的年份 {_shown_number(year_number.year)} 无效。"
    if issue.special is not None and issue.special.number is not None and not 0 <= issue.special.number <= SPECIAL_NUMBER_MAX:
        return f"专刊期号 {_shown_number(issue.special.number)} 不在 1 到 {SPECIAL_NUMBER_MAX} 之间。"
    if issue.print_copies is not None and not 1 <= issue.print_copies <= PRINT_COPIES_MAX:
        return f"印数 {_shown_number(issue.print_copies)} 份不在 1 到 {PRINT_COPIES_MAX} 之间。"
    return None


def _shown_number(number: int) -> str:
    if abs(number) >= 10 ** 24:  # (str() of a number of thousands of digits raises)
        return "（一个二十多位以上的数）"
    return str(number)


@dataclass
class Issue:
    """``series`` is the bulletin's name as printed; ``series_id`` the archive's series it
    belongs to (None until stored, or for an issue read from a file). An issue with a
    ``series_id`` whose name differs from the stored one renames that series when saved."""

    series: str
    number: int
    date: dt.date
    office: str = ""
    special: Special | None = None
    sections: list[Section] = field(default_factory=list)
    signoff: Signoff = field(default_factory=Signoff)
    distribution: list[DistributionLine] = field(default_factory=list)
    year_number: YearNumber | None = None  # None: the plain 第N期
    print_copies: int | None = None  # the print run, printed （共印35份） at the end; None: not stated
    marking: str = ""  # printed above the masthead's name: 内部资料 注意保存, 秘密★1年; "" none
    status: Literal["draft", "final"] = "draft"
    id: int | None = field(default=None, compare=False)
    series_id: int | None = field(default=None, compare=False)

    def number_line(self) -> str:
        """The 期号 line as the masthead prints it: 第52期, or 2026年第6期（总第60期）."""
        return number_line(self.number, self.year_number)

    @property
    def print_note(self) -> str:
        return print_note_text(self.print_copies) if self.print_copies is not None else ""

    def entries(self):
        """Every entry with its section, in reading order."""
        for section in self.sections:
            for entry in section.entries:
                yield section, entry

    def find_entry(self, uid: str) -> tuple[Section, int] | None:
        for section in self.sections:
            for index, entry in enumerate(section.entries):
                if entry.uid == uid:
                    return section, index
        return None

    def find_section(self, uid: str) -> Section | None:
        return next((s for s in self.sections if s.uid == uid), None)


def format_cn_date(date: dt.date) -> str:
    """2022年11月21日: the official form, without leading zeros."""
    return f"{date.year}年{date.month}月{date.day}日"


def item(text: str, *, bold: bool = False) -> Item:
    """An item from plain text; for tests and programmatic construction."""
    return Item.from_rich(from_plain(text, bold))
