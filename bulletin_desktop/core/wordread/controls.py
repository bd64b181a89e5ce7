"""Whether a content control still shows its template's prompt (单击或点击此处输入文字。),
which is no author's text. A program that fills a template's controls (an office system
writing the 期号 and the date) often leaves the mark that the placeholder shows: Word prints
what the control holds, so text that is no prompt counts as the control's own."""
from __future__ import annotations

import re

from lxml import etree

from .ns import on, w

_PROMPT_WORDS = re.compile(r"单击|点击|输入|键入|选择一项|click|tap|choose|enter|type", re.IGNORECASE)
_PROMPT_MAX = 40  # characters: 单击或点击此处输入文字。, Click or tap here to enter text., 请输入日期


def shown_text(sdt: etree._Element) -> str:
    """The text the control holds, its ends trimmed."""
    content = sdt.find(w("sdtContent"))
    return "".join(t.text or "" for t in content.iter(w("t"))).strip() if content is not None else ""


def showing_prompt(sdt: etree._Element) -> bool:
    props = sdt.find(w("sdtPr"))
    if props is None or not on(props.find(w("showingPlcHdr"))):
        return False
    text = shown_text(sdt)
    return not text or (len(text) <= _PROMPT_MAX and bool(_PROMPT_WORDS.search(text)))
