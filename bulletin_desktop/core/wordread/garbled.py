"""Whether text is a damaged file's bytes read as characters. LibreOffice opens an old Word
file whose inner structure is broken as plain text, so the "document" it hands back is the
file's bytes taken as UTF-16 or as a code page: private-use and unassigned characters,
Hangul, rare ideographs, control and Latin-1 characters, characters it could not decode
(random bytes read so give 29–61% of them). A Chinese bulletin has next to none (a few rare
characters of names, a ° or a ×), far from a fifth."""
from __future__ import annotations

import unicodedata

from ..recognise import Paragraph

_SHARE = 0.2  # of the text's visible characters
_AT_LEAST = 20  # characters: a line or two of garbage is not enough to say so

# ranges of code points a Chinese document hardly ever holds: Latin-1 and extended Latin
# letters, Hangul jamo and syllables, CJK extension A, the private-use area, and the
# replacement character a decoder puts for bytes it cannot read
_UNUSUAL = ((0x0080, 0x024F), (0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF), (0x3400, 0x4DBF),
            (0xE000, 0xF8FF), (0xFFFD, 0xFFFD))


def _unusual(ch: str) -> bool:
    code = ord(ch)
    if any(low <= code <= high for low, high in _UNUSUAL):
        return True
    return unicodedata.category(ch) in ("Cn", "Cc", "Cs", "Co")


def looks_garbled(paragraphs: list[Paragraph]) -> bool:
    """Whether at least a fifth of the text's visible characters are ones no Chinese
    document is written in (see the module's note)."""
    visible = unusual = 0
    for paragraph in paragraphs:
        for ch in paragraph.text:
            if ch.isspace():
                continue
            visible += 1
            unusual += _unusual(ch)
    return visible >= _AT_LEAST and unusual >= visible * _SHARE
