"""What a field prints when Word saved no result for it. Word keeps the last result of most
fields between their separate and end marks; an EQ field (Word's 带圈字符 enclosed
characters, ⑫ drawn as 12 in a ○; the old 双行合一) is drawn from its code every time, so
its code is all the file holds of what it prints."""
from __future__ import annotations

import re

_SWITCH = re.compile(r"\\[a-zA-Z]+(?:\s*-?\d+(?:\.\d+)?)?\s*")  # \o \ac \s\up 8 …
_ENCLOSURES = "○◯□△◇"


def _circled(number: int) -> str:
    if 1 <= number <= 20:
        return chr(0x2460 + number - 1)
    if 21 <= number <= 35:
        return chr(0x3251 + number - 21)
    if 36 <= number <= 50:
        return chr(0x32B1 + number - 36)
    return str(number)


def saved_nothing_prints(code: str) -> str:
    """The text a field with no saved result prints: an EQ field's characters (⑫ for a 12
    enclosed in a circle, the enclosed character itself in other shapes, the characters
    of stacked or overlaid text); "" for any other field."""
    code = code.strip()
    if not re.match(r"(?i)eq\b", code):
        return ""
    inner = _SWITCH.sub("", code[2:])
    parts = [part.strip() for part in re.split(r"[(),，]", inner) if part.strip()]
    shapes = [part for part in parts if part in _ENCLOSURES]
    content = "".join(part for part in parts if part not in _ENCLOSURES)
    if shapes and shapes[0] in "○◯" and content.isdigit():
        return _circled(int(content))
    return content
