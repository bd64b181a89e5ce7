"""Which registered unit a submission comes from: its file name, then the unit it is signed
with, then its first lines."""
from __future__ import annotations

import re
from typing import Iterable

from ..model import PLACE_LEVELS, SENDER_LABEL, UNIT_SUFFIXES, attribution, is_byline, signed_unit, unit_name_at_start
from ..lazy_pattern import LazyPattern
from ..richtext import from_plain
from .short_names import short_forms_in

# Besides its signature, only the opening of a submission names its unit (标题 or 报送单位);
# later mentions are of other units (检查了某某区…).
_FIRST_CHARS = 200
# A sender named outright: 报送单位：西平县应急管理局, 供稿：…, 来源：… (up to the next space or
# punctuation: 联系人 and 电话 often follow on the same line).
# a sender's name on a line of its own (人和乡人民政府, 县应急管理局)
# or a place's office written with the initials of its name's pinyin (临颍县AJJ for 安监局, 郾城区YJJ
# for 应急局, 县FGW for 发改委), as a file's or a mail account's name has it, maybe with 报送 after
# it: the last initial an office's last character's (局 J, 委 W, 办 B, 队 D, 所 S, 院 Y, 站 Z,
# 中心 X), so that 城区GDP is none
SENDER_ALONE = re.compile(rf"^[^，。；：、！？,.;:!?\s]{{2,18}}(?:{UNIT_SUFFIXES}|政府)$"
                          r"|^(?![全本各该我])[^，。；：、！？,.;:!?\sA-Za-z]{0,12}?(?:县|区|市|镇|乡|街道)[A-Z]{1,5}[JWBDSYZX]"
                          r"(?:报送|供稿)?$")
# A sender passing on another unit's news (代报): the unit whose news it is, the author, is
# its sender, not who passed it on. （北舞渡镇人民政府供稿　舞阳县应急管理局代报）, 舞阳县应急管理局代
# 孟寨镇报送, 报送单位：舞阳县应急管理局（代孟寨镇报送）
_FOR_ANOTHER = re.compile(r"(?:^|[（(\s：:])(?:([^\s（）()，。；：、,;:]{2,24}?)(?:供稿|提供|撰稿)[\s　]*)?"
                          r"[^\s（）()，。；：、,;:]{0,24}?[（(]?代([^\s（）()，。；：、,;:]{2,16}?)?(?:报送|上报|报)[）)]?\s*$")
_SENDER_NAMED = re.compile(SENDER_LABEL + r"\s*[：:]\s*([^\s，。；、,;（）()]{2,30})"
                           # its level or place after it in brackets, as a form's column has it: 应急局（县）
                           r"(?:[（(]([^\s，。；、,;（）()]{0,8}(?:县|区|市|镇|乡|街道))[）)])?")


def sent_for(line: str) -> str:
    """The unit a line says the news is passed on for (代报): the author named before 供稿, or
    the unit after 代; "" for a line that says no such thing."""
    found = _FOR_ANOTHER.search(line.strip().rstrip("）)"))
    if found is None or not (author := found.group(1) or found.group(2) or ""):
        return ""
    return author if unit_name_at_start(author) else ""


_PASSED_ON_CHARS = 60  # a signature's line, not a paragraph's


def is_passed_on(line: str) -> bool:
    """A line saying who passed the news on for whom (（甲镇供稿　乙县应急局代报）): about the
    sender, no news."""
    line = line.strip()
    return len(line) <= _PASSED_ON_CHARS and bool(sent_for(line)) and not re.search(r"[。！？；]", line)



def passed_on_for(text: str) -> str:
    """The unit a text says it is passed on for (代报), on a line of its own; else ""."""
    return next((found for line in text.splitlines() if is_passed_on(line) and (found := sent_for(line))), "")


def detect_unit(names: Iterable[tuple[str, int]], file_name: str = "", text: str = "",
                opening: bool = True) -> int | None:
    """The id of the unit whose name (or alias) appears first in the file name, else in the
    text's signature (a 报送单位： line, ……。（西平县应急管理局） at the end), else earliest in
    the first lines of the text (not with ``opening`` False: a text signed by a unit not yet
    registered names other units there, 按照市应急管理局部署…); the longest name wins at the
    same place. ``names`` as ``units.registry.unit_names`` gives them."""
    # each name also as written short (临颍县应急局 for a registered 临颍县应急管理局, and the
    # other way round: the text's endings are read short too)
    names = [(short_forms_in(name), unit_id) for name, unit_id in names]
    for haystack in (file_name, _signature(text), text[:_FIRST_CHARS] if opening else ""):
        haystack = short_forms_in(haystack)
        best: tuple[int, int, int] | None = None
        for name, unit_id in names:
            at = haystack.find(name)
            while at > 0 and name[0] in PLACE_LEVELS and _in_another_place(haystack, at):
                at = haystack.find(name, at + 1)  # (辉县市应急局 is no 市应急局: 辉县市's, registered or not)
            if at >= 0:
                key = (at, -len(name), unit_id)
                if best is None or key < best:
                    best = key
        if best is not None:
            return best[2]
    return None


_WORD_CHAR = re.compile(r"[^\s，。；：、！？,.;:!?（）()【】\[\]“”\"《》<>]")


def _in_another_place(haystack: str, at: int) -> bool:
    """Whether the level's department found at ``at`` (市应急局, 县住建局) is a named place's
    own (辉县市应急局, 长葛市应急局, 新乡县住建局): the word it is in opens with that place."""
    start = at
    while start > 0 and _WORD_CHAR.match(haystack[start - 1]):
        start -= 1
    place = unit_name_at_start(haystack[start:])
    return len(place) >= 2 and start + len(place) in (at, at + 1)


# how a department's name ends, as against a place's (县, 市, 镇 …)
_DEPARTMENT_END = r"(?:局|委员会|委|办公室|办|中心|公司|集团|站|大队|支队|队|所|院|厅|部|学校|馆)"
_PLACE_END = re.compile(r"(?:县|区|市|镇|乡|街道)$")


def unit_named_at_start(text: str) -> str:
    """The unit's name ``text`` opens with, as model.unit_name_at_start reads it (长葛市应急
    管理局组织… → 长葛市), except that a level's department is not cut at a character that
    ends places: 县市场监督管理局 (not 县市), 市住房和城乡建设局 (not 市住房和城乡)."""
    name = unit_name_at_start(text)
    if name and name[0] in PLACE_LEVELS and _PLACE_END.search(name):
        longer = re.match(rf"{re.escape(name)}[^，。；：、！？,.;:!?\s（）()“”]{{0,14}}?{_DEPARTMENT_END}", text)
        return longer.group() if longer else name
    return name


def stated_sender(text: str) -> str:
    """The sender a text names outright (报送单位：临颍县应急管理局, or signed at its end
    ……。（临颍县应急管理局）), when it reads as a unit's name; else "". For a unit the registry
    does not know yet."""
    for named in _signature(text).splitlines():
        named = named.strip()
        if unit_name_at_start(named):
            return _SENDER_WORDS.sub("", re.split(r"\s", named)[0])
    return ""


def joint_senders(text: str) -> list[str]:
    """The units a text names as sending it together, in its order: on a sender's line
    (报送单位：A、B, 联合报送：A　B, 供稿单位：A/B, A和B) or in its closing signature
    （A、B）, （A　B）; [] when it names one sender or none."""
    from .joined import listed_names

    for line in text.splitlines():
        if found := _JOINT_LINE.match(line.strip()):
            listed = _SENT_TOGETHER.sub("", _AFTER_SENDERS.split(found.group(1), maxsplit=1)[0].strip())
            if names := listed_names(listed):
                return names
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    signed = signed_unit(from_plain(lines[-1])) if lines else ""
    if "、" in signed:
        return listed_names(signed)
    return _signed_on_lines(lines)


def _signed_on_lines(lines: list[str]) -> list[str]:
    """The units a text is signed with one to a line at its end, as a letter two offices send
    together is signed (宝丰县应急管理局 / 郏县应急管理局 / 2026年11月20日, or （A） / （B）), or
    spaced apart on one line above the date; [] unless two or more different units sign it."""
    from ..recognise.patterns import DATE_LINE, NUMERIC_DATE_LINE, OFFICE_AND_DATE
    from .joined import listed_names

    if lines and (DATE_LINE.match(lines[-1]) or NUMERIC_DATE_LINE.match(lines[-1])):
        lines = lines[:-1]
    elif lines and (dated := OFFICE_AND_DATE.match(lines[-1])):
        lines = [*lines[:-1], dated.group(1).strip()]
    names: list[str] = []
    above = 0  # the line above the signatures
    # the title (or the news itself) stays above the signatures: a text of names alone is signed by none
    for above in range(len(lines) - 1, 0, -1):
        line = lines[above]
        signed = signed_unit(from_plain(line)) if line[:1] in "（(—－" else ""
        if not signed and SENDER_ALONE.match(line):
            signed = line
        found = listed_names(signed or line) if "、" in signed or not signed else [signed]
        if not found:
            break
        names[:0] = found
    names = list(dict.fromkeys(names))
    # names listed under a colon at the end (参加检查的单位：/ 县住建局 / 县消防大队) are the news, no
    # signature, unless the colon's line says they sent it (联合报送单位：/ A / B)
    listed = lines[above].endswith(("：", ":")) and not _SENDERS_BELOW.match(lines[above])
    # the first sender after the label, the others under it (报送单位：A / B)
    if names and (labelled := _FIRST_SENDER.match(lines[above])) and SENDER_ALONE.match(labelled.group(1)):
        names = list(dict.fromkeys([labelled.group(1), *names]))
    if len(names) < 2 or listed or len(names) > _MOST_SIGNERS:
        return []
    return names


_MOST_SIGNERS = 4  # more units one to a line at the end is a list of them, not a joint signature
# (compiled on first use: the preview loads this module at start-up)
_SENDERS_BELOW = LazyPattern(r"^(?:联合报送(?:单位)?|(?:报送|供稿|投稿)单位|供稿|作者单位)\s*[：:]$")
_FIRST_SENDER = LazyPattern(r"^(?:联合报送(?:单位)?|(?:报送|供稿|投稿)单位|供稿|作者单位)\s*[：:]\s*(\S+)$")


# a line naming the senders, and where its list ends: who to call, who wrote it. Not 报送：
# alone, which also heads the list a unit's own bulletin is sent to (报送：县委办、县政府办)
_JOINT_LINE = re.compile(r"^(?:联合报送(?:单位)?|(?:报送|供稿|投稿)单位|供稿|(?:信息|稿件)?来源|作者单位)\s*[：:]\s*(.+)$")
_SENT_TOGETHER = re.compile(r"(?:联合|共同)?(?:报送|供稿|提供)$")  # (A与B联合报送)
_AFTER_SENDERS = re.compile(r"\s*(?:联系人|联系电话|电话|手机|审核人?|撰稿人?|签发人?|执笔|(?:报送|上报)(?:时间|日期))")


_MAIL_FROM = re.compile(r"^\s*(?:发件人|From)\s*[：:]\s*[\"“]?([^<>\"”\s]{2,30})", re.MULTILINE | re.IGNORECASE)


# what a signature says of its sender after the name (（重兴镇党政办供稿）): no part of the name
_SENDER_WORDS = re.compile(r"(?:供稿|提供|报送|撰稿)$")


def _signature(text: str) -> str:
    """The senders the text names outright, then the one it is signed with: in brackets or
    after a dash at the end of its last line, or as a letter is signed, the sender's name on
    a line of its own above the date (临颍县应急管理局 / 2025年11月21日) or before it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # news passed on for another unit (代报) is that unit's alone: who passed it on is no sender
    if author := passed_on_for(text):
        return author
    distributed = bool(_DISTRIBUTION.search(text))
    senders = [(m.group(2) or "") + m.group(1) for m in _SENDER_NAMED.finditer(text)
               if not (distributed and _SENT_TO.match(m.group()))]
    # a mail sent from the office's own account (发件人：临颍县应急管理局 <…>)
    senders += [name for m in _MAIL_FROM.finditer(text) if SENDER_ALONE.match(name := m.group(1))]
    # the office's name alone on the last line, as a mail or a letter is signed without a date
    signed_off = lines[-1] if len(lines) > 2 and SENDER_ALONE.match(lines[-1]) else ""
    return "\n".join([*senders, attribution(lines[-1]) if lines else "", _signed_above_date(lines), _with_contact(lines),
                      signed_off, _named_first(lines)])


# A unit's own bulletin closes with whom it goes to (报送：县应急管理局、县委办 / 发送：各村委会):
# there a bare 报送： names the recipients, not the sender
_DISTRIBUTION = re.compile(r"^\s*(?:发送|抄送|分送|印送|主送)\s*[：:]", re.MULTILINE)
_SENT_TO = re.compile(r"^报送\s*[：:]")


# a signature giving whom to call: 舞阳县应急管理局 联系人：周鹏 0395-7212345
_CONTACT = re.compile(r"联系人|电话|手机|联系方式")
_SIGNATURE_LINES = 2


def _with_contact(lines: list[str]) -> str:
    """The sender's name opening one of the last lines that gives whom to call, when it says
    its place: 县应急局 李明 电话：… names none, and the mail's other lines say which county's."""
    for line in lines[-_SIGNATURE_LINES:]:
        first = re.split(r"\s", line, maxsplit=1)[0]
        if (len(first) < len(line) and _CONTACT.search(line[len(first):]) and SENDER_ALONE.match(first)
                and first[0] not in PLACE_LEVELS):
            return first
    return ""


def _named_first(lines: list[str]) -> str:
    """The sender's name on the first line, alone or with the date, over the title
    (人和乡人民政府　2025年3月5日 / 人和乡开展……), or alone on the line under the title, as an
    article is signed (关于……的信息 / 王集乡人民政府 / 5月19日，……)."""
    from ..recognise.patterns import OFFICE_AND_DATE

    if len(lines) < 2:
        return ""
    first = found.group(1).strip() if (found := OFFICE_AND_DATE.match(lines[0])) else lines[0]
    if SENDER_ALONE.match(first):
        return first
    if len(lines) > 2 and SENDER_ALONE.match(lines[1]):
        return lines[1]
    # a unit's own masthead (舞阳县应急管理信息 / 第23期 / 舞阳县应急管理局　2026年11月28日):
    # the issuing office with its date on a line of the first few
    return next((office for line in lines[1:_MASTHEAD_LINES] if (found := OFFICE_AND_DATE.match(line))
                 and SENDER_ALONE.match(office := found.group(1).strip())), "")


_MASTHEAD_LINES = 4


def _signed_above_date(lines: list[str]) -> str:
    from ..recognise.patterns import DATE_LINE, NUMERIC_DATE_LINE, OFFICE_AND_DATE

    if len(lines) < 2:
        return ""
    last = lines[-1]
    if DATE_LINE.match(last) or NUMERIC_DATE_LINE.match(last):
        named = lines[-2]
    elif found := OFFICE_AND_DATE.match(last):
        named = found.group(1).strip()
    else:
        return ""
    return named if is_byline(named) else ""
