"""When two submissions are one: the same news from the same unit, however it came. A unit
often sends one piece by mail and again in the chat group, under another title, with other
headers and greetings around it; counting it twice would count its 报送 twice."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..richtext import parse_markup, plain
from .candidates import news_paragraphs


def same_news(title: str, body: str) -> str:
    """The words of the submission's news (its title's when it has no other), whatever the
    spacing, bold, title and lines about the sender."""
    news = news_paragraphs(parse_markup(line) for line in body.split("\n") if line.strip())
    words = "".join(plain(p) for p in news) or title
    return "".join(words.replace("*", "").split())


# A copy sent again with a figure or a word mended, nothing said of a correction: its news
# reads as the first's but for a few characters. Not news of another day in the same words
# (a weekly check reported alike): the days it names must be the same.
_NEARLY = 0.9
_MIN_CHARS = 20
_DAY = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月")


def nearly_same_news(one: str, other: str) -> bool:
    """Whether two submissions' news (same_news) are one piece, one mended: the same days
    named, and all but a tenth of the words alike."""
    if min(len(one), len(other)) < _MIN_CHARS or _DAY.findall(one) != _DAY.findall(other):
        return False
    matcher = SequenceMatcher(None, one, other, autojunk=False)
    # (the cheap upper bounds first: most of a unit's pieces are told apart without the full count)
    return matcher.real_quick_ratio() >= _NEARLY and matcher.quick_ratio() >= _NEARLY and matcher.ratio() >= _NEARLY
