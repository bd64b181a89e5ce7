"""What the glyphs of symbol fonts (Wingdings 1–3, Webdings, Symbol) print, as characters.

Word's Insert → Symbol writes w:sym; WPS and LibreOffice write the same glyph as a character
of the private-use area (U+F075) in a run whose font is Wingdings, and old files write the
plain letter (u) in that font: all print the same ◆. A Word list's bullet is a character of
a symbol font just the same."""
from __future__ import annotations

# The bullets and marks bulletins use from symbol fonts, as the characters they print
# (Wingdings l ●, n ■, u ◆ …; Symbol · •); other symbol-font glyphs mean no text.
_SYMBOL_FONT_CHARS = {
    "wingdings": {0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0xA7: "▪",
                  0x9F: "•", 0xA1: "○", 0xD8: "➢", 0xFC: "✓", 0xFE: "☑"},
    "symbol": {0xB7: "•", 0xA8: "♦", 0xD7: "×", 0xB4: "×"},
    # Wingdings 2: ticks and boxes of a form, circled numbers numbering entries (j ①), bullets
    # (as Unicode 7.0 maps the font, a glyph no common face has drawn as its nearest that is)
    "wingdings 2": {0x4F: "✗", 0x50: "✓", 0x51: "✗", 0x52: "☑", 0x54: "☒",
                    **{0x69 + n: "⓪①②③④⑤⑥⑦⑧⑨⑩"[n] for n in range(11)},
                    **{0x74 + n: "⓿❶❷❸❹❺❻❼❽❾❿"[n] for n in range(11)},
                    0x95: "·", 0x96: "•", 0x97: "•", 0x98: "●", 0x99: "○", 0x9D: "⊙", 0x9E: "◉", 0xA1: "■",
                    0xA2: "■", 0xA3: "□", 0xA8: "▣", 0xAD: "◆", 0xAE: "◆", 0xAF: "◇", 0xB1: "◈", 0xB8: "◇",
                    0xE9: "★", 0xEA: "★", 0xF8: "※"},
    # Wingdings 3: the triangles lists point with (u ▶)
    "wingdings 3": {0x70: "▲", 0x71: "▼", 0x72: "△", 0x73: "▽", 0x74: "◀", 0x75: "▶", 0x76: "◁", 0x77: "▷",
                    0x7C: "◀", 0x7D: "▶", 0x7E: "▲", 0x80: "▼", 0x83: "◀", 0x84: "▶"},
    # Webdings: its few marks (4 ▶, a ✓, n ●); the rest are pictures
    "webdings": {0x33: "◀", 0x34: "▶", 0x35: "▲", 0x36: "▼", 0x3D: "●", 0x61: "✓", 0x63: "□", 0x67: "■",
                 0x6E: "●", 0x72: "✗"},
}


def is_symbol_font(font: str | None) -> bool:
    return font is not None and font.strip().lower() in _SYMBOL_FONT_CHARS


def symbol_char(font: str, code: int) -> str:
    """The character glyph ``code`` (0x20–0xFF, or the same in the private-use area,
    U+F020–U+F0FF) of a symbol font prints, "" for a glyph with no text meaning."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    return _SYMBOL_FONT_CHARS.get(font.strip().lower(), {}).get(code, "")


def symbol_font_text(font: str, text: str) -> str:
    """Text set in a symbol font as it prints: its glyphs as characters (or nothing).
    Characters of the private-use area always are the font's glyphs; plain letters only in
    a run of a mark or two (a bullet typed in the font: u → ◆), as longer Latin text in
    such a run is more likely a font left over on ordinary text. Spaces and characters
    outside the font's range (Chinese, set in the run's other font) stay as they are."""
    latin_too = len(text.strip()) <= 2
    out = []
    for char in text:
        code = ord(char)
        if code > 0xFF and latin_too and (byte := _windows_byte(char)) is not None:
            code = byte  # (a glyph of 0x80–0x9F, written as the Windows character of that byte: ˜ for 0x98)
        if 0xF021 <= code <= 0xF0FF or (latin_too and 0x21 <= code <= 0xFF):
            out.append(symbol_char(font, code))
        else:
            out.append(char)
    return "".join(out)


def _windows_byte(char: str) -> int | None:
    """The byte of the Windows Western code page (1252) that writes ``char``, if one does:
    a web page Word saves gives a symbol font's glyph as that code page's character."""
    try:
        encoded = char.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return encoded[0] if len(encoded) == 1 else None
