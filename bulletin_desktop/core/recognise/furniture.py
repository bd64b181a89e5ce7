"""What a web page, a WeChat public-account article or an OA system's print view puts around
a bulletin copied from it: its breadcrumb, the 来源/发布时间/浏览次数 line, 【字体：大 中 小】,
打印本页, 上一篇, the site's footer, 阅读原文, 点赞/在看, 长按识别二维码, 往期推荐, a WeChat post's
account line and its counts (阅读 1826), the OA form's fields (also in brackets: 【发布时间】) and
its 流程记录. None of it is the issue's; it is left out only at the text's edges (above
the masthead, below the last line of the issue), but for a post's end mark (END), and the
recogniser says so."""
from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern
from ..richtext import Run
from .parts import Paragraph
from .patterns import DISTRIBUTION, NUMBER_AMONG_WORDS, SECTION_BRACKETS, YEAR_ISSUE_NUMBER, compact, signoff_text

# a WeChat post's reactions under it and the figure each has (阅读 1826, 在看 23, 阅读 10万+)
_REACTION = "(?:阅读|在看|点赞|赞|分享|收藏|转发|留言|写留言|喜欢)"
_COUNT = r"\d[\d.]*\s*万?\+?"
# the line a mail sets over the mail it forwards or answers (-----原始邮件-----, -----Original Message-----,
# ---------- Forwarded message ---------)
_MAIL_SEPARATOR = r"^[-—–_=\s]*(?:原始邮件|原邮件|回复的原邮件|转发的邮件|邮件原文|(?i:original message|forwarded message))[-—–_=\s]*$"
# A line the page prints for itself, wherever it stands among the page's own lines.
_PAGE_LINE = re.compile(
    r"^(?:首页|当前位置|您(?:现在)?的位置|你的位置|(?:您|你)?(?:当前|现在)?(?:的)?所在位置|您当前的位置)[：:]?.*[>»›＞→]"  # breadcrumb
    # (the count's label, its colon or its figure after it: 日均访问量超过8000人次 is a sentence's)
    r"|(?:浏览(?:次数|量|数)|点击(?:次数|数|量)|阅读(?:次数|量)|访问(?:次数|量))\s*(?:[：:]|\d|$)"

    r"|字体[：:]?\s*[【\[]?\s*大\s*中\s*小"
    r"|^[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?(?:\s|$)"  # the text's size, as buttons: 【大】【中】【小】
    r"|^[【\[]?(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|收藏本页|保存本页|分享到|打印|关闭)[】\]]?(?:\s+|$|(?=[【\[]))"
    r"|^(?:上一篇|下一篇)[：:]"
    r"|ICP备|网站标识码|公网安备|技术支持[：:]|版权所有"
    # a WeChat post's counts under the post: a reaction's word and its figure alone (阅读 1826, 在看 23, 阅读 10万+)
    rf"|^{_REACTION}\s*(?:{_COUNT})?$"
    r"|长按(?:识别)?(?:图中)?二维码|扫(?:码|一扫|描二维码)关注|^阅读原文$"
    r"|^点击(?:上方)?(?:蓝字|关注)|^关注我们$|^点(?:个|亮)?(?:在看|赞)"  # WeChat: 点击蓝字 关注我们, 点个在看
    r"|^打印(?:时间|人|日期)[：:]"  # an OA system's print view
    r"|^(?:发自我的|来自我的|Sent from my )\S.{0,20}$"  # the line a phone's mail app signs a mail with
    rf"|{_MAIL_SEPARATOR}"
    r"|^(?:文件标题|文号|密级|紧急程度|缓急|拟稿人|拟稿单位|拟稿日期|核稿人|主送单位|办理状态)[：:]"
    # an OA system's or a site's fields in brackets over what it published (【标题】…, 【发布时间】…),
    # the label of the text under them (【正文】), and an empty one under it (【附件】)
    r"|^[【\[](?:文章)?(?:标题|发布(?:时间|日期|单位|部门|人|机构)|(?:信息)?来源|作者|浏览(?:次数|量)|点击(?:次数|数|量)|阅读(?:次数|量))[】\]]"
    r"|^[【\[](?:正文|内容|附件)[】\]]$"
)
# The line a site prints under what it published (来源：…　发布时间：…　浏览次数：412, 发布时间：2026-11-26
# 来源：县政府办, 发布时间：2026-11-21 10:15 alone): a line no entry opens like
_SITE_STAMP = re.compile(r"^(?:(?:信息)?来源[：:].*发布(?:时间|日期)[：:]|发布(?:时间|日期)[：:].*来源[：:])"
                         r"|^发布(?:时间|日期)[：:]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
# WeChat's line of the account under the post's title: 原创 作者 公众号 2026-11-25 18:30 发表于河南,
# or its name or names, the day and the time of day it was sent, the region (某某人社　某某人社
# 2026-11-20 18:05　内蒙古; no masthead line tells the time of day). The lines above it are the
# post's title.
_ACCOUNT_LINE = re.compile(
    r"^原创\s.*\d|发表于\S{0,8}$"
    r"|^[^，。；！？,;!?：:]{1,40}?\s(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*\d{1,2}:\d{2}(?:\s+[\u4e00-\u9fff]{2,8})?$")
# a WeChat article's reaction bar: only these words (分享　收藏　点赞　在看)
_REACTIONS = re.compile(r"^(?:(?:分享|收藏|点赞|在看|赞|喜欢|留言|写留言|转发)[\s\u3000|｜·]*){2,}$")
# An OA system's record of how the document went round, at the end: it and all after it; so
# too a WeChat post's list of its earlier posts (往期推荐 and their titles), or a site's list of
# links under its page (相关链接), or a post's end mark (END) and its 来源 and counts under it,
# with no closing block's line after it
_ROUTING = re.compile(r"^(?:流程记录|办理记录|审批记录|流转记录|办理过程|审批意见|办理意见)[：:]?$")
_EARLIER_POSTS = re.compile(r"^[【\[]?(?:往期推荐|往期回顾|往期精选|推荐阅读|精彩推荐|相关链接|友情链接|相关阅读|相关新闻)[】\]]?[：:]?$")
# the line a mail's signature opens under (the "-- " of RFC 3676, or -- alone): it and all under it
# are the writer's name and telephone, no text of the issue's, where no closing block's line follows
_SIGNATURE_MARK = re.compile(r"^--\s*$")
# a WeChat post's end mark (END, — END —): never text, wherever it stands
_END_MARK = re.compile(r"^[—–\-－·\s]*(?:THE\s+)?END[—–\-－·\s]*$", re.IGNORECASE)
# the furniture is at the very top; the masthead's own number or a section ends the search
_LEAD_MAX = 12


# such a count with its figure: no sentence's, wherever it stands (posts pasted one under another
# leave one under each entry); compiled on first use, as a paste into an entry reads it too
_POST_COUNT = LazyPattern(rf"^{_REACTION}\s*{_COUNT}$")


def is_post_count(text: str) -> bool:
    """A WeChat post's count of its readers or reactions on a line of its own (阅读 1826)."""
    return bool(_POST_COUNT.match(text.strip()))


def is_page_line(text: str) -> bool:
    text = text.strip()
    return bool(_PAGE_LINE.search(text) or _SITE_STAMP.match(text) or _REACTIONS.match(text) or _ACCOUNT_LINE.search(text)
                or is_chat_line(text))


# A chat's line over each message it shows: who sent it and when, the day before the time or not
# (王磊 16:32, 赵刚 2026/12/3 9:05:12, 刘洋 12-03 16:32, 李娜 昨天 下午3:05, QQ's 张敏(123456789) 16:32:05).
# No line of a text says only so much: a schedule's names a time and what happens then (报到时间 8:30,
# 集合 7:30), a timetable's a train by its number (G1234次　16:32), with figures no sender's name has.
# Compiled on first use, as a paste reads it.
_CHAT_LINE = LazyPattern(
    r"^(?![^\s]*时间|(?:上午|下午|晚上|中午|凌晨|报到|签到|集合|出发|开始|结束|到达|抵达|返回)[ \u3000])"
    r"[^\s\d，。；！？,;!?：:“”（）()《》<>]{1,20}(?:[（(]\d{5,12}[）)]|<[^<>\s]+>)?[ \u3000]+"  # (QQ's number, a mail address)
    r"(?:(?:\d{4}[-/.])?\d{1,2}[-/.月]\d{1,2}日?[ \u3000]*|(?:昨天|前天|今天|星期[一二三四五六日天])[ \u3000]*)?"
    r"(?:上午|下午|晚上|中午|凌晨)?\d{1,2}:\d{2}(?::\d{2})?$"
    r"|^\S{1,20}撤回了一条消息$"  # (the chat's own note where a message was taken back)
    # the time a chat sets between its messages, no sender named (12月2日 16:05, 昨天 16:05)
    # (not after a year written with 年: a masthead's date, 2026年12月3日 16:00, is so written)
    r"|^(?:\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|昨天|前天|星期[一二三四五六日天])[ \u3000]*"
    r"(?:上午|下午|晚上|中午|凌晨)?\d{1,2}:\d{2}(?::\d{2})?$")


def is_chat_line(text: str) -> bool:
    """A chat's sender-and-time line over a message copied out of it, wherever it stands."""
    return bool(_CHAT_LINE.match(text.strip()))


_MAIL_SEPARATOR_LINE = LazyPattern(_MAIL_SEPARATOR)
# the headers that make a block of them a mail's: who sent it, to whom, when
_MAIL_SENDER = LazyPattern(r"^(?:发件人|收件人|发送时间|From|To|Sent|Date)\s*[：:]")


def mail_lines(texts: list[str]) -> set[int]:
    """The indexes of a mail's own lines among pasted ``texts``: the line it sets over the mail it
    forwards or answers (-----原始邮件-----) and the headers under it (发件人：…, 主题：…), or a
    block of two headers or more naming who sent it or when; a 抄送： line alone is a bulletin's."""
    from .patterns import MAIL_HEADER

    found: set[int] = set()
    at = 0
    while at < len(texts):
        end = at
        while end < len(texts) and MAIL_HEADER.match(texts[end].strip()):
            end += 1
        block = range(at, end)
        separated = at > 0 and bool(_MAIL_SEPARATOR_LINE.match(texts[at - 1].strip()))
        if block and (separated or (len(block) >= 2 and any(_MAIL_SENDER.match(texts[i].strip()) for i in block))):
            found |= set(block)
        if separated:
            found.add(at - 1)
        at = max(end, at + 1)
    return found


def signature_start(texts: list[str]) -> int | None:
    """Where a mail's signature under the text begins: its "-- " line, with nothing dated under it."""
    from ..model import Item

    for at in range(len(texts) - 1, -1, -1):
        if _SIGNATURE_MARK.match(texts[at]):
            return at
        if Item.from_rich((Run(texts[at]),)).date:
            return None
    return None


# A line of a mail's reply quoting what it answers (> 第5期, >> …): the quote's marks
QUOTE_MARK = LazyPattern(r"^[ \t]*>[ \t>]*")


def mostly_quoted(lines: list[str]) -> bool:
    """Most lines with text open with a quote mark: a text pasted from a mail's reply, whose marks
    are the mail's (a line of the text's own that opens with > keeps it; the mail's headers and
    greeting above the quote carry none, nor does the signature under it)."""
    end = next((at for at, line in enumerate(lines) if _SIGNATURE_MARK.match(line.strip())), len(lines))
    filled = [line for line in lines[:end] if line.strip()]
    return bool(filled) and sum(1 for line in filled if line.lstrip().startswith(">")) >= 0.6 * len(filled)


_YEAR_DATE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def _masthead_dated(text: str, past_number: bool, following: str) -> bool:
    """A masthead's line of the office, the date and the hour it was sent (漯河市应急管理局　　2026年12月3日 16:00,
    漯河市应急管理局　2026-12-03 16:00), shaped as a WeChat account line or a chat's sender line is:
    the masthead's where it stands under the issue's number, over it or beside it (第5期　　2026年12月3日 16:00; the account line stands
    over the post, whose masthead follows it whole; a chat's line over a message)."""
    text = text.strip()
    return bool(_YEAR_DATE.search(text)) and bool(_ACCOUNT_LINE.search(text) or _CHAT_LINE.match(text)) and (
        past_number or bool(YEAR_ISSUE_NUMBER.match(compact(following))) or bool(NUMBER_AMONG_WORDS.search(text)))


def page_furniture(paras: list[Paragraph]) -> set[int]:
    """The indexes of the page's lines at the top and the bottom of ``paras``. At the top, a
    line the masthead under it repeats (the page's title, 某某简报（第45期）, above its
    来源 line) is the page's too, and so is any line over a WeChat post's account line (the
    post's title, whatever it says)."""
    dropped: set[int] = set()
    last_lead = -1
    masthead = False  # past the issue's number: a sentence (……浏览次数超过10万。) is the issue's own
    office_dated: set[int] = set()  # the masthead's office, date and hour (_masthead_dated)
    for index, para in enumerate(paras[:_LEAD_MAX]):
        text = para.text
        if _masthead_dated(text, masthead, paras[index + 1].text if index + 1 < len(paras) else ""):
            office_dated.add(index)
        elif not para.exact and is_page_line(text) and not (masthead and "。" in text):
            dropped.add(index)  # (before the test of brackets: 【字体：大 中 小】)
            last_lead = index
        elif para.exact or SECTION_BRACKETS.match(text):
            break
        elif YEAR_ISSUE_NUMBER.match(compact(text)):
            masthead = True
    if (account := max((i for i in dropped if _ACCOUNT_LINE.search(paras[i].text.strip())), default=-1)) > 0:
        dropped |= set(range(account))
    if last_lead >= 0 and last_lead + 1 < len(paras):
        first = compact(paras[last_lead + 1].text)
        dropped |= {i for i in range(last_lead) if i not in dropped and first
                    and compact(paras[i].text).startswith(first)}
    # (a post's end mark with no closing block's line after it: what follows it is the post's,
    # its 来源 line, its counts; found from the end, each line looked at once)
    routing: int | None = None
    closing_below = False
    for i in range(len(paras) - 1, last_lead, -1):
        if paras[i].exact:
            closing_below = True  # (an explicit line is the issue's own)
            continue
        text = paras[i].text.strip()
        if _ROUTING.match(text) or (not closing_below and (
                _EARLIER_POSTS.match(text) or _END_MARK.match(text) or _SIGNATURE_MARK.match(text))):
            routing = i
            break
        closing_below = closing_below or _closing_line(text)
    end = len(paras) if routing is None else routing
    dropped |= set(range(end, len(paras)))
    dropped |= {i for i in range(last_lead + 1, end)  # (a chat's sender line between two messages the issue was sent in)
                if not paras[i].exact and i not in office_dated and (
                    _END_MARK.match(paras[i].text.strip()) or is_post_count(paras[i].text) or is_chat_line(paras[i].text))}
    while end - 1 > last_lead and not paras[end - 1].exact and is_page_line(paras[end - 1].text):
        end -= 1
        dropped.add(end)
    return dropped


def _closing_line(text: str) -> bool:
    text = text.strip()
    return signoff_text(text) is not None or bool(DISTRIBUTION.match(text))


_EXAMPLE_MAX = 24
_SPACES = re.compile(r"\s+")


def _example(lines: list[str]) -> str:
    example = _SPACES.sub(" ", lines[0].strip())
    return example[:_EXAMPLE_MAX] + "…" if len(example) > _EXAMPLE_MAX else example


def furniture_warning(lines: list[str]) -> str:
    return f"已略去网页、公众号文章、聊天记录、邮件或办公系统打印页上不属于简报的 {len(lines)} 行（如“{_example(lines)}”），请核对。"


def page_lines_warning(lines: list[str]) -> str:
    """What the review says of a printed copy's page numbers and running heads left out."""
    return f"已略去打印件上的页码和页眉 {len(lines)} 行（如“{_example(lines)}”），请核对。"
