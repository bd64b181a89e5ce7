"""A level of government typed twice before the word it opens: 对县县直单位 (县直), 组织乡乡政府
(乡政府), 村村委 (村委).

县县通, 村村通 and 镇镇有 double the level on purpose (every county, every village), and what
follows the two makes no word with the level (县通 is none). Where the level and what follows
are a word of administration (县直, 县委, 镇政府, 村委会) the first of the two is typed again.
Only where nothing before the two closes a word with the first (全县县城, 各村村委, 城关镇镇政府
are a word and another): after a mark, at the paragraph's start, or after a preposition.
"""
from __future__ import annotations

from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import gated

# the words of administration a level opens (《现代汉语词典》第7版; 党政机关公文的常用称谓): a county's,
# a city's or a province's own bodies and scope, a town's, a village's
_ABOVE_TOWN = "直|直属|属|委|级|政府|人民政府|安委|安委会|人大|政协|纪委|域|城"
_LEVEL_WORDS = (f"[县市省](?:{_ABOVE_TOWN})|区(?:直|委|级|政府|人民政府|安委|人大|政协|纪委)"
                "|[镇乡](?:政府|人民政府|党委|级|人大)|村(?:委|级|干部|两委|民)")
# what may stand right before the two: a mark, or a preposition that ends no word with the level
_BEFORE = r"(?:(?<=[，。；：、！？（“《\s])|(?<=^)|(?<=[对在由向与和及为到将把从给]))"
# the first of the two, then the second opening the word of administration
_LEVEL_TWICE = gated(rf"{_BEFORE}(?P<w>[县市省区镇乡村])(?=(?P=w))(?={_LEVEL_WORDS})")


def check_doubled_levels(text: str) -> Iterator[Finding]:
    for m in _LEVEL_TWICE.finditer(text):
        yield finding("DUP-CHAR", text, m.start("w"), m.end("w") + 1, m["w"])
