"""Words set in 黑体 where others are not, read as bold: some offices set a unit's name in
黑体 rather than in bold. Shared by Word runs and the HTML fragments Word files embed."""
from __future__ import annotations

import re

from ..recognise.patterns import ENTRY_START
from ..richtext import Run

_HAN = re.compile(r"[\u4e00-\u9fff]")
_HEAVY_SHARE = 0.4  # at most this much of a paragraph set in 黑体 reads as bold words in it


def set_apart(lines: list[list[Run]], heavy: set[int]) -> list[list[Run]]:
    """The lines of one paragraph with the words its 黑体 sets apart made bold. ``heavy``: the
    ids of the runs set in a 黑-kind face.

    Some offices set a unit's name in 黑体 rather than in bold (11月15日，**市安委会**印发…).
    Text in a 黑-kind face after text that is not is taken as bold. Not so a paragraph set in
    黑体 throughout (a heading), where nothing is set apart, nor 黑体 that opens a paragraph:
    a run-in heading (一、夯实消防基础。) is set in 黑体 by the layout's own rule, ours
    included, and reads back as it was written; unless the paragraph opens with a date,
    when its 黑体 lead is the entry's date and unit, as some offices set them."""
    runs = [run for line in lines for run in line]
    first_light = next((i for i, run in enumerate(runs) if run.text.strip() and id(run) not in heavy), None)
    if first_light is None:
        return lines
    if ENTRY_START.match("".join(run.text for run in runs).lstrip()):
        first_light = 0  # an entry's date and unit, both in 黑体 (**11月15日，市安委会**印发…)
    bold = {id(run) for run in runs[first_light:] if id(run) in heavy}
    if not bold or not _sets_apart(runs, bold):
        return lines
    return [[Run(run.text, True) if id(run) in bold else run for run in line] for line in lines]


def _sets_apart(runs: list[Run], heavy: set[int]) -> bool:
    """Whether the heavy runs set a few words apart in lighter text, as bold would: they
    are the lesser part of it, and the rest holds Chinese text of its own. A document
    set in a 黑-kind face throughout (微软雅黑, as online editors export), with its
    figures or a pasted date in another font, sets nothing apart."""
    light = "".join(run.text for run in runs if id(run) not in heavy)
    text = "".join(run.text for run in runs).strip()
    heavy_chars = sum(len(run.text.strip()) for run in runs if id(run) in heavy)
    if runs and id(runs[0]) in heavy and (dated := ENTRY_START.match(text)):
        heavy_chars -= dated.end()  # (the entry's date set in 黑体 with its unit is no words of the text)
        text = text[dated.end():]
    return bool(_HAN.search(light)) and heavy_chars <= _HEAVY_SHARE * len(text)

