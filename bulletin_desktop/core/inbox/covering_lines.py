"""Lines that come with a submission as mails and chats carry it, none of them news: the
chat's line naming who posted and when, a greeting to the clerk, the list of attachments,
a signature with a telephone number."""
from __future__ import annotations

import datetime as dt
import re

# A chat app copies each message under who posted it and when (上蔡县应急局王芳 2026-01-15
# 09:12, 张三 1月15日 9:12, [2026/1/15 09:12:33] 李明): a time of day ends the line.
_DAY = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日|昨天|前天|今天|星期[一二三四五六日天])"
_CHAT_HEADER = re.compile(rf"^[\[【]?[^，。；！？,;!?]{{0,24}}?(?:\s*{_DAY}\s*|\s+)(?:上午|下午|晚上)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\]】]?"
                          r"(?:\s*[^，。；！？,;!?\s]{1,12}(?:\s[^，。；！？,;!?\s]{1,6})?[：:]?)?$")
# The words to the clerk before the news (各位领导好，报送一条信息 / 您好！附件是我局本周信息，请查收。)
# and an addressee before it (李科长您好！, 王主任：您好)
_GREETING = re.compile(r"^(?:[^\s，。；！？,;!?]{0,5}(?:科长|主任|局长|处长|股长|老师|同志|书记|秘书)[，,：:\s]?)?(?:各位|各位领导|领导|老师|您|你|大家)好[，,！!：:。\s]?(?:.{0,40}"
                       r"(?:报送|上报|附件|查收|审阅|审核|请阅|请收|信息|稿件|如下|发送|指正)[^。！!]{0,10}[。！!]?)?$")
# A line to the clerk handing the news over, asking them to look at it (报送我县一条信息，请审阅。
# 发一篇稿件，请查收): short, and ending in the request
_HANDING_OVER = re.compile(r"^.{0,30}(?:报送|上报|呈报|发送|发来|发一|报一|投稿|转发|转报|转来).{0,20}[，,。\s]\s*请(?:审阅|查收|审核|审定|阅示|收阅|"
                           r"批评指正|指正|斧正|采用|编用)[。！!]?$")
# What one who passes a mail on writes above it, to whom and for what (请市应急局阅处。转市委办。
# 烦请审核): short, a request to look at it or a word of where it goes, no news
_PASSING_NOTE = re.compile(r"^(?:请|烦请|呈|送)[^，。；！？,;!?]{0,10}(?:阅处|阅示|阅知|阅研|参阅|审阅|审核|审定|处理|办理|研处|"
                           r"酌处|酌用|编用|采用)[。！!]?$"
                           r"|^转(?:给|至|送|呈|报)?[^，。；！？,;!?\d\s]{1,8}(?:办|局|委|科|室|处|股|中心|领导|主任|科长|同志)"
                           r"(?:阅处|阅示|处理|办理|审阅)?[。！!]?$")
# 附件：1.某某.docx, 附件2：现场照片, or a further numbered file under it (2.现场照片.jpg)
# (附图：, 现场照片： list the photos sent with it, numbered and captioned under the label)
_ATTACHMENT = re.compile(r"^(?:附件\s*\d*\s*|附\s*)[：:]|^(?:附图|附(?:现场)?(?:照片|图片)|(?:现场)?(?:照片|图片|配图))\s*[：:]$")
# how many photos come with it (（附现场照片2张）, 附图片3幅)
_PHOTOS_SENT = re.compile(r"^[（(]?(?:附|另附|随附|附有|附上)?(?:现场|活动|工作)?(?:照片|图片|相片|配图)\s*(?:[\d一二三四五六七八九十两]+\s*[张幅])?[）)]?[。.]?$"
                          r"|^[（(]?(?:附|另附|随附|附有|附上)(?:现场|活动|工作)?(?:照片|图片|相片|图)\s*[\d一二三四五六七八九十两]*\s*[张幅]?[）)]?[。.]?$")
_FILE_NAME = re.compile(r"^(?:\d{1,2}[.、．]\s*)?[^，。；！？,;!?]{1,60}\.(?:docx?|wps|pdf|jpe?g|png|gif|xlsx?|et|"
                        r"zip|rar|7z|mp4|mov|txt)$", re.IGNORECASE)
# the line a mail program sets above a forwarded or quoted mail (-----原始邮件-----)
_QUOTED_MAIL = re.compile(r"^[-—=_\s]*(?:原始邮件|转发邮件|邮件原文|Original Message|Forwarded message)[-—=_\s]*$",
                          re.IGNORECASE)
# The line a chat or a phone signs a message with (——来自微信 王科长, 发自我的iPhone)
_SENT_FROM = re.compile(r"^[—－\-~～\s]*(?:来自|发自|发送自)\s*(?:我的)?\s*(?:企业微信|微信|钉钉|QQ|手机|iPhone|iPad|Android|安卓|"
                        r"华为|荣耀|小米|OPPO|vivo|邮箱)[^\s，。；：！？,;:!?]{0,12}(?:\s+[^\s，。；：！？,;:!?]{1,12})?$",
                        re.IGNORECASE)
# A signature that gives a number to call: 县应急局 李明 电话：0396-6221234, 联系人李明13800000000
_PHONE = re.compile(r"(?:1[3-9]\d{9}|0\d{2,3}[-－]?\d{7,8})")
_CONTACT_WORD = re.compile(r"联系人|电话|手机|邮箱|E-?mail|QQ|微信号", re.IGNORECASE)
_SIGNATURE_CHARS = 50


# A chat's short answer to a message, no news: 收到, 好的, 收到，谢谢！
_ANSWER = re.compile(r"^(?:收到|已收到|好的|好|已阅|谢谢|感谢|辛苦了?|OK|ok|👌)(?:[，,。！!～~\s]*(?:谢谢|辛苦了?|感谢))?[。！!～~]?$")
# The words a mail program sets before the mail being answered or forwarded (-----原始邮件-----,
# 在 2022-11-20 16:00，"某某" 写道：, On … wrote:): what follows is that mail, not the submission
_QUOTE_START = re.compile(r"^(?:[-—=_\s]*(?:原始邮件|转发邮件|邮件原文|Original Message|Forwarded message)[-—=_\s]*"
                          r"|在.{4,60}写道[：:]|On .{4,80} wrote:)$", re.IGNORECASE)


def is_mail_separator(line: str) -> bool:
    """The line a mail program sets above a mail forwarded or answered whole (-----原始邮件-----)."""
    return bool(_QUOTED_MAIL.match(line.strip()))


def quoted_from(lines: list[str]) -> int:
    """Where the mail a submission answers or forwards begins among ``lines`` (its quote
    header, or a first line quoted with >); len(lines) when none."""
    return next((i for i, line in enumerate(lines) if _QUOTE_START.match(line.strip()) or line.lstrip().startswith(">")),
                len(lines))


# A chat's poster and the name they post under: 召陵区应急局-王磊, 西城区应急局 周涛
_POSTER_SPLIT = re.compile(r"[-－—_·\s]+")


def chat_poster(text: str) -> str:
    """The name before the time or after it on a chat's header (召陵区应急局-王磊
    2022-11-18 08:41 → 召陵区应急局-王磊), without the person's name after a dash or a space."""
    line = text.strip()
    if not is_chat_header(line):
        return ""
    words = _TAG.sub("", _TIME_AND_DAY.sub(" ", line).strip(" []【】：:"))
    return _POSTER_SPLIT.split(words)[0] if words else ""


# a tag the app or the poster sets before the name (【转发】, [转发])
_TAG = re.compile(r"^[【\[]?(?:转发|转载|转|分享|信息|报送|投稿)[】\]]\s*")


_TIME_AND_DAY = re.compile(rf"\s*{_DAY}?\s*(?:上午|下午|晚上)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*")


def is_chat_header(text: str) -> bool:
    """The line a chat app copies above a message: who posted it and when."""
    return bool(_CHAT_HEADER.match(text.strip()))


_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")


def chat_day(text: str, today: dt.date) -> dt.date | None:
    """The day a chat's header says a message was posted when it gives no year (李明 3月9日
    10:02): the last such day up to ``today``, as chat apps leave the year out within it."""
    if not is_chat_header(text) or not (found := _MONTH_DAY.search(text)):
        return None
    for year in (today.year, today.year - 1):
        try:
            day = dt.date(year, int(found.group(1)), int(found.group(2)))
        except ValueError:
            continue
        if day <= today:
            return day
    return None


def is_covering_line(text: str) -> bool:
    """A chat's header, a greeting, an attachment, the app a message was sent from or a
    signature with a telephone number."""
    line = text.strip()
    return bool(is_chat_header(line) or _GREETING.match(line) or _HANDING_OVER.match(line) or _PASSING_NOTE.match(line)
                or _ATTACHMENT.match(line)
                or _FILE_NAME.match(line) or _QUOTED_MAIL.match(line) or _SENT_FROM.match(line)
                or _contact_signature(line) or _ANSWER.match(line) or _PHOTOS_SENT.match(line))


def is_attachment_label(text: str) -> bool:
    """附件：, 附件2：…, 附： : the numbered lines under it name the attached files."""
    return bool(_ATTACHMENT.match(text.strip()))


def _contact_signature(line: str) -> bool:
    return (len(line) <= _SIGNATURE_CHARS and bool(_PHONE.search(line)) and bool(_CONTACT_WORD.search(line))
            and not re.search(r"[。！？]$", line))
