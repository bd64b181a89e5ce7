"""The entries a submission offers: one per dated paragraph when it reports several events
(11月15日，… 11月16日，…), else one item, or an article when it is a longer piece."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from ..model import (
    DATE_SEPARATOR, ENTRY_DATE_PATTERN, SENDER_LABEL, Article, Entry, Item, numbering_length, time_phrase_length,
)
from ..numerals import to_int
from ..proofread.rich_edit import replace_range
from ..recognise.patterns import DATE
from ..units.detect import SENDER_ALONE
from ..richtext import RichText, Run, concat, normalize, parse_markup, plain

_DATED = re.compile(rf"^{ENTRY_DATE_PATTERN}{DATE_SEPARATOR}")
# Lines about the submission, not news: who sends it and how to reach them (报送单位：…
# 联系人：… 电话：…), and a closing signature over a date (西平县应急管理局 / 2023年6月5日).
_ABOUT_SENDER = re.compile(r"^(?:" + SENDER_LABEL + r"|报送人|投稿人|撰稿人|执笔|联系人|联系电话|电话|手机|审核人|审核|"
                           r"签发人|签发|邮箱|电子邮箱|传真|(?:报送|上报|投稿|成稿|发稿)(?:日期|时间))\s*[：:]")
_FULL_DATE = re.compile(rf"^{DATE}$")
_DATE_IN = re.compile(DATE)
_SIGNATURE_MAX = 30
# An item is one paragraph of news; more undated paragraphs than this make an article.
_ITEM_PARAGRAPHS = 1


# where an undated entry's own date may stand, after a clause opening it
_OPENING = 60
_DATE_INSIDE = re.compile(rf"[，,]\s*{ENTRY_DATE_PATTERN}[，,]")


def _as_item(text: RichText, received: dt.date, unit: str, names: tuple[str, ...]) -> Item:
    item = Item.from_rich(text)
    if not item.date and not item.unit and (opening := time_phrase_length(plain(text))):
        # it says when itself (6月3日以来，西平县组织…): kept as written, the unit's name after
        # the time phrase in bold, as a unit after a date is
        return Item(body=_bold_name_at(text, opening, names if unit else ()))
    if not item.date and _DATE_INSIDE.search(plain(text)[:_OPENING]):
        return item  # dated further on (按照…部署，3月13日，县住建局组织…): as written, not dated again
    if not item.date:
        item.date = f"{received.month}月{received.day}日"
    if not item.unit and unit:
        body = list(normalize(item.body))
        lead = plain(tuple(body[:1]))
        # "舞阳县组织专家…" from 舞阳县 becomes **舞阳县**组织专家…, not **舞阳县**舞阳县组织…
        for name in sorted(names, key=len, reverse=True):
            if body and not body[0].bold and lead.startswith(name):
                body[0] = Run(lead[len(name):])
                break
        item.unit = unit
        item.body = normalize(body)
    return item


def _bold_name_at(text: RichText, at: int, names: tuple[str, ...]) -> RichText:
    """``text`` with the longest of ``names`` that starts at character ``at`` in bold (when
    that stretch is plain text of one run)."""
    runs = list(normalize(text))
    start = 0
    for index, run in enumerate(runs):
        if start <= at < start + len(run.text):
            offset = at - start
            for name in sorted(names, key=len, reverse=True):
                if name and not run.bold and run.text.startswith(name, offset):
                    runs[index:index + 1] = [Run(run.text[:offset]), Run(name, True),
                                             Run(run.text[offset + len(name):])]
                    break
            break
        start += len(run.text)
    return normalize(runs)


def candidate_entries(title: str, body_markup: str, received: dt.date, unit: str = "",
                      unit_names: tuple[str, ...] = ()) -> list[Entry]:
    """Fresh entries (new uids each call) ready to go into a section; ``unit_names`` are the
    names the unit is known by, so a body opening with one of them is not doubled."""
    paragraphs = [unnumbered(p) for p in _news(parse_markup(line) for line in body_markup.split("\n") if line.strip())]
    if not paragraphs:
        paragraphs = [parse_markup(title)]
    names = tuple(dict.fromkeys((unit, *unit_names))) if unit else unit_names
    dated = [i for i, p in enumerate(paragraphs) if _DATED.match(plain(p))]
    if len(dated) >= 2:
        # lines before the first date (报送单位, 联系人) are not news and are left out
        groups = [concat(*paragraphs[start:end]) for start, end in zip(dated, dated[1:] + [len(paragraphs)])]
        return [_as_item(g, received, unit, names) for g in groups]
    if len(paragraphs) <= _ITEM_PARAGRAPHS:
        return [_as_item(paragraphs[0], received, unit, names)]
    return [Article(title=title, paragraphs=list(paragraphs))]


def unnumbered(paragraph: RichText) -> RichText:
    """A dated piece of news without the number the submission listed it under
    (1.11月20日，… → 11月20日，…): the bulletin's entries carry no numbers of their own."""
    text = plain(paragraph)
    length = numbering_length(text)
    if length and _DATED.match(text[length:]):
        return replace_range(paragraph, 0, length, "")
    return paragraph


# and what comes with the submission above its title: a cover note's salutation and sentence
# (县委办： / 现将……报送如下：), a mail's headers, the sender's name alone or with the date
_SALUTATION = re.compile(r"^[^，。；：:,\s]{1,12}[：:]$")
_COVER_NOTE = re.compile(r"^现将.{0,60}(?:如下|报送|呈报|报来|报上)")


def about_sender(text: str) -> bool:
    """A line about who sends the submission (报送单位：…, 联系人：…, the sender's name, a cover
    note, a mail's headers), not its news."""
    from ..recognise.patterns import MAIL_HEADER, OFFICE_AND_DATE

    line = text.strip()
    return bool(_ABOUT_SENDER.match(line) or MAIL_HEADER.match(line) or _SALUTATION.match(line)
                or _COVER_NOTE.match(line) or OFFICE_AND_DATE.match(line) or SENDER_ALONE.match(line))


def stated_date(lines: list[str]) -> dt.date | None:
    """The day a submission says it was sent: a full date on a line about the sender
    (报送时间：…, a mail's 发送时间：…, 西平县应急管理局　2024年6月5日) or on its last line, a
    signature's date. Not a date in its news: that is what happened, not when it was sent."""
    last = next((line.strip() for line in reversed(lines) if line.strip()), "")
    for line in (last, *lines):
        line = line.strip()
        about = about_sender(line) or _FULL_DATE.match(re.sub(r"\s", "", line))
        if about and (found := _DATE_IN.search(line.replace(" ", ""))):
            try:
                return dt.date(*(to_int(part) or 0 for part in found.groups()[:3]))
            except ValueError:
                continue
    return None


def _news(paragraphs: Iterable[RichText]) -> list[RichText]:
    """The paragraphs that report something: lines about the sender and a closing signature
    over a date are left out."""
    kept = [p for p in paragraphs if not about_sender(plain(p))]
    if kept and _FULL_DATE.match(re.sub(r"\s", "", plain(kept[-1]))):
        kept.pop()
        signer = plain(kept[-1]).strip() if kept else ""
        if signer and len(signer) <= _SIGNATURE_MAX and not re.search(r"[。，；！？,;!?]", signer):
            kept.pop()
    return kept
