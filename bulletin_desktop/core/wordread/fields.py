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
    if shapes and shapes[0] in "○◯" and content.isdecimal() and len(content) <= 2:
        return _circled(int(content))
    return content


_MERGE_FIELD = re.compile(r'(?i)^\s*MERGEFIELD\s+(?:"([^"]+)"|(\S+))')


def unfilled_merge_field(code: str, result: str) -> str | None:
    """The name of a mail-merge field whose saved result is what Word shows before the merge
    («单位», or nothing): a template's placeholder the office never filled; None for any
    other field or a filled one."""
    found = _MERGE_FIELD.match(code)
    if found is None:
        return None
    result = result.strip()
    if result and not (result.startswith("«") and result.endswith("»")):
        return None
    return found.group(1) or found.group(2)
