"""Character classes the rules share (one place for what counts as a 汉字)."""
from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\u3007"  # CJK ideographs, extension A, and 〇
_ONE_HAN = re.compile(f"[{HAN}]")


def is_han(char: str) -> bool:
    """Whether ``char`` is a 汉字 (one of ``HAN``)."""
    return _ONE_HAN.fullmatch(char) is not None


CN_DIGITS = "〇一二三四五六七八九十"
CN_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九十")}
OPENING = "“‘（《【〔〈"
CLOSING = "”’）》】〕〉"
PAIRS = dict(zip(OPENING, CLOSING))
