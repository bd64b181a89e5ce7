"""Chinese numerals as bulletins write them in numbers and dates: 十二, 二十一, 二〇二二."""
from __future__ import annotations

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "[〇○零一二两三四五六七八九十百千]"


def to_int(text: str) -> int | None:
    """Arabic digits, full-width ones too (２０２４, as Word users in full-width mode type
    them), or Chinese ones; 二〇二二 reads digit by digit, 二十一 by its units. None if neither."""
    text = text.strip()
    if text.isdecimal():
        return int(text)
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    if not any(ch in _UNITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _DIGITS[ch]
        return value
    total = current = 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            total += (current or 1) * _UNITS[ch]
            current = 0
    return total + current


def to_chinese(value: int) -> str:
    """0 … 99 as heading numbers and section numbers write them: 九, 十, 十二, 二十, 二十三."""
    digits = "〇一二三四五六七八九"
    if value < 10:
        return digits[value]
    tens, units = divmod(value, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
