"""The masthead (报头): name, issue number in its forms, 专刊, office, date."""
from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import UNIT_SUFFIXES, Special, YearNumber, number_line, unspaced_name
from .closing import split_names
from .errors import BulletinFormatError, UnnamedMastheadError
from ..numerals import CN_NUMERAL, to_int
from .parts import Paragraph, Role
from .patterns import (
    CONTACT_START, COPY_NUMBER_FIRST, DATE_LABEL, DOCUMENT_NUMBER, DATE_LINE, DATE_THEN_OFFICE, ENTRY_START, LEADING_NUMBER, MAIL_HEADER, MASTHEAD_MARK, NAME_AND_NUMBER, NAME_ENDINGS, NAME_NUMBER_AND_REST, NUMBER_AMONG_WORDS, NUMBER_AND_SPECIAL, OFFICE_LABEL, OTHER_NUMBER, NUMERIC_DATE_LINE, OFFICE_AND_DATE, OFFICE_AND_NUMERIC_DATE,
    SECTION_BRACKETS, SIGNOFF_START, SPECIAL_NAMED, SPECIAL_NUMBERED, TOTAL_FIRST, TRAILING_NUMBER, URGENCY_BESIDE_NAME, YEAR_ISSUE_NUMBER,
    compact, number_in_qi,
)
from .parts import Hint

_MASTHEAD_LINE_MAX = 60
# between two offices that issue a bulletin together, printed on lines of their own
JOINT_OFFICES = "\u3000"
NAME_MAX = 40


# An office on a line of its own: a name ending as offices' names end (某某市应急管理局办公室,
# 中共某某县委办公室编, 某某新区管委会), no punctuation
_OFFICE_LINE = re.compile(r"^[^，。；：！？,.;:!?\s（）()【】“”]{2,30}?"
                          r"(?:办公室|局|委员会|管委会|委|办|政府|中心|指挥部|领导小组|厅|办事处|管理处|部|院|联合会|工会)(?:编(?:印|发)?)?$")
# inside a date written in figures only: a name before it may end in a numeral (签发：张三　2024年…)
_PUNCTUATION = re.compile(r"[，。；：！？,.;:!?（）()【】“”]")
_DATE_SPACES = re.compile(r"(?<=[\d年月])[ \u3000]+(?=[\d年月日])")
# 签发人：张三 at the end of the office line, or of the number line
# what a mail says above a bulletin pasted into it: its headers, a greeting, a sentence
_LETTER_LINE = re.compile(rf"{MAIL_HEADER.pattern}|^[^：:，。]{{1,10}}[：:]$|您好|[。！？!?]$")
_EXTRA_LINE_MAX = 40  # a longer line before the date is the body's, not the masthead's
_SIGNER = re.compile(r"\s*签发人?\s*[：:]\s*(\S.{0,20})$")
# 本期4版, 共8页: how many pages the issue runs to, printed at the end of the number or date line
# or on a line of its own; the count is the original's layout, not this export's, so it is left out (said)
_PAGE_COUNT = re.compile(r"(?:^|\s+)([（(]?(?:本期共?|共)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个?版|页)[）)]?)$")


@dataclass
class Masthead:
    name: str = ""
    number: int | None = None
    year_number: YearNumber | None = None  # 2026年第6期（总第60期）: the number within the year
    special_name: str | None = None
    special_number: int | None = None
    office: str = ""
    office_over_name: bool = False  # printed above the name (某某县应急管理局 / 工作动态), not beside the date
    signers: list[str] = field(default_factory=list)  # 签发人：张三 printed beside the office
    date: dt.date | None = None
    month_line: str = ""  # 二〇二六年十一月: the date printed as the month alone, its day from the 印发 line
    marking: list[str] = field(default_factory=list)  # 内部资料 注意保存, a line each as printed
    extras: list[str] = field(default_factory=list)  # lines read as masthead but not placed
    warnings: list[str] = field(default_factory=list)

    @property
    def dated(self) -> bool:
        """The masthead's date line was read (the lines after it are few: the office, the signer)."""
        return self.date is not None or bool(self.month_line)

    @property
    def special(self) -> Special | None:
        if self.special_name is None:
            return None
        return Special(self.special_name, self.special_number)


def read_masthead(paras: list[Paragraph], roles: list[list[Role]], name: str = "",
                  issued: tuple[dt.date, str] | None = None) -> tuple[Masthead, int]:
    """Read the masthead from the start; returns it and the index of the first body paragraph.
    ``name``: the bulletin's name when the masthead prints none in text (a picture);
    ``issued``: the date the closing block's 印发 line states, and that line, for a masthead
    that prints no date."""
    m = Masthead()
    index = 0
    month_at = -1  # the line that printed the date as the month alone
    for index, para in enumerate(paras):
        text = para.text
        stated_number = para.hint is Hint.ISSUE_NUMBER  # the text format's \期号|: its running number stated
        if para.hint is Hint.MARKING and not m.name:
            m.marking.append(text.strip())
            roles[index].append(Role.MARKING)
            continue
        if para.hint is Hint.NAME and not m.name:
            m.name = text.strip()
            roles[index].append(Role.NAME)
            continue
        if para.hint is Hint.OFFICE and m.name and not m.office:
            m.office = text.strip()
            roles[index].append(Role.OFFICE)
            continue
        # (【内部资料】 over the name is its mark, in the brackets a section's heading has)
        bracketed_mark = not m.name and bool(MASTHEAD_MARK.match(compact(text)))
        if ((para.exact and not stated_number) or (SECTION_BRACKETS.match(text) and not bracketed_mark)
                or (para.hint not in (Hint.NONE, Hint.ISSUE_NUMBER) and m.name)
                or len(text) > _MASTHEAD_LINE_MAX or ENTRY_START.match(text)
                # (联系电话：… above the date is the masthead's, kept among its unplaced lines)
                or (SIGNOFF_START.match(text) and (m.dated or not CONTACT_START.match(text)))):
            break
        had_date, had_number, had_name, had_office = m.date is not None, m.number is not None, bool(m.name), bool(m.office)
        name_before, special_before = m.name, m.special_name
        role, m = _place_numbered_in_hao(m, text, int(para.fields[0]) if stated_number else None)
        if role is None:
            break
        if role is Role.NAME and not m.name.startswith(name_before):
            # a line read as the name before this one was the office over it (not the name's
            # first part, a meeting's over 简报)
            was = Role.SPECIAL if special_before is None and m.special_name is not None else Role.OFFICE
            for earlier in roles[:index]:
                earlier[:] = [was if r is Role.NAME else r for r in earlier]
        if role is Role.NAME and had_office and not m.office:
            for earlier in roles[:index]:  # the line read as the office was the name's first part
                earlier[:] = [Role.NAME if r is Role.OFFICE else r for r in earlier]
        roles[index].append(role)
        if month_at < 0 and m.month_line:
            month_at = index
        # a line that also held the date (at its end), the number (after the name or the date),
        # the name or the office (the whole masthead on one line)
        if role is not Role.DATE and not had_date and m.date is not None:
            roles[index].append(Role.DATE)
        if role is not Role.NUMBER and not had_number and m.number is not None:
            roles[index].append(Role.NUMBER)
        if role is not Role.NAME and not had_name and m.name:
            roles[index].append(Role.NAME)  # the whole masthead on one line
        if role is not Role.OFFICE and not had_office and m.office and not m.office_over_name:
            roles[index].append(Role.OFFICE)
    else:
        index = len(paras)
    if m.month_line and m.date is None:
        m.date = _day_in_month(m, issued)
    elif m.month_line:
        m.extras.append(m.month_line)  # a monthly's month over its date line (2026年11月 / 2026年12月2日): kept, unplaced
        roles[month_at][:] = [Role.UNPLACED if r is Role.DATE else r for r in roles[month_at]]
    if m.date is None and issued is not None and not m.month_line:
        m.date = issued[0]
        m.warnings.append(f"报头中没有日期，日期按报尾的“{issued[1]}”记为 {m.date.year}年{m.date.month}月{m.date.day}日，请核对。")
    _check(m, name)
    return m, index


def _place_numbered_in_hao(m: Masthead, text: str, stated_total: int | None) -> tuple[Role | None, Masthead]:
    """Put one line into the masthead, a number written with 号 read as written with 期
    (第3号, 2024年第3期（总第152号）, 某某简报（第3号）) with a word to the clerk, since the
    masthead prints the 期 form; a line whose 号 is no issue's number is placed as written.
    Returns the role and the masthead (a new one where the 期 form was read)."""
    if (in_qi := number_in_qi(text)) is not None:
        written, numbers = in_qi
        trial = copy.deepcopy(m)
        role = _place(trial, written, compact(written), stated_total)
        if trial.number is not None and (trial.number, trial.year_number) != (m.number, m.year_number):
            said = "、".join(numbers)
            trial.warnings.append(f"报头的“{said}”按“{said.replace('号', '期')}”记入，"
                                  f"导出时印作“{number_line(trial.number, trial.year_number)}”，请核对。")
            return role, trial
    return _place(m, text, compact(text), stated_total), m


def _place(m: Masthead, text: str, flat: str, stated_total: int | None = None) -> Role | None:
    """Put one line into the masthead; None when it does not belong there (the body starts).
    ``stated_total``: the running number of a 期号 line that does not print it."""
    if (pages := _PAGE_COUNT.search(text.strip())) and (m.date is None or not pages.start()):
        said = f"报头中的“{pages.group(1)}”是原件的版数，导出时按本程序的排版分页，已略去。"
        if not (line := text.strip()[:pages.start()]):
            m.warnings.append(said)
            return Role.UNPLACED
        if (role := _place(m, line, compact(line), stated_total)) is not None:
            m.warnings.append(said)
        return role
    if match := YEAR_ISSUE_NUMBER.match(flat):
        return _issue_number(m, match, stated_total)
    if m.number is None and (turned := TOTAL_FIRST.match(flat)):
        return _total_first(m, turned, text, stated_total)
    if (m.number is None and (signed := _SIGNER.search(text))
            and (match := YEAR_ISSUE_NUMBER.match(compact(text[:signed.start()])))):
        m.signers = split_names(signed.group(1))  # 第52期　　签发人：张三, as 上报 bulletins print it
        return _issue_number(m, match, stated_total)
    if (m.date is None and not m.signers and (signed := _SIGNER.search(text))
            and (placed := _before_signer(m, text[:signed.start()], stated_total)) is not None):
        m.signers = split_names(signed.group(1))  # 某某局　　2024年5月30日　　签发：王五: all on one line
        return placed
    if (m.special_name is None and (marked := NUMBER_AND_SPECIAL.match(flat))
            and (match := YEAR_ISSUE_NUMBER.match(marked.group(1)))):
        m.special_name = marked.group(2)  # 第12期（防汛专刊）: the issue's number, then its 专刊
        m.special_number = to_int(marked.group(3)) if marked.group(3) else None
        return _issue_number(m, match, stated_total)
    if m.number is None and (placed := _after_leading_number(m, text, stated_total)) is not None:
        return placed
    if m.number is None and (numbered := DOCUMENT_NUMBER.match(flat)):
        return _document_number(m, numbered, text)
    if numbered := OTHER_NUMBER.match(flat):
        return _other_number(m, f"第{numbered.group(1)}期", text, stated_total)
    if m.date is None and (match := DATE_LINE.match(flat)):
        m.date = _date(m, match, text)
        return Role.DATE
    if m.date is None and (match := NUMERIC_DATE_LINE.match(flat)):
        m.date = _numeric_date(m, match.groups(), text)
        return Role.DATE
    if not m.dated and (month := _MONTH_LINE.match(text.strip())) and (placed := _month_alone(m, month)) is not None:
        return placed
    line = _DATE_SPACES.sub("", text.strip())  # 2024 年 3 月 5 日, as a printed copy spaces the digits
    numeric = None if m.date is not None else OFFICE_AND_NUMERIC_DATE.match(line)
    # (a mail's header with its date and time, 发送时间：2026年12月2日 9:15, is the mail's: no office and date)
    if m.date is None and not MAIL_HEADER.match(line) and (match := numeric or OFFICE_AND_DATE.match(line)):
        office = _unlabelled(match.group(1))
        number = YEAR_ISSUE_NUMBER.match(compact(office))
        date = _numeric_date(m, match.groups()[1:], text) if numeric else _date(m, match, text, first_group=2)
        if number and m.number is None:  # 第52期　2022年11月21日 on one line
            role = _issue_number(m, number, stated_total)
            m.date = date
            return role
        if m.number is None and (numbered := DOCUMENT_NUMBER.match(compact(office))):
            role = _document_number(m, numbered, office)  # 舞农简〔2026〕12号　　2026年11月19日
            m.date = date
            return role
        if (m.number is None and (trailing := TRAILING_NUMBER.match(office))
                and (number := YEAR_ISSUE_NUMBER.match(compact(trailing.group(2))))):
            _issue_number(m, number, stated_total)  # 某某局　　第52期　　2024年3月5日: all three on one line
            office = trailing.group(1).strip()
        if not m.name and m.number is None and (rest := _name_and_number_before(m, office, stated_total)) is not None:
            office = rest  # 信访工作简报　　第3期　　叶县信访局　　2026年11月30日: all of it on one line
        if not office:  # 印发日期：2024年6月5日, the label alone before the date
            m.date = date
            return Role.DATE
        if m.office and office != m.office:
            m.extras.append(m.office)
        m.office = _without_signer(m, office)
        m.date = date
        return Role.OFFICE
    if m.special_name is None and (match := SPECIAL_NUMBERED.match(text.strip())) and m.name:
        name = (match.group(1) or match.group(3)).strip()
        m.special_name = name
        m.special_number = to_int(match.group(2) or match.group(4))
        return Role.SPECIAL
    if m.special_name is None and (match := SPECIAL_NAMED.match(unspaced_name(text))) and m.name:
        m.special_name = match.group(1).strip()
        return Role.SPECIAL
    # after the 专刊 line, whose own number ends it too: （防汛专刊 第3期）
    if m.name and m.number is None and (rest := _number_at_end(m, TRAILING_NUMBER, text, stated_total)) is not None:
        return _place(m, rest, compact(rest), stated_total)
    if m.date is None and (match := DATE_THEN_OFFICE.match(text.strip())) and _OFFICE_LINE.match(match["office"]):
        # 2024年3月5日　　某某办公室编: the date on the left, the office spaced off to the right
        m.date = _date(m, DATE_LINE.match(compact(match["date"])), text)  # type: ignore[arg-type]  # it matched there
        m.office = match["office"]
        return Role.OFFICE
    if (m.date is None and not m.signers and (signed := _SIGNER.search(text))
            and (mark := text[:signed.start()].strip()) and MASTHEAD_MARK.match(compact(mark))):
        m.marking.append(mark)  # 秘密★1年　　　签发人：张三: the mark on the left, the signer on the right
        m.signers = split_names(signed.group(1))
        return Role.MARKING
    if MASTHEAD_MARK.match(flat) and (not m.dated or not flat.startswith("★")):  # after the date, ★ 工作动态 ★ is a heading
        m.marking.extend(mark_lines(text))
        return Role.MARKING
    if m.dated and not m.office and _OFFICE_LINE.match(text.strip()):
        m.office = text.strip()  # under the date, as a few mastheads print it
        return Role.OFFICE
    if m.name and not m.signers and (signed := _SIGNER.match(text)):
        m.signers = split_names(signed.group(1))  # 签发人：刘振华 on a line of its own, above or below the date
        return Role.SIGNOFF
    if m.dated and (m.name or m.number is not None or not _named(unspaced_name(text.strip()))):
        return None  # every other masthead line comes before the date, but the name under a date printed above it
    if not m.name and m.number is None and _LETTER_LINE.search(text.strip()):
        m.extras.append(text.strip())  # a mail's headers or greeting above the bulletin pasted into it
        return Role.UNPLACED
    # (a line after the number with no name before it is the office: the name is a picture;
    # but a bulletin's whole name there, 第8期 / 卫生健康工作简报, is the name under its number)
    if not m.name and (m.number is None or (not m.office and m.date is None and _named(unspaced_name(text.strip()))
                                            and not _OFFICE_LINE.match(text.strip()))):
        return _name(m, text, stated_total)
    if (m.name and not m.office and m.number is None and m.special_name is None
            and (special := SPECIAL_NAMED.match(m.name)) and _named(line := unspaced_name(text.strip()))
            and not SPECIAL_NAMED.match(line) and not _OFFICE_LINE.match(text.strip())):
        m.special_name, m.name = special.group(1).strip(), ""  # 防汛特刊 over 汛情简报: the 专刊 printed above the name
        return _name(m, text, stated_total)
    if (not m.office or m.office_over_name) and m.number is None and _name_goes_on(m.name, unspaced_name(text)):
        m.name += unspaced_name(text)  # 测试县 / 安全生产简报: a name set on two lines in two sizes (under the office too)
        return Role.NAME
    if (not m.name and m.number is not None and m.office and not m.office_over_name and m.date is None
            and _name_goes_on(m.office, line := unspaced_name(text.strip())) and _named(m.office + line)):
        m.name, m.office = m.office + line, ""  # 第5期 / 阿拉善盟 / 林草工作简报: the name on two lines under the number
        return Role.NAME
    if not m.office and m.number is None and _OFFICE_LINE.match(m.name) and not _OFFICE_LINE.match(text.strip()):
        m.office, m.name = m.name, ""  # 某某县应急管理局 over 工作动态: the unit printed above the name
        m.office_over_name = True
        return _name(m, text, stated_total)
    if not m.office:
        m.office = _without_signer(m, _unlabelled(text))
        return Role.OFFICE
    if _OFFICE_LINE.match(m.office) and _OFFICE_LINE.match(text.strip()) and not m.office_over_name:
        m.office += JOINT_OFFICES + text.strip()  # 某县委农办 / 某县农业农村局: issued by both, a line each
        return Role.OFFICE
    if m.name and len(text.strip()) <= _EXTRA_LINE_MAX:
        m.extras.append(text.strip())  # 联系电话：…, 某某室编 between the office and the date: kept, not a reason to refuse
        return Role.UNPLACED
    return None


_NAME_PART_MAX = 16


# the middle line of a name set on three (某某县 / 应急管理 / 工作简报): a few characters naming a
# field of work, not a unit
_NAME_MIDDLE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_UNIT_AT_END = re.compile(rf"(?:{UNIT_SUFFIXES}|会)$")


def _name_goes_on(name: str, line: str) -> bool:
    """The name's first part, a place or a field of work (测试县, 人力资源和社会保障), over its
    second, which ends as bulletins' names do (安全生产简报, 工作简报), or over a middle part
    before that one (某某县 / 应急管理 / 工作简报): no office's name, and no name finished already.
    The word alone (简报) ends a first part of any length: a meeting's name (某某县第十八届人民
    代表大会第三次会议 / 简　报)."""
    if name.endswith(NAME_ENDINGS) or _OFFICE_LINE.match(name) or _PUNCTUATION.search(name + line):
        return False
    if line in NAME_ENDINGS:
        return len(name + line) <= NAME_MAX
    if len(name) > _NAME_PART_MAX or len(line) > 20:
        return False
    return line.endswith(NAME_ENDINGS) or bool(_NAME_MIDDLE.match(line) and not _UNIT_AT_END.search(line))


def _unlabelled(office: str) -> str:
    """The office without the labels printed with it and the date after it (编印单位：某某局
    印发日期：)."""
    return DATE_LABEL.sub("", OFFICE_LABEL.sub("", office.strip())).strip()


def _after_leading_number(m: Masthead, text: str, stated_total: int | None) -> Role | None:
    """第12期　　某某局　　2024年6月5日, 第12期　　2024年6月5日　　某某局: the number, then
    the rest of the line placed as a line of its own would be; None, the masthead as it was,
    when the rest is no masthead line."""
    if not (lead := LEADING_NUMBER.match(text.strip())) or not (number := YEAR_ISSUE_NUMBER.match(compact(lead.group(1)))):
        return None
    before = copy.deepcopy(m)
    _issue_number(m, number, stated_total)
    rest = lead.group(2)
    role = _place(m, rest, compact(rest), stated_total)
    office_alone = role is Role.OFFICE and before.date is m.date and not _OFFICE_LINE.match(rest)
    if role is None or role in (Role.NAME, Role.UNPLACED) or office_alone:
        m.__dict__.update(before.__dict__)
        return None
    return role


def _before_signer(m: Masthead, line: str, stated_total: int | None) -> Role | None:
    """The office and the date before a 签发 at the line's end, placed as a line of their own
    would be; None, the masthead as it was, when the line holds no date before it."""
    before = copy.deepcopy(m)
    role = _place(m, line, compact(line), stated_total) if line.strip() else None
    if role is None or m.date is None:
        m.__dict__.update(before.__dict__)
        return None
    return role


def _name_number_rest(line: str) -> tuple[str, re.Match, str] | None:
    """信访工作简报　　第3期　　叶县信访局: the name, its number and what follows them on the
    line, when its start is a name and a number; else None."""
    split = NAME_NUMBER_AND_REST.match(line.strip())
    if not split or not unspaced_name(split.group(1)).endswith(NAME_ENDINGS):
        return None
    number = YEAR_ISSUE_NUMBER.match(compact(split.group(2)))
    return (split.group(1), number, split.group(3).strip()) if number else None


def _name_and_number_before(m: Masthead, line: str, stated_total: int | None) -> str | None:
    """The line's start read into the name and number when it is one (信访工作简报　　第3期　　…);
    what follows them, or None, the masthead as it was."""
    if (parts := _name_number_rest(line)) is None:
        return None
    _name(m, parts[0], stated_total)
    _issue_number(m, parts[1], stated_total)
    return parts[2]


def _name(m: Masthead, text: str, stated_total: int | None) -> Role:
    """The bulletin's name, and its number when printed with it (安全生产工作简报（第7期））."""
    if (parts := _name_number_rest(text)) is not None and _OFFICE_LINE.match(parts[2]):
        _name_and_number_before(m, text, stated_total)
        m.office = parts[2]  # 信访工作简报　　第3期　　叶县信访局, the date on the next line
        return Role.NAME
    text = _number_at_end(m, NAME_AND_NUMBER, text, stated_total) or text
    if ((beside := URGENCY_BESIDE_NAME.match(text.strip()))
            and _named(unspaced_name(name := beside.group(2) or beside.group(3)))):
        m.marking.append(beside.group(1) or beside.group(4))  # 特急漯河安全生产简报: the urgency is a mark
        text = name
    m.name = unspaced_name(text)
    if m.name != text.strip():  # the masthead prints the name spaced by its own layout
        m.warnings.append(f"简报名称“{text.strip()}”中排版用的字间空格已去掉，记为“{m.name}”。")
    return Role.NAME


def mark_lines(text: str) -> list[str]:
    """A line of marks as the masthead keeps it, a line each: the copy number apart from the
    marks printed after it (000123秘密★1年 → 000123, 秘密★1年)."""
    text = text.strip()
    numbered = COPY_NUMBER_FIRST.match(text)
    return [numbered.group(1), text[numbered.end():]] if numbered else [text]


def _named(name: str) -> bool:
    """A bulletin's whole name (漯河安全生产简报), not one of the words names end with (信息)."""
    return name.endswith(NAME_ENDINGS) and name not in NAME_ENDINGS


def _number_at_end(m: Masthead, pattern: re.Pattern, text: str, stated_total: int | None) -> str | None:
    """What comes before the issue number ``pattern`` finds at the end of the line, the
    number read into the masthead; None when the line ends in no number."""
    if (split := pattern.match(text.strip())) and (number := YEAR_ISSUE_NUMBER.match(compact(split.group(2)))):
        _issue_number(m, number, stated_total)
        return split.group(1)
    return None


def _without_signer(m: Masthead, office: str) -> str:
    """The office line without the 签发人 some mastheads print at its end (上报 bulletins):
    the names go to the masthead's signers."""
    if match := _SIGNER.search(office):
        m.signers = split_names(match.group(1))
        return office[:match.start()].strip()
    return office


def _issue_number(m: Masthead, match: re.Match, stated_total: int | None = None) -> Role:
    """第52期 or 总第52期, or the number within the year in its forms: 2026年第6期（总第60期）,
    第6期（总第60期）, 2026年第6期 (its running number unprinted: taken to be the year's
    number unless the text format states it); see patterns.YEAR_ISSUE_NUMBER."""
    year = to_int(match.group(1)) if match.group(1) else None
    year_number = to_int(match.group(2)) if match.group(2) else None
    total_text = match.group(3) or match.group(4)
    total = to_int(total_text) if total_text else None
    number = total if total is not None else year_number
    if m.number is None:
        if total is not None:
            m.number = total
            # 2026年第6期（总第60期）; 总第60期 alone: the running number, printed with its 总
            m.year_number = YearNumber(year_number, year) if year_number is not None else YearNumber(None)
        elif year is not None:
            m.number = stated_total if stated_total is not None else year_number
            m.year_number = YearNumber(year_number, year, total=False)
        else:
            m.number = number
        return Role.NUMBER
    if (m.year_number is not None and not m.year_number.total and stated_total is None
            and match.group(4) and not match.group(2)):
        m.number = total  # 2024年第12期, its running number on the next line: （总第345期）
        m.year_number = YearNumber(m.year_number.number, m.year_number.year)
        return Role.NUMBER
    if m.year_number is None and stated_total is None and match.group(4) and not (match.group(1) or match.group(2)):
        m.year_number = YearNumber(m.number, None)  # 第52期, and 总第1234期 on the next line
        m.number = total
        return Role.NUMBER
    if m.special_name is not None and m.special_number is None:
        m.special_number = number  # 专刊 on one line, its own 第N期 on the next
        return Role.SPECIAL
    m.extras.append(match.group(0))
    return Role.UNPLACED


def _total_first(m: Masthead, turned: re.Match, text: str, stated_total: int | None) -> Role | None:
    """总第60期（2026年第6期）: read as 2026年第6期（总第60期）, which the masthead then prints;
    the clerk is told, since the line printed differs. None when the two are no number."""
    match = YEAR_ISSUE_NUMBER.match(f"{turned.group(2)}（总第{turned.group(1)}期）")
    if match is None:
        return None
    role = _issue_number(m, match, stated_total)
    if m.number is not None:
        m.warnings.append(f"报头的“{text.strip()}”先写总期号，导出时按常见写法印作“{number_line(m.number, m.year_number)}”，请核对。")
    return role


def _document_number(m: Masthead, match: re.Match, text: str) -> Role:
    """舞农简〔2026〕12号: the 12th issue of 2026, kept as the number within the year
    (printed 2026年第12期, as 〔2026〕第12期 is); the clerk is told, since the line printed
    differs."""
    year, number = to_int(match.group(2)), to_int(match.group(3))
    m.number = number
    m.year_number = YearNumber(number, year, total=False)
    m.warnings.append(f"报头的“{text.strip()}”按年度期号记为{year}年第{number}期，导出时印作“{year}年第{number}期”，请核对。")
    return Role.NUMBER


def _other_number(m: Masthead, written: str, text: str, stated_total: int | None) -> Role:
    """No.3: read as 第3期 is (``written``), which the masthead then prints (the model has no
    other form for a number). The clerk is told, since the line printed differs."""
    role = _issue_number(m, YEAR_ISSUE_NUMBER.match(written), stated_total)  # type: ignore[arg-type]  # (written to match)
    if role is Role.NUMBER and m.number is not None:
        printed = number_line(m.number, m.year_number)
        m.warnings.append(f"报头的“{text.strip()}”按“{written}”记入，导出时印作“{printed}”，请核对。")
    return role


def _numeric_date(m: Masthead, groups, text: str) -> dt.date:
    """2022.11.21: year, month and day as written, which must name a day (the hour after
    them, 2026-12-03 16:00, not kept: the review says so, as of a date written with 年)."""
    if len(groups) > 3 and groups[3]:
        _hour_not_kept(m, groups[3])
    try:
        return dt.date(*(int(g) for g in groups[:3]))
    except ValueError:
        raise BulletinFormatError(f"报头中的日期不存在：{text.strip()}。") from None


def _hour_not_kept(m: Masthead, hour: str) -> None:
    """The review's word on the hour a masthead dates its issue to (16时, 16:00): an issue is
    dated by the day."""
    m.warnings.append(f"报头日期后的时刻“{hour}”未保存（每期只记日期），请核对。")


def _date(m: Masthead, match: re.Match, text: str, first_group: int = 1) -> dt.date:
    groups = match.groups()[first_group - 1:]
    year, month, day = (to_int(g) for g in groups[:3])
    if hour := next((match[name] for name in ("hour", "late_hour") if name in match.re.groupindex and match[name]), None):
        _hour_not_kept(m, hour)
    end = groups[3:6]
    try:
        start = dt.date(year, month, day)  # type: ignore[arg-type]
        if any(end):
            end_year = to_int(end[0]) if end[0] else year
            end_month = to_int(end[1]) if end[1] else month
            date = dt.date(end_year, end_month, to_int(end[2]))  # type: ignore[arg-type]
            m.warnings.append(f"报头日期是一个时段（{match.group(0)[match.start(first_group) - match.start():].strip()}），"
                              f"按结束日 {date.year}年{date.month}月{date.day}日 保存。")
            if date < start:
                raise ValueError
            return date
        return start
    except (TypeError, ValueError):
        raise BulletinFormatError(f"报头中的日期不存在：{text.strip()}。") from None


# 二〇二六年十一月, 2026年11月份: a year and a month, no day; groups: the year, the month
_MONTH = rf"(\d{{4}}|{CN_NUMERAL}{{4}})\s*年\s*(\d{{1,2}}|{CN_NUMERAL}{{1,3}})\s*月(?:份)?"
_MONTH_ONLY = re.compile(_MONTH + "$")
# 二〇二六年十一月, 某某办公室　　2026年11月: a monthly's masthead dated by the month alone, on a line
# of its own or after the office; groups: the office, the month as written, the year, the month
_MONTH_LINE = re.compile(rf"^(?:(.*?\S)[ \u3000\t]+)?({_MONTH})$")


def _month_alone(m: Masthead, match: re.Match) -> Role | None:
    """The masthead's date line that prints the month alone (and the office before it), the
    day to come from the closing block (_day_in_month); None when the line is no such date
    (a month that is none, words before it that name no office)."""
    office, written, year, month = match.group(1), match.group(2), to_int(match.group(3)), to_int(match.group(4))
    if office is not None and (m.office or not _OFFICE_LINE.match(_unlabelled(office))):
        return None
    if not year or not month or not 1 <= month <= 12:
        return None
    m.month_line = written
    if office is None:
        return Role.DATE
    m.office = _without_signer(m, _unlabelled(office))
    return Role.OFFICE


def _day_in_month(m: Masthead, issued: tuple[dt.date, str] | None) -> dt.date | None:
    """The day of an issue whose masthead prints the month alone: the closing block's 印发
    date, in that month or the next (a monthly issued early in the month after), said to the
    clerk; None when there is no such date (the issue is refused, _check)."""
    month = _MONTH_ONLY.match(m.month_line)
    assert month is not None  # (it was read so)
    year, number = to_int(month.group(1)) or 0, to_int(month.group(2)) or 0
    if issued is None or (issued[0].year - year) * 12 + issued[0].month - number not in (0, 1):
        return None
    day = issued[0]
    m.warnings.append(f"报头只写了年月（“{m.month_line}”），日期按报尾的“{issued[1]}”记为 {day.year}年{day.month}月{day.day}日，"
                      "导出时报头印出这一日期，请核对。")
    return day




def _check(m: Masthead, name: str = "") -> None:
    if not m.name and name and m.number is not None:
        m.name = name
        m.warnings.append(f"报头中没有简报名称的文字（报头可能是图片），名称记为“{name}”，请核对。")
    if not m.name:
        raise UnnamedMastheadError("找不到简报名称（报头第一行，例如“漯河安全生产简报”）。报头是图片时，"
                                   "可在文件名中写上简报名称，或在导入时指定刊物名称。")
    if len(m.name) > NAME_MAX:
        raise BulletinFormatError(f"报头第一行太长，不像简报名称：“{m.name[:20]}…”。")
    if m.number is None and m.special_name is not None and m.special_number is None:  # 增刊: printed with no number
        raise BulletinFormatError(f"找不到期号：这期“{m.special_name}”的报头没有期号，档案库按期号存放各期，"
                                  "请在报头加一行期号（如“第12期”）再导入。")
    if m.number is None and m.special_number is not None and not m.extras:
        # （防汛专刊　第3期） under the name and no 第N期 of the bulletin's own: the archive keeps
        # issues by their number, and the special's is the only one printed (a line left
        # unread in the masthead may be the bulletin's own number, miswritten: refused then)
        m.number = m.special_number
        m.warnings.append(f"报头只有专刊的期号（{m.special_name}第{m.special_number}期），没有本刊的期号，"
                          f"期号记为第{m.number}期，导出时报头另印一行“第{m.number}期”，请核对。")
    if m.number is None:
        for line in (m.name, m.office, *m.extras):
            if found := NUMBER_AMONG_WORDS.search(line):
                raise BulletinFormatError(f"找不到期号：报头“{line.strip()}”中的“{found.group(0)}”与其他文字在同一行，"
                                          "读不出来。请把期号单独写成一行（如“第3期”）再导入。")
        raise BulletinFormatError("找不到期号（报头中应有“第N期”一行）。")
    if m.date is None:
        if month := m.month_line or next((found.group(0) for line in (*m.extras, m.office)
                                          if (found := _MONTH_ONLY.search(line))), None):
            # a monthly's masthead may print the month alone; the archive dates every issue by its day
            raise BulletinFormatError(f"报头的日期只写了年月（“{month}”），没有写哪一日。请在报头写明日期"
                                      "（如“2022年11月21日”）再导入。")
        raise BulletinFormatError("找不到日期（报头中应有“2022年11月21日”这样的一行）。")


_NEXT_NUMBER_WITHIN = 3  # the next issue's number is printed right under its name


def next_masthead(paras: list[Paragraph], start: int, m: Masthead) -> str | None:
    """Another issue's masthead after ``start`` (several issues pasted into one file one
    after another): the bulletin's name again on a line of its own with another issue's
    number right under it; that number's line, or None."""
    if not m.name:
        return None
    own = {m.number, m.year_number.number if m.year_number else None}  # (a masthead printed twice is one issue's)
    for index in range(start, len(paras)):
        para = paras[index]
        if para.exact or unspaced_name(para.text) != m.name:
            continue
        for following in paras[index + 1:index + 1 + _NEXT_NUMBER_WITHIN]:
            text = following.text.strip()
            lead = LEADING_NUMBER.match(text)
            number = YEAR_ISSUE_NUMBER.match(compact(lead.group(1) if lead else text))
            if not following.exact and number and to_int(number.group(3) or number.group(4) or number.group(2)) not in own:
                return text
    return None

