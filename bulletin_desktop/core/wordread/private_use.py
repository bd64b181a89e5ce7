"""Characters of Unicode's private-use area left in the text once symbol fonts are read
(symbols.py): 方正 and other GBK-era fonts draw rare characters of names and places there.
They print only with the font the author had, so the clerk is told where they are; the
text keeps them, as nothing can say which character each one is."""
from __future__ import annotations

import re

from ..recognise import Paragraph

_PRIVATE = re.compile(r"[\ue000-\uf8ff]")
_AROUND = 4  # characters shown either side of the first one


def private_use_note(paragraphs: list[Paragraph]) -> str | None:
    """A warning naming how many private-use characters the text holds and where the first
    is (the character shown as □), or None when there are none."""
    count, example = 0, ""
    for paragraph in paragraphs:
        text = paragraph.text
        found = _PRIVATE.findall(text)
        if found and not example:
            at = text.index(found[0])
            example = _PRIVATE.sub("□", text[max(at - _AROUND, 0):at + _AROUND + 1])
        count += len(found)
    if not count:
        return None
    return (f"文档中有 {count} 个字体自造的字符（方正等字体放在私用区的生僻字或符号，如“{example}”中的□），"
            "换一台电脑可能印不出来，已照原样导入，请核对。")
