"""Making the text of a Qt PDF read back as the characters drawn."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from PySide6.QtGui import QRawFont, QTextLayout


# Qt writes each font's ToUnicode map by taking, for every glyph, the lowest code point
# that the font maps to it. CJK faces share glyphs between ideographs and the Kangxi and
# supplementary radicals (一/⼀, 老/⽼, 见/⻅ …), and in a Chinese locale the em dash is
# shaped to the full-width glyph that U+2015 also uses; so searching or copying the PDF
# would give look-alikes. The fix names, for every glyph drawn, the character drawn.
_BFRANGES = re.compile(rb"beginbfrange.*?endbfrange", re.S)
_CMAP_ENTRY = re.compile(rb"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*(\[[^\]]*\]|<[0-9A-Fa-f]{4}>)")
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")
_BMP = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c <= 0xDFFF)
_lowest_cache: dict[tuple[str, str, int], dict[int, int]] = {}


def _face_key(raw: QRawFont) -> tuple[str, str, int]:
    return raw.familyName(), raw.styleName(), raw.weight()


def _lowest_code_per_glyph(raw: QRawFont) -> dict[int, int]:
    """glyph -> the lowest code point the face maps to it (what Qt writes to ToUnicode)."""
    key = _face_key(raw)
    lowest = _lowest_cache.get(key)
    if lowest is None:
        lowest = {}
        for ch, glyph in zip(_BMP, raw.glyphIndexesForString(_BMP)):
            if glyph and glyph not in lowest:
                lowest[glyph] = ord(ch)
        _lowest_cache[key] = lowest
    return lowest


_RUN_FLAGS = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
              | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)


def drawn_glyphs(layouts: Iterable[QTextLayout]) -> Iterator[tuple[QRawFont, int, str]]:
    """(face, glyph, character) for every glyph of ``layouts`` as shaped for drawing."""
    for layout in layouts:
        units = layout.text().encode("utf-16-le")
        for run in layout.glyphRuns(-1, -1, _RUN_FLAGS):
            raw = run.rawFont()
            for glyph, index in zip(run.glyphIndexes(), run.stringIndexes()):
                code = units[2 * index] | units[2 * index + 1] << 8
                if 0xD800 <= code <= 0xDFFF:
                    continue  # outside the basic plane: Qt's map cannot name it in four digits
                yield raw, glyph, chr(code)


def shared_glyph_fixes(glyphs: Iterable[tuple[QRawFont, int, str]], characters: set[str]) -> dict[int, int]:
    """Code points Qt will name in ToUnicode maps instead of the character drawn with
    that glyph, mapped to that character (only where that is unambiguous)."""
    fixes: dict[int, int] = {}
    conflicts: set[int] = set()
    seen: set[tuple[tuple[str, str, int], int]] = set()
    for raw, glyph, ch in glyphs:
        key = (_face_key(raw), glyph)
        if key in seen:
            continue
        seen.add(key)
        named = _lowest_code_per_glyph(raw).get(glyph)
        if named is None or named == ord(ch) or chr(named) in characters:
            continue
        if fixes.get(named, ord(ch)) != ord(ch):
            conflicts.add(named)
        fixes[named] = ord(ch)
    for named in conflicts:
        del fixes[named]
    return fixes


def fix_tounicode(pdf: bytes, fixes: dict[int, int]) -> bytes:
    """Apply ``fixes`` to the ToUnicode maps in place. Every code is four hex digits
    before and after, so offsets and the xref table stay valid; a range that counts up
    from its start (``<a> <b> <start>``) is left alone, as Qt writes those only for runs
    of consecutive code points."""
    if not fixes:
        return pdf

    def fix_hex(match: re.Match) -> bytes:
        code = int(match.group(1), 16)
        fixed = fixes.get(code, code)
        return match.group(0) if fixed == code else b"<%04X>" % fixed

    def fix_entry(match: re.Match) -> bytes:
        low, high, target = match.group(1), match.group(2), match.group(3)
        if target.startswith(b"[") or low == high:
            return match.group(0)[: match.start(3) - match.start(0)] + _HEX4.sub(fix_hex, target)
        return match.group(0)

    fixed = _BFRANGES.sub(lambda m: _CMAP_ENTRY.sub(fix_entry, m.group(0)), pdf)
    return fixed if len(fixed) == len(pdf) else pdf
