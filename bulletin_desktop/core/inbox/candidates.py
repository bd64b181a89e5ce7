"""The entries a submission offers: one per dated paragraph when it reports several events
(11月15日，… 11月16日，…), else one item, or an article when it is a longer piece."""
from __future__ import annotations

import datetime as dt
import re

from ..model import DATE_PATTERN, DATE_SEPARATOR, Article, Entry, Item
from ..richtext import RichText, Run, concat, normalize, parse_markup, plain

_DATED = re.compile(rf"^{DATE_PATTERN}{DATE_SEPARATOR}")
# An item is one paragraph of news; more undated paragraphs than this make an article.
_ITEM_PARAGRAPHS = 1


def _as_item(text: RichText, received: dt.date, unit: str, names: tuple[str, ...]) -> Item:
    item = Item.from_rich(text)
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


def candidate_entries(title: str, body_markup: str, received: dt.date, unit: str = "",
                      unit_names: tuple[str, ...] = ()) -> list[Entry]:
    """Fresh entries (new uids each call) ready to go into a section; ``unit_names`` are the
    names the unit is known by, so a body opening with one of them is not doubled."""
    paragraphs = [parse_markup(line) for line in body_markup.split("\n") if line.strip()]
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
