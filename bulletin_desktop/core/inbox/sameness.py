"""When two submissions are one: the same news from the same unit, however it came. A unit
often sends one piece by mail and again in the chat group, under another title, with other
headers and greetings around it; counting it twice would count its 报送 twice."""
from __future__ import annotations

from ..richtext import parse_markup, plain
from .candidates import news_paragraphs


def same_news(title: str, body: str) -> str:
    """The words of the submission's news (its title's when it has no other), whatever the
    spacing, bold, title and lines about the sender."""
    news = news_paragraphs(parse_markup(line) for line in body.split("\n") if line.strip())
    words = "".join(plain(p) for p in news) or title
    return "".join(words.replace("*", "").split())
